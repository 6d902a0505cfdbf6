"""Figures asked of listed numbers that need something said around them, in the words people
use.

- a rate against a whole said in the message: "24 kids in the class; 21, 24, 18 came — the
  average attendance rate?", "out of 30 seats, 22, 25, 28 were taken: average occupancy";
- the share of the total the largest or smallest value makes: "what percent came from the
  best table?", "how much of the total was the biggest day?";
- star ratings counted: "14 five-star, 40 four-star … 31 one-star — the average rating?",
  "5 stars x 12, 4 stars x 3";
- durations written with hours and minutes: "54m, 1h 15m, 1h 36m — average wait in
  minutes?", "1 hr 5 min, 45 min";
- legs of a trip: "25 km in 72 min, then 5 km in 48 min … average speed over the whole thing?"
  (total distance over total time, not the mean of the speeds).
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_lists import main_list
from core.agents.data_table import figure as fmt
from core.agents.patterns import ci

WHOLE = ci(r"\b(?P<n>\d+)\s+(?:kids|children|pupils|students|people|members|players|staff|"
           r"employees|seats|places|beds|rooms|spaces|slots|tables|volunteers)\s+(?:in|on|at|"
           r"altogether|in\s+total|total)\b|\b(?:class|team|group|club|squad|staff|venue|hall|"
           r"room|bus|hotel|car\s+park)\s+(?:of|has|holds|with|size\s+(?:is|of)?)\s*(?P<m>\d+)\b|"
           r"\bout\s+of\s+(?P<o>\d+)\b|\b(?:capacity|roll|register|headcount)\s+(?:of|is|=|:)?\s*"
           r"(?P<c>\d+)\b")
RATE = ci(r"\b(?:rate|percent\w*|%|attendance|turnout|occupancy|utili[sz]ation|take[-\s]?up|"
          r"fill\s+rate|proportion)\b")
SHARE = ci(r"\b(?:percent\w*|share|proportion|fraction|how\s+much\s+of)\b|%")
TOP = ci(r"\b(?P<hi>best|biggest|largest|top|highest|most\s+generous|busiest|greatest|winner|"
         r"winning|leader|leading|most\s+popular|favou?rite|most\s+votes)\b|"
         r"\b(?P<lo>smallest|lowest|worst|least|quietest)\b")
OF_TOTAL = ci(r"\b(?:of|from)\s+(?:the\s+)?(?:total|whole|all|everything|overall|sum)\b|"
              r"\bof\s+(?:it|them)\b|\bcame\s+from\b|\bmade\s+up\b|\b(?:did|does|do)\s+(?:the\s+)?"
              r"\w+\s+(?:get|take|win|have|receive|account\s+for)\b|\bwhat\s+(?:percent\w*|share)\s+"
              r"(?:is|was)\s+(?:it|that)\b")
STAR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3,
              "4": 4, "5": 5}
STARS = ci(r"(?<![\d.])(?P<c>\d+)\s*(?:x\s*|×\s*)?(?:reviews?\s+(?:at|of|with)\s+|ratings?\s+"
           r"(?:of|at)\s+)?(?P<s>one|two|three|four|five|[1-5])[-\s]?stars?\b|"
           r"\b(?P<s2>one|two|three|four|five|[1-5])[-\s]?stars?\s*(?:[:=x×]|reviews?:?|ratings?:?"
           r")?\s*(?P<c2>\d+)\b(?![-\s]?stars?)")
AVERAGE = ci(r"\b(?:average|mean|avg|typical|overall)\b")
HOURS_MINUTES = re.compile(r"(?<![\w.])(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\b\s*)?"
                           r"(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)\b)?", re.I)
LEG = ci(r"(?P<d>\d+(?:\.\d+)?)\s*(?P<du>km|kilomet\w+|mi|miles?|m|metres?|meters?)\s+in\s+"
         r"(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\s*)?(?:(?P<t>\d+(?:\.\d+)?)\s*"
         r"(?P<tu>min\w*|m|s|sec\w*|h|hr|hrs|hours?)\b)?")
SPEED = ci(r"\b(?:average|overall|mean)\s+(?:speed|pace)\b|\bkm/h\b|\bmph\b|\bspeed\b")


def rate_of_whole(values: list[float], request: str) -> str | None:
    """Each listed count over a whole the message gives, on average, as a percentage."""
    found = WHOLE.search(request)
    if found is None or not RATE.search(request):
        return None
    whole = float(next(g for g in found.groups() if g))
    counts = [v for v in values if v != whole or values.count(whole) > 1]
    if found.group("n") or found.group("m") or found.group("c"):
        counts = [v for v in main_list(request[found.end():]) or counts]
    if len(counts) < 2 or not whole or max(counts) > whole:
        return None
    mean = statistics.fmean(counts)
    return (f"average rate: **{fmt(mean / whole * 100)}%** (on average {fmt(mean)} of "
            f"{fmt(whole)})")


def top_share(values: list[float], request: str) -> str | None:
    """The largest (or smallest) value as a share of the total."""
    top = TOP.search(request)
    if top is None or not SHARE.search(request) or not OF_TOTAL.search(request) or len(
            values) < 2 or not (total := math.fsum(values)):
        return None
    pick = min(values) if top.group("lo") else max(values)
    word = "smallest" if top.group("lo") else "largest"
    return f"the {word} ({fmt(pick)}) is **{fmt(pick / total * 100)}%** of the total {fmt(total)}"


def star_rating(request: str) -> str | None:
    """Counts of each star rating: the average rating."""
    found = list(STARS.finditer(request))
    if len(found) < 2 or not AVERAGE.search(request):
        return None
    pairs = [(STAR_WORDS[(m.group("s") or m.group("s2")).lower()], int(m.group("c") or
                                                                       m.group("c2")))
             for m in found]
    count = sum(c for _, c in pairs)
    if not count:
        return None
    mean = sum(s * c for s, c in pairs) / count
    return (f"average rating: **{mean:.2f}** stars ({sum(s * c for s, c in pairs)} stars over "
            f"{count} reviews)")


def hour_minute_times(request: str) -> str | None:
    """Times written "1h 15m", "54m": their average and total, in minutes."""
    times = [float(m.group("h") or 0) * 60 + float(m.group("m") or 0)
             for m in HOURS_MINUTES.finditer(request) if m.group(0).strip()]
    if len(times) < 3 or not re.search(r"\d\s*(?:h|hr|hrs)\b", request, re.I):
        return None
    mean = statistics.fmean(times)
    hours, minutes = divmod(mean, 60)
    return (f"average: **{fmt(mean)} minutes** ({int(hours)} h {fmt(minutes)} min); total "
            f"{fmt(math.fsum(times))} minutes over {len(times)} times")


def trip_speed(request: str) -> str | None:
    """Legs "25 km in 72 min": the average speed over the whole trip."""
    legs = [m for m in LEG.finditer(request) if m.group("h") or m.group("t")]
    if len(legs) < 2 or not SPEED.search(request):
        return None
    distance, hours = 0.0, 0.0
    unit = legs[0].group("du").lower()
    for leg in legs:
        distance += float(leg.group("d"))
        amount, said = float(leg.group("t") or 0), (leg.group("tu") or "min").lower()
        hours += float(leg.group("h") or 0) + (amount / 3600 if said.startswith("s") else
                                               amount if said.startswith("h") else amount / 60)
    if not hours:
        return None
    per = "mph" if unit.startswith("mi") else "km/h"
    unit = "miles" if unit.startswith("mi") else "km"
    return (f"average speed: **{fmt(distance / hours)} {per}** ({fmt(distance)} {unit} in "
            f"{fmt(hours * 60)} minutes)")


NET = ci(r"\bnet\b|\boverall\s+(?:change|effect|movement)\b|\bup\s+or\s+down\s+(?:overall|in\s+"
         r"total|altogether)\b")
SIGNED = re.compile(r"(?<![\w.])[+−-]\s?[$€£]?\d")


def signed_net(values: list[float], request: str) -> str | None:
    """Amounts written with their signs ("-179.61, +15.70 …"): the net is their sum."""
    signs = {m.group(0)[0] for m in SIGNED.finditer(request)}
    if not NET.search(request) or len(values) < 2 or "+" not in signs or len(signs) < 2:
        return None
    total = math.fsum(values)
    return f"net change: **{fmt(total)}** (the sum of the {len(values)} amounts)"


def said_around(request: str) -> str | None:
    """A figure read from the words around the numbers, before any plain list."""
    return star_rating(request) or hour_minute_times(request) or trip_speed(request)


__all__ = ["rate_of_whole", "said_around", "signed_net", "top_share"]
