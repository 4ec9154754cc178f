"""The export-pdf command run in the test's own process, as a user would type it."""

from __future__ import annotations


def export_pdf(capsys, *args) -> tuple[int, str, str]:
    """``main.py export-pdf ARGS`` run here (no new Python to start): exit code, stdout and
    stderr. A pool of processes it is asked for starts new ones, as from the command line."""
    from main import main

    code = main(["export-pdf", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err
