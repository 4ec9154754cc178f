"""PySide6 widgets, models and wizards: thin, every decision comes from core."""

from gui.none_guard import protect_none

protect_none()  # before the first PySide6 call of the process (see gui/none_guard.py)
