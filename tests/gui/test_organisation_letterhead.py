"""The organisation editor keeps what its letters need: phone, signatory and a logo image."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image

from core.rules import bundled_pack
from core.store.register import Register
from gui.organisations.editor import OrganisationEditor
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


def png(width: int = 120, height: int = 40) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def test_the_signatory_phone_and_logo_are_stored_and_the_logo_can_be_removed(qtbot, reg, tmp_path):
    image = tmp_path / "wapen.png"
    image.write_bytes(png())
    editor = OrganisationEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.lines["name"], "Gemeente Zottegem")
    qtbot.keyClicks(editor.form.lines["phone"], "09 364 64 64")
    qtbot.keyClicks(editor.form.lines["signatory_name"], "Sofie Claeys")
    qtbot.keyClicks(editor.form.lines["signatory_function"], "Algemeen directeur")
    assert not editor.form.logo_remove.isEnabled()
    editor.choose_logo(image)
    assert editor.form.logo_preview.pixmap() is not None
    assert not editor.form.logo_preview.pixmap().isNull()
    assert editor.form.logo_remove.isEnabled()
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    stored = reg.organisation(signal.args[0])
    assert (stored.phone, stored.signatory_name, stored.signatory_function) == (
        "09 364 64 64",
        "Sofie Claeys",
        "Algemeen directeur",
    )
    assert stored.logo == image.read_bytes()  # the bytes, not the path: the file may go
    image.unlink()
    again = OrganisationEditor(reg, signal.args[0], "nl", now=lambda: NOW)
    qtbot.addWidget(again)
    assert not again.form.logo_preview.pixmap().isNull() and not again.is_dirty()
    again.form.logo_remove.click()
    assert again.is_dirty()
    assert again.save()
    assert reg.organisation(signal.args[0]).logo is None


@pytest.mark.parametrize(
    ("lang", "words"), [("nl", "geen PNG- of JPEG-afbeelding"), ("fr", "pas une image PNG")]
)
def test_a_file_that_is_not_an_image_is_refused_under_the_logo(qtbot, reg, tmp_path, lang, words):
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    editor = OrganisationEditor(reg, None, lang, now=lambda: NOW)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.lines["name"], "Gemeente Zottegem")
    editor.choose_logo(text)
    assert words in editor.form.errors["logo"].text()
    assert not editor.save()
    assert reg.ws.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
