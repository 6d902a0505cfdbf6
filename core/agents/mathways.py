"""Counting asked as an everyday situation, worked out exactly.

- distinct roles filled from a group: "27 members, we need a chair, a treasurer and a
  secretary" → 27 × 26 × 25 (n^k when one person may hold several);
- outfits or meals made of one of each: "7 shirts, 5 pairs of trousers and 6 pairs of shoes"
  → 7 × 5 × 6;
- codes of k digits from a range of digits, with or without repeats: "5-digit codes from the
  digits 1 to 8, no digit repeated" → 8 × 7 × 6 × 5 × 4;
- the odds of guessing a lock of k wheels of digits: "1 in 729";
- a league where each team plays every other once, or home and away.

The text is already expanded and lower-cased; each reader needs a "how many" or an odds ask.
"""

from __future__ import annotations

import re
from math import perm, prod

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

HOW_MANY = _c(r"\bhow\s+many\b|\bnumber\s+of\s+(?:ways|outfits|combinations|codes|matches|"
              r"games)\b")
ITEM = r"(?:a|an|one)\s+(?!few\b|lot\b|bit\b)[a-z]+(?:[-\s][a-z]+)?"
ROLES = _c(rf"\b(?:need|choose|pick|elect|appoint|fill|select|name|want|vote\s+(?:for|in))\s+"
           rf"(?:us\s+)?({ITEM}(?:\s*,\s*{ITEM})*\s*,?\s*and\s+{ITEM})")
GROUP = _c(r"\b(\d+)\s+(?:members|people|persons|students|players|applicants|candidates|employees|"
           r"staff|volunteers|friends|kids|children|runners|club\s+members|pupils|workers|"
           r"contestants|finalists|dogs|horses|cars|teams)\b")
SAME = _c(r"\b(?:same\s+person\s+(?:can|may)|can\s+hold\s+(?:more\s+than\s+one|several|two)|"
          r"doubling\s+up\s+(?:is\s+)?(?:allowed|ok|fine))\b")
WAYS = _c(r"\bways\b|\bhow\s+many\s+(?:different\s+|possible\s+)?(?:ways|line-?ups|outcomes)\b")
PIECE = (r"(\d+)\s+(?:pairs?\s+of\s+|kinds?\s+of\s+|types?\s+of\s+|different\s+|"
         r"choices\s+of\s+)?[a-z]+")
PIECES = _c(rf"{PIECE}(?:\s*,\s*{PIECE})*\s*,?\s*(?:and|&|plus)\s+{PIECE}")
OUTFIT = _c(r"\bhow\s+many\s+(?:different\s+|possible\s+|unique\s+|distinct\s+)?(?:outfits|"
            r"combinations|combos|meals|choices|options|looks|sandwiches|pizzas|burgers|menus|"
            r"ways\s+(?:can\s+i|to)\s+(?:dress|get\s+dressed|make\s+(?:a|an)\s+(?:outfit|meal)))\b")
CODE = _c(r"\b(\d+)\s*-?\s*(?:digit|number|character)\s+(?:codes?|pins?|numbers?|passwords?|"
          r"combinations?|passcodes?|locks?)\b")
DIGITS = _c(r"\bdigits\s+(?:from\s+)?(\d)\s*(?:to|-|–|through)\s*(\d)\b")
NO_REPEAT = _c(r"\b(?:no|without|cannot|can\s*not|can't|not)\s+(?:digit\s+)?"
               r"(?:can\s+|may\s+|be\s+)?(?:repeat|repeated|repetition|used\s+twice|reused)|\bno\s+digit\s+(?:can\s+|may\s+)?"
               r"(?:repeat|appear\s+twice|be\s+used\s+twice)|\b(?:all\s+)?(?:different|distinct)\s+"
               r"digits\b|\bdigits\s+(?:must\s+be\s+|are\s+)?(?:all\s+)?(?:different|distinct)\b")
WHEELS = _c(r"\b(\d+)\s+(?:wheels|dials|rings|rotors|digits|numbers|positions)\b")
ODDS = _c(r"\b(?:odds|chances?|probability|likelihood)\b[^.?!]{0,40}\bguess")
LEAGUE = _c(r"\b(\d+)\s+(?:teams|players|clubs|sides|schools)\b[^.?!]{0,60}?\b(?:each|every)\b"
            r"[^.?!]{0,20}?\bplays?\b[^.?!]{0,30}?\b(?:every|each|all(?:\s+the)?)\s+other")
TWICE = _c(r"\bhome\s+and\s+away\b|\btwice\b|\btwo\s+times\b|\b2\s+times\b")


def _roles(text: str) -> Kind | None:
    if (roles := ROLES.search(text)) is None or (group := GROUP.search(text)) is None:
        return None
    if not (HOW_MANY.search(text) or WAYS.search(text)):
        return None
    k, n = len(re.findall(r"\b(?:a|an|one)\s+", roles.group(1))), int(group.group(1))
    if not 2 <= k <= n or n > 10_000:
        return None
    if SAME.search(text):
        return Kind("values", encode(("ways", f"text:{n ** k} ({n}^{k})", "")))
    steps = " × ".join(str(n - i) for i in range(k))
    return Kind("values", encode(("ways", f"text:{perm(n, k)} ({steps})", "")))


def _outfits(text: str) -> Kind | None:
    if OUTFIT.search(text) is None or (pieces := PIECES.search(text)) is None:
        return None
    counts = [int(c) for c in re.findall(r"(\d+)\s+", pieces.group(0))]
    if not 2 <= len(counts) <= 6:
        return None
    steps = " × ".join(map(str, counts))
    return Kind("values", encode(("different ones", f"text:{prod(counts)} ({steps})", "")))


def _codes(text: str) -> Kind | None:
    if not HOW_MANY.search(text) or (code := CODE.search(text)) is None:
        return None
    digits = DIGITS.search(text)
    low, high = (int(digits.group(1)), int(digits.group(2))) if digits else (0, 9)
    k, n = int(code.group(1)), high - low + 1
    if not 1 <= k <= 12 or n < 1:
        return None
    if NO_REPEAT.search(text):
        if k > n:
            return None
        steps = " × ".join(str(n - i) for i in range(k))
        return Kind("values", encode(("codes", f"text:{perm(n, k)} ({steps})", "")))
    return Kind("values", encode(("codes", f"text:{n ** k} ({n}^{k})", "")))


def _odds(text: str) -> Kind | None:
    if not ODDS.search(text) or (wheels := WHEELS.search(text)) is None:
        return None
    digits = DIGITS.search(text)
    low, high = (int(digits.group(1)), int(digits.group(2))) if digits else (0, 9)
    k, n = int(wheels.group(1)), high - low + 1
    if not 1 <= k <= 12 or n < 2:
        return None
    total = n ** k
    return Kind("values", encode(("odds", f"text:1 in {total} (1/{total}; {n}^{k} codes)", "")))


def _league(text: str) -> Kind | None:
    if not HOW_MANY.search(text) or (league := LEAGUE.search(text)) is None:
        return None
    n = int(league.group(1))
    if not 2 <= n <= 10_000:
        return None
    if TWICE.search(text):
        return Kind("values", encode(("matches", f"text:{n * (n - 1)} ({n} × {n - 1})", "")))
    return Kind("values", encode(("matches", f"text:{n * (n - 1) // 2} ({n} × {n - 1} ÷ 2)", "")))


READERS = (_league, _odds, _codes, _roles, _outfits)


def ways_ask(text: str) -> Kind | None:
    """The count (or odds) an everyday counting question asks for, or None."""
    return first_found(READERS, text)
