"""The evaluation harness on a slice of the committed set (the full run is the bench)."""

from __future__ import annotations

import json
from typing import Any

from bench.memory import DATA, correct, run_eval


def _slice(people: int) -> dict[str, Any]:
    data = json.loads(DATA.read_text())
    keep = {p["id"] for p in data["people"][:people]}
    return {"people": [p for p in data["people"] if p["id"] in keep],
            "items": [i for i in data["items"] if i["person"] in keep]}


def test_committed_set_meets_its_shape() -> None:
    data = json.loads(DATA.read_text())
    assert len(data["people"]) >= 50 and len(data["items"]) >= 300
    held = sum(i["split"] == "heldout" for i in data["items"])
    assert held / len(data["items"]) >= 0.3
    assert {i["type"] for i in data["items"]} == {"single", "multi", "update", "temporal",
                                                  "abstain"}


def test_scoring_rules() -> None:
    item = {"type": "abstain", "accepted_all": []}
    assert correct("You haven't told me your brother's name.", item, ["Lisbon"])
    assert not correct("You haven't told me; you live in Lisbon.", item, ["Lisbon"])
    multi = {"type": "multi", "accepted_all": [["Maria"], ["12 March", "March 12"]]}
    assert correct("Your sister is called Maria. Her birthday is March 12.", multi, [])
    assert not correct("Your sister is called Maria.", multi, [])
    assert not correct("Your sister is called Mariana, born 12 March.", multi, [])


async def test_dev_slice_answers_from_memory() -> None:
    result = await run_eval(_slice(4))
    dev = result["dev"]
    assert dev["items"] >= 14
    assert dev["answer_accuracy"] >= 0.95 and dev["abstention_accuracy"] == 1.0
    assert dev["recall_any@5"] >= 0.95 and dev["recall_all@10"] >= 0.9
