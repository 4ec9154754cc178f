"""The names the command line offers before anything is loaded are those the app implements."""

from __future__ import annotations

from core import names
from core.paths import resources_dir


def test_decide_offers_every_check_of_the_engine_and_no_other():
    from core.decisions import CHECKS

    assert tuple(CHECKS) == names.CHECKS


def test_export_pdf_offers_every_kind_of_document_and_no_other():
    from core.documents import KINDS

    assert tuple(KINDS) == names.DOCUMENTS


def test_every_language_offered_has_its_texts_and_can_be_set(tmp_path):
    from core.settings import load

    for lang in names.LANGUAGES:
        assert (resources_dir() / "rules" / "texts" / f"{lang}.toml").is_file()
        path = tmp_path / f"{lang}.toml"
        path.write_text(f'language = "{lang}"\n', encoding="utf-8")
        loaded = load(path)
        assert not loaded.problems and loaded.settings.language == lang


def test_merge_offers_the_choices_a_merge_knows():
    from core.store.merge import CHOICES

    assert CHOICES == names.MERGE_CHOICES
