"""A price list with a fixed charge and a price per unit, at the count the question gives.

"PICK-UP £3.00 / PER MILE £1.50" and "an 8 mile ride"; "€8.50 EACH / BOOKING FEE €0.75 PER
TICKET" and "three tickets with the booking fee": each price per unit (or "each") times the
count, and each fixed charge (a fee, a pick-up, a call-out) once. An answer needs every price
on the image to be one or the other, and a price per the unit the question counts.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain
from core.agents.vision_table import Row, same_word, table

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "twenty": 20}
COUNTED = ci(r"(?<![\w.$€£])(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|"
             r"ten|eleven|twelve|twenty)[\s-]*(?P<u>[a-z]+)")
PER = ci(r"(?:\bper|/|\ba|\beach)\s*(?P<u>[a-z]+)\b|\b(?P<each>each|ea|apiece)\b")
FIXED = ci(r"\b(?:fee|charge|pick[-\s]?up|flag|booking|service|base|call[-\s]?out|standing|"
           r"minimum|start|hire|admin|delivery)\b")
ASKS_COST = ci(r"\b(?:how\s+much|cost\w*|total|price|pay|fare|charge\w*|come\s+to|bill|plus|"
               r"incl\w*|with\s+(?:the\s+)?(?:fees?|charges?))\b")


def _per(row: Row, lines: list[str]) -> str | None:
    """The unit a price is per ("mile", "ticket"), "each", or None for a fixed charge."""
    line = lines[row.line] if row.line < len(lines) else ""
    found = PER.search(line)
    if found is None:
        return None
    return "each" if found.group("each") else found.group("u").lower()


def metered(question: str, text: str) -> list[Answer]:
    """The fixed charges once and the prices per unit times the count asked."""
    if not ASKS_COST.search(question):
        return []
    rows = [r for r in table(text) if r.currency and r.qty is None]
    if len(rows) < 2 or len({r.currency for r in rows}) > 1:
        return []
    lines = [" ".join(line.split()) for line in text.splitlines()]
    units = {id(r): _per(r, lines) for r in rows}
    if any(units[id(r)] is None and not (FIXED.search(" ".join(r.label)) or FIXED.search(
            lines[r.line])) for r in rows):
        return []  # a price that is neither per unit nor a fee: a list, not a tariff
    per = [r for r in rows if units[id(r)] is not None]
    counts = [(Fraction(NUMBER_WORDS.get(m.group("n").lower()) or m.group("n")),
               m.group("u").lower()) for m in COUNTED.finditer(question)]
    count = next((n for n, unit in counts if any(
        units[id(r)] == "each" or same_word(unit, units[id(r)] or "") for r in per)), None)
    if not per or count is None or not all(
            units[id(r)] == "each" or any(same_word(u, units[id(r)] or "") for _, u in counts)
            for r in per):
        return []
    total = sum((count * r.value if units[id(r)] is not None else r.value for r in rows),
                Fraction(0))
    currency = rows[0].currency
    said = " + ".join(f"{plain(count)} × {money(r.value, currency)}" if units[id(r)] is not None
                      else money(r.value, currency) for r in rows)
    return [(f"That comes to **{money(total, currency)}** ({said}).", float(total))]
