"""Prices from bundles: a system of linear equations told in words.

"2 coffees and a muffin cost 10.80. one coffee and 3 muffins cost 11.40. how much is a
coffee and how much is a muffin?", "3 pens and 2 pads are $7; 1 pen and 4 pads are $9 -
price of each?", "for 2 adult and 3 child tickets I paid 48, and 19 for 1 adult and 1 child
ticket". Each statement is a bundle of counted items and what it cost; the unknowns are one
item each, solved exactly and shown to the cent with their names.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci

VERB = (r"(?:costs?(?:\s+me|\s+us)?|cost\s+(?:me|us)|are|is|was|were|come\s+to|comes\s+to|"
        r"came\s+to|totals?|totalled|totaled|=|sells?\s+for|sold\s+for|for|paid|pay|spent|"
        r"spend|charged?(?:\s+me|\s+us)?|run(?:s)?\s+(?:me\s+)?)")
PRICE = ci(rf"\b{VERB}\s*(?:of\s+|just\s+|only\s+)?[$€£]?\s*(\d+(?:\.\d+)?)\s*(?:dollars|euros|"
           rf"pounds|bucks|quid)?(?=\s*(?:$|[.;,!?\-–—]|and\b|but\b|while\b|whereas\b|in\s+total|total|"
           rf"altogether|together|then\b|so\b))")
PRICE_FIRST = ci(r"\b(?:paid|pay|spent|spend|gave|paying|it\s+was|it's|was)\s+[$€£]?\s*"
                 r"(\d+(?:\.\d+)?)\s*(?:dollars|euros|pounds|bucks|quid)?\s+(?:for|on)\s+"
                 r"(?P<b>[^.;!?]*?)(?=[.;!?]|,|\s[-—–]\s|\band\s+(?:my|his|her|their|i|we|she|he|they|"
                 r"then)\b|$)")
PAIR = ci(r"(?<![\w.$€£])(\d+|an?|one|single)\s+(?!(?:of|more|each|for|and|with|is|are|cost)\b)"
          r"([a-z]{2,})")
SKIP = frozenset("i we me us you they he she it total dollars euros pounds bucks quid times "
                 "minutes hours days".split())
ASKS = ci(r"\b(?:how\s+much|what(?:'s|\s+is|\s+does|\s+do|\s+are)?|price|prices|cost|costs|"
          r"find|work\s+out|each|individual(?:ly)?|separately|per)\b")
LETTERS = "abcdefgh"


def _stem(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|[^aeiou]o)es$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _counts(bundle: str) -> dict[str, Fraction]:
    counts: dict[str, Fraction] = {}
    for count, word in PAIR.findall(bundle):
        if word.lower() in SKIP:
            continue
        number = Fraction(count) if count[0].isdigit() else Fraction(1)
        key = _stem(word)
        counts[key] = counts.get(key, Fraction(0)) + number
    return counts


def bundle_system(text: str) -> tuple[str, str] | None:
    """("2*a + 1*b = 10.80, 1*a + 3*b = 11.40", "a=coffee,b=muffin") for prices told in
    bundles, or None."""
    if len(text) > 600 or not ASKS.search(text):
        return None
    rows: list[tuple[dict[str, Fraction], str]] = []
    for first in PRICE_FIRST.finditer(text):  # "I paid 9.60 for 2 teas and 3 scones"
        if counts := _counts(first.group("b")):
            rows.append((counts, first.group(1)))
    rest = PRICE_FIRST.sub(" ; ", text)
    start = 0
    for price in PRICE.finditer(rest):
        bundle = rest[start:price.start()]
        start = price.end()
        if counts := _counts(bundle):
            rows.append((counts, price.group(1)))
    items = list(dict.fromkeys(key for counts, _ in rows for key in counts))
    if len(rows) < 2 or not 2 <= len(items) <= min(len(rows), 4) or any(
            sum(key in counts for counts, _ in rows) < 2 for key in items):
        return None  # each item in two bundles at least: "2 tickets cost 30, 3 drinks 12" is no
        # system
    names = dict(zip(items, LETTERS, strict=False))
    equations = [" + ".join(f"{counts[k]}*{names[k]}" for k in items if k in counts) +
                 f" = {total}" for counts, total in rows[:4]]
    return ", ".join(equations), ",".join(f"{names[k]}={k}" for k in items)


def named_prices(exact: str, named: str) -> str:
    """"a = 21/5, b = 12/5" with "a=coffee,b=muffin" → "a coffee: **4.20**; a muffin:
    **2.40**" ("" when the solution is not one price each)."""
    names = dict(pair.split("=", 1) for pair in named.split(","))
    values = dict(re.findall(r"\b([a-h]) = (-?\d+(?:/\d+)?)(?=,|$)", exact))
    if set(values) != set(names) or " or " in exact:
        return ""
    shown = []
    for letter, item in names.items():
        cents = Fraction(values[letter]) * 100
        price = f"{round(cents) / 100:.2f}" + ("" if cents.denominator == 1 else " (rounded)")
        article = "an" if item[0] in "aeiou" else "a"
        shown.append(f"{article} {item}: **{price}**")
    return "; ".join(shown)
