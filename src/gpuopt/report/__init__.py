"""Views of what each pass did: opt's -print-changed (print_changed.py), an
HTML report with CFG drawings (html.py, cfg.py), and a progress bar for long
work (progress.py)."""

from __future__ import annotations

import argparse
from typing import Any


def batch_options(options: argparse.Namespace) -> dict[str, Any]:
    """The Batch keywords for the command's -print-changed, -filter-print-funcs
    and --report (an unknown -print-changed mode is a UserError)."""
    from gpuopt.report.print_changed import check_mode

    mode = options.print_changed
    names = options.filter_print_funcs
    return {
        "print_changed": None if mode is None else check_mode(mode),
        "filter_print_funcs": None if names is None else frozenset(
            name for group in names for name in group.split(",") if name),
        "record_changes": options.report is not None,
    }
