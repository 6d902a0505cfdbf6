"""Arithmetic the question states in words over an image's labelled figures.

- a rule written with operators over the image's labels ("goal minus food plus exercise",
  "(net + VAT)", "units x rate", "balance minus 1,375 dollars rent", "data left divided by
  the days until reset"): each term is bound to one row of the image's table
  (:mod:`core.agents.vision_table`) or is a number the question gives; a percentage added
  to or taken from an amount is that share of it ("net plus VAT" with "VAT 5%");
- counts the question gives of the image's priced labels ("4 x wash, 2 x dry", "four washes
  plus one dry", "adults: 2, kids: 3"): each count times its price, summed;
- a list priced "quantity x unit price" ("Pens  4 x €8.20"): the total over the quantities
  and the number of units.

An answer comes only when every term is bound; sums are exact and rounded once, shown.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain
from core.agents.vision_table import Row, bind, content, table, term_row, words

CUE = ci(r"\s(?:plus|minus|less|times|multiplied\s+by|divided\s+by|[-+×*x/])\s")
OPERATOR = ci(r"\s(?P<op>plus|minus|less|times|multiplied\s+by|divided\s+by|[-+×*x/])\s")
SIGNS = {"plus": "+", "+": "+", "minus": "−", "less": "−", "-": "−", "times": "×", "x": "×",
         "×": "×", "*": "×", "multiplied by": "×", "divided by": "÷", "/": "÷"}
# where a stated rule begins or ends: a sentence's end, a bracket, a colon, an equals sign
BOUNDARY = re.compile(r"[?!;:()=\[\]]|(?<!\d),|,(?!\d)|\.(?!\d)|\bthen\b|\bequals\b")
LITERAL = ci(r"^(?P<sym>[$€£])?\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\b")
CURRENCY = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
            "pounds": "GBP", "quid": "GBP", "bucks": "USD", "$": "USD", "€": "EUR", "£": "GBP"}
PERCENT = ci(r"\s*(?:%|percent\b|per\s+cent\b)")
MAX_TERM = 4
Term = tuple[Fraction, str, str, str]  # value, currency, unit, how it is shown


def _literal(piece: str) -> Term | None:
    found = LITERAL.match(piece.strip())
    if found is None:
        return None
    value = Fraction(found.group("n").replace(",", ""))
    rest = piece.strip()[found.end():]
    if PERCENT.match(rest):
        return value, "", "%", ""  # "+ 20% tip" is a share of the running amount
    after = words(rest)
    currency = CURRENCY.get(found.group("sym") or (after[0] if after else ""), "")
    return value, currency, "", ""


def _term(piece: str, side: str, rows: list[Row]) -> Term | None:
    """The figure a piece of the rule names: a number given, or the row its words bind to
    (for the first piece its last words, for the last piece its first words)."""
    if side != "first" and (given := _literal(piece)) is not None:
        return given
    said = list(words(piece))
    if side == "first" and said and (given := _literal(piece.split()[-1])) is not None and \
            re.fullmatch(r"[$€£]?[\d,.]+", piece.split()[-1]):
        return given
    spans = [said[len(said) - n:] for n in range(1, min(len(said), MAX_TERM) + 1)] if side == \
        "first" else [said[:n] for n in range(1, min(len(said), MAX_TERM) + 1)]
    if side == "middle":
        spans = [said] if len(content(said)) <= MAX_TERM else []
    found: Row | None = None
    for span in spans:
        if not content(span):
            continue
        row = term_row(span, rows)
        if row is None:
            if found is not None:
                break
            continue
        found = row
    if found is None:
        return None
    return found.value, found.currency, found.unit, " ".join(found.label)


def stated_rule(question: str, text: str) -> list[Answer]:
    """The rule the question writes with operators over the image's labels, worked out."""
    if not CUE.search(f" {question} "):
        return []
    rows = table(text)
    if not rows:
        return []
    for chunk in BOUNDARY.split(question):
        pieces = OPERATOR.split(f" {chunk} ")
        if len(pieces) < 3:
            continue
        answer = _worked(pieces, rows)
        if answer:
            return answer
    return []


def _worked(pieces: list[str], rows: list[Row]) -> list[Answer]:
    terms, ops = [], []
    for index in range(0, len(pieces), 2):
        side = "first" if index == 0 else "last" if index == len(pieces) - 1 else "middle"
        term = _term(pieces[index], side, rows)
        if term is None:
            return []
        terms.append(term)
        if index:
            ops.append(SIGNS[" ".join(pieces[index - 1].lower().split())])
    if not any(t[3] for t in terms):
        return []  # the image's figures are not part of it
    value = _evaluate(terms, ops)
    if value is None:
        return []
    currency = next((t[1] for t in terms if t[1]), "")
    if value < 0 and currency and "-" in [" ".join(p.split()) for p in pieces[1::2]]:
        return []  # "the tea plus the cake - total for me?": a dash there sets off the ask
    units = {t[2] for t in terms if t[2] and t[2] != "%"}
    unit = "" if currency or len(units) != 1 or "÷" in ops else units.pop()
    said = " ".join(" ".join(filter(None, (op, t[3], plain(t[0]) + ("%" if t[2] == "%" else ""))))
                    for op, t in zip(["", *ops], terms, strict=True))
    shown = money(value, currency) if currency else f"{plain(value)} {unit}".strip()
    return [(f"That comes to **{shown}** ({said}).", float(value))]


def _evaluate(terms: list[Term], ops: list[str]) -> Fraction | None:
    """Times and divide before plus and minus; a percentage added to or taken from the
    running amount is that share of it."""
    values = [t[0] for t in terms]
    percent = [t[2] == "%" for t in terms]
    if percent[0]:
        return None
    sums: list[Fraction] = [values[0]]
    signs: list[str] = []
    for op, value, share in zip(ops, values[1:], percent[1:], strict=True):
        if op in "×÷":
            factor = value / 100 if share else value
            if op == "÷" and not factor:
                return None
            sums[-1] = sums[-1] * factor if op == "×" else sums[-1] / factor
        elif share:
            sums[-1] = sums[-1] * (1 + value / 100 if op == "+" else 1 - value / 100)
        else:
            sums.append(value)
            signs.append(op)
    total = sums[0]
    for op, value in zip(signs, sums[1:], strict=True):
        total = total + value if op == "+" else total - value
    return total


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12}
COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
PAIR = ci(rf"(?<![\w.$€£])(?P<n>{COUNT})\s*(?:x|×|\*)?\s*(?P<w>[a-z][a-z-]+)\b|"
          rf"\b(?P<w2>[a-z][a-z-]+)\s*(?::|x|×)\s*(?P<n2>{COUNT})(?![\w.])")
ASKS_COST = ci(r"\b(?:how\s+much|cost\w*|total|price|pay|charge\w*|spend|come\s+to|bill)\b")


def counted_prices(question: str, text: str) -> list[Answer]:
    """The counts the question gives of two or more of the image's priced labels, each
    times its price, summed."""
    if not ASKS_COST.search(question):
        return []
    rows = [r for r in table(text) if r.currency and r.qty is None]
    if len(rows) < 2:
        return []
    parts: list[tuple[Fraction, Row]] = []
    for found in PAIR.finditer(question):
        count = (found.group("n") or found.group("n2")).lower()
        row = bind([(found.group("w") or found.group("w2")).lower()], rows)
        if row is None:
            continue
        parts.append((Fraction(NUMBER_WORDS.get(count) or int(count)), row))
    if len(parts) < 2 or len({id(r) for _, r in parts}) < len(parts) or len(
            {r.currency for _, r in parts}) > 1:
        return []
    total = sum((n * r.value for n, r in parts), Fraction(0))
    currency = parts[0][1].currency
    said = " + ".join(f"{plain(n)} × {' '.join(r.label)} {money(r.value, currency)}"
                      for n, r in parts)
    return [(f"That comes to **{money(total, currency)}** ({said}).", float(total))]


ASKS_UNITS = ci(r"\bhow\s+many\s+(?:items|units|things|pieces|products|articles)\b|"
                r"\b(?:count|number\s+of)\s+(?:the\s+|my\s+)?(?:items|units|things|pieces)\b|"
                r"\b(?:count|how\s+many)\b[^?.]*\bquantit")
ASKS_SUM = ci(r"\b(?:total\w*|sum|altogether|add\s+(?:it|them|these|those)?\s*up|how\s+much|"
              r"come\s+to|cost|in\s+all)\b")


def quantity_list(question: str, text: str) -> list[Answer]:
    """A list priced "quantity x unit price": the number of units and the total over the
    quantities, as asked."""
    rows = [r for r in table(text) if r.qty is not None and r.each is not None]
    if len(rows) < 2 or len({r.currency for r in rows}) > 1:
        return []
    out: list[Answer] = []
    if ASKS_UNITS.search(question):
        units = sum((r.qty or Fraction(0) for r in rows), Fraction(0))
        out.append((f"There are **{plain(units)}** units in all ("
                    f"{' + '.join(plain(r.qty or Fraction(0)) for r in rows)}).", float(units)))
    if ASKS_SUM.search(question):
        total = sum((r.value for r in rows), Fraction(0))
        said = " + ".join(f"{plain(r.qty or Fraction(0))} × {money(r.each or Fraction(0), '')}"
                          for r in rows)
        out.insert(0, (f"The total is **{money(total, rows[0].currency)}** ({said}).",
                       float(total)))
    return out


SHARE_OF = ci(r"\bwhat\s+(?:percentage|percent|%|share|proportion)\s+of\s+(?P<whole2>[\w' -]"
              r"{2,40}?)\s+(?:is|was|went\s+(?:on|to)|goes\s+(?:on|to)|did\s+\w+\s+(?:on|take))"
              r"\s+(?P<part2>[\w+&' -]{2,40})|"
              r"(?P<part>[\w+&' -]{2,40}?)\s+(?:is\s+|was\s+|as\s+)?(?:what\s+)?(?:a\s+)?"
              r"(?:percentage|percent|%|share|proportion)\s+of\s+(?P<whole>[\w' -]{2,40})")
WHOLE = frozenset("total everything all spend spending spent month monthly list overall lot money "
                  "whole bill receipt".split())


def share_of(question: str, text: str) -> list[Answer]:
    """One labelled amount as a percentage of another, or of the sum of the list's amounts
    ("shopping as a percentage of the month's total")."""
    asked = SHARE_OF.search(question)
    if asked is None:
        return []
    rows = [r for r in table(text) if r.currency]
    part_words = list(words(asked.group("part") or asked.group("part2")))
    whole_words = content(list(words(asked.group("whole") or asked.group("whole2"))))
    part = next((row for n in range(1, min(len(part_words), MAX_TERM) + 1)
                 if (row := bind(part_words[len(part_words) - n:], rows)) is not None), None)
    if part is None or not whole_words:
        return []
    totals = [r for r in rows if "total" in r.label]
    if set(whole_words) <= WHOLE | {"s", "this", "these", "my"}:
        if len(totals) == 1:
            whole, said = totals[0].value, f"{' '.join(totals[0].label)} "
        else:
            listed = [r for r in rows if r.currency == part.currency]
            if len(listed) < 2:
                return []
            whole, said = sum((r.value for r in listed), Fraction(0)), "the total "
    elif (named := bind(whole_words[:MAX_TERM], rows)) is not None and named is not part:
        whole, said = named.value, f"{' '.join(named.label)} "
    else:
        return []
    if not whole:
        return []
    pct = part.value / whole * 100
    return [(f"That is **{plain(pct)}%** ({' '.join(part.label)} {money(part.value, '')} of "
             f"{said}{money(whole, part.currency)}).", float(pct))]
