"""The motivation paragraph: the chosen procedure, its article, its reason, publication."""

from __future__ import annotations

import pytest

from core.decisions import CHECKS
from core.errors import ValidationError
from core.texts.motivation import motivation


def procedure_result(pack, **overrides):
    data = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "141500",
    }
    data.update(overrides)
    return CHECKS["procedure"].run(data, pack)


def test_value_ground_names_the_article_the_ceiling_and_the_publication(pack):
    """Simplified procedure for 141,500 in 2026: art. 41, below 216,000, Belgian notice."""
    text = motivation(procedure_result(pack), "simplified_negotiated_with_publication", "nl")
    assert "€\u00a0141.500,00 excl. btw" in text and "01/03/2026" in text
    assert "op grond van artikel 41, § 1, 1°, van de wet van 17 juni 2016:" in text
    assert "onder €\u00a0216.000,00" in text
    assert "Bulletin der Aanbestedingen" in text and "Publicatieblad" not in text


def test_a_claimed_ground_is_written_out(pack):
    """No suitable tenders: the ground in words, and no prior notice."""
    result = procedure_result(
        pack, estimated_value_excl_vat="250000", grounds=["no_suitable_tenders"]
    )
    text = motivation(result, "negotiated_without_publication", "fr")
    assert "sur la base de l'article 42, § 1er, 1°, b), de la loi du 17 juin 2016" in text
    assert "aucune offre" in text
    assert "ne requiert aucune publication préalable" in text


def test_open_procedure_at_eu_level(pack):
    """A federal 180,000 supplies contract: open procedure, EU notice."""
    result = procedure_result(
        pack,
        authority="federal_central",
        contract_type="supplies",
        estimated_value_excl_vat="180000",
    )
    text = motivation(result, "open", "en")
    assert "for any contract" in text and "Official Journal" in text


def test_an_excluded_procedure_has_no_motivation(pack):
    """Motivating a procedure the law does not allow is refused."""
    with pytest.raises(ValidationError):
        motivation(procedure_result(pack), "negotiated_without_publication", "en")
