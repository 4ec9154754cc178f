"""PySide6 widgets, models and wizards: thin, every decision comes from core."""
