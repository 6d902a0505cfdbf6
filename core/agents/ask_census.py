"""Every ask of a message, found before the plan is trusted with it.

A message asks several things at once: each "?" clause, each "and what's …" / "then how
many …" / "also …" ask, each line of a list. :func:`census` cuts the message into its
pieces and marks which of them ask something (a question word, a "?", a unit or currency
asked for, an imperative such as "convert"), the rest being statements that give figures.

:func:`follow_on` tells an ask that works on an earlier answer ("what's that in °C?", "and
the deposit in CAD at 1 USD = 1.36 CAD?", "how many 500 ml bottles, rounded up?"): it has no
amount of its own, only the rates, sizes and roundings it applies. :func:`named_source`
binds such an ask to the earlier ask whose words it names ("the deposit", "the median", "the
weekly pay"), so a later part is carried from the figure it names, not merely the nearest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.agents.carry_rate import PLACES, rates
from core.agents.patterns import ASKED, ci
from core.agents.quantities import target_units

MAX_TEXT = 1500
# strong cuts: after a "?", at ";" or a new line, at a sentence's end, before a dash that
# opens a question
STRONG = ci(r"(?<=\?)\s+|\s*;\s*|\s*\n+\s*|(?<=[a-z0-9)%\]])\.\s+(?=[a-z])|"
            r"\s+[—–]\s+(?=(?:how|what|which|when|and)\b)")
# weak cuts: "and" / "then" / "also" only where a new question starts after them
WEAK = ci(r"(?:,\s*|\s+)(?:and\s+then|and\s+also|and|then|also|plus)\s*,?\s+(?=(?:what|what's|"
          r"whats|how|which|when|where|convert|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|at)\b|"
          r"(?:that|it|this)\s+(?:in|to|at)\b))")
ASKS = ci(rf"{ASKED}|^\s*(?:and\s+|then\s+|also\s+)*(?:convert|change|turn|round|plot|graph|"
          r"chart|draw|add|subtract|multiply|divide|split|list|(?:the\s+)?(?:average|mean|"
          r"median|total|sum|area|volume|perimeter)\s+of)\b")
MONEY_CODES = frozenset("USD EUR GBP JPY CAD AUD CHF CNY INR NZD SEK NOK DKK MXN".split())
CONVERTS = ci(r"\b(?:convert\w*|change|turn|exchange|in|into|to)\b")
REFERS = ci(r"\b(?:that|it|this|those|them|the\s+result|the\s+answer|the\s+same)\b")
DIGIT = re.compile(r"\d")
RATE_WORDS = ci(r"\b(?:using|use|with|at|rate(?:\s+of)?|factor(?:\s+of)?)\s+(?:a\s+)?"
                r"(?:rate\s+of\s+)?\d+(?:\.\d+)?\b(?!\s*(?:%|percent|[a-z]))")  # not "at 11 km/h"
WORD = ci(r"[a-z]{3,}")
EXCHANGE = ci(r"[$€£]?\b1\s*(?:[a-z]{3}\b|[a-z]+\b)?\s*=\s*[$€£]?\s*\d+(?:\.\d+)?")  # "1 USD = 2"
MONEY_TARGET = ci(r"\b(?:in|into|to)\s+(?:[A-Z]{3}\b|euros?\b|dollars?\b|pounds?\b|yen\b|"
                  r"(?:our|their|my|your)\s+(?:local\s+)?currency\b)")
COMMON = frozenset("""the and what what's whats how many much that this those them then also
with using use rate into from for per are was were will would can could you your mine our
their its it's does did have has had get got each both all round rounded decimal decimals
place places whole number need needed total amount figure value result answer convert
converted work out tell give find calculate plus and too well please about roughly exactly
cost costs price pay """.split())


@dataclass(frozen=True, slots=True)
class Ask:
    text: str
    start: int
    asks: bool  # a question or an instruction, not a statement of figures


def census(text: str) -> list[Ask]:
    """The message's pieces in order, each marked as an ask or a statement."""
    if len(text) > MAX_TEXT or not text.strip():
        return []
    out: list[Ask] = []
    for start, piece in _cut(text):
        stripped = piece.strip(" ,.")
        if stripped:
            at = start + piece.find(stripped)
            out.append(Ask(stripped, at, _asks(stripped)))
    return out


def _asks(piece: str) -> bool:
    """A question, an instruction, a unit asked for, or a bare name of what is wanted ("mean
    (1 dp)", "area?"): no statement of figures."""
    own = own_figures(piece)
    return bool(ASKS.search(piece) or MONEY_TARGET.search(own) or target_units(own, bare=True)
                or not DIGIT.search(own))


def _cut(text: str) -> list[tuple[int, str]]:
    spans = _spans(text, STRONG, 0, len(text))
    out: list[tuple[int, str]] = []
    for start, end in spans:
        out.extend((s, text[s:e]) for s, e in _spans(text, WEAK, start, end))
    return out


def _spans(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    out = []
    at = start
    for found in pattern.finditer(text, start, end):
        if found.start() > at:
            out.append((at, found.start()))
        at = found.end()
    if at < end:
        out.append((at, end))
    return out


def own_figures(ask: str) -> str:
    """The ask without its stated rates, factors and roundings: what figures remain are
    amounts of its own."""
    rest = ask
    for rate in rates(ask):  # a conversion factor or an exchange rate, not a speed or price
        if rate.shown_as and (rate.conversion or rate.top in MONEY_CODES):
            rest = rest.replace(rate.shown_as, " ")
    return RATE_WORDS.sub(" ", PLACES.sub(" ", EXCHANGE.sub(" ", rest)))


def follow_on(ask: str) -> bool:
    """An ask that works on an earlier answer: no amount of its own, and it points back or
    asks for a unit or currency."""
    own = own_figures(ask)
    if DIGIT.search(own):
        return False
    return bool(REFERS.search(own)) or converts(ask)


def converts(ask: str) -> bool:
    """The ask names a unit or a currency to give the answer in, and no amount."""
    own = own_figures(ask)
    if DIGIT.search(own):
        return False
    stated = bool(EXCHANGE.search(ask) or any(r.top in MONEY_CODES for r in rates(ask)))
    return bool(MONEY_TARGET.search(own) or target_units(own, bare=True) or (
        stated and CONVERTS.search(own)))


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(text)} - COMMON


def named_source(ask: str, earlier: list[str]) -> int | None:
    """The index of the earlier ask whose words this one names ("the deposit in EUR" →
    "how much is a 20% deposit"), or None when no single one is named."""
    wanted = _words(re.sub(r"\b(?:in|to|into)\s+[a-z]+\b.*$", " ", ask, flags=re.I))
    if not wanted:
        return None
    scored = [(len(wanted & _words(text)), index) for index, text in enumerate(earlier)]
    best = max((score for score, _ in scored), default=0)
    chosen = [index for score, index in scored if score == best]
    return chosen[-1] if best and len(chosen) == 1 else None


NAMED_MONEY = {"euro": ("EUR", "€"), "dollar": ("USD", "$"), "pound": ("GBP", "£"),
               "yen": ("JPY", "¥")}


def unit_asks(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The asks that name the unit or currency their answer is in, each with the ways an
    answer in it is shown (a currency's code and sign, a unit's name in pint)."""
    out = []
    for ask in census(text):
        if not ask.asks or not converts(ask.text):
            continue
        own = own_figures(ask.text)
        shown: list[str] = [u.pint for m in target_units(own, bare=True) for u in m.units]
        if (money := MONEY_TARGET.search(own)) is not None:
            word = money.group(0).split()[-1].lower().rstrip("s")
            shown.extend(NAMED_MONEY.get(word, (word.upper(),)))
        if shown:
            out.append((ask.text, tuple(dict.fromkeys(shown))))
    return tuple(out)


def unanswered(asks: tuple[tuple[str, tuple[str, ...]], ...], answers: list[str]) -> list[str]:
    """The asks no answer is given in the unit of: each answer's units are read as the
    message's are."""
    from core.agents.quantities import mentions, prepare

    if not asks:
        return []
    given: set[str] = set()
    for answer in answers:
        bold = " ".join(re.findall(r"\*\*([^*]+)\*\*", answer))[:2000]
        given.update(u.pint for m in mentions(prepare(bold)) for u in m.units)
        given.update(re.findall(r"\b[A-Z]{3}\b|[$€£¥]", bold))
    return [ask for ask, shown in asks if not given & set(shown)]


__all__ = ["Ask", "census", "converts", "follow_on", "named_source", "own_figures", "unanswered",
           "unit_asks"]
