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

A short plain text (one fragment, as ``layout.para`` makes most cells) is broken once per
process for its style, weight and widths: the labels, headings and amounts a document repeats,
and every document of a batch repeats, share the lines reportlab broke the first time.

The part of a simple paragraph (one font) that a ``split`` sends to the next page is given the
lines that did not fit, as they were broken (``_lay_rest``): a long plain text over many pages
is broken once, not once per page.

reportlab internals relied on (``reportlab.platypus.paragraph`` 5.1, kept below 6 in
pyproject.toml; tests/core/test_document_wrapping.py holds the lines and the bytes to
reportlab's own): ``wrap`` sets ``width``, ``height``, ``_wrapWidths`` and ``blPara``;
``breakLines`` sets ``_width_max``, ``_splitLongWordCount`` and ``_hyphenations`` and may
replace ``frags`` by its word list (which its lines index); ``split`` deletes ``blPara`` when
too little fits (only to have the next ``wrap`` break the same lines again) and makes its
parts with ``self.__class__``, the first with the lines that fit and the second of the words
of the others, a long word split over lines joined again (``_split_blParaSimple``, for a simple
paragraph). A paragraph whose ``blPara`` or ``frags`` was replaced since
(or deleted other than by such a ``split``), or asked at another width, breaks its lines
again.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

#: what ``wrap`` and ``breakLines`` leave on the paragraph, put back as they were
_STATE = ("width", "height", "_wrapWidths", "_width_max", "_splitLongWordCount", "_hyphenations")
#: what ``breakLines`` leaves on the paragraph besides the lines it returns
_BROKEN = ("_width_max", "_splitLongWordCount", "_hyphenations")
#: the lines of plain texts already broken, shared by every paragraph of the same text, style,
#: fragment and widths in this process: a document repeats its labels, headings and amounts,
#: and a batch repeats them in every document
_SHARED: dict = {}
#: how many lines are kept (then all are dropped, and kept again as they come)
SHARED_MAX = 4096
#: longer texts are seldom the same twice: not kept
SHARED_TEXT = 400
#: a soft hyphen: reportlab may change a word of such a text in its lines when it splits them
_SOFT_HYPHEN = "\u00ad"


class WrappedOnce(Paragraph):
    """A reportlab paragraph whose lines are broken once per width (see the module)."""

    #: the width of the last ``wrap``, its lines, fragments, style and ``_STATE`` values
    _laid: tuple | None = None
    #: the lines a ``split`` that found no room dropped (reportlab drops them only so that the
    #: next ``wrap`` breaks them again)
    _dropped: object = None
    #: the one fragment of a plain text (``layout.para``) whose lines may be shared
    plain: object = None

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

    def breakLines(self, width):  # noqa: N802 - reportlab API
        """reportlab's lines, or those it broke for the same plain text, style and widths.

        Shared only for a paragraph of one plain fragment (``plain``, still its fragment):
        reportlab breaks such a text from its characters, the fragment (the style's font, size
        and colour, bold or not), the style and the widths alone, and neither drawing nor
        splitting a paragraph changes its lines (a text with a soft hyphen aside).
        """
        frags = self.frags
        plain = self.plain
        if plain is None or len(frags) != 1 or frags[0] is not plain or self.bulletText:
            return super().breakLines(width)
        text = plain.text
        if len(text) > SHARED_TEXT or _SOFT_HYPHEN in text:
            return super().breakLines(width)
        key = (text, self.style, plain.fontName, plain.fontSize, tuple(width))
        shared = _SHARED.get(key)
        if shared is None:
            lines = super().breakLines(width)
            if len(_SHARED) >= SHARED_MAX:
                _SHARED.clear()
            _SHARED[key] = lines, tuple(getattr(self, name) for name in _BROKEN)
            return lines
        lines, broken = shared
        self.height = 0
        for name, value in zip(_BROKEN, broken, strict=True):
            setattr(self, name, value)
        return lines

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        if "blPara" not in self.__dict__ and self._laid is not None:
            self._dropped = self._laid[1]  # the lines of the last wrap, the split's own too
        elif len(parts) == 2:
            _lay_rest(self, *parts, availWidth)
        return parts


def _lay_rest(whole: WrappedOnce, first: Paragraph, rest: Paragraph, width: float) -> None:
    """Give the second part of a split simple paragraph the lines it continues with.

    reportlab makes that part of the words of the lines that did not fit (a long word split
    over lines joined again) and breaks them anew at its first ``wrap``: a paragraph over many
    pages broke its lines once per page. Broken anew at the width they were broken at, they
    are those same lines: a simple paragraph (one font, ``kind`` 0) is broken greedily, word
    after word, each of these lines starting as a first line does (a long word's pieces cut
    from the start of a line again, at the same points). Not so, or not shown, with markup
    (``kind`` 1), hyphenation, a soft hyphen, a bullet, right-to-left text or a leading taken
    from the lines: those parts break their lines anew.
    """
    laid, lines, style = whole._laid, whole.blPara, rest.style
    if (
        not isinstance(rest, WrappedOnce)
        or laid is None
        or laid[0] != width
        or laid[1] is not lines
        or lines.kind != 0
        or whole.bulletText
        or style.wordWrap
        or style.hyphenationLang
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or getattr(rest, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        or len(rest.frags) != 1
        or not hasattr(rest.frags[0], "words")
    ):
        return
    later = width - style.leftIndent - style.rightIndent  # as ``wrap`` reckons its widths
    widths = [width - (style.leftIndent + style.firstLineIndent) - style.rightIndent, later]
    if widths[0] != later or whole._wrapWidths[-1] != later:
        return
    kept = lines.lines[len(first.blPara.lines) :]
    if any(_SOFT_HYPHEN in word for _, words in kept for word in words):
        return
    # what ``breakLines`` would return, and what it and ``wrap`` would leave (_STATE)
    broken = rest.frags[0].clone(
        kind=0, lines=kept, ascent=lines.ascent, descent=lines.descent, fontSize=lines.fontSize
    )
    widest = max([0, *(later - extra for extra, _ in kept)])
    state = (width, len(kept) * style.leading, widths, widest, 0, 0)
    rest._laid = (width, broken, rest.frags, style, state)
    rest._dropped = broken
