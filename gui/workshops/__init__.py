"""Workshops in the window: the Exercises page of an open workshop."""
