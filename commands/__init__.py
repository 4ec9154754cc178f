"""The command line: one module per subcommand, above the window (gui) and the domain (core).

Each module offers ``add_parser(sub, common)``, which declares its arguments from the light
names of ``core.names``, and ``run(args, out=None) -> int``, the exit status. A module imports
what its command needs only inside ``run``: building the parser (``main.py --help``) loads
neither the engine nor SQLite, reportlab or Qt, and only the commands that draw a window load
``gui``. ``window`` and ``smoke_test`` are the app without a subcommand.
"""

from __future__ import annotations

from commands import (
    decide,
    demo_data,
    export_ocds,
    export_pdf,
    import_file,
    merge,
    report,
    scenarios,
    screenshots,
    workshop,
)

#: the subcommands, in the order ``--help`` lists them
SUBCOMMANDS = (
    scenarios,
    decide,
    demo_data,
    export_pdf,
    export_ocds,
    report,
    merge,
    import_file,
    screenshots,
    workshop,
)
