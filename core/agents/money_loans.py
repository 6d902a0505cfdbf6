"""A loan or mortgage repaid in equal monthly instalments.

"what's the monthly payment on a 200,000 mortgage at 4% over 25 years?" → 1,055.67 a
month: P × r ÷ (1 − (1 + r)^−n) with r the yearly rate ÷ 12 and n the months; the total
repaid and the interest in it are shown beside it (or first, when they are asked). A
loan at simple (flat) interest is :mod:`core.agents.money_words`. The text is expanded and
lower-cased.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

LOAN = _c(r"\b(?:loan|mortgage|borrow\w*|financ\w*|credit|repay\w*|instal?ments?|lend\w*|lent|"
          r"car\s+finance|apr)\b")
PCT = _c(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)")
TERM = _c(r"(\d+(?:\.\d+)?)\s*[- ]?(years?|yrs?|months?|mos?)\b")
MONTHLY_ASK = _c(r"\bmonthly\b|\b(?:per|a|each|every)\s+month\b|\brepayments?\b|\binstal?ments?\b|"
                 r"\bpayments?\b")
TOTAL_ASK = _c(r"\b(?:total|altogether|in\s+all|overall)\b|\bhow\s+much\s+interest\b|"
               r"\binterest\s+(?:will|would|do|does|paid|cost)\b")
FLAT = _c(r"\bsimple\b|\bflat\b|\bnot\s+compound")
CENTS = _c(r"\b(?:payments?|instal?ments?|repayments?)\b[^.?!]{0,30}\brounded\b[^.?!]{0,20}\b"
           r"(?:cents?|pennies|penny|2\s+(?:decimal|dp))|\brounded\s+(?:up\s+|down\s+)?to\s+the\s+"
           r"(?:nearest\s+)?(?:cent|penny)\b[^.?!]{0,30}\b(?:payments?|instal?ments?)\b")


def _rate_term_amount(text: str) -> tuple[re.Match[str], re.Match[str], Fraction] | None:
    """The one yearly rate, the one term and the one amount besides them, or None."""
    rates, terms = list(PCT.finditer(text)), list(TERM.finditer(text))
    if len(rates) != 1 or len(terms) != 1:
        return None
    used = [rates[0].span(), terms[0].span()]
    amounts = [m for m in re.finditer(AMOUNT, text) if not any(a <= m.start(2) < b
               for a, b in used)]
    if len(amounts) != 1:
        return None
    return rates[0], terms[0], Fraction(amounts[0].group(2).replace(",", ""))


def loan_payment(text: str) -> Reckoned | None:
    """The monthly instalment of a loan repaid over its term (and what it costs in all)."""
    if not LOAN.search(text) or not MONTHLY_ASK.search(text) or FLAT.search(text) or (
            read := _rate_term_amount(text)) is None:
        return None
    rate_m, term, principal = read
    months = Fraction(term.group(1)) * (1 if term.group(2).startswith("mo") else 12)
    if months.denominator != 1 or not 0 < months <= 600 or principal <= 0:
        return None
    rate = Fraction(rate_m.group(1)) / 100 / 12
    n = int(months)
    payment = principal / n if rate == 0 else principal * rate / (1 - (1 + rate) ** -n)
    if CENTS.search(text):  # "with each payment rounded to the cent": what is really paid
        payment = Fraction(math.floor(payment * 100 + Fraction(1, 2)), 100)
    total = payment * n
    sign = sign_of(text)
    said = f"{money(payment, sign)} a month"
    costs = f"{money(total, sign)} repaid in all, {money(total - principal, sign)} of it interest"
    ask = TOTAL_ASK.search(text)
    shown = f"{said} ({costs})" if ask is None else f"{costs}; {said}"
    basis = (f"{money(principal, sign)} × r ÷ (1 − (1 + r)^−{n}), r = {rate_m.group(1)}% ÷ 12, "
             f"{n} monthly payments")
    return Reckoned("repayment", payment if ask is None else total - principal,
                    SIGNS.get(sign, ""), basis, text=shown)


# --- simple interest ---------------------------------------------------------------------------

SIMPLE_TOTAL = _c(r"\b(?:total(?!\s+interest)|altogether|in\s+all|owe|repay(?:able)?|pay\s+back|"
                  r"balance|end\s+up|grow\s+to|be\s+worth|amount\s+to|final\s+amount)\b")
INTEREST_ASK = _c(r"\b(?:how\s+much|what)\s+(?:is\s+the\s+|in\s+)?interest\b|\binterest\s+(?:do|"
                  r"will|would|did|earned|paid|owed|charged|comes?|is|part|portion)\b|\bhow\s+much\s+"
                  r"(?:of\s+(?:it|that|this)\s+)?(?:is|was|would\s+be|will\s+be)\s+(?:the\s+)?interest\b|"
                  r"\b(?:and|total|the)\s+interest\s*\?")


def simple_interest(text: str) -> Reckoned | None:
    """Interest at a flat yearly rate: principal × rate × years, to the cent."""
    if not FLAT.search(text) or not re.search(r"\binterest\b", text) or (
            SIMPLE_TOTAL.search(text) and INTEREST_ASK.search(text)):
        return None  # the interest and the total both asked: money_asks answers both
    if (read := _rate_term_amount(text)) is None:
        return None
    rate_m, term, principal = read
    years = Fraction(term.group(1)) / (12 if term.group(2).startswith("mo") else 1)
    rate = Fraction(rate_m.group(1))
    interest = principal * rate / 100 * years
    sign = sign_of(text)
    basis = f"{show(principal)} × {show(rate)}% × {show(years)} years = {show(interest)}"
    if SIMPLE_TOTAL.search(text) and not INTEREST_ASK.search(text):
        total = principal + interest
        return Reckoned("with simple interest", total, SIGNS.get(sign, ""),
                        f"{basis}; + {show(principal)} = {show(total)}",
                        text=money(total, sign))
    return Reckoned("simple interest", interest, SIGNS.get(sign, ""), basis,
                    text=money(interest, sign))


KINDS = (loan_payment, simple_interest)
