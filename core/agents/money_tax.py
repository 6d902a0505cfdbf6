"""A price with or without its tax, read by the role of each amount.

- the price before tax from one that includes it: "paid 118 including 18% GST, what was
  it without the tax?" → ``118 / (1 + 18/100)``; the tax inside it on its own;
- a price stated before tax with the tax added: "the invoice is 177.18 before VAT; with
  20% VAT added, what's the total?" → ``177.18 * (1 + 20/100)``;
- the gross pay from a net pay after tax: "net pay 2,400 after 20% tax, the gross?".

The text is already expanded and lower-cased; a kind needs its cue words and a question.
"""

from __future__ import annotations

import re

from core.agents.money_words import PCT, Priced, _pcts, plain_amounts
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

# --- the price before tax ---------------------------------------------------------------

TAX = r"(?:sales\s+tax|vat|gst|hst|tax|iva|mwst)"
INCLUDED = _c(rf"\b(?:includ(?:es|ed|ing)|inclusive\s+of|incl\.?|inc\.?|with|after|plus|gross"
              rf"|including\s+the)\b[^?!]{{0,30}}?{TAX}|{TAX}\s+(?:is\s+|was\s+)?(?:included|"
              rf"inclusive|incl\.?|in\s+it|in\s+the\s+price)|\bgross\b|\btax[- ]inclusive\b|"
              rf"\b(?:without|excluding|excl\.?|ex|minus|less|remove|removing|take\s+off|taking\s+"
              rf"off|strip\s+out)\s+(?:the\s+)?{PCT}\s*(?:sales\s+)?{TAX}")
BEFORE_TAX = _c(rf"\b(?:before|without|excluding|excl\.?|ex\.?|minus|less|pre[- ]?|net\s+of)\s*"
                rf"(?:the\s+)?(?:{PCT}\s*(?:sales\s+)?)?{TAX}\b|\bnet\b|\bpre[- ]?tax\b|"
                rf"\bex[- ]?vat\b|\bnet\s+price\b|{TAX}[- ](?:exclusive|free|excluded)\b|"
                rf"\bexclusive\s+of\b")
DEDUCTED = _c(r"\b(?:net|take[- ]home)\b[^.?!]*\b(?:pay|salary|income|wages?|earnings)\b|"
              r"\b(?:pay|salary|income|wages?|earnings)\b[^.?!]*\b(?:after|net\s+of|minus)\b")
GROSS_ASK = _c(r"\bgross\b|\bbefore\s+(?:the\s+)?(?:tax|deductions)\b|\bpre[- ]tax\b")
TAX_PART = _c(rf"\b(?:how\s+much|what)\s+(?:of\s+(?:it|that|this)\s+)?(?:is|was|are|were)?\s*"
              rf"(?:the\s+)?{TAX}\b|\b{TAX}\s+(?:amount|portion|part|component|element)\b|"
              rf"\bhow\s+much\s+{TAX}\b")


INSIDE = _c(rf"\b(?:includ(?:es|ed|ing)|inclusive\s+of|incl\.?|inc\.?)\b[^?!]{{0,30}}?{TAX}|"
            rf"{TAX}\s+(?:is\s+|was\s+)?(?:included|inclusive|incl\.?)\b")
ASKING = _c(r"\?|\b(?:what|how\s+much|how\s+many|calculate|compute|find|work\s+out|tell\s+me|"
            r"give\s+me)\b")
CLAUSE = re.compile(r"(?<!\bexcl)(?<!\bincl)(?<!\binc)(?<!\bex)(?<!\bapprox)[.;!?](?:\s|$)|,\s|"
                    r"\s[-–—]\s")


def _net_given(text: str) -> bool:
    """"invoice is 177.18 before VAT. with 20% VAT added, the total?": the amount stated
    is the one without tax (said in a statement, not asked for), so the tax goes on top."""
    said = [c for c in CLAUSE.split(text) if BEFORE_TAX.search(c)]
    return bool(said) and not any(ASKING.search(c) or c.rstrip().endswith("?") for c in said)


PAY_WORD = _c(r"\b(?:salary|pay|paid|income|wages?|earn\w*|make|making|gross|payslip|bonus)\b")
NET_ASK = _c(r"\b(?:net|take[- ]home|after[- ]tax|after\s+(?:the\s+)?(?:tax|deductions)|left|keep|"
             r"in\s+(?:my\s+)?(?:pocket|hand)|actually\s+(?:get|receive))\b")


def _asked(text: str) -> list[str]:
    return [c for c in CLAUSE.split(text) if ASKING.search(c) or c.rstrip().endswith("?")]


def pay_after_tax(text: str) -> Priced | None:
    """"gross salary 50,000, tax 20%, what's my net pay?" → 50000 * (1 - 20/100); the tax
    itself when that is asked."""
    if not PAY_WORD.search(text) or not re.search(rf"\b{TAX}\b|\btaxed\b", text) or \
            INSIDE.search(text):
        return None  # "paid 118 including 18% GST": a price with its tax inside, not pay
    asks = " ".join(_asked(text))
    net, part = NET_ASK.search(asks), TAX_PART.search(asks)
    if (net is None and part is None) or GROSS_ASK.search(asks) or DEDUCTED.search(
            text.replace(asks, "")):
        return None
    rates = _pcts(text)
    if len(rates) != 1:
        return None
    amounts = plain_amounts(text, [(rates[0].start(), rates[0].end())])
    if len(amounts) != 1:
        return None
    g, p = _n(amounts[0].group(1)), _n(rates[0].group(1))
    if net is None:
        return Priced(f"{g} * {p}/100", True)
    return Priced(f"{g} * (1 - {p}/100)", True)


def ex_tax(text: str) -> Priced | None:
    if (pay := pay_after_tax(text)) is not None:
        return pay
    if not INCLUDED.search(text) or not re.search(TAX, text, re.I):
        return None
    if not DEDUCTED.search(text) and _net_given(text):
        return _tax_on_top(text)
    part = TAX_PART.search(text) is not None and BEFORE_TAX.search(text) is None
    if not part and BEFORE_TAX.search(text) is None:
        return None
    rates = [m for m in _pcts(text)
             if re.match(rf"\s*(?:sales\s+)?{TAX}", text[m.end():m.end() + 12], re.I)
             or re.search(rf"{TAX}\s*(?:rate\s+)?(?:is\s+|of\s+|at\s+)?$", text[:m.start()], re.I)]
    rates = rates or _pcts(text)
    if len(rates) != 1:
        return None
    gross = plain_amounts(text, [(rates[0].start(), rates[0].end())])
    if not gross:
        return None
    g, p = _n(gross[0].group(1)), _n(rates[0].group(1))
    if DEDUCTED.search(text) and GROSS_ASK.search(text):  # "net pay 2,400 after 20% tax"
        return Priced(f"{g} / (1 - {p}/100)", True)
    if part:
        return Priced(f"{g} - {g} / (1 + {p}/100)", True)
    return Priced(f"{g} / (1 + {p}/100)", True)


def _tax_on_top(text: str) -> Priced | None:
    """The amount with its tax added, or the tax on it when that is asked."""
    rates = _pcts(text)
    if len(rates) != 1:
        return None
    net = plain_amounts(text, [(rates[0].start(), rates[0].end())])
    if not net:
        return None
    g, p = _n(net[0].group(1)), _n(rates[0].group(1))
    if TAX_PART.search(text) and not re.search(r"\b(?:total|gross|altogether|in\s+all|pay)\b",
                                               text):
        return Priced(f"{g} * {p}/100", True)
    return Priced(f"{g} * (1 + {p}/100)", True)
