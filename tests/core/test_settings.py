"""The user's settings: defaults, the file round trip, atomic writes, damage, bad values."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

import core.settings as st
from core.paths import bundled_rule_pack, default_workspace_path
from core.settings import SettingError, Settings
from core.texts import text


def english():
    return "C"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "conf" / "settings.toml"


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("nl_BE.UTF-8", "nl"),
        ("nl_NL", "nl"),
        ("Dutch_Belgium", "nl"),
        ("fr_BE.UTF-8", "fr"),
        ("French_France", "fr"),
        ("de_BE", "en"),
        ("en_GB", "en"),
        ("C", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_the_default_language_follows_the_system_when_it_is_dutch_or_french(locale_name, language):
    """nl or fr when the system speaks it; English for every other locale."""
    assert st.defaults(lambda: locale_name).language == language


def test_defaults_of_the_other_settings():
    """The user's data folder, the bundled pack, the real date."""
    s = st.defaults(english)
    assert s.default_workspace == default_workspace_path()
    assert s.rule_pack is None
    assert s.today is None
    assert s.rules_date(date(2026, 5, 4)) == date(2026, 5, 4)


def test_a_missing_file_gives_the_defaults_without_a_message(path):
    """First start: nothing to report."""
    loaded = st.load(path, lambda: "fr_BE")
    assert loaded.settings == st.defaults(lambda: "fr_BE")
    assert loaded.problems == ()


def test_round_trip_keeps_every_value(path, tmp_path):
    """What is saved is what is read back, and the file is plain TOML with comments."""
    pack = tmp_path / "pack.toml"
    s = (
        st.defaults(english)
        .with_value("language", "fr")
        .with_value("default_workspace", str(tmp_path / "w é.sqlite"))
        .with_value("rule_pack", str(pack))
        .with_value("today", "2026-03-01")
        .with_value("signatory_name", " Sofie Claeys ")
        .with_value("signatory_function", "Algemeen directeur")
    )
    assert s.signatory_name == "Sofie Claeys"
    st.save(s, path)
    assert st.load(path, english) == st.Loaded(s)
    text = path.read_text(encoding="utf-8")
    assert 'language = "fr"' in text
    assert 'today = "2026-03-01"' in text
    assert text.startswith("# ")
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temp file left


def test_defaults_are_written_as_empty_values(path):
    """The default workspace and the bundled pack stay defaults when the defaults move."""
    st.save(st.defaults(english), path)
    text = path.read_text(encoding="utf-8")
    assert 'default_workspace = ""' in text
    assert 'rule_pack = ""' in text
    assert 'today = ""' in text


def test_a_failed_write_leaves_the_old_file_whole(path, monkeypatch):
    """A crash between writing and renaming keeps the previous settings and no temp file."""
    st.save(st.defaults(english).with_value("language", "nl"), path)
    before = path.read_bytes()

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        st.save(st.defaults(english).with_value("language", "fr"), path)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]


@pytest.mark.parametrize(
    "content",
    [
        'language = "nl"\ntoday = ',  # cut off in the middle of a save
        "\x00\x00\x00\x00",
        "[[[",
    ],
)
def test_a_damaged_file_gives_the_defaults_and_says_so(path, content):
    """Never a crash: the defaults, and a message that names the file."""
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    loaded = st.load(path, english)
    assert loaded.settings == st.defaults(english)
    assert len(loaded.problems) == 1
    assert str(path) in loaded.problems[0]
    assert "damaged" in loaded.problems[0]


def test_a_file_that_is_not_text_or_cannot_be_read_gives_the_defaults(path):
    """Bytes that are not UTF-8, or a folder where the file should be."""
    path.parent.mkdir(parents=True)
    path.write_bytes(b'language = "\xff\xfe"')
    assert st.load(path, english).problems
    path.unlink()
    path.mkdir()
    loaded = st.load(path, english)
    assert loaded.settings == st.defaults(english)
    assert "could not be read" in loaded.problems[0]


def test_unknown_keys_are_ignored_and_bad_values_fall_back_one_by_one(path):
    """A newer version's key is skipped; one bad value does not lose the good ones."""
    path.parent.mkdir(parents=True)
    path.write_text(
        'language = "fr"\ntheme = "dark"\ntoday = "31/02/2026"\n[window]\nwidth = 3\n',
        encoding="utf-8",
    )
    loaded = st.load(path, english)
    assert loaded.settings.language == "fr"
    assert loaded.settings.today is None
    assert len(loaded.problems) == 1
    assert "today" in loaded.problems[0]
    assert "31/02/2026" in loaded.problems[0]


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("language", "de", "not one of nl, fr, en"),
        ("language", 3, "expected text"),
        ("today", "2026-02-30", "not a day of the calendar"),
        ("today", "03/01/26", "not a date"),
        ("today", True, "expected text"),
        ("rule_pack", 12, "expected text"),
        ("colour", "red", "no such setting"),
    ],
)
def test_bad_values_are_refused_with_the_reason(key, value, reason):
    """The error names the setting and says what is wrong."""
    with pytest.raises(SettingError, match=reason) as caught:
        st.defaults(english).with_value(key, value)
    assert caught.value.key == key
    assert str(caught.value).startswith(f"{key}: ")


def test_a_folder_is_not_a_file(tmp_path):
    """The workspace and the rule pack are files; a folder is refused."""
    for key in ("default_workspace", "rule_pack"):
        with pytest.raises(SettingError, match="is a folder"):
            st.defaults(english).with_value(key, str(tmp_path))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-01", date(2026, 3, 1)),
        ("01/03/2026", date(2026, 3, 1)),
        ("1.3.2026", date(2026, 3, 1)),
        (" 2026-03-01 ", date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 3, 1)),
        ("", None),
    ],
)
def test_today_is_read_day_first_or_iso_and_empty_means_the_real_date(raw, expected):
    """The training date; the rules use it instead of the real one."""
    s = st.defaults(english).with_value("today", raw)
    assert s.today == expected
    assert s.rules_date(date(2030, 1, 1)) == (expected or date(2030, 1, 1))


def test_today_written_as_a_toml_date_is_accepted_but_not_a_date_and_time(path):
    """A trainer may write ``today = 2026-03-01`` without quotes; a time is refused."""
    path.parent.mkdir(parents=True)
    path.write_text("today = 2026-03-01\n", encoding="utf-8")
    assert st.load(path, english).settings.today == date(2026, 3, 1)
    path.write_text("today = 2026-03-01T10:00:00\n", encoding="utf-8")
    loaded = st.load(path, english)
    assert loaded.settings.today is None
    assert "has a time" in loaded.problems[0]


def test_relative_paths_in_a_file_are_taken_from_its_folder(path):
    """A trainer's folder with settings, pack and demo workspace can be copied as a whole."""
    path.parent.mkdir(parents=True)
    path.write_text('default_workspace = "demo.sqlite"\nrule_pack = "pack.toml"\n', "utf-8")
    s = st.load(path, english).settings
    assert s.default_workspace == path.parent / "demo.sqlite"
    assert s.rule_pack == path.parent / "pack.toml"


def test_the_config_file_comes_from_the_option_then_the_environment(tmp_path):
    """--config wins over TENDER_DESK_CONFIG, which wins over the user's folder."""
    env = {st.CONFIG_ENV: str(tmp_path / "env.toml")}
    assert st.config_path(str(tmp_path / "opt.toml"), env) == tmp_path / "opt.toml"
    assert st.config_path(None, env) == tmp_path / "env.toml"
    real = st.config_path(None, {})
    assert real.name == "settings.toml"
    assert "tender-desk" in str(real.parent)


def test_the_tests_never_use_the_real_settings_file():
    """The test run points the app at a scratch file (tests/conftest.py)."""
    assert st.config_path() != st.config_path(None, {})
    assert Path(os.environ[st.CONFIG_ENV]).name == "settings.toml"


def test_settings_are_immutable():
    """A change makes a new value; the old one is what the window still shows."""
    s = Settings(language="en")
    with pytest.raises(AttributeError):
        s.language = "nl"  # type: ignore[misc]
    assert s.with_value("language", "nl").language == "nl"
    assert s.language == "en"


# -- the command line -----------------------------------------------------------------------
CASE = (
    '{"launch_date": "2026-03-01", "authority": "local", "contract_type": "services", '
    '"estimated_value_excl_vat": "141500"}'
)


def run_main(*argv):
    from main import main

    return main(list(argv))


def test_decide_speaks_the_settings_language_unless_lang_says_another(path, capsys):
    """The settings' language is the default; --lang on the command line wins."""
    st.save(st.defaults(english).with_value("language", "nl"), path)
    assert run_main("--config", str(path), "decide", "procedure", CASE) == 0
    assert capsys.readouterr().out.startswith("Keuze van de procedure")
    assert run_main("decide", "procedure", CASE, "--config", str(path), "--lang", "en") == 0
    assert capsys.readouterr().out.startswith("Procedure choice")


def test_the_environment_names_the_settings_file(path, capsys, monkeypatch):
    """TENDER_DESK_CONFIG works like --config (for trainers' scripts and the tests)."""
    st.save(st.defaults(english).with_value("language", "fr"), path)
    monkeypatch.setenv(st.CONFIG_ENV, str(path))
    assert run_main("decide", "procedure", CASE) == 0
    assert capsys.readouterr().out.startswith(text("fr", "label", "check_procedure"))


def test_the_rule_pack_comes_from_the_settings_and_rules_wins(path, tmp_path, capsys):
    """A broken pack in the settings is an error that says where it is set; --rules wins."""
    broken = tmp_path / "broken.toml"
    broken.write_text('[pack]\nid = "x"\n', encoding="utf-8")
    st.save(st.defaults(english).with_value("rule_pack", str(broken)), path)
    assert run_main("--config", str(path), "decide", "procedure", CASE) == 2
    err = capsys.readouterr().err
    assert str(broken) in err
    assert "set in the settings file" in err
    rules = str(bundled_rule_pack())
    assert run_main("--config", str(path), "--rules", rules, "decide", "procedure", CASE) == 0


def test_a_damaged_settings_file_is_a_warning_not_a_failure(path, capsys):
    """The command still runs with the defaults."""
    path.parent.mkdir(parents=True)
    path.write_text("language = ", encoding="utf-8")
    assert run_main("--config", str(path), "decide", "procedure", CASE, "--lang", "en") == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Procedure choice")
    assert "warning: settings:" in captured.err
    assert "damaged" in captured.err


def test_the_workspace_comes_from_db_else_from_the_settings(tmp_path):
    """--db wins; without it the settings' default workspace is opened."""
    from argparse import Namespace

    from core.startup import apply_settings, workspace_path

    s = st.defaults(english).with_value("default_workspace", str(tmp_path / "train.sqlite"))
    args = Namespace(db=None, rules=None)
    apply_settings(args, s)
    assert workspace_path(args) == tmp_path / "train.sqlite"
    args.db = str(tmp_path / "other.sqlite")
    assert workspace_path(args) == tmp_path / "other.sqlite"


def test_the_ocid_prefix_is_a_registered_form_and_its_default_says_it_is_not_registered(path):
    """``ocds-`` and 6 letters or digits (as typed in capitals too); empty is the default."""
    s = st.defaults(english)
    assert s.ocid_prefix == "ocds-xxxxxx"
    assert s.with_value("ocid_prefix", " OCDS-213czf ").ocid_prefix == "ocds-213czf"
    assert s.with_value("ocid_prefix", "").ocid_prefix == "ocds-xxxxxx"
    for bad in ("ocds-12345", "ocds-1234567", "213czf", "ocds_213czf", "ocds-213cz/"):
        with pytest.raises(SettingError) as caught:
            s.with_value("ocid_prefix", bad)
        assert caught.value.code == "not_an_ocid_prefix"
        assert text("nl", "error", caught.value.code, field="OCDS-prefix", typed=bad).startswith(
            f"OCDS-prefix: „{bad}” is geen OCDS-prefix"
        )
    st.save(s, path)
    assert 'ocid_prefix = ""' in path.read_text(encoding="utf-8")
    st.save(s.with_value("ocid_prefix", "ocds-213czf"), path)
    assert st.load(path, english).settings.ocid_prefix == "ocds-213czf"
