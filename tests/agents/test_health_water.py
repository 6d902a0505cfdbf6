"""Water by body weight with exercise added, and the containers it fills."""

from __future__ import annotations

import pytest

from core.agents.health_measures import per_body_kg
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "shown"), [
    ("water: 35 ml for each kg, plus 0.5 l an hour of sport. 60 kg, 2 hours of tennis - total?",
     "3.1 L"),
    ("I weigh 70 kg; fluids 30 ml per kg and 250 ml every 30 min of running; ran 60 minutes. "
     "how much?", "2.6 L"),
    ("need 40 ml of water per kg, I'm 55 kg. how many 500 ml bottles?", "4.4 bottles"),
    ("35 ml per kg for a 94 kg adult - how many 250 ml glasses a day?", "13.16 glasses"),
    ("a 58.5 kg runner at 45 ml/kg/day: litres of water daily?", "2.63 L"),
    ("1.2 g/kg protein for 81 kg, grams?", "97.2 g"),
])
def test_water_by_weight(text: str, shown: str) -> None:
    trip = per_body_kg(expand(text).lower())
    assert trip is not None and trip.shown.startswith(shown), trip
