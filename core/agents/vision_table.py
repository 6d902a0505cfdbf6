"""An image's text as a table of labelled figures, and the binding of a question's words to
its labels.

Each readable figure of a screenshot, a sign or a receipt becomes one row: its label's words,
its value, its currency or unit. A row written "Pens  4 x €8.20" is one row worth the
quantity times the unit price, with both kept. A question's words ("goal", "the rate",
"washes", "kids") are bound to the row whose label they name: the same word, a plural or a
stem of it, or an everyday synonym ("kids" for "child"). A word that names no row, or names
two rows with different values, binds nothing: the caller answers nothing rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.vision_screen import SYMBOLS, figures

QTY_ROW = re.compile(r"^(?P<label>.*?[A-Za-z].*?)\s+(?P<q>\d{1,3})\s*[x×X]\s*"
                     r"(?P<sym>[$€£])?\s?(?P<p>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*$")
# "2 x Pens  $24.56 each": the count first, the unit price marked as each one's
QTY_FIRST = re.compile(r"^(?P<q>\d{1,3})\s*[x×X]\s+(?P<label>[A-Za-z][^$€£\d]*?)\s+(?:@\s*)?"
                       r"(?P<sym>[$€£])?\s?(?P<p>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?P<each>each|ea\.?|"
                       r"apiece|per\s+item)?\s*$", re.I)
STOP = frozenset("the a an my our this that these those of on in for to at is are was were "
                 "it its from your per each by with".split())
SYNONYMS = {"kid": "child", "children": "child", "kids": "child", "adults": "adult",
            "grown": "adult", "seniors": "senior", "pensioner": "senior", "oap": "senior",
            "students": "student"}
USED = frozenset("used usage use consumed consumption units unit kwh kw gas water electricity "
                 "difference".split())
LEFT = frozenset("left remaining remain rest unused spare".split())
EARLIER = frozenset("previous prev last old opening start starting before".split())
LATER = frozenset("current new latest closing end ending now after present this".split())


@dataclass(frozen=True, slots=True)
class Row:
    label: tuple[str, ...]
    value: Fraction
    currency: str
    unit: str
    line: int
    qty: Fraction | None = None
    each: Fraction | None = None


def table(text: str) -> list[Row]:
    """The image's labelled figures, one row each; a "quantity x unit price" line is one row."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    counted: dict[int, Row] = {}
    for index, line in enumerate(lines):
        found = QTY_ROW.match(line)
        if found is None and (first := QTY_FIRST.match(line)) is not None and (
                first.group("each") or "@" in line):
            found = first  # a price with no "each" may be the line's total: not read as one
        if found is not None:
            qty = Fraction(found.group("q"))
            each = Fraction(found.group("p").replace(",", ""))
            counted[index] = Row(words(found.group("label")), qty * each,
                                 SYMBOLS.get(found.group("sym") or "", ""), "", index, qty, each)
    rows = list(counted.values())
    rows.extend(Row(tuple(f.label.split()), f.value, f.currency, f.unit, f.line)
                for f in figures(text) if f.line not in counted)
    return rows


def words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", text.lower()))


def stem(word: str) -> str:
    word = SYNONYMS.get(word, word)
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)] + ("y" if end == "ies" else "")
    return word


def same_word(one: str, two: str) -> bool:
    a, b = stem(one), stem(two)
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


FILLER = frozenset("number amount count figure value".split())


def content(terms: tuple[str, ...] | list[str]) -> list[str]:
    """The words that name a label: "the number of items" names "items"."""
    said = [w for w in terms if w not in STOP]
    named = [w for w in said if w not in FILLER]
    return named if named else said


def bind(term: list[str], rows: list[Row]) -> Row | None:
    """The one row every content word of the term names, or None (none or two differing)."""
    asked = content(term)
    if not asked:
        return None
    named = [r for r in rows if r.label and all(any(same_word(w, lw) for lw in (
        *r.label, *([r.unit] if len(r.unit) >= 3 else []))) for w in asked)]
    if not named:
        return None
    best = min(len(r.label) for r in named)  # "rate" names "rate" before "unit rate"
    fewest = [r for r in named if len(r.label) == best] if len(named) > 1 else named
    values = {(r.value, r.currency, r.unit) for r in fewest}
    return fewest[0] if len(values) == 1 else None


def term_row(term: list[str], rows: list[Row]) -> Row | None:
    """The row the term names, or the figure it derives from two rows: what was used
    between a previous and a current reading ("units used"), what is left of an allowance
    read "X of Y" ("data left")."""
    asked = content(term)
    if asked and set(asked) <= USED:
        earlier = [r for r in rows if set(r.label) & EARLIER]
        later = [r for r in rows if set(r.label) & LATER]
        if len(earlier) == 1 and len(later) == 1 and earlier[0].unit == later[0].unit and \
                not earlier[0].currency and not later[0].currency:
            return Row(("used",), later[0].value - earlier[0].value, "", later[0].unit,
                       later[0].line)
    if asked and set(asked) & LEFT:
        named = [w for w in asked if w not in LEFT]
        lefts = []
        for whole in rows:
            if whole.label[-1:] != ("of",):
                continue
            part = next((r for r in rows if r.line == whole.line and r is not whole and
                         r.unit == whole.unit and r.currency == whole.currency), None)
            said = (*part.label, part.unit) if part is not None else ()
            if part is not None and all(any(same_word(w, lw) for lw in said) for w in named) \
                    and part.value <= whole.value:
                lefts.append(Row(("left",), whole.value - part.value, whole.currency,
                                 whole.unit, whole.line))
        if len(lefts) == 1:
            return lefts[0]
    return bind(term, rows)
