"""The year report of a demo workspace, figure by figure, against SQL written here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.reports.figures import year_report
from tests.core.reports.conftest import YEAR

AWARDED = (
    "FROM tenders t WHERE t.status IN ('awarded', 'closed') "
    "AND t.launch_date >= :start AND t.launch_date < :end"
)
WINNERS = (
    "FROM tenderers r JOIN tenders t ON t.id = r.tender_id "
    "LEFT JOIN organisations o ON o.id = r.organisation_id "
    "WHERE r.status = 'winner' AND t.status IN ('awarded', 'closed') "
    "AND t.launch_date >= :start AND t.launch_date < :end"
)
SPAN = {"start": f"{YEAR}-01-01", "end": f"{YEAR + 1}-01-01"}


@pytest.fixture
def report(conn, pack):
    return year_report(conn, pack, YEAR)


def cents(value: Decimal | None) -> int:
    return int(value * 100)


def ids(text: str | None) -> list[int]:
    return sorted(int(i) for i in text.split(",")) if text else []


def thresholds(pack) -> dict[str, int]:
    """The thresholds in force in the year, in cents, read straight from the pack."""
    day = date(YEAR, 6, 30)
    keys = {
        "works": "eu_threshold_works",
        "central": "eu_threshold_supplies_services_central",
        "subcentral": "eu_threshold_supplies_services_subcentral",
        "social": "eu_threshold_social_services",
    }
    return {name: int(Decimal(pack.value(key, day).value) * 100) for name, key in keys.items()}


def test_below_eu_per_contract_type_matches_sql(report, conn, pack):
    limits = thresholds(pack)
    rows = conn.execute(
        "SELECT t.contract_type, count(DISTINCT t.id), coalesce(sum(r.offer_cents), 0), "
        "group_concat(DISTINCT t.id) FROM tenders t "
        "LEFT JOIN tenderers r ON r.tender_id = t.id AND r.status = 'winner' "
        "WHERE t.status IN ('awarded', 'closed') "
        "AND t.launch_date >= :start AND t.launch_date < :end "
        "AND t.estimated_value_cents < CASE t.contract_type WHEN 'works' THEN :works "
        "WHEN 'social_services' THEN :social ELSE CASE t.authority "
        "WHEN 'federal_central' THEN :central ELSE :subcentral END END "
        "GROUP BY t.contract_type",
        {**SPAN, **limits},
    ).fetchall()
    expected = {ctype: (n, value, ids(found)) for ctype, n, value, found in rows}
    assert expected, "the demo has awarded contracts below the EU thresholds in the year"
    for ctype in ("works", "supplies", "services", "social_services"):
        figure = report.find("below_eu", ctype)
        got = (figure.count, cents(figure.value), sorted(figure.tender_ids))
        assert got == expected.get(ctype, (0, 0, [])), ctype


def test_sme_share_per_contract_type_and_procedure_matches_sql(report, conn):
    for section, column in (("sme_type", "t.contract_type"), ("sme_procedure", "t.procedure")):
        rows = conn.execute(
            f"SELECT {column}, coalesce(o.size_class, 'unknown'), count(*), "
            f"sum(r.offer_cents), group_concat(DISTINCT t.id) {WINNERS} "
            "GROUP BY 1, 2",
            SPAN,
        ).fetchall()
        assert len(rows) > 4
        got = {
            (f.group, f.size): (f.count, cents(f.value), sorted(f.tender_ids))
            for f in report.section(section)
        }
        assert got == {(g, s): (n, v, ids(found)) for g, s, n, v, found in rows}


def test_a_winner_without_size_class_is_listed_not_counted_as_sme_or_large(report, conn):
    (found,) = conn.execute(
        f"SELECT group_concat(t.id) {WINNERS} AND o.size_class IS NULL", SPAN
    ).fetchone()
    unknown = ids(found)
    assert unknown  # the fixture made one
    assert sorted(report.find("no_size").tender_ids) == unknown
    for f in report.section("sme_type") + report.section("sme_procedure"):
        if f.size != "unknown":
            assert not set(f.tender_ids) & set(unknown), f
    sizes = {f.size for f in report.section("sme_type") if set(f.tender_ids) & set(unknown)}
    assert sizes == {"unknown"}


@pytest.mark.parametrize(
    ("section", "kind", "flag", "amount"),
    [
        ("advance_due", "advance", "mandatory", "amount"),
        ("bid_compensation", "bid_compensation", "mandatory", "total"),
    ],
)
def test_decision_figures_match_sql(report, conn, section, kind, flag, amount):
    n, total, found = conn.execute(
        "SELECT count(*), coalesce(sum(CAST(round(json_extract(d.result_json, '$."
        + amount
        + "') * 100) AS INTEGER)), 0), group_concat(d.tender_id) "
        "FROM decisions d JOIN tenders t ON t.id = d.tender_id "
        f"WHERE d.kind = '{kind}' AND d.state != 'invalid' "
        f"AND json_extract(d.result_json, '$.{flag}') = 1 "
        "AND t.status IN ('awarded', 'closed') "
        "AND t.launch_date >= :start AND t.launch_date < :end",
        SPAN,
    ).fetchone()
    figure = report.find(section)
    assert (figure.count, cents(figure.value), sorted(figure.tender_ids)) == (n, total, ids(found))
    if section == "advance_due":
        assert n > 0


def test_rankings_told_count_tenders_and_tenderers(report, conn):
    rows = conn.execute(
        "SELECT d.tender_id, json_array_length(d.result_json, '$.places') "
        "FROM decisions d JOIN tenders t ON t.id = d.tender_id "
        "WHERE d.kind = 'provisional_ranking' AND json_extract(d.result_json, '$.required') = 1 "
        "AND t.status IN ('awarded', 'closed') "
        "AND t.launch_date >= :start AND t.launch_date < :end",
        SPAN,
    ).fetchall()
    assert rows  # the fixture told one
    figure = report.find("ranking_told")
    assert sorted(figure.tender_ids) == sorted(r[0] for r in rows)
    assert figure.count == sum(r[1] for r in rows)


def test_thresholds_are_those_of_the_pack_in_the_year(report, pack):
    shown = {t.key: t.value for t in report.thresholds}
    assert shown["eu_threshold_works"] == Decimal(
        pack.value("eu_threshold_works", date(YEAR, 1, 1)).value
    )
    assert set(shown) == {
        "eu_threshold_works",
        "eu_threshold_supplies_services_central",
        "eu_threshold_supplies_services_subcentral",
        "eu_threshold_social_services",
    }


def test_a_tender_launched_in_another_year_or_not_awarded_is_not_counted(report, conn):
    counted = {i for f in report.figures for i in f.tender_ids}
    (outside,) = conn.execute(
        "SELECT group_concat(id) FROM tenders WHERE NOT (status IN ('awarded', 'closed') "
        "AND launch_date >= :start AND launch_date < :end)",
        SPAN,
    ).fetchone()
    assert counted and not counted & set(ids(outside))
    assert report.tenders == conn.execute(f"SELECT count(*) {AWARDED}", SPAN).fetchone()[0]
