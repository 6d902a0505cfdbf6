"""Mixes told in words: shares of a total by parts, and solutions of known strength.

- parts of a total: "1 part cement, 2 sand, 3 gravel; for 66 kg, how much sand?", "blue and
  yellow 4:5 to make 13.5 litres, how much blue?", "3 litres mixed 2:3 white to blue, how
  much of each?" → each named share of the total, in the total's unit;
- two strengths mixed to a target: "how many litres of 30% do I mix with 5% to get 7 L at
  20%?" → both amounts;
- water that dilutes a solution: "766 ml at 12%, how much water to bring it to 8%?".

The text is already expanded and lower-cased; each kind needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathpuzzle import ASK, NB, N
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found
from core.agents.patterns import plain as _n

AMOUNT_UNIT = (r"(kg|g|grams?|kilos?|kilograms?|tonnes?|tons?|l|litres?|liters?|ml|millilitres?|"
               r"milliliters?|cups?|gallons?|m3|m³|cubic\s+metres?|buckets?|bags?|lb|pounds?|oz)")
TOTAL = _c(rf"(?<![\d.:]){N}\s*{AMOUNT_UNIT}\b")
PARTS = _c(rf"(?<![\d.:]){N}\s+parts?\s+(?:of\s+)?([a-z]+)")
MORE_PARTS = re.compile(rf"\s*(?:,|and|&|to|"
                        rf"plus)\s*(?:and\s+)?{N}\s+(?:parts?\s+)?(?:of\s+)?([a-z]+)")
RATIO = re.compile(rf"(?<![\d.]){N}\s*:\s*{N}(?:\s*:\s*{N})?(?![\d.])")
NAMES_BEFORE = re.compile(r"([a-z]+)\s+(?:and|to)\s+([a-z]+)(?:\s+(?:and|to)\s+([a-z]+))?\s+"
                          r"(?:in\s+(?:the\s+|a\s+)?ratio\s+(?:of\s+)?)?$")
NAMES_AFTER = re.compile(r"^\s*(?:of\s+)?([a-z]+)\s+(?:to|and)\s+([a-z]+)(?:\s+(?:to|"
                         r"and)\s+([a-z]+))?")
HOW_MUCH = _c(r"\bhow\s+(?:much|many\s+\w+)\s+(?:of\s+)?(?:the\s+)?([a-z]+)|\b(?:amount|"
              r"quantity)\s+of\s+"
              r"([a-z]+)")
EACH = _c(r"\b(?:of\s+each|each\s+(?:one|part|colou?r|ingredient)|each\?|both)\b")
SKIP = frozenset("the a an of is are do i we you it that this much many".split())


def _unit(word: str) -> str:
    word = word.lower()
    return {"litres": "litres", "litre": "litres", "liters": "litres", "l": "L"}.get(word, word)


def _told_parts(text: str) -> list[tuple[str, Fraction]] | None:
    if (first := PARTS.search(text)) is not None:
        parts = [(first.group(2), Fraction(_n(first.group(1))))]
        position = first.end()
        while (more := MORE_PARTS.match(text, position)) is not None:
            parts.append((more.group(2), Fraction(_n(more.group(1)))))
            position = more.end()
        return parts if len(parts) >= 2 else None
    ratio = RATIO.search(text)
    if ratio is None:
        return None
    values = [Fraction(_n(g)) for g in ratio.groups() if g is not None]
    before = NAMES_BEFORE.search(text[max(0, ratio.start() - 60):ratio.start()])
    after = NAMES_AFTER.search(text[ratio.end():])
    named = before or after
    names = [g for g in named.groups() if g] if named is not None else []
    if len(names) != len(values) or any(n in SKIP for n in names):
        return None
    return list(zip(names, values, strict=True))


def _shares(text: str) -> Kind | None:
    if not ASK.search(text) or re.search(r"\d\s*%", text):
        return None
    parts = _told_parts(text)
    if parts is None:
        return None
    totals = [t for t in TOTAL.finditer(text) if not re.match(r"\s*parts?\b", text[t.end():])]
    if len(totals) != 1:
        return None
    amount, unit = _n(totals[0].group(1)), _unit(totals[0].group(2))
    whole = sum(v for _, v in parts)
    asked = HOW_MUCH.search(text)
    name = (asked.group(1) or asked.group(2)) if asked else ""
    chosen = [p for p in parts if p[0] == name or p[0].rstrip("s") == name.rstrip("s")]
    if chosen and not EACH.search(text):
        part = chosen[0][1]
        return Kind("evaluate", f"{amount}*{part}/{whole}", unit=unit, named=chosen[0][0])
    if not EACH.search(text):
        return None
    return Kind("values", encode(*((n, f"{amount}*{v}/{whole}", unit) for n, v in parts)))


STRENGTH = _c(rf"(?<![\d.]){N}\s*(?:%|percent|per\s+cent)")


def _two_strengths(text: str) -> Kind | None:
    strengths = STRENGTH.findall(text)
    total = TOTAL.search(text)
    if len(strengths) != 3 or total is None or not re.search(r"\bmix|\bcombin|\bblend", text) or (
            not re.search(r"\bhow\s+(?:much|many)\b", text)):
        return None
    a, b, target = (Fraction(_n(s)) for s in strengths)
    if not (min(a, b) < target < max(a, b)):
        return None
    amount, unit = _n(total.group(1)), _unit(total.group(2))
    first = f"{amount}*({target} - {b})/({a} - {b})"
    second = f"{amount}*({a} - {target})/({a} - {b})"
    return Kind("values", encode((f"{_n(strengths[0])}% solution", first, unit),
                                 (f"{_n(strengths[1])}% solution", second, unit)))


def _dilute(text: str) -> Kind | None:
    strengths = STRENGTH.findall(text)
    total = TOTAL.search(text)
    if len(strengths) != 2 or total is None or not re.search(
            r"\bhow\s+much\s+(?:water|solvent|diluent)\b|\b(?:water|"
            r"solvent)\b[^.?!]{0,30}\b(?:add|need|"
            r"required)", text):
        return None
    strong, weak = (Fraction(_n(s)) for s in strengths)
    if not 0 < weak < strong:
        return None
    amount, unit = _n(total.group(1)), _unit(total.group(2))
    return Kind("evaluate", f"{amount}*({strong}/{weak} - 1)", unit=unit, named="water to add")


def strength_ask(text: str) -> Kind | None:
    """The amounts a told mix asks for, or None."""
    if not re.search(NB, text):
        return None
    return first_found((_dilute, _two_strengths, _shares), text)
