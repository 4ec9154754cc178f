"""Every main screen and wizard page rendered to PNG (``main.py screenshots``)."""

from gui.screenshots.screens import run

__all__ = ["run"]
