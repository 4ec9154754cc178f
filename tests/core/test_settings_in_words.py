"""A setting that cannot be used is said in the user's language, naming the setting."""

from __future__ import annotations

import pytest

from core import settings as st
from core.texts import error_text


def loaded_from(tmp_path, text):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return st.load(path, lambda: "en_GB")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["Taal: „de” is niet een van nl, fr, en.", "Datum voor de regels: 30/02/2026 is"]),
        (
            "fr",
            ["Langue\xa0: «\xa0de\xa0» n'est pas l'une des valeurs nl, fr, en.", "Date des règles"],
        ),
        ("en", ["Language: “de” is not one of nl, fr, en.", "Date for the rules: 30/02/2026 is"]),
    ],
)
def test_each_bad_setting_is_said_in_the_language(tmp_path, lang, expected):
    loaded = loaded_from(tmp_path, 'language = "de"\ntoday = "30/02/2026"\n')
    said = [error_text(error, lang) for error in loaded.errors]
    assert said[0] == expected[0]
    assert said[1].startswith(expected[1])
    assert len(loaded.problems) == 2  # the command line's English lines, one per problem


def test_a_workspace_that_is_a_folder_is_said_in_french(tmp_path):
    (tmp_path / "dossier").mkdir()
    loaded = loaded_from(tmp_path, 'default_workspace = "dossier"\n')
    (error,) = loaded.errors
    assert error_text(error, "fr") == (
        f"Espace de travail par défaut\xa0: {tmp_path / 'dossier'} est un dossier\xa0; "
        "indiquez un fichier dans ce dossier."
    )


def test_a_damaged_settings_file_is_said_in_dutch(tmp_path):
    loaded = loaded_from(tmp_path, "language = \n")
    (error,) = loaded.errors
    assert error_text(error, "nl") == (
        f"Het instellingenbestand {tmp_path / 'settings.toml'} is beschadigd: het is geen "
        "instellingenbestand dat de app kan lezen."
    )
    assert "is damaged" in loaded.problems[0]
