"""The letters read back: sender, addressee, subject, references, place and date, signatory;
no list of uncertain rules (it stays on the internal documents); a missing field refuses."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core import record
from core.documents import KINDS, LETTERS, DocumentError, Rendered, gather, render
from core.documents.data import Signatory
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.document_decisions import decide_every_kind
from tests.export_command import export_pdf
from tests.pdf_text import page_texts, pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 29)
BUYER = {
    "name": "Gemeente Sint-Jözef",
    "enterprise_number": "0207.437.468",
    "street": "Markt 1",
    "postcode": "9000",
    "city": "Gent",
    "email": "aankoop@sint-jozef.be",
    "phone": "09 266 52 11",
    "signatory_name": "Sofie Claeys",
    "signatory_function": "Algemeen directeur",
}
FIRMS = (  # name, number, offer, status, city
    ("Bouwbedrijf Peeters nv", "0403.170.701", "41000", "winner", "Merelbeke"),
    ("Entreprise Lambert sa", "0404.616.494", "39500", "not_selected", "Namur"),
    ("Dakwerken Jansens bv", "0202.239.951", "44500", "not_selected", "Aalst"),
)
#: the settings' default signatory: signs for the firms, which name none
DEFAULT = Signatory("Jan Peeters", "Zaakvoerder")
WORDS = {
    "nl": ("Betreft:", "Onze referentie:", "Uw referentie:", "29 november 2026"),
    "fr": ("Objet :", "Notre référence :", "Votre référence :", "29 novembre 2026"),
    "en": ("Subject:", "Our reference:", "Your reference:", "29 November 2026"),
}
#: the public reference of the contract notice (its number in the Bulletin of Tenders)
NOTICE = "BDA 2026-512345"
NOTICE_WORDS = {
    "nl": "Referentie aankondiging:",
    "fr": "Référence de l'avis :",
    "en": "Notice reference:",
}
#: the kinds the buyer sends (the others the SME sends to the buyer)
FROM_BUYER = ("ranking-notices", "bid-compensation-letters")
UNCERTAIN = {
    "nl": "Regels met gemiddelde of lage zekerheid",
    "fr": "Règles de confiance moyenne ou faible",
    "en": "Rules of medium or low confidence",
}


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    ws = new_workspace(tmp_path_factory.mktemp("letters") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation(BUYER, NOW)
    tid = reg.add_tender(
        {
            "reference": "2026/017",
            "title": "Renovatie van de kerk",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "150000",
            "launch_date": "2026-03-01",
            "duration_months": "18",
            "buyer_id": buyer,
            "procedure": "open",
            "price_only": True,
            "leading_official": "An De Smet",
            "offers_deadline": "2026-11-19",
            "notice_reference": NOTICE,
        },
        NOW,
    )
    for name, number, offer, status, city in FIRMS:
        org = reg.add_organisation(
            {
                "name": name,
                "enterprise_number": number,
                "iban": "BE71 0961 2345 6769",
                "bic": "GKCCBEBB",
                "size_class": "small",
                "street": "Industrieweg 4",
                "postcode": "9820",
                "city": city,
            },
            NOW,
        )
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "offer": offer, "status": status}, NOW
        )
    decide_every_kind(reg, tid, NOW)
    yield reg, tid
    ws.close()


@pytest.fixture(scope="module")
def made(register):
    """The letters ``render`` makes of the register's tender in a kind and a language, signed
    by the settings' default signatory where a firm names none, each with the text of its
    pages: made once in a process (several tests read the same letters)."""
    reg, tid = register
    files: dict = {}

    def of(kind: str, lang: str) -> list[tuple[Rendered, str]]:
        file = gather(reg, tid, DEFAULT)
        if (kind, lang) not in files or files[kind, lang][0] != file:
            rendered = render(kind, file, lang, ISSUED)
            files[kind, lang] = file, [(item, pdf_text(item.data)) for item in rendered]
        return files[kind, lang][1]

    return of


def test_the_letters_are_the_four_kinds_sent_to_a_third_party():
    assert set(LETTERS) == {
        "advance-request",
        "ranking-notices",
        "bid-compensation-letters",
        "bid-compensation-requests",
    } and set(LETTERS) <= set(KINDS)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("kind", LETTERS)
def test_every_letter_has_its_frame(made, kind, lang):
    subject, ours, yours, day = WORDS[lang]
    buyer_sends = kind in FROM_BUYER
    for _, content in made(kind, lang):
        firm = next(f for f in FIRMS if f[0] in content)
        sender, addressee = (BUYER["name"], firm[0]) if buyer_sends else (firm[0], BUYER["name"])
        # the sender's block comes first, the addressee after it
        assert content.index(sender) < content.index(addressee)
        assert f"{subject} " in content
        assert f"{ours if buyer_sends else yours} 2026/017" in content
        assert f"{yours if buyer_sends else ours}" not in content
        assert f"{NOTICE_WORDS[lang]} {NOTICE}" in content
        place = "Gent" if buyer_sends else firm[4]
        assert f"{place}, {day}" in content
        signatory = "Sofie Claeys Algemeen directeur" if buyer_sends else "Jan Peeters Zaakvoerder"
        assert signatory in content
        assert UNCERTAIN[lang] not in content


def test_each_tenderer_owed_a_compensation_gets_one_letter_and_one_request(made):
    """1 500 to the two tenderers not chosen; the winner is owed nothing and gets none."""
    for kind in ("bid-compensation-letters", "bid-compensation-requests"):
        files = made(kind, "nl")
        names = sorted(next(f[0] for f in FIRMS if f[0] in text) for _, text in files)
        assert names == ["Dakwerken Jansens bv", "Entreprise Lambert sa"]
        for _, content in files:
            assert "€ 1.500,00" in content
            assert "artikel niet geverifieerd" in content  # the source says what is unsure


def test_the_ranking_notice_gives_the_opening_and_a_contact(register):
    reg, tid = register
    content = pdf_text(render("ranking-notices", gather(reg, tid), "fr", ISSUED)[0].data)
    assert "au plus tard le 19 novembre 2026" in content
    assert "An De Smet (aankoop@sint-jozef.be, 09 266 52 11)" in content


def test_the_internal_documents_keep_their_list_of_uncertain_rules(register):
    reg, tid = register
    for kind in ("bid-compensation", "summary"):
        assert UNCERTAIN["nl"] in pdf_text(render(kind, gather(reg, tid), "nl", ISSUED)[0].data)


def test_without_a_signatory_the_letter_is_signed_by_the_organisation(register):
    reg, tid = register
    for item in render("bid-compensation-requests", gather(reg, tid), "en", ISSUED):
        content = pdf_text(item.data)
        firm = next(f[0] for f in FIRMS if f[0] in content)
        assert "Jan Peeters" not in content
        assert f"Yours faithfully, {firm} " in content


@pytest.mark.parametrize(
    ("kind", "party", "field", "message"),
    [
        ("ranking-notices", "buyer", "street", "„Straat en nummer” van de aanbesteder"),
        ("bid-compensation-letters", "buyer", "city", "„Gemeente” van de aanbesteder"),
        ("bid-compensation-requests", "firm", "iban", "„IBAN” van de inschrijver"),
        (
            "advance-request",
            "firm",
            "enterprise_number",
            "„Ondernemingsnummer” van de opdrachtnemer",
        ),
    ],
)
def test_an_empty_required_field_refuses_the_letter_naming_it(
    register, kind, party, field, message
):
    reg, tid = register
    file = gather(reg, tid)
    if party == "buyer":
        file = replace(file, buyer=replace(file.buyer, **{field: "" if field != "iban" else None}))
    else:
        parties = tuple(
            replace(p, organisation=replace(p.organisation, **{field: None})) for p in file.parties
        )
        file = replace(file, parties=parties)
    with pytest.raises(DocumentError) as refused:
        render(kind, file, "nl", ISSUED)
    assert message in refused.value.message


def test_a_ranking_notice_without_the_offers_deadline_is_refused(register):
    reg, tid = register
    file = gather(reg, tid)
    file = replace(file, tender=replace(file.tender, offers_deadline=None))
    with pytest.raises(DocumentError) as refused:
        render("ranking-notices", file, "fr", ISSUED)
    assert "Date limite des offres" in refused.value.message


@pytest.mark.parametrize("processes", [1, 2])
def test_export_pdf_signs_with_the_settings_default_signatory(
    register, tmp_path, capsys, processes
):
    """The firms name no signatory: the one of the settings file signs their requests, made
    in this process or in a pool of processes alike (the command run here: the pool's
    processes are new ones either way)."""
    reg, _ = register
    config = tmp_path / "settings.toml"
    config.write_text('signatory_name = "Katrien Maes"\nsignatory_function = "Zaakvoerder"\n')
    code, _, err = export_pdf(
        capsys,
        *("--config", config, "--db", reg.ws.path, "--tender", "2026/017", "--lang", "nl"),
        *("--document", "bid-compensation-requests", "--out", tmp_path / "out"),
        *("--issued", "2026-11-29", "--processes", processes),
    )
    assert code == 0, err
    written = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(written) == 2
    for path in written:
        assert "Katrien Maes Zaakvoerder" in pdf_text(path.read_bytes())


@pytest.mark.parametrize("kind", LETTERS)
def test_without_a_notice_reference_the_letter_gives_the_tenders_own_only(register, kind):
    reg, tid = register
    file = gather(reg, tid, DEFAULT)
    file = replace(file, tender=replace(file.tender, notice_reference=""))
    for item in render(kind, file, "fr", ISSUED):
        content = pdf_text(item.data)
        assert "2026/017" in content and NOTICE_WORDS["fr"] not in content


#: a second tender, restricted, whose documents asked for models and drawings and set a full
#: and a reduced compensation: one firm not chosen with an account number, one whose offer was
#: substantially irregular and whose account the buyer does not know
MIXED = (  # name, number, status, iban
    ("Bouwbedrijf Peeters nv", "0403.170.701", "winner", "BE71 0961 2345 6769"),
    ("Entreprise Lambert sa", "0404.616.494", "not_selected", "BE71 0961 2345 6769"),
    ("Dakwerken Jansens bv", "0202.239.951", "substantially_irregular", None),
    ("Bureau Dubois srl", "0456.312.051", "unacceptable", "BE71 0961 2345 6769"),
)
BID_LETTER = {
    "nl": {
        "subject": "Betreft: Uw biedvergoeding — Nieuwe sporthal",
        "opening": "Voor deze opdracht moesten de offertes het volgende bevatten: maquettes, "
        "tekeningen. Uw offerte werd niet gekozen.",
        "rule": "Op grond van de wet van 17 juni 2016, zoals gewijzigd bij de wet van 22 december "
        "2023 (artikel niet geverifieerd) en van de opdrachtdocumenten ontvangt een inschrijver "
        "van wie de offerte niet gekozen werd in dat geval een biedvergoeding.",
        "Entreprise Lambert sa": (
            "Het bedrag van uw biedvergoeding is € 1.500,00.",
            "Het wordt betaald zoals de opdrachtdocumenten bepalen, op uw rekening "
            "BE71 0961 2345 6769.",
        ),
        "Dakwerken Jansens bv": (
            "Het bedrag van uw biedvergoeding is € 750,00: het verminderde bedrag dat de "
            "opdrachtdocumenten bepalen voor een substantieel onregelmatige of onaanvaardbare "
            "offerte.",
            "Het wordt betaald zoals de opdrachtdocumenten bepalen; deel ons het rekeningnummer "
            "mee waarop wij het mogen storten.",
        ),
        "Bureau Dubois srl": (
            "Het bedrag van uw biedvergoeding is € 750,00: het verminderde bedrag dat de "
            "opdrachtdocumenten bepalen voor een substantieel onregelmatige of onaanvaardbare "
            "offerte.",
            "Het wordt betaald zoals de opdrachtdocumenten bepalen, op uw rekening "
            "BE71 0961 2345 6769.",
        ),
    },
    "fr": {
        "subject": "Objet : Votre indemnité de soumission — Nieuwe sporthal",
        "opening": "Pour ce marché, les offres devaient comporter : maquettes, dessins. Votre "
        "offre n'a pas été choisie.",
        "rule": "Sur la base de la loi du 17 juin 2016, telle que modifiée par la loi du 22 "
        "décembre 2023 (article non vérifié) et des documents du marché, un soumissionnaire "
        "dont l'offre n'a pas été choisie reçoit dans ce cas une indemnité de soumission.",
        "Entreprise Lambert sa": (
            "Le montant de votre indemnité de soumission est de 1 500,00 €.",
            "Il est payé comme le prévoient les documents du marché, sur votre compte "
            "BE71 0961 2345 6769.",
        ),
        "Dakwerken Jansens bv": (
            "Le montant de votre indemnité de soumission est de 750,00 € : le montant réduit que "
            "les documents du marché prévoient pour une offre substantiellement irrégulière ou "
            "inacceptable.",
            "Il est payé comme le prévoient les documents du marché ; communiquez-nous le numéro "
            "de compte sur lequel nous pouvons le verser.",
        ),
        "Bureau Dubois srl": (
            "Le montant de votre indemnité de soumission est de 750,00 € : le montant réduit que "
            "les documents du marché prévoient pour une offre substantiellement irrégulière ou "
            "inacceptable.",
            "Il est payé comme le prévoient les documents du marché, sur votre compte "
            "BE71 0961 2345 6769.",
        ),
    },
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    ws = new_workspace(tmp_path_factory.mktemp("mixed") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation(BUYER, NOW)
    tid = reg.add_tender(
        {
            "reference": "2026/018",
            "title": "Nieuwe sporthal",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "150000",
            "launch_date": "2026-03-01",
            "buyer_id": buyer,
            "procedure": "restricted",
        },
        NOW,
    )
    for name, number, status, iban in MIXED:
        org = reg.add_organisation(
            {"name": name, "enterprise_number": number, "iban": iban}
            | {"street": "Kerkstraat 2", "postcode": "9300", "city": "Aalst"},
            NOW,
        )
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "offer": "40000", "status": status}, NOW
        )
    reg.decide(
        tid,
        "bid_compensation",
        {
            "launch_date": "2026-03-01",
            "procedure": "restricted",
            "required_items": ["models", "drawings"],
            "documents_amount": "1500",
            "documents_reduced_amount": "750",
            "tenderers": reg.decision_tenderers(tid),
        },
        NOW,
    )
    yield reg, tid
    ws.close()


#: the size of a letter's text, in points
LETTER_SIZE = 10.0


def _pieces(data: bytes) -> list[tuple[str, float, bool]]:
    """Each piece of text the first page draws: (text, size in points, bold)."""
    found = []

    def seen(text, _cm, tm, font, size):
        if text.strip() and font:
            bold = "Bold" in str(font.get("/BaseFont", ""))
            found.append((text.strip(), round(size * tm[0], 2), bold))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=seen)
    return found


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_bid_compensation_letter_says_why_how_much_and_how_it_is_paid(mixed, lang):
    """The items the documents asked for, the rule with its unverified article, the full amount
    or the reduced one for a substantially irregular offer (in bold), and the account it is
    paid to, or a request for one."""
    reg, tid = mixed
    words = BID_LETTER[lang]
    letters = render("bid-compensation-letters", gather(reg, tid, DEFAULT), lang, ISSUED)
    assert len(letters) == 3  # the winner is owed nothing
    for item in letters:
        content = pdf_text(item.data)
        firm = next(name for name, *_ in MIXED[1:] if name in content)
        amount, payment = words[firm]
        body = (words["opening"], words["rule"], amount, payment)
        for sentence in (words["subject"], *body):
            assert sentence in content
        pieces = _pieces(item.data)
        for sentence in body:  # in the letter's size, the amount alone in bold
            first = next(p for p in pieces if sentence.startswith(p[0]))
            assert first[1:] == (LETTER_SIZE, sentence == amount), sentence
        # the buyer's own signatory signs, not the settings' default
        assert "Sofie Claeys Algemeen directeur" in content and "Jan Peeters" not in content


def test_an_account_number_is_never_broken_over_two_lines(mixed):
    reg, tid = mixed
    for lang in ("nl", "fr", "en"):
        for item in render("bid-compensation-letters", gather(reg, tid), lang, ISSUED):
            lines = page_texts(item.data)[0].splitlines()
            if any("Lambert" in line for line in lines):
                assert any("BE71 0961 2345 6769" in line.replace("\u00a0", " ") for line in lines)


def test_a_buyer_naming_no_signatory_signs_with_the_settings_default(mixed):
    reg, tid = mixed
    file = gather(reg, tid, DEFAULT)
    file = replace(file, buyer=replace(file.buyer, signatory_name="", signatory_function=""))
    for item in render("bid-compensation-letters", file, "nl", ISSUED):
        assert "Jan Peeters Zaakvoerder" in pdf_text(item.data)


def test_no_bid_compensation_letter_when_nothing_is_owed_says_why_in_the_users_language(mixed):
    """An open procedure owes none: the letters are refused with the reason, in French."""
    reg, tid = mixed
    file = gather(reg, tid)
    held = file.decisions["bid_compensation"]
    amounts = {key: Decimal("0") for key in held.result.amounts}
    nothing = record.replace(held.result, amounts=amounts)
    file = replace(file, decisions={"bid_compensation": replace(held, result=nothing)})
    with pytest.raises(DocumentError) as refused:
        render("bid-compensation-letters", file, "fr", ISSUED)
    assert refused.value.code == "not_due" and "indemnité" in refused.value.message
