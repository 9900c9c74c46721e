"""sroa: scalar replacement of aggregates, so far the promotion half of it.

What it does today is exactly mem2reg's promotion (transforms/mem2reg.py): every
alloca of one object whose uses are simple loads and stores of its own type
becomes SSA values.  That is what LLVM's SROA does for the scalar locals of
front-end code, which is most of what it does at -O0.

Not yet done (issue 3): splitting an alloca of a small struct or array that is
only accessed through constant-index GEPs into one alloca per field (which then
promote), and rewriting loads and stores of other types or of slices.  Until
then an aggregate local stays in memory where LLVM's SROA would promote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gpuopt.ir.module import Module
from gpuopt.transforms.mem2reg import Mem2Reg


@dataclass(frozen=True)
class SROA:
    name: ClassVar[str] = "sroa"
    llvm_class: ClassVar[str] = "SROAPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        m, statistics = Mem2Reg().apply(m)
        return m, {"Number of allocas promoted": statistics.get("Number of alloca's promoted", 0)}
