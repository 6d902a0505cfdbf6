"""What an image of a receipt, an order page or a sign says, read once into facts.

A receipt gives its priced items, its total and its currency; an order page its order
number, date, status and heading; any image its date. The questions asked about those
facts (:mod:`core.agents.asks_receipt_sums`, :mod:`core.agents.asks_receipt_dates`) are
answered from them rather than from the raw text, so every wording of a kind is answered
the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from core.agents.patterns import ci

Item = tuple[str, float]
ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
DAY_FIRST = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")
ORDER_NO = ci(r"\b(?:order|invoice|ref(?:erence)?|booking|receipt)\s*(?:no\.?|number|#|id)?"
              r"\s*[:#]?\s*#?\s*(?P<n>[A-Z]{0,3}\d{3,})\b")
STATUS = ci(r"\bstatus\s*[:;]?\s*(?P<s>[a-z][a-z ]{1,30}?)\s*$")
LOOKALIKE = {"}": "l", "|": "l", "]": "l", "!": "l", "1": "l", "0": "o", "5": "s"}


def cents(value: Fraction) -> str:
    """An exact amount to the cent, half up, as '12.30' or '-0.05'."""
    whole = (abs(value) * 100 + Fraction(1, 2)).__floor__()
    sign = "-" if value < 0 and whole else ""
    return f"{sign}{whole // 100}.{whole % 100:02d}"


@dataclass(frozen=True, slots=True)
class Facts:
    items: list[Item] = field(default_factory=list)
    total: float | None = None
    currency: str = ""
    date: date | None = None
    order: str = ""
    status: str = ""
    heading: str = ""

    @property
    def whole(self) -> float | None:
        """The total, or the items' sum when no total was read."""
        if self.total is not None:
            return self.total
        return round(sum(v for _, v in self.items), 2) if self.items else None

    def amount(self, value: Fraction) -> str:
        """An exact amount to the cent (half up) in the receipt's currency: '12.30 EUR'."""
        return f"{cents(value)} {self.currency}".strip()

    def money(self, value: float) -> str:
        return f"{value:.2f} {self.currency}".strip()


def item_name(raw: str) -> str:
    """An item's name with OCR's look-alike marks put right ("Bage}" → "Bagel")."""
    name = re.sub(r"(?<=[A-Za-z])[}|\]!1](?![A-Za-z]*\d)", lambda m: LOOKALIKE[m.group(0)], raw)
    name = re.sub(r"(?<=[A-Za-z])0(?=[A-Za-z])", "o", name)
    return re.sub(r"[^A-Za-z' -]+$", "", name).strip()


def read_date(text: str) -> date | None:
    for pattern in (ISO, DAY_FIRST):
        for found in pattern.finditer(text):
            year = int(found.group("y"))
            year += 2000 if year < 100 else 0
            day, month = int(found.group("d")), int(found.group("m"))
            if pattern is DAY_FIRST and month > 12 >= day:
                day, month = month, day  # "03/25/2026": month first
            try:
                return date(year, month, day)
            except ValueError:
                continue
    return None


def read_facts(text: str, items: list[tuple[str, float, str]],
               total: tuple[float, str] | None) -> Facts:
    """The facts of an image's text, given its priced items and total as read."""
    order = ORDER_NO.search(text)
    status = next((m.group("s") for line in text.splitlines()
                   if (m := STATUS.search(line.strip()))), "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    heading = next((re.sub(r"^[_\W]+|[\W_]+$", "", line) for line in lines
                    if re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", line)
                    and not ORDER_NO.search(line)), "")
    currency = (total[1] if total else "") or next((c for _, _, c in items if c), "")
    return Facts([(item_name(name), value) for name, value, _ in items if item_name(name)],
                 total[0] if total else None, currency, read_date(text),
                 order.group("n") if order else "", status.strip(), heading)


def _one_apart(said: str, name: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped (not plural 's')."""
    if said == name or abs(len(said) - len(name)) > 1 or said[0] != name[0]:
        return False
    if len(said) == len(name):
        return sum(a != b for a, b in zip(said, name, strict=True)) == 1
    short, long = sorted((said, name), key=len)
    if long == short + "s" or long == short[:-1] + "es":
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def named_items(question: str, facts: Facts) -> list[Item]:
    """The receipt's items the question names, in the order it names them ("Apples +
    Cheese", "the two coffees", "my bagel")."""
    lowered = question.lower()
    found = []
    for name, value in facts.items:
        word = re.escape(name.lower())
        at = re.search(rf"\b{word}(?:e?s)?\b", lowered)
        if at is None and name.lower().endswith("s"):
            at = re.search(rf"\b{re.escape(name.lower()[:-1])}\b", lowered)
        if at is None and len(name) >= 5:  # OCR's one letter too many or wrong ("Applies")
            at = next((m for m in re.finditer(r"[a-z]{4,}", lowered)
                       if _one_apart(m.group(0), name.lower())), None)
        if at is not None:
            found.append((at.start(), (name, value)))
    return [item for _, item in sorted(found)]
