"""Money questions that ask for two or more figures at once, each answered.

- a bill with a tip (or service, or tax) shared out: "bill is $74.92, we leave 18% and
  split it 5 ways. how much is the tip and how much does each of us pay?" → the tip
  13.49 and 17.68 each; any two of the tip, the total and each share;
- savings or a loan with interest: "$8,100 at 2% compounded yearly for 9 years, what will
  it be worth, and how much of that is interest?" → 9,680.25, of which 1,580.25 interest
  (compounded yearly, half-yearly, quarterly or monthly; or simple interest).

A question asking for one figure is left to the single-answer readers
(:mod:`core.agents.prices`, :mod:`core.agents.money_words`). The text is expanded and
lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.prices import EACH_OF_US, PARTY, WAYS
from core.agents.reckon_base import Reckoned

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

# --- a bill with a tip, shared out ---------------------------------------------------------

ON_TOP = _c(r"\b(?:tip\w*|leave|leaving|gratuity|service|tax|vat|surcharge)\b")
TIP_ASK = _c(r"\b(?:what|how\s+(?:much|big))\s+(?:is|was|would(?:\s+be)?|will(?:\s+be)?|should)?\s*"
             r"(?:the|our|my|a|an)?\s*(?:\d+(?:\.\d+)?\s*%\s*)?(tip|gratuity|service(?:\s+charge)?|"
             r"tax|vat)\b(?!\s+(?:included|on\s+top))|\bhow\s+much\s+(?:to|should\s+(?:we|i)|do\s+"
             r"(?:we|i))\s+(?:tip|leave)\b|\b(tip|tax|service)\s+(?:amount|alone|itself)\b")
EACH_ASK = _c(r"\beach\b|\bper\s+(?:person|head)\b|\bapiece\b|\bevery(?:one|body)\b|\beach\s+of\s+"
              r"us\b|\bmy\s+share\b")
TOTAL_ASK = _c(r"\b(?:total|altogether|in\s+all|all\s+in|whole\s+(?:bill|thing)|overall|grand\s+"
               r"total)\b|\bwhat\s+(?:do|does|will|would)\s+(?:we|the\s+\w+)\s+(?:pay|come\s+to)\b")
PEOPLE = _c(r"\b(?:we\s+are|we\s+were|there\s+are|there\s+were|party\s+of|group\s+of|table\s+"
            r"(?:of|for)|dinner\s+for|lunch\s+for)\s+(\d+)\b(?!\s*(?:%|\.\d))|\b(\d+)\s+of\s+us\b")
BILL = _c(rf"\b(?:bill|check|cheque|tab|meal|dinner|lunch|breakfast|total|order|it)\s+(?:is|was|"
          rf"came\s+to|comes\s+to|of|cost|costs|:)?\s*{AMOUNT}|\b(?:came\s+to|comes\s+to|cost|spent|"
          rf"paid)\s+{AMOUNT}")


def bill_shares(text: str) -> Reckoned | None:
    """The tip, the total and each share, when two of them are asked."""
    rates = list(_c(PCT).finditer(text))
    if len(rates) != 1 or not ON_TOP.search(text):
        return None
    ways = WAYS.search(text)
    count = next((g for g in ways.groups() if g), None) if ways is not None else None
    if count is None and EACH_OF_US.search(text) and (party := PARTY.search(text)) is not None:
        count = party.group(1)
    if count is None and (group := PEOPLE.search(text)) is not None:
        count = group.group(1) or group.group(2)
    asked = [name for name, ask in (("tip", TIP_ASK), ("total", TOTAL_ASK), ("each", EACH_ASK))
             if ask.search(text)]
    if count is None and "each" in asked:
        asked.remove("each")
    if len(asked) < 2:
        return None
    bill = BILL.search(text)
    if bill is not None:
        said = bill.group(2) or bill.group(5)
    else:  # "what's a 20% tip on $85 and the total?": the one amount there is
        amounts = [m for m in re.finditer(AMOUNT, text) if not rates[0].start() <= m.start(2) <
                   rates[0].end() and m.group(2) != count]
        if len(amounts) != 1:
            return None
        said = amounts[0].group(2)
    base = Fraction(said.replace(",", ""))
    people = Fraction(count) if count is not None else Fraction(1)
    if people <= 0:
        return None
    part = base * Fraction(rates[0].group(1)) / 100
    total = base + part
    sign = sign_of(text)
    word = TIP_ASK.search(text)
    name = next((g for g in word.groups() if g), "tip") if word is not None else "tip"
    name = "tax" if name == "vat" else name.split()[0]
    figures = {"tip": (part, f"{name} {money(part, sign)}"),
               "total": (total, f"total {money(total, sign)}"),
               "each": (total / people, f"{money(total / people, sign)} each")}
    shown = [figures[a][1] for a in asked]
    basis = (f"{money(base, sign)} × {rates[0].group(1)}% = {money(part, sign)}; "
             f"{money(base, sign)} + {money(part, sign)} = {money(total, sign)}")
    if count is not None:
        basis += f"; ÷ {count} = {money(total / people, sign)}"
    return Reckoned("bill", figures[asked[0]][0], SIGNS.get(sign, ""), basis,
                    text=", ".join(shown[:-1]) + f" and {shown[-1]}")


# --- interest and what it grows to -----------------------------------------------------------

INTEREST = _c(r"\binterest\b|\bcompound\w*\b")
SIMPLE = _c(r"\bsimple\b|\bnot\s+compound\w*|\bflat\s+(?:rate|interest)\b")
SPAN = _c(r"\b(?:for|after|over|in)\s+(\d+(?:\.\d+)?)\s*(years?|yrs?|months?)\b|\b(\d+(?:\.\d+)?)"
          r"\s*(years?|yrs?|months?)\b")
OFTEN = (("month", 12), ("quarter", 4), ("half", 2), ("semi", 2), ("twice", 2), ("year", 1),
         ("annual", 1))
COMPOUNDED = _c(r"\bcompound\w*\s+(\w+)|\b(monthly|quarterly|annually|yearly|half[- ]yearly|"
                r"semi[- ]annually)\s+compound\w*")
WORTH_ASK = _c(r"\b(?:be\s+worth|worth|grow\s+to|end\s+up\s+with|have\s+(?:at\s+the\s+end|after|"
               r"in\s+total)|balance|total(?!\s+interest)|final\s+amount|value|owe|pay\s+back|repay(?:able|"
               r"ment)?|amount\s+to|become|reach|end\s+up)\b|\b(?:what|how\s+much)\s+(?:will|would|"
               r"does|do|is)\s+(?:it|that|this|i|we|my\s+\w+|the\s+\w+)\s+(?:be|have|come\s+to)\b")
INTEREST_ASK = _c(r"\bhow\s+much\s+(?:of\s+(?:that|it|this)\s+)?(?:is|was|will\s+be|would\s+be)\s+"
                  r"(?:the\s+)?interest\b|\bhow\s+much\s+interest\b|\binterest\s+(?:earned|paid|"
                  r"part|portion|alone|comes\s+to)\b|\b(?:what|how\s+much)\s+(?:is|was)\s+the\s+"
                  r"interest\b|\b(?:total|the)\s+interest\b|\band\s+(?:the\s+)?interest\b")


def interest_and_total(text: str) -> Reckoned | None:
    """What an amount grows to with interest and how much of it is interest, both asked."""
    if not INTEREST.search(text) or not WORTH_ASK.search(text) or not INTEREST_ASK.search(text):
        return None
    rates = list(_c(PCT).finditer(text))
    span = SPAN.search(text)
    if len(rates) != 1 or span is None:
        return None
    used = [rates[0].span(), span.span()]
    amounts = [m for m in re.finditer(AMOUNT, text) if not any(a <= m.start(2) < b
               for a, b in used)]
    if not amounts:
        return None
    principal = Fraction(amounts[0].group(2).replace(",", ""))
    rate = Fraction(rates[0].group(1)) / 100
    length, unit = (span.group(1), span.group(2)) if span.group(1) else (span.group(3),
                                                                         span.group(4))
    years = Fraction(length) / (12 if unit.startswith("m") else 1)
    sign = sign_of(text)
    if SIMPLE.search(text):
        grown = principal * (1 + rate * years)
        how = f"{money(principal, sign)} × (1 + {rates[0].group(1)}% × {length} {unit})"
    else:
        often = _often(text)
        periods = years * often
        if periods.denominator != 1 or periods > 1200:
            return None
        grown = principal * (1 + rate / often) ** int(periods)
        how = f"{money(principal, sign)} × (1 + {rates[0].group(1)}%" + (
            f" ÷ {often})^{periods}" if often != 1 else f")^{periods}")
    interest = grown - principal
    shown = f"{money(grown, sign)}, of which {money(interest, sign)} is interest"
    return Reckoned("with interest", grown, SIGNS.get(sign, ""),
                    f"{how} = {money(grown, sign)}; − {money(principal, sign)} = "
                    f"{money(interest, sign)} interest", text=shown)


def _often(text: str) -> int:
    said = COMPOUNDED.search(text)
    if said is None:
        return 1
    word = (said.group(1) or said.group(2)).lower()
    return next((n for key, n in OFTEN if word.startswith(key)), 1)


KINDS = (bill_shares, interest_and_total)
