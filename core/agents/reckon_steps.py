"""A number taken through steps said in words, with the value after each step: "start with
1328, take off 18%, then add 72 - what do you get at each step?" → 1,088.96 then 1,160.96.

Steps: a percentage or an amount taken off or added, a multiplication or division, a
doubling, tripling or halving. The start is said ("start with", "begin with", "take") and at
least two steps are needed. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUMBER = r"[$€£¥]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
START = _c(rf"\b(?:start(?:ing)?\s+(?:with|from|at|on)|begin(?:ning)?\s+with|take|from)\s+{NUMBER}")
STEP = _c(rf"\b(?:(take\s+off|took\s+off|knock\s+off|subtract|deduct|minus|less|remove|"
          rf"take\s+away|reduce\s+(?:it\s+)?by|cut\s+(?:it\s+)?by|lower\s+(?:it\s+)?by)|(add(?:\s+on)?|"
          rf"plus|put\s+on|increase\s+(?:it\s+)?by|raise\s+(?:it\s+)?by|top\s+(?:it\s+)?up\s+by)|"
          rf"(multiply\s+(?:it\s+|that\s+)?by|times)|(divide\s+(?:it\s+|that\s+)?by))\s+(?:another\s+)?"
          rf"{NUMBER}\s*(%|percent\b|per\s*cent\b)?|\b(double|triple|halve|square)\s+it\b")
EACH = _c(r"\beach\s+(?:step|stage)\b|\bevery\s+(?:step|stage)\b|\bstep\s+by\s+step\b|"
          r"\bafter\s+each\b|\bat\s+each\b|\beach\s+(?:one|time)\b|\b(?:what|how\s+much)\b.*\b"
          r"(?:get|left|end\s+up|have|final|result)\b")


def steps(text: str) -> Reckoned | None:
    if (start := START.search(text)) is None or not EACH.search(text):
        return None
    said = [m for m in STEP.finditer(text) if m.start() > start.start()]
    if len(said) < 2 or len(said) > 12:
        return None
    value = Fraction(start.group(1).replace(",", ""))
    shown: list[str] = []
    values: list[Fraction] = []
    if any(m.group(4) and not float(m.group(5).replace(",", "")) for m in said):
        return None
    for m in said:
        value, label = _apply(value, m)
        values.append(value)
        shown.append(label)
    sign = sign_of(text)
    cash = bool(sign) or any(v.denominator not in (1, 2, 4, 5, 10, 20, 25, 50, 100) for v in values)

    def fmt(v: Fraction) -> str:
        return money(v, sign) if cash and v.denominator != 1 else show(v)

    lines = [f"{label}: {fmt(v)}" for label, v in zip(shown, values, strict=True)]
    basis = f"from {start.group(1)}: " + ", then ".join(s.removeprefix("after ") for s in shown)
    return Reckoned("step by step", values[-1], "", basis, text="; ".join(lines))


def _apply(value: Fraction, m: re.Match[str]) -> tuple[Fraction, str]:
    """The value after one step and the step in words (a division by 0 raises)."""
    if m.group(7):
        word = m.group(7)
        factor = {"double": Fraction(2), "triple": Fraction(3), "halve": Fraction(1, 2)}
        if word == "square":
            return value * value, "squared"
        return value * factor[word], {"double": "doubled", "triple": "tripled",
                                      "halve": "halved"}[word]
    amount = Fraction(m.group(5).replace(",", ""))
    pct = bool(m.group(6))
    said = f"{m.group(5)}{'%' if pct else ''}"
    if m.group(1):
        return (value * (1 - amount / 100) if pct else value - amount), f"after taking off {said}"
    if m.group(2):
        return (value * (1 + amount / 100) if pct else value + amount), f"after adding {said}"
    if m.group(3):
        return value * amount, f"after multiplying by {said}"
    return value / amount, f"after dividing by {said}"


KINDS = (steps,)
