"""Small probabilities read from words, answered as exact fractions.

- repeated fair trials (binomial): "flip a coin 5 times, chance of exactly 4 heads",
  "probability of at least one six in 4 rolls of a die", "3 coins tossed: all tails?";
- cards drawn from a standard 52-card deck, without putting them back unless said:
  "draw 3 cards, probability they are all red", "two aces in a row", "deal 2 hearts";
- balls, marbles, sweets drawn from a bag of counted colours: "a bag holds 5 red and 3
  blue marbles; take 2 without replacement; probability both are red";
- the total of two (or three) dice: "roll two dice, chance the sum is 7".

Every reader needs a word of chance (probability, chance, odds of, likelihood, how likely).
The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re
from itertools import product

from core.agents.mathkinds import Kind
from core.agents.mathodds import more_chances
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

CHANCE = _c(r"\b(?:probabilit\w*|chances?|odds|likelihood|likely|prob)\b")
COUNT = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|both|all)"
SMALL = {"a": 1, "an": 1, "both": 2, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
         "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}

TRIES = _c(rf"\b(?:flip\w*|toss\w*|throw\w*|roll\w*)\s+(?:a|an|one|the|my)?\s*(?:fair\s+|"
           rf"normal\s+|six-sided\s+|regular\s+)?(?P<what>coins?|dice|die)\s+{COUNT}\s+times\b|"
           rf"\b{COUNT}\s+(?:fair\s+)?(?P<what2>coin|dice|die)\s*(?:flips|tosses|throws|rolls)\b|"
           rf"\b(?:flip\w*|toss\w*|throw\w*|roll\w*)\s+{COUNT}\s+(?:fair\s+|normal\s+|"
           rf"six-sided\s+)?(?P<what3>coins|dice)\b|"
           rf"\b{COUNT}\s+(?:flips|tosses|throws|rolls)\s+of\s+(?:a|an|one|the)\s+(?:fair\s+)?"
           rf"(?P<what4>coin|dice|die)\b|\b{COUNT}\s+(?:fair\s+)?(?P<what5>coins|dice)\s+(?:are\s+|were\s+|"
           rf"is\s+|get\s+)?(?:flipped|tossed|thrown|rolled)\b")
FACE = r"(heads?|tails?|sixes|6s|ones|1s|twos|2s|threes|3s|fours|4s|fives|5s|even\s+numbers?)"
HOW = _c(rf"\b(?P<how>exactly|at\s+least|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|"
         rf"more\s+than|all|no|zero|none\s+of\s+them)\s+(?:{COUNT}\s+)?(?:of\s+them\s+)?"
         rf"(?:(?:being|are|is|land(?:ing)?\s+(?:on\s+)?|come\s+up\s+|show(?:ing)?\s+)?)"
         rf"{FACE}?")
BARE = _c(rf"(?<![\d.]){COUNT}\s+{FACE}")
SIDES = {"six": 1, "6": 1, "one": 1, "1": 1, "two": 1, "2": 1, "three": 1, "3": 1, "four": 1,
         "4": 1, "five": 1, "5": 1, "even": 3}

DECK = _c(r"\b(?:deck|pack)\b|\b52\b")
DRAWN = _c(rf"\b(?:draw\w*|deal\w*|pick\w*|take|takes|took|taking|choose|chosen|select\w*|pull\w*)"
           rf"\s+(?:out\s+)?{COUNT}\s+(?:cards|card)\b|\b{COUNT}\s+cards?\s+(?:are\s+|is\s+)?"
           rf"(?:drawn|dealt|picked|taken|chosen|selected|pulled)|\b(?:draw\w*|deal\w*|pick\w*|get\w*|"
           rf"pull\w*)\s+{COUNT}\s+(?:red|black|hearts|diamonds|clubs|spades|aces|kings|queens|jacks|"
           rf"face|picture)\b")
KINDS = {"red": 26, "black": 26, "heart": 13, "diamond": 13, "club": 13, "spade": 13,
         "ace": 4, "king": 4, "queen": 4, "jack": 4, "face": 12, "picture": 12, "court": 12,
         "numbered": 36, "number": 36}
CARD_KIND = _c(r"\b(red|black|hearts?|diamonds?|clubs?|spades?|aces?|kings?|queens?|jacks?|"
               r"face|picture|court|numbered|number(?=\s+cards?\b))\b")
PUT_BACK = _c(r"\bwith\s+replacement\b|\b(?<!without\s)(?<!not\s)(?:putting|put)\s+(?:it|them|"
              r"each|the\s+\w+)\s+back\b|\breplac(?:e|es|ing)\s+(?:it|them|each)\b|\breturn(?:ing|"
              r"ed)?\s+(?:it|them|each)\b")

BAG = _c(r"\b(?:bag|box|jar|urn|bowl|hat|drawer|sack|tin|packet)\b")
COLOURED = _c(rf"\b{COUNT}\s+([a-z]+)(?=\s+(?:and\b|,|or\b|balls?|marbles?|sweets?|beads?|"
              rf"counters?|socks?|chips?|tokens?|candies|pens?|cubes?)|\s*[.;,]|\s*$)")
BALLS_DRAWN = _c(rf"\b(?:draw\w*|pick\w*|take|takes|took|taking|choose|chosen|select\w*|pull\w*|"
                 rf"grab\w*|remove\w*)\s+(?:out\s+)?{COUNT}\b(?!\s*(?:%|percent))|\b{COUNT}\s+"
                 rf"(?:[a-z]+\s+)?(?:are|is|were)\s+(?:\w+\s+)?(?:drawn|picked|taken|chosen|selected|"
                 rf"removed|pulled)")
BALL_WANT = _c(r"\b(?:both|all|each|every\s+one|they|them)\b(?:\s+\w+){0,3}?\s+(?:are\s+|is\s+|"
               r"being\s+)?([a-z]+)\b|\b(?:a|one)\s+([a-z]+)\s+(?:one|ball|marble)\b|\bit\s+(?:is|"
               r"being|will\s+be)\s+(?:a\s+)?([a-z]+)\b")

DICE_TOTAL = _c(rf"\b(?:roll\w*|throw\w*|toss\w*)\s+{COUNT}\s+(?:fair\s+|normal\s+|six-sided\s+)?"
                rf"dice\b|\b{COUNT}\s+dice\s+(?:are\s+)?(?:rolled|thrown)\b|\b(?:{COUNT}|a\s+pair\s+of)"
                rf"\s+(?:fair\s+|normal\s+|six-sided\s+)?dice\b")
SUM_IS = _c(r"\b(?:sum|total|add\s+up\s+to|score|adding\s+up\s+to)\b\D{0,30}?(?P<how>at\s+least\s+|"
            r"at\s+most\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+)?(?P<n>\d+)\b")


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else SMALL.get(word)


def _tries(text: str) -> Kind | None:
    if not CHANCE.search(text) or (tried := TRIES.search(text)) is None:
        return None
    what = next(g for g in (tried["what"], tried["what2"], tried["what3"], tried["what4"],
                            tried["what5"]) if g)
    n = _count(next((g for g in tried.groups()[1:] if g and g not in (what,)
                     and _count(g) is not None), None))
    how = HOW.search(text, tried.end()) or HOW.search(text)
    if how is None and (bare := BARE.search(text)) is not None:  # "2 heads when flipping 2 coins"
        how = HOW.search(f"exactly {bare.group(0)}")
    if n is None or how is None or not 1 <= n <= 60:
        return None
    face = (how.group(3) or "").lower()
    coin = what.startswith("coin")
    if coin:
        p = "1/2"
    elif face.startswith("even"):
        p = "1/2"
    else:
        p = "1/6"
    word = how.group("how").lower()
    k = _count(how.group(2)) if how.group(2) else (n if word == "all" else 0 if word in (
        "no", "zero", "none of them") else None)
    if k is None or k > n:
        return None
    one = f"binomial({n}, {{k}})*({p})^{{k}}*(1 - {p})^({n} - {{k}})"
    if word == "exactly" or word in ("all", "no", "zero", "none of them"):
        return Kind("evaluate", one.format(k=k), named="probability")
    ranges = {"at least": range(k, n + 1), "at most": range(0, k + 1),
              "no more than": range(0, k + 1), "fewer than": range(0, k),
              "less than": range(0, k), "more than": range(k + 1, n + 1)}
    chosen = next((r for name, r in ranges.items() if word.startswith(name)), None)
    if chosen is None or not len(chosen):
        return None
    rest = [i for i in range(n + 1) if i not in chosen]  # "at least one": 1 − P(none)
    if len(rest) < len(chosen):
        return Kind("evaluate", "1 - (" + " + ".join(one.format(k=i) for i in rest) + ")" if
                    rest else "1", named="probability")
    return Kind("evaluate", " + ".join(one.format(k=i) for i in chosen), named="probability")


def _cards(text: str) -> Kind | None:
    if not CHANCE.search(text) or not DECK.search(text):
        return None
    drawn = DRAWN.search(text)
    k = _count(drawn.group(1) or drawn.group(2) or drawn.group(3)) if drawn else 1
    start = drawn.end() if drawn else 0
    wanted = [m.group(1).rstrip("s") for m in CARD_KIND.finditer(text, start)] or [
        m.group(1).rstrip("s") for m in CARD_KIND.finditer(text)]
    if k is None or not wanted or not 1 <= k <= 13:
        return None
    good = KINDS.get(wanted[0], 0)
    if not good or k > good:
        return None
    if PUT_BACK.search(text):
        return Kind("evaluate", f"({good}/52)^{k}", named="probability")
    return Kind("evaluate", f"binomial({good}, {k})/binomial(52, {k})", named="probability")


def _bag(text: str) -> Kind | None:
    if not CHANCE.search(text) or not BAG.search(text) or DECK.search(text):
        return None
    colours: dict[str, int] = {}
    for match in COLOURED.finditer(text):
        count, colour = _count(match.group(1)), match.group(2)
        if count is not None and colour not in ("times", "of", "more", "at", "in", "from", "box",
                                                 "bag", "jar", "urn", "bowl", "hat", "drawer",
                                                 "sack", "tin", "packet"):
            colours.setdefault(colour, count)
    drawn = BALLS_DRAWN.search(text)
    k = _count(drawn.group(1) or drawn.group(2)) if drawn is not None else 1
    wants = [w for m in BALL_WANT.finditer(text) for w in m.groups() if w in colours]
    if len(colours) < 2 or k is None or not wants or not 1 <= k <= 20:
        return None
    good, total = colours[wants[0]], sum(colours.values())
    if k > good:
        return Kind("evaluate", "0", named="probability")
    if PUT_BACK.search(text):
        return Kind("evaluate", f"({good}/{total})^{k}", named="probability")
    return Kind("evaluate", f"binomial({good}, {k})/binomial({total}, {k})", named="probability")


def _dice_total(text: str) -> Kind | None:
    if not CHANCE.search(text) or (dice := DICE_TOTAL.search(text)) is None:
        return None
    n = _count(dice.group(1) or dice.group(2) or dice.group(3) or "two")
    total = SUM_IS.search(text)
    if n is None or total is None or not 2 <= n <= 4:
        return None
    target, how = int(total.group("n")), (total.group("how") or "").strip()
    def test(score: int) -> bool:
        return {"at least": score >= target, "at most": score <= target,
                "more than": score > target, "over": score > target,
                "less than": score < target, "under": score < target}.get(how, score == target)
    hits = sum(1 for roll in product(range(1, 7), repeat=n) if test(sum(roll)))
    return Kind("evaluate", f"{hits}/{6 ** n}", named="probability")


ONE_DIE = _c(r"\b(?:a|one|1|the|single)\s+(?:fair\s+|normal\s+|six-sided\s+|regular\s+)?die\b|"
             r"\bone\s+roll\b|\ba\s+(?:dice\s+)?roll\b|\broll(?:ing)?\s+(?:a|the)\s+dice\b")
FACE_ASK = _c(r"\b(?P<not>not\s+)?(?:roll\w*|throw\w*|get\w*|land\w*\s+on|show\w*|come\s+up\s+"
              r"with)\s+(?:a|an)\s+(?:(?P<n>[1-6])\b|(?P<kind>even|odd|prime)\s+number|number\s+"
              r"(?P<cmp>greater\s+than|bigger\s+than|more\s+than|over|above|less\s+than|smaller\s+"
              r"than|below|under|at\s+least|at\s+most)\s+(?P<m>[1-6]))")


def _one_die(text: str) -> Kind | None:
    if not CHANCE.search(text) or not ONE_DIE.search(text) or (m := FACE_ASK.search(text)) is None:
        return None
    faces = range(1, 7)
    if m["n"]:
        good = [f for f in faces if f == int(m["n"])]
    elif m["kind"]:
        good = [f for f in faces if (f % 2 == 0, f % 2 == 1, f in (2, 3, 5))[
            ("even", "odd", "prime").index(m["kind"])]]
    else:
        bound, word = int(m["m"]), m["cmp"].split()[0]
        good = [f for f in faces if {"greater": f > bound, "bigger": f > bound, "more": f > bound,
                                     "over": f > bound, "above": f > bound, "less": f < bound,
                                     "smaller": f < bound, "below": f < bound, "under": f < bound,
                                     "at": f >= bound if "least" in m["cmp"] else f <= bound
                                     }[word]]
    hits = 6 - len(good) if m["not"] else len(good)
    return Kind("evaluate", f"{hits}/6", named="probability")


def chance(text: str) -> Kind | None:
    """The exact probability a worded chance question asks for, or None."""
    if not re.search(r"\d|\b(?:a|one|two|three)\b", text):
        return None
    return first_found((more_chances, _dice_total, _cards, _bag, _tries, _one_die), text)
