"""Emergency signals (chest pain, thoughts of suicide …) → an immediate pointer to help.

The pointer is sent before anything else in the reply. Numbers follow the person's
country when known (an ISO 3166 code such as "GB"); otherwise a general pointer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["medical", "crisis"]

_MEDICAL = re.compile(
    r"\b(chest (pain|pains|hurts|tightness|pressure)|(pain|pressure|tightness) in my chest|"
    r"heart attack|can'?t breathe|cannot breathe|struggling to breathe|"
    r"(?<!back )(?<!breast )(?<!brush )(?<!pen )stroke(?!\s+(?:volume|rate|count|"
    r"length|distance|index|work|of\s+(?:the\s+)?(?:pen|brush|luck|genius|midnight)))|"
    r"overdos(e|ed)|unconscious|not breathing|severe bleeding|bleeding heavily|"
    r"anaphyla\w*|seizure)\b", re.IGNORECASE)
_CRISIS = re.compile(
    r"\b(suicid\w*|kill myself|end my life|take my (own )?life|want to die|"
    r"don'?t want to (live|be alive)|self[- ]harm\w*|hurt myself|no reason to live)\b",
    re.IGNORECASE)

EMERGENCY_NUMBERS: dict[str, str] = {
    "US": "911", "CA": "911", "MX": "911", "GB": "999 (or 112)", "IE": "112 or 999",
    "AU": "000", "NZ": "111", "IN": "112", "JP": "119", "CN": "120", "BR": "192",
    "ZA": "10177 (or 112 from a mobile)",
}
CRISIS_LINES: dict[str, str] = {
    "US": "call or text 988 (Suicide & Crisis Lifeline)",
    "CA": "call or text 988", "GB": "call Samaritans on 116 123",
    "IE": "call Samaritans on 116 123", "AU": "call Lifeline on 13 11 14",
    "NZ": "call or text 1737", "FR": "call 3114", "DE": "call 0800 111 0 111",
}
EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH"}


@dataclass(frozen=True, slots=True)
class Emergency:
    kind: Kind
    pointer: str


def detect(text: str, country: str | None = None) -> Emergency | None:
    if _CRISIS.search(text):
        return Emergency("crisis", crisis_pointer(country))
    if _MEDICAL.search(text):
        return Emergency("medical", medical_pointer(country))
    return None


def _number(country: str | None) -> str | None:
    code = (country or "").upper()
    if code in EMERGENCY_NUMBERS:
        return EMERGENCY_NUMBERS[code]
    return "112" if code in EU else None


def medical_pointer(country: str | None = None) -> str:
    number = _number(country)
    call = (f"call **{number}**" if number else
            "call your local emergency number (**911** in North America, **112** in Europe, "
            "**999** in the UK)")
    return (f"⚠️ If this is happening now, {call} or get to an emergency department right "
            "away. Don't wait and don't drive yourself.")


def crisis_pointer(country: str | None = None) -> str:
    code = (country or "").upper()
    line = CRISIS_LINES.get(code)
    number = _number(country)
    urgent = (f"call **{number}**" if number else "call your local emergency number "
              "(**911** in North America, **112** in Europe, **999** in the UK)")
    support = (f"You can also {line}, any time." if line else
               "You can also reach a crisis line: findahelpline.com lists free, "
               "confidential ones for your country.")
    return (f"💛 I'm really glad you told me. If you might act on these thoughts or are in "
            f"danger, please {urgent} now. {support} You don't have to go through this alone.")
