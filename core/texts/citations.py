"""Legal citations the Belgian way, in Dutch, French and English.

The rule pack writes each source in a short English form: ``Law 17-06-2016 art. 12/1, second
para., 1°``, ``KB 18-04-2017 art. 90, first para., 1° (MB 08-12-2021)``, several of them joined
by ``;``. :func:`parse` reads such a source into acts, articles and their subdivisions;
:func:`cite` writes it as a lawyer would: "artikel 12/1, tweede lid, 1°, van de wet van 17 juni
2016", « article 12/1, alinéa 2, 1°, de la loi du 17 juin 2016 », "article 12/1, second
paragraph, 1°, of the Act of 17 June 2016". The words are in ``resources/rules/texts/
citations.toml``. A part the parser does not know is kept as written, never guessed at.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from core import parsed
from core.paths import resources_dir
from core.record import field, record

_ACT = re.compile(
    r"(?P<kind>Law|law|KB|MB)\s+(?P<date>\d{2}-\d{2}-\d{4})"
    r"|(?P<eu>Directive|Del\. Reg\. \(EU\)|Commission Recommendation)\s+"
    r"(?P<number>\d{4}/\d+(?:/E[CU])?)"
    r"|the law of (?P<law_of>\d{2}-\d{2}-\d{4})"
)
_KINDS = {
    "Law": "law",
    "law": "law",
    "KB": "royal_decree",
    "MB": "ministerial_decree",
    "Directive": "directive",
    "Del. Reg. (EU)": "delegated_regulation",
    "Commission Recommendation": "recommendation",
}
_NUMBER = r"\d+(?:/\d+)?(?![\d°/)])"
_ARTICLES = re.compile(
    rf"art\.\s+(?P<first>{_NUMBER})(?:(?P<sep>-|, )(?P<rest>{_NUMBER}(?:, {_NUMBER})*))?"
)
_SUBDIVISION = re.compile(
    r"(?P<paragraph>§\s?\d+(?:/\d+)?)"
    r"|(?P<sub>first|second|third|fourth|fifth|sixth) para\."
    r"|(?P<point>\d+°)"
    r"|(?P<letter>[a-z]\))"
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_NOTES = {"article not verified": "article_not_verified", "list not verified": "list_not_verified"}
_CONVENTION = "Tender desk convention"
_PREPOSITION = "\x00 "  # where a sentence repeats its preposition ("and of article 12/3")


@record(frozen=True)
class Act:
    """An act: its kind (law, royal_decree...) and its date or its number."""

    kind: str
    day: date | None = None
    number: str = ""


@record
class Article:
    """One or more articles of an act and their subdivisions, in the order of the source."""

    numbers: list[str]
    is_range: bool = False
    parts: list[tuple[str, str]] = field(
        default_factory=list
    )  # (paragraph|sub|point|letter|and, v)
    read_with: Article | None = None


@record
class Reference:
    """One part of a source: an act, its articles or annex, and what the source says of it."""

    act: Act | None = None
    articles: list[Article] = field(default_factory=list)
    annex: str | None = None
    amended_by: Act | None = None
    notes: list[tuple[str, Act | str | date]] = field(default_factory=list)
    raw: str = ""  # a part that could not be read: shown as written


def _date(text: str) -> date:
    day, month, year = (int(x) for x in text.split("-"))
    return date(year, month, day)


def _act(match: re.Match) -> Act:
    if match.group("kind"):
        return Act(_KINDS[match.group("kind")], _date(match.group("date")))
    if match.group("law_of"):
        return Act("law", _date(match.group("law_of")))
    return Act(_KINDS[match.group("eu")], number=match.group("number"))


class _UnreadableError(ValueError):
    pass


def _read_article(text: str) -> tuple[Article, str]:
    """An ``art. ...`` at the start of ``text``; returns it and what follows."""
    match = _ARTICLES.match(text)
    if not match:
        raise _UnreadableError(text)
    numbers = [match.group("first")]
    is_range = match.group("sep") == "-"
    if match.group("rest"):
        numbers += match.group("rest").split(", ")
    article = Article(numbers, is_range)
    rest = text[match.end() :]
    while rest:
        step = re.match(r",?\s*(and\s+)?", rest)
        joined = bool(step.group(1))
        after = rest[step.end() :]
        if after.startswith("with art."):
            article.read_with, rest = _read_article(after[len("with ") :])
            return article, rest
        sub = _SUBDIVISION.match(after)
        if not sub:
            return article, rest
        if joined:
            article.parts.append(("and", ""))
        kind = sub.lastgroup
        value = sub.group(kind)
        if kind == "paragraph":
            value = value.replace("§", "").strip()
        article.parts.append((kind, value))
        rest = after[sub.end() :]
    return article, rest


def _read_reference(text: str, previous: Act | None) -> Reference:
    text = text.strip()
    if text.startswith(_CONVENTION):
        return Reference(notes=[("note", "convention")])
    ref = Reference(raw=text)
    match = _ACT.match(text)
    if match and not match.group("law_of"):
        ref.act = _act(match)
        text = text[match.end() :]
    elif text.startswith("art."):
        ref.act = previous
    else:
        raise _UnreadableError(text)
    while text.strip():
        text = text.lstrip(" ,")
        if text.startswith("art."):
            article, text = _read_article(text)
            ref.articles.append(article)
        elif m := re.match(r"annex(?:\s+(?P<n>[IVX]+))?", text):
            ref.annex = m.group("n") or ""
            text = text[m.end() :]
        elif m := re.match(r"as amended by\s+", text):
            amended = _ACT.match(text[m.end() :])
            if not amended:
                raise _UnreadableError(text)
            ref.amended_by = _act(amended)
            text = text[m.end() + amended.end() :]
        elif m := re.match(r"\((?P<inner>[^)]*)\)", text):
            ref.notes.append(_note(m.group("inner")))
            text = text[m.end() :]
        else:
            raise _UnreadableError(text)
    if ref.act is None:
        raise _UnreadableError(text)
    return ref


def _note(inner: str) -> tuple[str, Act | str | date]:
    if inner in _NOTES:
        return ("note", _NOTES[inner])
    for word, kind in (("before ", "before"), ("replaced by ", "replaced"), ("", "act")):
        if inner.startswith(word) and (m := _ACT.fullmatch(inner[len(word) :])):
            return (kind, _act(m))
    if m := re.fullmatch(r"before (\d{4})-(\d{2})-(\d{2})", inner):  # the text of an earlier day
        return ("before_day", date(*(int(g) for g in m.groups())))
    raise _UnreadableError(inner)


def parse(source: str) -> list[Reference]:
    """The references of a source, in order; an unreadable part keeps its text in ``raw``."""
    refs: list[Reference] = []
    previous: Act | None = None
    for part in source.split(";"):
        try:
            ref = _read_reference(part, previous)
            ref.raw = ""
        except _UnreadableError:
            ref = Reference(raw=part.strip())
        previous = ref.act or previous
        refs.append(ref)
    return refs


def readable(source: str) -> bool:
    """Whether every part of the source was understood."""
    return all(not ref.raw for ref in parse(source))


# ---------------------------------------------------------------------------------------------
# Writing


@cache
def _words(lang: str) -> dict:
    path = resources_dir() / "rules" / "texts" / "citations.toml"
    table = parsed.loads(path.read_text(encoding="utf-8"))
    own = table.get(lang) or table["en"]
    return {**own["words"], "act": own["act"]}


def contract(lang: str, text: str) -> str:
    """A sentence with the article after a preposition contracted where the language does
    (French « de le collège » → « du collège »)."""
    return _contract(lang, text)


def _contract(lang: str, text: str) -> str:
    for long, short in _words(lang).get("contractions", []):
        text = text.replace(long, short)
    return text


def _long_date(value: date, lang: str) -> str:
    from core.dates import long_date

    return long_date(value, lang)


def _act_text(act: Act, lang: str, form: str = "name") -> str:
    words = _words(lang)["act"][act.kind]
    when = _long_date(act.day, lang) if act.day else ""
    return words[form].format(date=when, number=_eu_number(act.number, lang))


def _eu_number(number: str, lang: str) -> str:
    if lang == "fr":
        return number.replace("/EC", "/CE").replace("/EU", "/UE")
    if lang == "nl":
        return number.replace("/EC", "/EG")
    return number


def _article_text(article: Article, lang: str, in_sentence: bool) -> str:
    w = _words(lang)
    suffix = "_in_sentence" if in_sentence else ""
    if len(article.numbers) == 1:
        text = w["article" + suffix].format(number=article.numbers[0])
    else:
        if article.is_range and not _next_to(*article.numbers):
            numbers = w["range"].format(first=article.numbers[0], last=article.numbers[-1])
        else:
            numbers = ", ".join(article.numbers[:-1]) + f" {w['and']} {article.numbers[-1]}"
        text = w["articles" + suffix].format(numbers=numbers)
    joined = False
    for kind, value in article.parts:
        if kind == "and":
            joined = True
            continue
        if kind == "paragraph":
            shown = w["paragraph"].format(number=w["first"] if value == "1" else value)
        elif kind == "sub":
            shown = w["subparagraph"][_ORDINALS.index(value)]
        else:
            shown = value
        text += (f" {w['and']} " if joined else ", ") + shown
        joined = False
    if article.read_with:
        text += f", {w['with']} " + _article_text(article.read_with, lang, in_sentence=True)
    return text


def _next_to(first: str, last: str) -> bool:
    """``35-36`` and ``12/6-12/7`` are two articles, not a range: "artikelen 35 en 36"."""
    *head_a, tail_a = first.split("/")
    *head_b, tail_b = last.split("/")
    return head_a == head_b and int(tail_b) == int(tail_a) + 1


def _ends_subdivided(article: Article) -> bool:
    """Whether a comma closes the article before "van"/"de"/"of" (``1°, a), van de wet``)."""
    return bool(article.parts) or article.read_with is not None


def _articles_text(articles: list[Article], lang: str, in_sentence: bool) -> str:
    w = _words(lang)
    text = ""
    for i, article in enumerate(articles):
        if i:
            comma = "," if _ends_subdivided(articles[i - 1]) else ""
            text += f"{comma} {w['and']} " + (_PREPOSITION if in_sentence else "")
        text += _article_text(article, lang, in_sentence)
    return text + ("," if _ends_subdivided(articles[-1]) else "")


def _reference_text(ref: Reference, lang: str, in_sentence: bool) -> str:
    w = _words(lang)
    if ref.raw:
        return ref.raw
    notes = []
    for kind, value in ref.notes:
        if kind == "note":
            notes.append(w[value])
        elif kind == "act":
            notes.append(_act_text(value, lang, "bare"))
        elif kind == "before_day":
            notes.append(_contract(lang, w["before_day"].format(day=_long_date(value, lang))))
        else:
            notes.append(_contract(lang, w[kind].format(act=_act_text(value, lang))))
    if ref.act is None:  # a note on its own (the app's convention)
        return w["separator"].join(notes)
    act = _act_text(ref.act, lang)
    if ref.amended_by:
        act += f", {_words(lang)['act'][ref.act.kind]['amended']} {_act_text(ref.amended_by, lang)}"
    if ref.annex is not None:
        if not ref.annex:  # "the annex" of an act that has one
            annex = w["the_annex"]
        else:
            annex = w["annex_in_sentence" if in_sentence else "annex"].format(number=ref.annex)
        act = _contract(lang, w["annex_of"].format(annex=annex, act=act))
    if ref.articles:
        part = _articles_text(ref.articles, lang, in_sentence)
        text = _contract(lang, w["of"].format(part=part, act=act))
    else:
        text = act
    if notes:
        text += " (" + w["separator"].join(notes) + ")"
    return text


def _grouped(refs: list[Reference]) -> list[Reference]:
    """Consecutive references to the same act, without notes of their own, cited together."""
    out: list[Reference] = []
    for ref in refs:
        last = out[-1] if out else None
        if (
            last is not None
            and not ref.raw
            and not last.raw
            and ref.act == last.act
            and ref.articles
            and last.articles
            and last.annex is None
            and ref.annex is None
            and not (ref.notes or last.notes or ref.amended_by or last.amended_by)
        ):
            last.articles = last.articles + ref.articles
        else:
            out.append(ref)
    return out


class Citation(str):
    """A citation as shown on its own (in a table, a list); ``parts`` read inside a sentence."""

    parts: tuple[str, ...]
    acts: tuple[bool, ...]  # whether each part cites an act (a preposition goes before it)

    def __new__(cls, shown: str, parts: tuple[str, ...], acts: tuple[bool, ...]) -> Citation:
        made = super().__new__(cls, shown)
        made.parts = parts
        made.acts = acts
        return made

    def after(self, preposition: str, lang: str) -> str:
        """The citation after ``de``/``à``/``van``...: each act cited with the preposition."""
        w = _words(lang)
        with_prep = [
            _contract(lang, f"{preposition} {part}".replace(_PREPOSITION, preposition + " "))
            if act
            else part
            for part, act in zip(self.parts, self.acts, strict=True)
        ]
        if len(with_prep) == 1:
            return with_prep[0]
        return ", ".join(with_prep[:-1]) + f" {w['and']} " + with_prep[-1]

    def in_sentence(self, lang: str) -> str:
        """The citation inside a sentence, with no preposition before it."""
        w = _words(lang)
        parts = [part.replace(_PREPOSITION, "") for part in self.parts]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + f" {w['and']} " + parts[-1]


def prepositions(lang: str) -> tuple[str, ...]:
    """The words that are repeated before each act of a citation in a sentence."""
    return tuple(_words(lang).get("prepositions", ()))


@cache  # the sources of a pack are few
def cite(source: str, lang: str) -> Citation:
    """A source of the rule pack written out in the user's language, the Belgian way."""
    refs = _grouped(parse(source))
    shown = _words(lang)["separator"].join(
        _reference_text(r, lang, in_sentence=False) for r in refs
    )
    parts = tuple(_reference_text(r, lang, in_sentence=True) for r in refs)
    return Citation(shown, parts, tuple(r.act is not None or bool(r.raw) for r in refs))
