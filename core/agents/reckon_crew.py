"""A job shared by more or fewer hands: the time falls as the crew grows (inverse proportion).

- "8 painters need 9 days for a job, how long for 12 painters?" → 9 × 8 ÷ 12 = 6 days;
- "4 pumps empty a tank in 15 hours. how long would 6 pumps take?" → 10 hours;
- "if 5 workers take 12 days to build a wall, how many days would 6 workers take?" → 10 days.

The crew is named the same way both times ("painters" … "painters"); a crew that changes
part-way ("after 3 days, 2 more join") is another kind of question and is left alone. The
text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

TIME = r"(days?|hours?|hrs?|minutes?|mins?|weeks?)"
FIRST = _c(rf"\b(\d+)\s+([a-z]{{3,}})\b[^.?!;\d]{{0,40}}?\b(\d+(?:\.\d+)?)\s*{TIME}\b")
ASK = _c(rf"\bhow\s+(?:long|many\s+{TIME}|much\s+time)\b|\bwhat\s+time\s+would\b")
PART_WAY = _c(r"\b(?:more|join|joins|joined|leave|leaves|left|after|quit|sick|extra|instead\s+of"
              r"\s+\d+\s+\w+\s+working)\b")
# Who shares the work: a count of these, never of what the work makes ("20 pages in 3 minutes"
# is a rate, and more pages take longer).
CREWS = frozenset((
    "worker", "people", "person", "men", "man", "women", "woman", "painter", "builder",
    "cleaner", "pump", "machine", "tap", "pipe", "printer", "robot", "cook", "chef", "labourer",
    "laborer", "farmer", "gardener", "volunteer", "student", "team", "truck", "hose", "computer",
    "bricklayer", "harvester", "employee", "friend", "kid", "children", "child", "boy", "girl",
    "crew", "hand", "plumber", "carpenter", "mover", "decorator", "tractor", "digger", "staff",
    "typist", "baker", "mechanic", "electrician", "roofer", "picker", "packer", "sprinkler"))
UNITS = {"day": "days", "hour": "hours", "hr": "hours", "minute": "minutes", "min": "minutes",
         "week": "weeks"}


def crew_time(text: str) -> Reckoned | None:
    """The time a job takes a second crew size, from the time it takes the first."""
    if not ASK.search(text) or PART_WAY.search(text):
        return None
    first = FIRST.search(text)
    if first is None:
        return None
    who = first.group(2)
    stem = who[:-1] if who.endswith("s") else who
    if who not in CREWS and stem not in CREWS:
        return None
    later = [m for m in re.finditer(rf"\b(\d+)\s+{re.escape(stem)}s?\b", text)
             if m.start() > first.end()]
    if len(later) != 1:
        return None
    size, time, other = Fraction(first.group(1)), Fraction(first.group(3)), Fraction(
        later[0].group(1))
    if size <= 0 or other <= 0 or size == other:
        return None
    unit = UNITS[first.group(4).rstrip("s")]
    value = time * size / other
    return Reckoned("time", value, unit, f"{show(time)} {unit} × {show(size)} {who} ÷ "
                    f"{show(other)} {who} (the work is the same, shared by more or fewer)")


KINDS = (crew_time,)
