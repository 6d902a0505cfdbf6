"""Money converted at the exchange rate the message states ("884 USD in CAD (1 USD = 1.36
CAD)", "… and that in euros at $1 = €0.86"): the rate given is the one used, never a stored
reference rate. The planner plans the parts without the rate (it is no amount to convert)
and gives it back to each conversion between the rate's two currencies; :func:`at_rate`
works that conversion, of the part's own amount or of the result it builds on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.base import Agent, AgentContext, AgentResult
from core.agents.plan import Subtask
from core.agents.stated_rate import RATE

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
WORDS = {"usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "eur": "EUR",
         "euro": "EUR", "euros": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
         "sterling": "GBP", "jpy": "JPY", "yen": "JPY", "cad": "CAD", "aud": "AUD",
         "chf": "CHF", "francs": "CHF", "cny": "CNY", "yuan": "CNY", "inr": "INR",
         "rupees": "INR", "mxn": "MXN", "pesos": "MXN", "nzd": "NZD", "sek": "SEK",
         "nok": "NOK", "dkk": "DKK", "krw": "KRW", "won": "KRW", "sgd": "SGD", "hkd": "HKD"}
CODES = frozenset(WORDS.values())
NAME = (r"(?:usd|eur|gbp|jpy|cad|aud|chf|cny|inr|mxn|nzd|sek|nok|dkk|krw|sgd|hkd|dollars?|"
        r"euros?|pounds?|sterling|yen|francs|yuan|rupees|pesos|won|bucks)")
NUMBER = r"\d[\d,]*(?:\.\d+)?"
SIDE = re.compile(rf"(?P<sym>[$€£¥])\s*(?P<a>{NUMBER})|(?P<b>{NUMBER})\s*(?P<code>[A-Z]{{3}}|"
                  rf"[$€£¥])")
MONEY = re.compile(rf"(?P<sym>[$€£¥])\s*(?P<a>{NUMBER})(?!\s*%)|(?<![\d.])(?P<b>{NUMBER})\s*"
                   rf"(?P<name>{NAME}|[€$£¥])(?![a-z])", re.I)
TARGET = re.compile(rf"\b(?:in|to|into|as)\s+(?:us\s+|canadian\s+|australian\s+)?(?P<name>"
                    rf"{NAME}|[€$£¥])(?![a-z])|\bhow\s+many\s+(?P<many>{NAME})(?![a-z])", re.I)
FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
ROUNDING = re.compile(r"\b\d\s*(?:dp|d\.p\.|decimals?(?:\s+places?)?|places?)\b|\bto\s+the\s+"
                      r"nearest\s+\w+|\bto\s+\d\s+(?:decimal|places)\w*", re.I)
CUE = "(at "


@dataclass(frozen=True, slots=True)
class Rate:
    one: str  # 1 of this currency …
    value: Fraction  # … is this many of
    other: str
    shown: str

    def factor(self, source: str, target: str) -> Fraction | None:
        if (source, target) == (self.one, self.other):
            return self.value
        if (source, target) == (self.other, self.one):
            return 1 / self.value
        return None


def _code(word: str) -> str:
    if word in SYMBOLS:
        return SYMBOLS[word]
    return WORDS.get(word.lower(), word.upper() if word.upper() in CODES else "")


def rates(text: str) -> list[Rate]:
    """The exchange rates the text states, each pair once ("1 EUR = 1.17 USD = 0.87 GBP"
    gives EUR→USD and EUR→GBP)."""
    found: list[Rate] = []
    for match in RATE.finditer(text):
        sides = list(SIDE.finditer(match.group(0)))
        if len(sides) < 2:
            continue
        first = sides[0]
        one = _code(first.group("sym") or first.group("code"))
        size = Fraction((first.group("a") or first.group("b")).replace(",", ""))
        for side in sides[1:]:
            other = _code(side.group("sym") or side.group("code"))
            value = Fraction((side.group("a") or side.group("b")).replace(",", ""))
            if one and other and one != other and size == 1 and value > 0:
                found.append(Rate(one, value, other, f"1 {one} = {_decimal(value)} {other}"))
    return found


def _decimal(value: Fraction) -> str:
    return f"{float(value):g}"


def target(text: str) -> str:
    """The currency a clause converts into, or ""."""
    found = [_code(m.group("name") or m.group("many")) for m in TARGET.finditer(text)]
    found = [code for code in found if code]
    return found[-1] if found else ""


def given_rate(request: str, message_rates: list[Rate]) -> Rate | None:
    """The stated rate a conversion clause asks for: its target is one of the rate's two
    currencies and any amount it names is in the other."""
    goal = target(request)
    if not goal:
        return None
    amounts = [_code(m.group("sym") or m.group("name")) for m in MONEY.finditer(request)]
    for rate in message_rates:
        if goal not in (rate.one, rate.other):
            continue
        source = rate.other if goal == rate.one else rate.one
        if all(code == source for code in amounts):
            return rate
    return None


def with_rate(request: str, rate: Rate) -> str:
    return f"{request} {CUE}{rate.shown})"


def parts(request: str) -> tuple[str, Rate | None]:
    """A request given back its rate → (the request as planned, the rate)."""
    if not request.endswith(")") or CUE not in request:
        return request, None
    head, _, tail = request.rpartition(f" {CUE}")
    found = rates(tail[:-1])
    return (head, found[0]) if len(found) == 1 else (request, None)


def at_rate(request: str, rate: Rate, earlier: tuple[float | None, str] | None
            ) -> tuple[str, str, float, str] | None:
    """(the reply line, its basis, the converted amount, its currency) for the clause's own
    amount, or else the earlier result's, converted at the rate; None when the clause names
    no single amount in one of the rate's currencies and builds on nothing."""
    goal = target(request)
    if not goal:
        return None
    source = rate.other if goal == rate.one else rate.one
    request = ROUNDING.sub("", request)
    money = list(MONEY.finditer(request))
    figures = list(FIGURE.finditer(request))
    if len(money) == 1 and len(figures) == 1:
        found = money[0]
        if _code(found.group("sym") or found.group("name")) != source:
            return None
        amount = Fraction((found.group("a") or found.group("b")).replace(",", ""))
    elif not money and not figures and earlier is not None and earlier[0] is not None:
        if earlier[1] and _code(earlier[1].strip()) not in ("", source):
            return None
        amount = Fraction(str(earlier[0]))
    else:
        return None
    factor = rate.factor(source, goal)
    if factor is None:
        return None
    value = amount * factor
    cents = Decimal(value.numerator) / Decimal(value.denominator)
    shown = cents.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    line = f"{float(amount):.2f} {source} = **{shown} {goal}**"
    return line, f"Converted at the rate given: {rate.shown}", float(shown), goal


def rated(agent: Agent) -> Agent:
    """The units agent, converting money at a rate its request was given back; any other
    request goes to it as planned, without the rate."""

    async def run(task: Subtask, context: AgentContext,
                  inputs: dict[str, AgentResult]) -> AgentResult:
        request, rate = parts(task.request)
        if rate is None:
            return await agent(task, context, inputs)
        earlier = [(r.amount, r.currency) for r in inputs.values() if r.ok]
        done = at_rate(request, rate, earlier[-1] if len(earlier) == 1 else None)
        if done is None:
            return await agent(replace(task, request=request), context, inputs)
        line, basis, value, currency = done
        return AgentResult(ok=True, text=line, basis=basis, amount=value, currency=currency)

    return run


__all__ = ["Rate", "at_rate", "given_rate", "parts", "rated", "rates", "target", "with_rate"]
