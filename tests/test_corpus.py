"""Real IR in CI: csmith programs and a Rust program built by the corpus script.

For each module: gpuopt -S with an empty pipeline writes IR that opt-22
verifies and that `opt-22 -S` prints identically to the input; and the
program built from gpuopt's output prints exactly what
the clang-22 -O0 (or rustc) build printed, after instsimplify,dce and after
the standard scalar pipeline.  The large modules (lua, zlib,
bzip2, the regex crates) are covered by scripts/corpus/roundtrip.py.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from conftest import N_CSMITH, ROOT

sys.path.insert(0, str(ROOT / "scripts" / "corpus"))
import checks

PIPELINES = ["function(instsimplify,dce)",
             "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"]
SMALL_PROGRAMS = [f"csmith#{index}" for index in range(N_CSMITH)] + ["rust-collections"]


def program(corpus: dict[str, dict[str, object]], key: str) -> tuple[str, dict[str, object]]:
    if key.startswith("csmith#"):
        names = sorted((n for n, e in corpus.items() if e["group"] == "csmith"),
                       key=lambda n: int(n.split("-")[1]))
        assert len(names) >= N_CSMITH, "the corpus script built too few csmith programs"
        key = names[int(key[7:])]
    return key, corpus[key]


@pytest.mark.parametrize("key", SMALL_PROGRAMS)
def test_round_trip(corpus: dict[str, dict[str, object]], key: str, tmp_path: Path) -> None:
    _, entry = program(corpus, key)
    for module in entry["modules"]:  # type: ignore[attr-defined]
        outcome = checks.round_trip(checks.CORPUS / module, tmp_path)
        assert outcome.verified, outcome.message
        assert outcome.identical, outcome.message


@pytest.mark.parametrize("pipeline", PIPELINES, ids=["instsimplify-dce", "standard"])
@pytest.mark.parametrize("key", SMALL_PROGRAMS)
def test_optimized_program_behaves_the_same(corpus: dict[str, dict[str, object]], key: str,
                                            pipeline: str, tmp_path: Path) -> None:
    name, entry = program(corpus, key)
    optimized = []
    for module in entry["modules"]:  # type: ignore[attr-defined]
        out = tmp_path / f"opt-{module}"
        checks.optimize(checks.CORPUS / module, pipeline, out)
        assert checks.opt_verify(out) == ""
        optimized.append(out)
    expected = (checks.CORPUS / str(entry["expected"])).read_text()
    output = checks.build_and_run(optimized, list(entry["link_libs"]),  # type: ignore[call-overload]
                                  tmp_path, name)
    assert output == expected
    assert output.strip(), "the program printed nothing: the check would prove nothing"


def test_one_joined_batch_gives_what_each_module_gives_alone(
        corpus: dict[str, dict[str, object]]) -> None:
    """All the small programs' modules as one batch (joined into shared launches,
    ir/join.py) against each module optimized alone: byte-identical."""
    from gpuopt.batch import Batch

    sources = []
    for key in SMALL_PROGRAMS:
        _, entry = program(corpus, key)
        for module in entry["modules"]:  # type: ignore[attr-defined]
            sources.append(((checks.CORPUS / module).read_text(), str(module)))
    joined = Batch(PIPELINES[1], "cpu", io.StringIO()).optimize_all(sources, printed=True)
    alone = Batch(PIPELINES[1], "cpu", io.StringIO(), part_bytes=0).optimize_all(
        sources, printed=True)
    assert len(joined) == len(sources) > N_CSMITH
    for (_, name), mine, reference in zip(sources, joined, alone, strict=True):
        assert mine == reference, name
