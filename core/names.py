"""The names the command line offers: languages, checks of the engine, kinds of document.

Light on purpose (it imports nothing): the parser of ``main.py`` is built from these names
before anything heavy is loaded, so ``--help`` and ``decide`` start without SQLite, reportlab
or Qt. ``core.texts`` speaks these languages, ``core.decisions.CHECKS`` implements these checks
and ``core.documents.KINDS`` these documents; tests/core/test_names.py checks that they agree.
"""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en")

CHECKS = (
    "procedure",
    "advance",
    "bid_compensation",
    "provisional_ranking",
    "sme_class",
    "bond",
    "e_invoicing",
    "estimate",
)

DOCUMENTS = (
    "summary",
    "motivation",
    "draft-decision",
    "advance-request",
    "bid-compensation",
    "ranking-notices",
    "bid-compensation-letters",
    "bid-compensation-requests",
)

#: a merge's choice for every conflicting tender: keep this workspace's version, or take the other's
MERGE_CHOICES = ("mine", "theirs")

#: the suffix of a workshop file (``scenarios`` tells it from a scenario file by its name)
WORKSHOP_EXTENSION = ".tdworkshop"

#: the files the year report is written to, told apart by their suffix
REPORT_SUFFIXES = (".pdf", ".csv", ".xlsx")

#: the kinds of buyer (``import --authority``: for the rows of a file that do not say it)
AUTHORITIES = (
    "federal_central",
    "federal_other",
    "region",
    "community",
    "local",
    "public_body",
    "other",
)

#: the ocid prefix of a workspace whose publisher has not registered one with the Open
#: Contracting Partnership (the settings' default; the OCDS export says it is not registered)
UNREGISTERED_OCID_PREFIX = "ocds-xxxxxx"
