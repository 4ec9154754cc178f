"""Workshops: one file a trainer hands out, opened as a working copy, checked and reset.

A workshop file (``.tdworkshop``) is a zip holding a manifest, the settings of the session
(language, the date the rules use), an optional rule pack, the exercise workspace (a
register), the exercises with their answer keys (a scenario file, ``tender-scenarios/1``) and
an optional hand-out. The modules, lowest first:

- ``errors``: why a workshop file cannot be used, in the user's language;
- ``archive``: the zip read and written safely (no path outside it, a cap on what it unpacks);
- ``exercises``: the exercises and their keys, checked against the engine;
- ``answers``: a trainee's answer compared with the key, each difference explained;
- ``session``: the working copy in the user's data folder, its reset and the scores;
- ``build``: a workshop file made from a folder or from a register.
"""
