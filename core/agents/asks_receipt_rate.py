"""An exchange rate the person states, used for a receipt's figure instead of the reference
rate ("at 1 dollar = 0.92 euros", "using 0.79 GBP per USD", "$1 = €0.92", "0.85 pounds to
the dollar", "1 EUR is 1.08 USD")."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import cents
from core.agents.patterns import ci

CUR = (r"(?:canadian\s+dollars?|cad|c\$|australian\s+dollars?|aud|"
       r"us\s*dollars?|dollars?|usd|bucks|\$|euros?|eur|€|pounds?(?:\s+sterling)?|sterling|"
       r"gbp|quid|£|yen|jpy|¥|swiss\s+francs?|francs?|chf|rupees?|inr|yuan|cny|rmb|"
       r"kronor|sek)")
NUM = r"(?P<{}>\d+(?:\.\d+)?)"
ONE_IS = ci(rf"(?:\b(?:1|one|a|an)\s*(?P<a>{CUR})|(?P<a2>[$€£¥])\s?1\b)\s*(?:=|is|equals|to|buys|"
            rf"gets|:|→|->|for)\s*(?:about\s+|around\s+|roughly\s+|approx\w*\s+|~\s*)?(?:(?P<b2>[$€£¥])\s?{NUM.format('r2')}|{NUM.format('r')}\s*"
            rf"(?P<b>{CUR}))")
PER = ci(rf"(?:{NUM.format('r')}\s*(?P<b>{CUR})|(?P<b2>[$€£¥])\s?{NUM.format('r2')})\s*(?:per|"
         rf"to\s+(?:the|a|one|1)|for\s+(?:a|one|each|every|1)|/|a|an|each)\s*(?P<a>{CUR})")
WORTH = ci(rf"(?<![\d.])\b(?:the\s+|a\s+|one\s+)?(?P<a>{CUR})\s+(?:is\s+|'s\s+|are\s+)?(?:worth|"
           rf"equals|buys|gets|trad\w+\s+at|going\s+for|at|=)\s*(?:about\s+|around\s+)?(?:"
           rf"(?P<b2>[$€£¥])\s?{NUM.format('r2')}|{NUM.format('r')}\s*(?P<b>{CUR}))")
CODES = (("CAD", ("canadian", "cad", "c$")), ("AUD", ("australian", "aud")),
         ("USD", ("dollar", "usd", "buck", "$")), ("EUR", ("euro", "eur", "€")),
         ("GBP", ("pound", "sterling", "gbp", "quid", "£")), ("JPY", ("yen", "jpy", "¥")),
         ("CHF", ("franc", "chf")), ("INR", ("rupee", "inr")), ("CNY", ("yuan", "cny", "rmb")),
         ("SEK", ("kronor", "sek")))


WHOLE_ONLY = ("JPY",)
WHOLE = ci(r"\bwhole\s+(?:yen|dollars?|euros?|pounds?|units?|numbers?)\b|\bno\s+(?:cents|"
           r"decimals?)\b|\bround(?:ed)?\s+to\s+(?:the\s+)?(?:nearest\s+)?whole\b")


def _code(word: str | None) -> str:
    said = (word or "").lower()
    return next((code for code, names in CODES if any(n in said for n in names)), "") if said \
        else ""


def stated_rate(text: str) -> tuple[str, Fraction, str] | None:
    """(from, rate, to): one unit of `from` is `rate` of `to`, as the person states it."""
    for pattern in (ONE_IS, PER, WORTH):
        found = pattern.search(text)
        if found is None:
            continue
        source = _code(found.group("a") or found.groupdict().get("a2"))
        target = _code(found.group("b") or found.group("b2"))
        rate = Fraction(found.group("r") or found.group("r2"))
        if source and target and source != target and rate > 0:
            return source, rate, target
    return None


def at_stated_rate(text: str, value: float, currency: str) -> tuple[str, float] | None:
    """The figure converted at the rate the text states, when it names the figure's currency."""
    rate = stated_rate(text)
    if rate is None or not currency:
        return None
    source, per, target = rate
    exact = Fraction(str(value))
    if currency == source:
        result, into = exact * per, target
    elif currency == target:
        result, into = exact / per, source
    else:
        return None
    shown = f"{cents(result)} {into}"
    if into in WHOLE_ONLY or WHOLE.search(text):  # yen have no cents; "whole yen is fine"
        whole = (result + Fraction(1, 2)).__floor__()
        return (f"At the rate you gave (1 {source} = {float(per):g} {target}), {value:.2f} "
                f"{currency} is **{whole} {into}** ({cents(result)} rounded to a whole "
                f"{into}).", float(whole))
    return (f"At the rate you gave (1 {source} = {float(per):g} {target}), {value:.2f} "
            f"{currency} is **{shown}**.", float(cents(result)))


def item_at_rate(text: str, receipt: str) -> tuple[str, float] | None:
    """One named item's price at the rate the text states ("the notebook in euros? use 0.90
    EUR per dollar"), when the text asks of that item and not of the whole bill."""
    if stated_rate(text) is None or re.search(r"\b(?:total|bill|receipt|everything|altogether|"
                                              r"whole|all)\b", text, re.I):
        return None
    from core.agents.asks_receipt_answer import facts_of
    from core.agents.asks_receipt_facts import named_items

    facts = facts_of(receipt)
    named = named_items(text, facts)
    if len(named) != 1:
        return None
    found = at_stated_rate(text, named[0][1], facts.currency)
    if found is None:
        return None
    return f"The {named[0][0]} cost {facts.money(named[0][1])}. " + found[0], found[1]


def states_rate(text: str) -> bool:
    return stated_rate(text) is not None and bool(re.search(r"\d", text))
