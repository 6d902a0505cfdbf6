"""A step on the result before it that measures it against a figure of its own.

"how much is left of a 400 mg daily limit?", "what share of my $250 budget is that, in %?",
"converted using /18", "and each of 4 people's share", "split 3 ways", "then 7% tax on the
whole thing", "bought on 22 workdays": the later ask names one figure and what to do with the
earlier result and that figure. :func:`relative_request` writes it as the maths reader reads
a step on "that"; :func:`steps_on_result` tells a clause that is such a step (and nothing
else) so that the splitter keeps it a part of its own, waiting for the part before.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci

N = r"[$€£]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
OF_A = r"(?:(?:a|an|the|my|our|your|his|her|their|this|that|today'?s)\s+)?"
LEFT = ci(rf"\b(?:left|remaining|remains|to\s+spare|short|still\s+to\s+go)\s+(?:of|from|in|under|"
          rf"below|before\s+(?:i\s+)?(?:reach|hit)(?:ing)?)\s+{OF_A}{N}(?![\d.,]*\s*%)|"
          rf"\b(?:more|else|extra|still)\b[^?.;]{{0,30}}?\b(?:to\s+(?:reach|hit|get\s+to|make)|"
          rf"until|till)\s+{OF_A}{N}(?![\d.,]*\s*%)")
SHARE = ci(rf"(?:\bwhat\s*%|(?<![\d.]\s)(?<![\d.])\b(?:share|percent(?:age)?|proportion))\s+of\s+"
           rf"{OF_A}{N}(?![\d.,]*\s*%)")
PERCENT_ASKED = ci(r"%|\bpercent|\bshare\b|\bproportion\b")
DIVIDE = ci(rf"(?:\busing|\bwith|\bby)\s*[/÷]\s*{N}|\bdivid(?:e|ed|ing)\s+(?:(?:it|that|this|"
            rf"the\s+(?:result|total|answer))\s+)?by\s+{N}")
PEOPLE = ci(rf"\b(?:split|shared?|divided?)\s+(?:it\s+|that\s+|this\s+)?(?:(?:in)?to\s+|between\s+|"
            rf"among\s+|by\s+)?{N}\s*(?:ways|people|persons|friends|of\s+us)\b|\beach\s+of\s+(?:the\s+)?"
            rf"{N}\s+(?:people|persons|friends|of\s+us)\b|(?<![\w.]){N}\s+(?:people|persons)'s?\s+"
            rf"share\b|\bif\s+{N}\s+(?:of\s+us\s+)?(?:split|share)\b")
ADDED = ci(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:sales\s+)?(?P<k>tax|vat|tip|"
           r"service(?:\s+charge)?|gratuity|surcharge|off|discount)\b")
TIMES_DAYS = ci(rf"\b(?:on|for|over|across)\s+{N}\s+(?:work\s*days|workdays|weekdays|"
                rf"working\s+days|"
                rf"school\s+days|business\s+days)\b")
ASKED = ci(r"\?|^\s*(?:(?:and|then|so|now|also|plus|ok|okay)[\s,]+)*(?:what|how|which|and|then|"
           r"also|plus|convert|converted|split|divide|divided|each|share|with|add|after|per|in|"
           r"tell|give|work|calculate|find)\b")
OFF = ("off", "discount")
PRICE_AT = ci(r"\bat\s+(?P<c>[$€£]?)\s?(\d+(?:\.\d+)?)\s*(?:[$€£]|dollars?|euros?|pounds?|cents?)?"
              r"\s*(?:/|per|a|an|each|every)\s*[a-z]")
COST = ci(r"\b(?:cost|costs|pay|price|spend|charge|come\s+to|bill)\b")


def _n(value: str) -> str:
    plain = value.replace(",", "")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def _first(found: re.Match[str]) -> str:
    return next(g for g in found.groups() if g and g[0].isdigit())


PLACES = ci(r"\b(?:to\s+)?(?P<p>\d|one|two|three)\s*(?:dp|d\.p\.|decimals?|decimal\s+places?)\b")
WORDS = {"one": "1", "two": "2", "three": "3"}


def relative_request(text: str) -> str | None:
    """The calculation on "that" the clause asks (to the places asked), or None."""
    if not ASKED.search(text):
        return None
    step = _relative(text)
    places = PLACES.search(text)
    if step is None or places is None or "decimal places" in step:
        return step
    return f"{step} to {WORDS.get(places.group('p').lower(), places.group('p'))} decimal places"


def _relative(text: str) -> str | None:
    if (found := LEFT.search(text)) is not None:
        return f"{_n(_first(found))} minus that"
    if (found := SHARE.search(text)) is not None and PERCENT_ASKED.search(text):
        return f"that as a percentage of {_n(_first(found))}"
    if (found := PEOPLE.search(text)) is not None:
        return f"that divided by {_n(_first(found))} to 2 decimal places"
    if (found := DIVIDE.search(text)) is not None:
        return f"that divided by {_n(_first(found))}"
    if (found := ADDED.search(text)) is not None:
        sign = "-" if found.group("k").lower() in OFF else "+"
        return f"that times (1 {sign} {_n(_first(found))}/100) to 2 decimal places"
    if (found := PRICE_AT.search(text)) is not None and COST.search(text) and \
            not re.search(r"\bcents?\b", found.group(0), re.I):  # "at €1.94 a litre, the cost?"
        return f"{found.group('c')}{_n(_first(found))} times that to 2 decimal places"
    if (found := TIMES_DAYS.search(text)) is not None:
        return f"{_n(_first(found))} times that to 2 decimal places"
    return None


FIGURES = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?")
ROUNDING = ci(r"\(?\s*(?:to\s+)?(?:\d+|one|two|three)\s*(?:dp|d\.p\.|decimals?|decimal\s+places?|"
              r"sig(?:nificant)?\s+fig(?:ure)?s?)\s*(?:each)?\s*\)?")


def drops_unit(text: str) -> bool:
    """The step's answer is not in the earlier result's unit: a percentage of a figure, the
    result divided by a bare factor ("converted to mmol/L using /18"), or its price."""
    if not steps_on_result(text) or LEFT.search(text) is not None:
        return False
    step = _relative(text) or ""
    return step.startswith("that as a percentage") or (
        PEOPLE.search(text) is None and step.startswith("that divided by")) or bool(
        re.match(r"[$€£]?\d[\d.]* times that", step) and PRICE_AT.search(text))


def steps_on_result(text: str) -> bool:
    """The clause is only such a step: one figure of its own (a rounding asked aside), read by
    :func:`relative_request`."""
    if relative_request(text) is None:
        return False
    return len(FIGURES.findall(ROUNDING.sub(" ", text))) == 1
