"""What is left of a daily limit after what was taken so far ("4 x 500 mg taken, the limit is
3200 mg a day - how many mg left?", "max 3000 mg a day, I've had 12 tablets of 200 mg - how
much more can I take?"): the limit less the doses taken, in the limit's unit. Answers only
when one limit and one kind of dose are written, in the same unit, and the limit is not
passed."""

from __future__ import annotations

import re
from fractions import Fraction

from core.tools.health import DOSE_NOTE, HealthResult

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"(mg|mcg|g|ml|units?|iu)\b"
# "daily limit 3200 mg", "the max is 3000 mg a day", "no more than 4 g", "3200 mg max"
LIMIT = re.compile(rf"\b(?:limit|max(?:imum)?|no\s+more\s+than|at\s+most|up\s+to|cap)\b"
                   rf"(?:\s+(?:is|of|per\s+day|a\s+day|daily|dose))*\s*(?::|=|-)?\s*{_NUM}\s*{_UNIT}|"
                   rf"{_NUM}\s*{_UNIT}\s*(?:(?:a|per)\s+day\s+|daily\s+)?(?:max(?:imum)?|limit)\b",
                   re.I)
# "4 x 500mg", "12 tablets of 200 mg", "3 200 mg tablets", "two doses of 400 mg"
TAKEN = re.compile(rf"\b(\d+)\s*(?:x|×|\*|(?:tablets?|pills?|capsules?|caplets?|doses?|"
                   rf"sachets?)\s+(?:of|at|x|×)?)\s*{_NUM}\s*{_UNIT}|"
                   rf"\b(\d+)\s+{_NUM}\s*{_UNIT}\s*(?:tablets?|pills?|capsules?|caplets?|doses?)",
                   re.I)
SO_FAR = re.compile(r"\b(?:so\s+far|already|taken|had|took|used)\b", re.I)
ASK = re.compile(r"\b(?:left|remain\w*|more\s+(?:can|could|may)|still\s+(?:take|have)|"
                 r"how\s+much\s+more|how\s+many\s+more)\b", re.I)


def _unit(word: str) -> str:
    word = word.lower()
    return "units" if word.startswith("unit") else word


def dose_left(text: str) -> HealthResult | None:
    """The amount still allowed today, or None."""
    if not ASK.search(text) or not SO_FAR.search(text):
        return None
    limits = list(LIMIT.finditer(text))
    taken = list(TAKEN.finditer(text))
    if len(limits) != 1 or len(taken) != 1:
        return None
    limit = limits[0]
    amount, unit = (limit.group(1), limit.group(2)) if limit.group(1) else (
        limit.group(3), limit.group(4))
    dose = taken[0]
    count, each, each_unit = (dose.group(1), dose.group(2), dose.group(3)) if dose.group(1) \
        else (dose.group(4), dose.group(5), dose.group(6))
    if _unit(unit) != _unit(each_unit) or limit.start() <= dose.start() < limit.end():
        return None
    most = Fraction(amount.replace(",", ""))
    had = int(count) * Fraction(each.replace(",", ""))
    if had > most:
        return None
    left = most - had
    shown = f"{left.numerator:,}" if left.denominator == 1 else f"{float(left):,.2f}"
    return HealthResult("left today", f"{shown} {_unit(unit)}",
                        f"{amount} {_unit(unit)} − {count} × {each} {_unit(unit)}",
                        note=DOSE_NOTE, amount=float(left), unit=_unit(unit))
