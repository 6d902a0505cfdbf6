"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 3: more single series
from shops, health logs, homes and hobbies, each asked for one statistic."""

from __future__ import annotations

from bench.data.agents.heldout17_data import Scene
from bench.data.agents.heldout17_data_2 import scene_families
from bench.data.agents.helpers import Family

SCENES = [
    Scene("bakery", "days", 40, 160, 0, "loaves sold", "loaves",
          ["Sourdough loaves sold at the bakery this week:",
           "how many loaves we shifted each day"], step="day"),
    Scene("commute", "days", 22, 58, 0, "commute time", "minutes",
          ["My commute times this week in minutes, door to desk:",
           "Tracking how long the bus takes me to get to work (mins)."],
          step="day", additive=False),
    Scene("sleep", "days", 4.5, 9.5, 1, "hours of sleep", "hours",
          ["Sleep tracker numbers for the week, hours per night:",
           "I've been sleeping badly. Here's what my watch says:"], step="night", additive=False),
    Scene("rain", "months", 12, 140, 1, "monthly rainfall", "rainfall_mm",
          ["Rain gauge totals from my garden, mm per month:",
           "Monthly rainfall at our allotment (millimetres)"], step="month"),
    Scene("steps", "days", 3000, 16000, 0, "step count", "steps",
          ["Step counts from my phone this week:",
           "daily steps, trying to hit 10k more often"], step="day"),
    Scene("fuel", "weeks", 5.5, 9.8, 1, "fuel consumption", "L/100km",
          ["Fuel economy on the van, litres per 100 km, worked out at each weekly fill-up:",
           "My car's consumption figures week by week (L/100km)."], additive=False),
    Scene("team", "people", 12, 95, 0, "units sold", "units",
          ["Units sold per rep last month:", "Here's the sales board for the team."],
          step="rep", n=(6, 10)),
    Scene("subs", "months", 120, 900, 0, "new subscribers", "new_subs",
          ["New newsletter subscribers each month:",
           "Monthly signups for my Patreon"], step="month"),
    Scene("weight", "weeks", 76, 86, 1, "body weight", "weight_kg",
          ["Weekly weigh-ins (kg) since starting the diet:",
           "My weight every Sunday morning, in kilos"], additive=False),
]

FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in scene_families(SCENES)]
