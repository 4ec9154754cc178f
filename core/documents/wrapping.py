"""Paragraphs that break their lines once per width.

Laying a document out asks a paragraph for its lines again and again at the same width: a
table measures every cell again each time it is split at a page's foot (and each part again
when it is drawn), and a block that does not fit is tried again at the top of the next page.
reportlab's ``Paragraph.wrap`` breaks the lines anew each time, measuring every word; on long
texts that was most of the time a document took.

``WrappedOnce`` keeps what its last ``wrap`` left (the lines, the height, the widths) and,
asked again at the same width while nothing it breaks from has changed, puts that back instead
of breaking the lines again. The lines are those reportlab made at that width, from the same
fragments and style (its line breaking depends on nothing else). Breaking them a second time,
reportlab may add an empty fragment to a line of a paragraph with markup whose long word it
split; it prints nothing, and the documents are the same bytes either way
(tests/core/test_document_wrapping.py compares them).

reportlab internals relied on (``reportlab.platypus.paragraph`` 5.1, kept below 6 in
pyproject.toml; tests/core/test_document_wrapping.py holds the lines and the bytes to
reportlab's own): ``wrap`` sets ``width``, ``height``, ``_wrapWidths`` and ``blPara``;
``breakLines`` sets ``_width_max``, ``_splitLongWordCount`` and ``_hyphenations`` and may
replace ``frags`` by its word list (which its lines index); ``split`` deletes ``blPara`` when
too little fits (only to have the next ``wrap`` break the same lines again) and makes its
parts with ``self.__class__``. A paragraph whose ``blPara`` or ``frags`` was replaced since
(or deleted other than by such a ``split``), or asked at another width, breaks its lines
again.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

#: what ``wrap`` and ``breakLines`` leave on the paragraph, put back as they were
_STATE = ("width", "height", "_wrapWidths", "_width_max", "_splitLongWordCount", "_hyphenations")


class WrappedOnce(Paragraph):
    """A reportlab paragraph whose lines are broken once per width (see the module)."""

    #: the width of the last ``wrap``, its lines, fragments, style and ``_STATE`` values
    _laid: tuple | None = None
    #: the lines a ``split`` that found no room dropped (reportlab drops them only so that the
    #: next ``wrap`` breaks them again)
    _dropped: object = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        laid = self._laid
        state = self.__dict__
        if (
            laid is not None
            and laid[0] == availWidth
            and laid[1] is state.get("blPara", self._dropped)
            and laid[2] is self.frags
            and laid[3] is self.style
        ):
            state["blPara"] = laid[1]
            for name, value in zip(_STATE, laid[4], strict=True):
                state[name] = value
            return self.width, self.height
        before = state.get("blPara")
        out = super().wrap(availWidth, availHeight)
        if state.get("blPara", before) is not before:  # not when too narrow to break at all
            kept = tuple(state.get(name) for name in _STATE)
            self._laid = (availWidth, self.blPara, self.frags, self.style, kept)
        return out

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        if "blPara" not in self.__dict__ and self._laid is not None:
            self._dropped = self._laid[1]  # the lines of the last wrap, the split's own too
        return parts
