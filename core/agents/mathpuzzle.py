"""Number puzzles told in words, each kind read from its many wordings onto one sum.

- two numbers from their sum and difference: "two ages add up to 15 and differ by 3";
- consecutive numbers from their total: "3 consecutive even numbers sum to 78, the largest?";
- averages: a value added to (or taken from) a group with a known mean, the score needed
  next to reach a mean, the mean of groups told by size and mean, the one value missing
  from a mean;
- two discounts one after the other as one percentage: "20% off, then a further 10% off";
- the n-th Fibonacci number; the part of a whole left after fractions of it are used;
- the last angle of a triangle (or quadrilateral) from the others;
- the chance of the same face on every one of n coin flips.

The text is already expanded and lower-cased; each kind needs a question or an imperative,
so a statement with numbers stays conversation.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"
N = rf"({NB})"
ASK = re.compile(ASKED)
# "how old is the daughter?" names neither end: both ages are worked out
BIG = _c(r"\b(?:larg\w*|bigg\w*|great\w*|(?<!how\s)old\w*|high\w*|long\w*|tall\w*|heav\w*|"
         r"more|last|top)\b")
SMALL = _c(r"\b(?:small\w*|young\w*|low\w*|short\w*|less\w*|light\w*|first|little|bottom)\b")


def _f(text: str) -> Fraction:
    return Fraction(_n(text))


# --- sum and difference ---------------------------------------------------------------
TOTAL = _c(rf"\b(?:add(?:s|ed)?\s+up\s+to|sum\s+(?:to|is|of\s+(?:\w+\s+){{1,4}}?is)|sums?\s+to|"
           rf"total(?:s|\s+of|\s+is)?|"
           rf"together\s+(?:are|make|is|come\s+to|weigh)|combined\s+(?:are|is|make|come\s+to)?|"
           rf"make|come\s+to)\s+{N}")
APART = _c(rf"\b(?:differ\s+by|difference\s+(?:between\s+them\s+)?(?:is|of)|apart\s+by|"
           rf"(?:one\s+is|is)\s+{N}\s+(?:\w+\s+)?(?:more|bigger|larger|older|greater|longer|taller|"
           rf"heavier)\s+than)\s*{N}?")


def _sum_difference(text: str) -> Kind | None:
    total, apart = TOTAL.search(text), APART.search(text)
    if total is None or apart is None or not ASK.search(text) or "consecutive" in text:
        return None
    gap = apart.group(1) or apart.group(2)
    if gap is None:
        return None
    s, d = _f(total.group(1)), _f(gap)
    tail = text[max(total.end(), apart.end()):]
    if SMALL.search(tail) and not BIG.search(tail):
        return Kind("evaluate", f"({s} - {d})/2", named="the smaller one")
    if not BIG.search(tail):  # both asked: the pair reader answers
        return None
    return Kind("evaluate", f"({s} + {d})/2", named="the larger one")


# --- consecutive numbers --------------------------------------------------------------
CONSECUTIVE = _c(rf"(?<![\d.]){N}\s+consecutive\s+(?P<kind>even|odd)?\s*(?:(?:positive\s+|"
                 rf"whole\s+)*"
                 rf"(?:numbers|integers|whole\s+numbers|page\s+numbers|pages|numbers?))?")
ADDS = _c(rf"\b(?:add(?:s|ed)?\s+up\s+to|sum\s+(?:to|is|of\s+\d+)|sums?\s+to|total(?:s|\s+of|"
          rf"\s+is)?|"
          rf"make|come\s+to|=|is|are|gives?)\s+{N}")


def _consecutive(text: str) -> Kind | None:
    run = CONSECUTIVE.search(text)
    if run is None or not ASK.search(text):
        return None
    total = ADDS.search(text, run.end())
    if total is None:
        return None
    count, s = int(_f(run.group(1))), _f(total.group(1))
    step = 2 if run.group("kind") else 1
    if not 2 <= count <= 20:
        return None
    first = (s - step * count * (count - 1) // 2) / count
    if first.denominator != 1 or ((run.group("kind") == "even") != (first % 2 == 0) and step == 2):
        return None
    values = [first + step * k for k in range(count)]
    listed = ", ".join(str(v) for v in values)
    tail = text[total.end():] + text[:run.start()]
    if re.search(r"\bmiddle\b", tail) and count % 2:
        return Kind("evaluate", str(values[count // 2]), named=f"the middle one (of {listed})")
    if BIG.search(tail):
        return Kind("evaluate", str(values[-1]), named=f"the largest (of {listed})")
    if not SMALL.search(tail):  # all of them asked: the stated reader answers
        return None
    return Kind("evaluate", str(values[0]), named=f"the smallest (of {listed})")


# --- averages -------------------------------------------------------------------------
MEAN_WORD = r"(?:average|mean)"
GROUP_MEAN = _c(rf"\b{MEAN_WORD}\s+(?:\w+\s+){{0,2}}?(?:of|for|across|over|after|from|"
                rf"on)\s+(?:my\s+|the\s+|"
                rf"these\s+|those\s+|a\s+set\s+of\s+)?{N}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|was|=|:|"
                rf"comes?\s+to|stands?\s+at|sits?\s+at)\s+{N}|"
                rf"(?<![\d.]){N}\s+(?:[a-z]+\s+){{1,2}}?(?:have|has|had|"
                rf"with)\s+(?:an?\s+)?{MEAN_WORD}\s+"
                rf"(?:of\s+|=\s*)?{N}|"
                rf"\b(?:after|over|across|from)\s+(?:my\s+|the\s+)?{N}\s+[a-z]+,?\s+(?:my\s+|"
                rf"the\s+|an?\s+)?"
                rf"{MEAN_WORD}\s+(?:is|was|=|of|sits\s+at|stands\s+at)\s+{N}")
ADDED = _c(rf"\b(?:add|adding|added|include|including|included|another|plus|join(?:s|ed)?|"
           rf"(?:a\s+)?new\s+(?:one|number|value|score|test|result)\s+(?:of|is)|(?:remove|removing|"
           rf"removed|drop|dropping|dropped|take\s+away|taking\s+away|without)(?P<out>))\s+"
           rf"(?:the\s+|a\s+|an\s+)?(?:number\s+|value\s+|score\s+(?:of\s+)?|"
           rf"one\s+(?:of\s+)?)?(?P<v>{NB})")
NEW_MEAN = _c(rf"\b(?:new|now|then|updated|resulting)\b[^.?!]{{0,30}}\b{MEAN_WORD}\b|"
              rf"\b{MEAN_WORD}\s+"
              rf"(?:now|then|becomes?|after)")
TARGET = _c(rf"\b(?:need|needed|have\s+to|must|should)\b[^.?!]{{0,60}}?\b(?:to|for|"
            rf"so)\b[^.?!]{{0,40}}?"
            rf"(?:(?:an?\s+)?{MEAN_WORD}\s+(?:of\s+)?)?{N}|\b(?:to|reach|get|make|bring|raise|pull|"
            rf"push)\b[^.?!\d]{{0,30}}?(?:(?:an?\s+)?{MEAN_WORD}\s+(?:of\s+)?)?{N}\b[^.?!]{{0,30}}\b"
            rf"(?:need|needed|have\s+to|must|should)\b")
NEXT = _c(r"\b(?:next|last|final|another|one\s+more|(?:5|6|7|8|9|\d+)(?:st|nd|rd|th)|one)\b")
GROUPS = _c(rf"(?<![\d.]){N}\s+(?:[a-z]+\s+){{0,3}}?(?:averag(?:ed|ing|e\s+of|es)|(?:had|have|"
            rf"has|with|"
            rf"got|scored|scoring|at)\s+(?:an?\s+)?{MEAN_WORD}(?:\s+(?:score|mark|grade|of|is|"
            rf"was))*)\s*"
            rf"(?:of\s+|=\s*)?{N}")
OVERALL = _c(r"\b(?:overall|combined|everyone|everybody|all\s+of\s+them|altogether|together|whole|"
             r"total|both\s+(?:classes|groups|teams)|all\s+\d+|all\s+(?:the\s+)?(?:students|people|"
             r"pupils|players|children|kids))\b")
MISSING = _c(r"\b(?:other|missing|last|remaining|final|fourth|fifth|sixth|third|second|unknown|"
             r"next)\b")


def _mean_change(text: str) -> Kind | None:
    group = GROUP_MEAN.search(text)
    if group is None or not NEW_MEAN.search(text):
        return None
    count, mean = _pair(group)
    added = ADDED.search(text, group.end())
    if added is None or count.denominator != 1:
        return None
    value = str(_f(added.group("v")))
    if added.group("out") is not None:
        return Kind("evaluate", f"({count * mean} - {value})/{count - 1}",
                    named="the new average")
    return Kind("evaluate", f"({count * mean} + {value})/{count + 1}",
                named="the new average")


def _pair(group: re.Match[str]) -> tuple[Fraction, Fraction]:
    values = [g for g in group.groups() if g is not None]
    return _f(values[0]), _f(values[1])


def _score_needed(text: str) -> Kind | None:
    group = GROUP_MEAN.search(text)
    if group is None or not NEXT.search(text[group.end():]):
        return None
    target = TARGET.search(text, group.end())
    if target is None:
        return None
    count, mean = _pair(group)
    goal = _f(next(g for g in target.groups() if g is not None))
    if count.denominator != 1 or goal == mean:
        return None
    return Kind("evaluate", f"{goal}*{count + 1} - {count * mean}",
                named="the score needed")


def _pooled(text: str) -> Kind | None:
    groups = list(GROUPS.finditer(text))
    if len(groups) < 2 or not re.search(MEAN_WORD, text[groups[-1].end():]) or not OVERALL.search(
            text[groups[-1].end():]):
        return None
    pairs = [_pair(g) for g in groups[:4]]
    top = " + ".join(f"{c}*{m}" for c, m in pairs)
    return Kind("evaluate", f"({top})/({' + '.join(str(c) for c, _ in pairs)})",
                named="the overall average")


def _missing(text: str) -> Kind | None:
    group = GROUP_MEAN.search(text)
    if group is None or not MISSING.search(text[group.end():]):
        return None
    count, mean = _pair(group)
    rest = re.sub(r"\b\d+(?:st|nd|rd|th)\b", " ", text[group.end():])
    rest = re.sub(r"\b(other|missing|last|remaining|final|unknown|which|that|this|the)\s+1\b",
                  r"\1 one", rest)  # "the other one", expanded to a 1
    known = re.findall(rf"(?<![\w.]){NB}", rest)
    if count.denominator != 1 or len(known) != count - 1 or not known:
        lead = re.match(rf"\s*[.,;]?\s*{N}\s+of\s+them", rest)
        if lead is None or len(known) != count:
            return None
        known = known[1:]  # "3 of them are 14, 81 and 14"
    values = " - ".join(str(_f(v)) for v in known)
    return Kind("evaluate", f"{count * mean} - {values}", named="the missing value")


# --- two discounts, one after the other -----------------------------------------------
OFF = _c(rf"(?<![\d.]){N}\s*(?:%|percent|per\s+cent)\s+(?:off|discount|reduction|cheaper)")
OVERALL_OFF = _c(r"\b(?:total|overall|combined|effective|actual|real|equivalent|single|altogether|"
                 r"in\s+all|all\s+together)\b[^.?!]{0,30}\b(?:discount|off|saving|reduction)|"
                 r"\b(?:discount|reduction|saving)\b[^.?!]{0,20}\b(?:overall|in\s+total|in\s+all|"
                 r"altogether)\b|\bhow\s+much\s+off\b|\bwhat\s+(?:percent(?:age)?|%)\s+off\b")


def _stacked_discounts(text: str) -> Kind | None:
    offs = OFF.findall(text)
    if len(offs) < 2 or re.search(r"[$€£]\s*\d", text) or not OVERALL_OFF.search(text):
        return None
    kept = " * ".join(f"(1 - {_f(p)}/100)" for p in offs[:4])
    return Kind("evaluate", f"(1 - {kept})*100", unit="%", named="total discount")


# --- Fibonacci ------------------------------------------------------------------------
FIB_TERM = _c(rf"\b(?:term|number|element|entry)\s+(?:number\s+|no\.?\s*|#\s*)?{N}\b|"
              rf"(?<![\d.]){N}(?:st|nd|rd|th)\s+(?:\w+\s+)?(?:term|number|fibonacci|one|"
              rf"element|entry)")


def _fibonacci(text: str) -> Kind | None:
    if "fibonacci" not in text or not ASK.search(text):
        return None
    term = FIB_TERM.search(text)
    if term is None:
        return None
    n = int(_f(term.group(1) or term.group(2)))
    zero = re.search(r"\b(?:start\w*|begin\w*|from|with)\s+(?:at\s+|with\s+)?0\b|"
                     r"\b0,\s*1,\s*1\b", text)
    n = n - 1 if zero else n
    if not 1 <= n <= 500:
        return None
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return Kind("evaluate", str(a), named=f"term {term.group(1) or term.group(2)}")


# --- what is left of a whole ----------------------------------------------------------
FRACTION = re.compile(r"(?<![\d./])(\d+)\s*/\s*(\d+)(?![\d/])")
LEFT = _c(r"\b(?:left|remain\w*|rest|leftover|left\s+over|still\s+(?:to|there)|not\s+(?:eaten|"
          r"used|spent|read|done))\b")


OF_REST = _c(r"\s*(?:of\s+)?(?:(?:the|what(?:'s|\s+is|\s+was)?|that)\s+)?(?:rest|remainder|"
             r"remain\w*|left(?:\s+over)?)\b")
AMOUNT = re.compile(r"(?<![\d./])([$£€])?(\d+(?:\.\d+)?)(?![\d/]|\.\d|\s*/)")
MONEY_WORDS = _c(r"[$£€]|\b(?:dollars?|euros?|pounds?|earn\w*|spen[dt]\w*|paid|salary|wages?)\b")


def _fraction_left(text: str) -> Kind | None:
    """"1/8 went on rent, then 1/5 of what remained on food: how much is left?" — each share
    taken from the whole, or from what was left when it says so ("of the rest"); of the one
    amount given first, when there is one."""
    found = list(FRACTION.finditer(text))
    if not found or not LEFT.search(text) or not ASK.search(text):
        return None
    amounts = list(AMOUNT.finditer(text))
    if len(amounts) > 1 or (amounts and amounts[0].start() > found[0].start()) or any(
            int(m.group(1)) >= int(m.group(2)) or int(m.group(2)) == 0 for m in found):
        return None
    expression = "1"
    for m in found:
        share = f"{m.group(1)}/{m.group(2)}"
        expression = f"({expression}) * (1 - {share})" if OF_REST.match(text, m.end()) else (
            f"{expression} - {share}")
    if not amounts:
        return Kind("evaluate", expression, named="the part left")
    return Kind("evaluate", f"{amounts[0].group(2)} * ({expression})", named="left",
                money=bool(MONEY_WORDS.search(text)))


# --- the last angle -------------------------------------------------------------------
ANGLE = rf"{N}\s*(?:°|degrees?|deg)?"
ANGLES = _c(rf"\b(?:angles?|corners?)\b[^.?!]{{0,40}}?(?:are|is|of|measure|measuring|:)\s+{ANGLE}"
            rf"(?:\s*(?:,|and|&)\s*{ANGLE})?(?:\s*(?:,|and|&)\s*{ANGLE})?")
LAST_ANGLE = _c(r"\b(?:third|fourth|last|other|remaining|missing|final)\b")


def _last_angle(text: str) -> Kind | None:
    shape = re.search(r"\b(triangle|quadrilateral|rectangle|four-sided|trapezium|trapezoid|"
                      r"kite|parallelogram)\b", text)
    told = ANGLES.search(text)
    if shape is None or told is None or not LAST_ANGLE.search(text[told.end():] or text):
        return None
    angles = [_f(a) for a in told.groups() if a is not None]
    whole = 180 if shape.group(1) == "triangle" else 360
    if len(angles) != (2 if whole == 180 else 3) or sum(angles) >= whole:
        return None
    return Kind("evaluate", f"{whole} - " + " - ".join(str(a) for a in angles), unit="°",
                named=f"the {'third' if whole == 180 else 'fourth'} angle")


# --- the same face every time ---------------------------------------------------------
FLIPS = _c(rf"\b(?:flip|toss|throw|spin)\w*\s+(?:a|one|the|my)\s+(?:fair\s+)?coin\s+{N}\s+times|"
           rf"(?<![\d.]){N}\s+(?:coin\s+)?(?:flips|tosses|throws)\b")
EVERY = _c(r"\b(?:heads|tails)\b[^.?!]{0,30}\b(?:every\s+(?:time|one|single\s+time|flip|toss)|"
           r"each\s+"
           r"(?:time|flip|toss)|all\s+(?:of\s+them|\d+|the\s+time|times)|on\s+all|in\s+a\s+row)\b|"
           r"\ball\s+(?:\d+\s+)?(?:heads|tails)\b|\bonly\s+(?:heads|tails)\b|\bno\s+(?:heads|"
           r"tails)\b")


def _all_one_face(text: str) -> Kind | None:
    flips, every = FLIPS.search(text), EVERY.search(text)
    if flips is None or every is None or not ASK.search(text):
        return None
    n = int(_f(flips.group(1) or flips.group(2)))
    return Kind("evaluate", f"1/2^{n}", named="the chance") if 1 <= n <= 60 else None


def puzzle(text: str) -> Kind | None:
    """The number a told puzzle asks for, or None."""
    return first_found((_consecutive, _sum_difference, _mean_change, _score_needed, _pooled,
                        _missing, _stacked_discounts, _fibonacci, _fraction_left, _last_angle,
                        _all_one_face), text)
