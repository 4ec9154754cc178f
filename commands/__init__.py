"""The command line: one module per subcommand, above the window (gui) and the domain (core).

Each module offers ``add_parser(sub, common)``, which declares its arguments from the light
names of ``core.names``, and ``run(args, out=None) -> int``, the exit status. A module imports
what its command needs only inside ``run``: building the parser (``main.py --help``) loads
neither the engine nor SQLite, reportlab or Qt, and only the commands that draw a window load
``gui``; a start imports the module of its own subcommand only (``command``). ``window`` and
``smoke_test`` are the app without a subcommand.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: the subcommands, in the order ``--help`` lists them: the name typed and its module
SUBCOMMANDS = {
    "scenarios": "scenarios",
    "decide": "decide",
    "demo-data": "demo_data",
    "export-pdf": "export_pdf",
    "export-ocds": "export_ocds",
    "report": "report",
    "merge": "merge",
    "import": "import_file",
    "screenshots": "screenshots",
    "workshop": "workshop",
}


def command(name: str) -> ModuleType:
    """The module of the subcommand ``name`` (imported now: a start loads only its own)."""
    return importlib.import_module(f"commands.{SUBCOMMANDS[name]}")
