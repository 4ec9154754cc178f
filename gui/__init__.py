"""PySide6 widgets, models and wizards: thin, every decision comes from core.

One package a feature, each importing only those below it: ``app`` (the composition root)
and ``screenshots`` use ``window``; the window holds the pages of ``register``,
``organisations`` and ``rules`` and opens ``settings``; the register page opens the
``wizards``; all of them stand on ``shared``, which imports no other package of gui.
"""
