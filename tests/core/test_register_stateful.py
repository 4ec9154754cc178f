"""The register against a plain model: whatever a user does, in whatever order, every stored
field is what the user last gave it (issue 9: a status change once erased a tenderer's offer).

A hypothesis state machine adds, changes one field of, deletes and restores organisations,
tenders, lots and tenderers, and takes decisions. The model is plain dicts of what each record
must hold, in the form ``to_mapping()`` gives; refused changes (a duplicate, the buyer as its
own tenderer, a deadline before the launch...) must raise ValidationError and change nothing.
After every step every record is read back and compared field by field with the model, and
every stored decision names current tenderers by id (or says it is out of step).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.register_fields import (
    BAD,
    BAD_MONEY,
    DECIDED_AS,
    LAUNCHES,
    MONEY,
    ORG_FIELDS,
    TENDER_FIELDS,
    TENDERER_FIELDS,
    TEXTS,
    by_id,
    days,
    new_organisation,
    new_tender,
    refused,
    same,
    valid,
)
from tests.workspaces import new_workspace

PACK = bundled_pack()
NOW = datetime(2026, 5, 4, 9, 30)


class RegisterMachine(RuleBasedStateMachine):
    """The register's operations in any order, each checked against the model after it."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="register-stateful-"))
        self.ws = new_workspace(self.folder / "w.sqlite", now=NOW, auto_backup=False)
        self.reg = Register(self.ws, PACK)
        self.orgs: dict[int, dict] = {}  # id -> Organisation.to_mapping() without the id
        self.tenders: dict[int, dict] = {}
        self.lots: dict[int, list[dict]] = {}
        self.tenderers: dict[int, dict] = {}
        self.decided: dict[int, set[str]] = {}  # tender id -> kinds of its stored decisions
        self.deleted_orgs: list[tuple] = []
        self.deleted_tenders: list[tuple] = []
        self.references = 0
        self.used_ids: dict[str, set[int]] = {"tenders": set(), "tenderers": set()}

    @initialize()
    def a_tender_with_its_buyer_and_two_tenderers(self):
        """Start where users are: a buyer, two companies offering on one of its tenders."""
        for name in ("Stad Gent", "Bouw NV", "Électro SA"):
            self.orgs[self.reg.add_organisation({"name": name}, NOW)] = new_organisation(
                {"name": name}
            )
        buyer, *companies = sorted(self.orgs)
        given = {"reference": "T/0", "title": "Werken", "buyer_id": buyer, "authority": "local"}
        given |= {"contract_type": "works", "estimated_value": "150000.00"}
        given["launch_date"] = LAUNCHES[-1].isoformat()
        tid = self._new("tenders", self.reg.add_tender(given, NOW))
        self.tenders[tid], self.lots[tid], self.decided[tid] = new_tender(given), [], set()
        for org, offer in zip(companies, ("98000.00", "102500.50"), strict=True):
            given = {"tender_id": tid, "organisation_id": org, "offer": offer}
            self.tenderers[self._new("tenderers", self.reg.add_tenderer(given, NOW))] = {
                **given,
                "status": "submitted",
            }

    def teardown(self) -> None:
        self.ws.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- organisations -------------------------------------------------------------------
    @rule(data=st.data())
    def add_organisation(self, data):
        typed, expected = {}, {}
        for name in ("name", "enterprise_number", "city", "iban", "size_class", "turnover"):
            typed[name], expected[name] = data.draw(valid(ORG_FIELDS[name]), label=name)
        full = new_organisation(expected)
        if refused(expected) or self._number_taken(full["enterprise_number"], None):
            with pytest.raises(ValidationError):
                self.reg.add_organisation(typed, NOW)
            return
        self.orgs[self.reg.add_organisation(typed, NOW)] = full

    @precondition(lambda self: self.orgs)
    @rule(data=st.data())
    def update_organisation(self, data):
        org_id = data.draw(st.sampled_from(sorted(self.orgs)), label="organisation")
        name = data.draw(st.sampled_from(sorted(ORG_FIELDS)), label="field")
        typed, value = data.draw(ORG_FIELDS[name], label=name)
        after = {**self.orgs[org_id], name: value}
        land, code = after["country"], after["postcode"]
        if (
            value is BAD
            or self._number_taken(after["enterprise_number"], org_id)
            or (land == "BE" and code and not re.fullmatch(r"[1-9][0-9]{3}", code))
        ):
            with pytest.raises(ValidationError):
                self.reg.update_organisation(org_id, {name: typed}, NOW)
            return
        self.reg.update_organisation(org_id, {name: typed}, NOW)
        self.orgs[org_id] = after

    @precondition(lambda self: self.orgs)
    @rule(data=st.data())
    def delete_organisation(self, data):
        org_id = data.draw(st.sampled_from(sorted(self.orgs)), label="organisation")
        used = any(t["buyer_id"] == org_id for t in self.tenders.values()) or any(
            t["organisation_id"] == org_id for t in self.tenderers.values()
        )
        if used:
            with pytest.raises(ValidationError):
                self.reg.delete_organisation(org_id)
            return
        self.deleted_orgs.append((self.reg.delete_organisation(org_id), org_id, self.orgs[org_id]))
        del self.orgs[org_id]

    @precondition(lambda self: self.deleted_orgs)
    @rule(data=st.data())
    def restore_organisation(self, data):
        index = data.draw(st.integers(0, len(self.deleted_orgs) - 1), label="deleted")
        deleted, org_id, fields = self.deleted_orgs.pop(index)
        if org_id in self.orgs or self._number_taken(fields["enterprise_number"], org_id):
            with pytest.raises(ValidationError):
                self.reg.restore_organisation(deleted)
            return
        assert self.reg.restore_organisation(deleted) == org_id
        self.orgs[org_id] = fields

    def _new(self, table: str, row_id: int) -> int:
        """A new tender or tenderer never takes the id of a deleted one: undoing that delete
        must find its ids free, and decisions name tenderers by id."""
        assert row_id not in self.used_ids[table], f"{table}: id {row_id} given again"
        self.used_ids[table].add(row_id)
        return row_id

    def _number_taken(self, number, org_id) -> bool:
        return number is not None and any(
            o["enterprise_number"] == number for i, o in self.orgs.items() if i != org_id
        )

    # -- tenders -------------------------------------------------------------------------
    @rule(data=st.data())
    def add_tender(self, data):
        self.references += 1
        taken = sorted({t["reference"] for t in self.tenders.values()})
        again = taken and data.draw(st.integers(0, 4), label="same reference") == 0
        reference = (
            data.draw(st.sampled_from(taken), label="ref") if again else f"T/{self.references}"
        )
        launch = data.draw(st.sampled_from(LAUNCHES), label="launch_date")
        buyer = data.draw(st.sampled_from([None, *sorted(self.orgs)]), label="buyer")
        typed = {"reference": reference, "launch_date": launch.isoformat(), "buyer_id": buyer}
        expected = dict(typed)
        for name in ("title", "authority", "contract_type", "estimated_value", "procedure"):
            typed[name], expected[name] = data.draw(valid(TENDER_FIELDS[name]), label=name)
        if refused(expected) or reference in taken:
            with pytest.raises(ValidationError):
                self.reg.add_tender(typed, NOW)
            return
        tid = self._new("tenders", self.reg.add_tender(typed, NOW))
        self.tenders[tid], self.lots[tid], self.decided[tid] = new_tender(expected), [], set()

    @precondition(lambda self: self.tenders)
    @rule(data=st.data())
    def update_tender(self, data):
        tid = data.draw(st.sampled_from(sorted(self.tenders)), label="tender")
        current = self.tenders[tid]
        launch = date.fromisoformat(current["launch_date"])
        choices = {
            **TENDER_FIELDS,
            "reference": st.sampled_from(
                [(t["reference"], t["reference"]) for t in self.tenders.values()]
                + [(f"T/{tid}-bis", f"T/{tid}-bis"), ("  ", BAD)]
            ),
            "launch_date": st.sampled_from([(d.isoformat(), d.isoformat()) for d in LAUNCHES]),
            "buyer_id": st.sampled_from([(None, None)] + [(o, o) for o in sorted(self.orgs)]),
            "offers_deadline": st.sampled_from(days(launch, (-1, 0, 30)) + [(None, None)]),
            "award_deadline": st.sampled_from(days(launch, (-1, 10, 60)) + [(None, None)]),
        }
        name = data.draw(st.sampled_from(sorted(choices)), label="field")
        typed, value = data.draw(choices[name], label=name)
        after = {**current, name: value}
        if after["indefinite"]:
            after["duration_months"] = None
        if value is BAD or self._tender_refuses(tid, after):
            with pytest.raises(ValidationError):
                self.reg.update_tender(tid, {name: typed}, NOW)
            return
        self.reg.update_tender(tid, {name: typed}, NOW)
        self.tenders[tid] = after

    def _tender_refuses(self, tid: int, after: dict) -> bool:
        offers, award = after["offers_deadline"], after["award_deadline"]
        return (
            any(t["reference"] == after["reference"] for i, t in self.tenders.items() if i != tid)
            or (offers is not None and offers < after["launch_date"])
            or (offers is not None and award is not None and award < offers)
            or any(
                t["tender_id"] == tid and t["organisation_id"] == after["buyer_id"]
                for t in self.tenderers.values()
            )
        )

    @precondition(lambda self: self.tenders)
    @rule(data=st.data())
    def delete_tender(self, data):
        tid = data.draw(st.sampled_from(sorted(self.tenders)), label="tender")
        mine = {i: t for i, t in self.tenderers.items() if t["tender_id"] == tid}
        kept = (self.tenders.pop(tid), self.lots.pop(tid), mine, self.decided.pop(tid))
        self.deleted_tenders.append((self.reg.delete_tender(tid), tid, kept))
        for i in mine:
            del self.tenderers[i]

    @precondition(lambda self: self.deleted_tenders)
    @rule(data=st.data())
    def restore_tender(self, data):
        index = data.draw(st.integers(0, len(self.deleted_tenders) - 1), label="deleted")
        deleted, tid, (tender, lots, mine, decided) = self.deleted_tenders.pop(index)
        parties = {tender["buyer_id"], *(t["organisation_id"] for t in mine.values())} - {None}
        if any(t["reference"] == tender["reference"] for t in self.tenders.values()) or not (
            parties <= set(self.orgs)
        ):
            with pytest.raises(ValidationError):
                self.reg.restore_tender(deleted)
            return
        assert self.reg.restore_tender(deleted) == tid
        self.tenders[tid], self.lots[tid], self.decided[tid] = tender, lots, decided
        self.tenderers.update(mine)

    @precondition(lambda self: self.tenders)
    @rule(
        data=st.data(),
        lots=st.lists(
            st.tuples(st.sampled_from(TEXTS), st.sampled_from(MONEY + BAD_MONEY)), max_size=3
        ),
    )
    def set_lots(self, data, lots):
        tid = data.draw(st.sampled_from(sorted(self.tenders)), label="tender")
        typed = [{"title": title[0], "estimated_value": value[0]} for title, value in lots]
        if any(value[1] is BAD for _, value in lots):
            with pytest.raises(ValidationError):
                self.reg.set_lots(tid, typed)
            return
        self.reg.set_lots(tid, typed)
        self.lots[tid] = [
            {"number": n, "title": title[1], "estimated_value": value[1]}
            for n, (title, value) in enumerate(lots, start=1)
        ]

    # -- tenderers -----------------------------------------------------------------------
    @precondition(lambda self: self.tenders and self.orgs)
    @rule(data=st.data())
    def add_tenderer(self, data):
        tid = data.draw(st.sampled_from(sorted(self.tenders)), label="tender")
        org = data.draw(st.sampled_from(sorted(self.orgs)), label="organisation")
        status, status_value = data.draw(valid(TENDERER_FIELDS["status"]), label="status")
        offer, offer_value = data.draw(valid(TENDERER_FIELDS["offer"]), label="offer")
        typed = {"tender_id": tid, "organisation_id": org, "status": status, "offer": offer}
        expected = {**typed, "status": status_value, "offer": offer_value}
        if refused(expected) or self._tenderer_refuses(None, tid, org):
            with pytest.raises(ValidationError):
                self.reg.add_tenderer(typed, NOW)
            return
        self.tenderers[self._new("tenderers", self.reg.add_tenderer(typed, NOW))] = expected

    def _tenderer_refuses(self, tenderer_id, tid: int, org: int) -> bool:
        """The same company twice on a tender, or the buyer as its own tenderer."""
        return self.tenders[tid]["buyer_id"] == org or any(
            t["tender_id"] == tid and t["organisation_id"] == org
            for i, t in self.tenderers.items()
            if i != tenderer_id
        )

    @precondition(lambda self: self.tenderers)
    @rule(data=st.data())
    def update_tenderer(self, data):
        tenderer_id = data.draw(st.sampled_from(sorted(self.tenderers)), label="tenderer")
        current = self.tenderers[tenderer_id]
        choices = {
            **TENDERER_FIELDS,
            "organisation_id": st.sampled_from([(o, o) for o in sorted(self.orgs)]),
        }
        name = data.draw(st.sampled_from(sorted(choices)), label="field")
        typed, value = data.draw(choices[name], label=name)
        after = {**current, name: value}
        if value is BAD or self._tenderer_refuses(
            tenderer_id, after["tender_id"], after["organisation_id"]
        ):
            with pytest.raises(ValidationError):
                self.reg.update_tenderer(tenderer_id, {name: typed}, NOW)
            return
        self.reg.update_tenderer(tenderer_id, {name: typed}, NOW)
        self.tenderers[tenderer_id] = after

    @precondition(lambda self: self.tenderers)
    @rule(data=st.data())
    def remove_tenderer(self, data):
        tenderer_id = data.draw(st.sampled_from(sorted(self.tenderers)), label="tenderer")
        self.reg.remove_tenderer(tenderer_id, NOW)
        del self.tenderers[tenderer_id]

    # -- decisions -----------------------------------------------------------------------
    @precondition(lambda self: self.tenders)
    @rule(data=st.data(), kind=st.sampled_from(["bid_compensation", "provisional_ranking"]))
    def decide_on_tenderers(self, data, kind):
        tid = data.draw(st.sampled_from(sorted(self.tenders)), label="tender")
        t = self.tenders[tid]
        if kind == "bid_compensation":
            facts = {"procedure": "restricted", "required_items": ["models"]}
            facts |= {"documents_amount": "1500", "tenderers": self.reg.decision_tenderers(tid)}
        else:
            facts = {"procedure": "open", "price_only": True}
            facts |= {"offers": self.reg.decision_offers(tid), "authority": t["authority"]}
            facts |= {"contract_type": t["contract_type"]}
            facts["estimated_value_excl_vat"] = t["estimated_value"]
        self._decide(tid, kind, {"launch_date": t["launch_date"], **facts})

    @precondition(lambda self: self.tenderers)
    @rule(data=st.data())
    def decide_advance_with_a_winner(self, data):
        """The buyer marks a winner (unless one is marked) and decides its advance."""
        tenderer_id = data.draw(st.sampled_from(sorted(self.tenderers)), label="tenderer")
        tid = self.tenderers[tenderer_id]["tender_id"]
        mine = [i for i, x in self.tenderers.items() if x["tender_id"] == tid]
        if not any(self.tenderers[i]["status"] == "winner" for i in mine):
            self.reg.update_tenderer(tenderer_id, {"status": "winner"}, NOW)
            self.tenderers[tenderer_id] = {**self.tenderers[tenderer_id], "status": "winner"}
        t = self.tenders[tid]
        basics = {k: t[k] for k in ("launch_date", "authority", "contract_type")}
        facts = {"procedure": "open", "contractor_size": "small", "amount_incl_vat": "49610"}
        self._decide(tid, "advance", {**basics, **facts, "duration_months": "18"})

    def _decide(self, tid: int, kind: str, data: dict) -> None:
        try:
            self.reg.decide(tid, kind, data, NOW)
        except ValidationError:
            return  # not decidable on these facts: nothing is stored (the invariant checks)
        self.decided[tid].add(kind)

    # -- after every step ----------------------------------------------------------------
    @invariant()
    def every_stored_field_equals_the_model(self):
        for org_id, expected in self.orgs.items():
            same(f"organisation {org_id}", self.reg.organisation(org_id).to_mapping(), expected)
        for tid, expected in self.tenders.items():
            same(f"tender {tid}", self.reg.tender(tid).to_mapping(), expected)
            lots = [
                {**lot, "estimated_value": f"{lot['estimated_value']:f}"}
                for lot in self.reg.lots(tid)
            ]
            assert lots == self.lots[tid], f"the lots of tender {tid}"
        tenderers = {t.id: t for tid in self.tenders for t in self.reg.tenderers(tid)}
        assert set(tenderers) == set(self.tenderers), "the tenderers of the register"
        for i, t in tenderers.items():
            same(f"tenderer {i}", t.to_mapping(), self.tenderers[i])
            assert self.reg.tenderer(i) == t
            assert t.name == self.orgs[t.organisation_id]["name"], f"the name of tenderer {i}"
        for table, model in (("organisations", self.orgs), ("tenders", self.tenders)):
            count = self.ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count == len(model), f"the number of {table}"

    @invariant()
    def decisions_name_current_tenderers_by_id(self):
        for tid in self.tenders:
            decisions = {d.kind: d for d in self.reg.decisions(tid)}
            assert set(decisions) == self.decided[tid]
            mine = {i: t for i, t in self.tenderers.items() if t["tender_id"] == tid}
            out_of_step = self.reg.out_of_step(tid)
            for kind, stored in decisions.items():
                rows = stored.input.get("tenderers") or stored.input.get("offers") or []
                named = {int(r["id"]) for r in rows}
                if kind == "advance" and stored.used.get("winner"):
                    named.add(stored.used["winner"]["tenderer_id"])
                assert named <= set(mine) or kind in out_of_step, (kind, named, mine)
            if "bid_compensation" in decisions:
                expected = [
                    {"id": str(i), "status": DECIDED_AS[t["status"]]}
                    for i, t in mine.items()
                    if t["status"] in DECIDED_AS
                ]
                assert by_id(decisions["bid_compensation"].input["tenderers"]) == by_id(expected)
            if "provisional_ranking" in decisions:
                expected = [
                    {"id": str(i), "offer": t["offer"]}
                    for i, t in mine.items()
                    if t["status"] in DECIDED_AS and t["offer"] is not None
                ]
                assert by_id(decisions["provisional_ranking"].input["offers"]) == by_id(expected)


RegisterMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_register_keeps_every_field_the_user_gave = RegisterMachine.TestCase
