"""Marks and grades worked out from the role of each number.

- the score needed next for a target average, the average stated: "my average over 5
  tests is 63, what do I need on the next one to average 64?" → 69;
- the final exam mark needed for an overall grade: "the final is 30% of the grade, I have
  79 on everything else, what do I need to get 74 overall?" → 62.33;
- a credit-weighted average (a GPA): "3.7 in a 4-credit course, 2.3 in a 3-credit course
  … what's my GPA?" → 3.1 (letter grades read as points: A = 4.0, B+ = 3.3 …);
- a score as a percentage and the marks a target percentage needs: "got 37 out of 60,
  what % is that and how many more marks for 70%?" → 61.67%, 5 more marks.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d+(?:\.\d+)?)(?![\d.]*\d)"
PCT = r"\s*(?:%|percent\b|per\s*cent\b)"
THINGS = (r"(?:tests?|exams?|quiz(?:zes)?|assessments?|assignments?|papers?|games?|rounds?|"
          r"essays?|modules?|subjects?|classes|courses?|matches|innings|projects?|labs?|"
          r"homeworks?|sets?|scores?|marks?|grades?)")
NEED = _c(r"\b(?:need|needs|have\s+to|has\s+to|must|should|got\s+to|gotta|require[ds]?|minimum)\b|"
          r"\bwhat\s+(?:score|mark|grade|result)\b|\bhow\s+(?:much|high|well)\b[^.?!]*\b(?:score|"
          r"get|"
          r"do|make)\b")

# --- the next score for a target average -------------------------------------------------

AVERAGE = r"(?:average|avg|mean)"
# "my average over 5 tests is 63", "I average 63 across 5 tests", "63 average after 4 exams",
# "after 4 exams my average is 82", "my 6-test average is 81"
STATED = (_c(rf"\b{AVERAGE}\s+(?:score\s+|mark\s+)?(?:over|across|for|from|of|on|in)\s+"
             rf"(?:my\s+|the\s+|these\s+)?(?:first\s+|last\s+)?(\d+)\s+{THINGS}\s+(?:is|was|=|:|s"
             rf"its\s+at|stands\s+at"
             rf"|comes\s+to|of)\s+(?:an?\s+)?{NUM}"),
          _c(rf"\b(?:averag(?:e|ed|ing)|mean)(?:\s+(?:is|was|of))?\s+(?:an?\s+)?{NUM}{PCT}?\s+(?:"
             rf"over|"
             rf"across|for|from|on|in|after)\s+(?:my\s+|the\s+)?(?:first\s+|last\s+)?(\d+)\s+"
             rf"{THINGS}"),
          _c(rf"\b(?:after|over|across|from|in)\s+(?:my\s+|the\s+)?(?:first\s+)?(\d+)\s+{THINGS},?"
             rf"\s+(?:my|the|an?|i\s+have\s+an?|i\s+am\s+at\s+an?)?\s*{AVERAGE}\s+(?:is|was|of|=|"
             rf":)?"
             rf"\s*(?:an?\s+)?{NUM}"),
          _c(rf"\b(\d+)[\s-]+(?:tests?|exams?|quiz|games?|rounds?)\s+{AVERAGE}\s+(?:is|was|of|=|:)"
             rf"\s*(?:an?\s+)?{NUM}"))
FIRST_IS_COUNT = (True, False, True, True)
GOAL = _c(rf"\b(?:to|of|at|an?|for|get|reach|hit|make|with)\s+(?:(?:an?|my)\s+)?(?:overall\s+)?"
          rf"(?:{AVERAGE}\s+(?:up\s+)?(?:to\s+|of\s+)?)?{NUM}(?:{PCT})?\s*(?:{AVERAGE}|overall)?|"
          rf"\b{AVERAGE}\s+(?:up\s+)?(?:to\s+|of\s+)?{NUM}|\b(?:to|up\s+to)\s+{NUM}")
NEXT = _c(rf"\b(?:next|last|final|remaining|one\s+more|another)\s+(?:(\d+)\s+)?(?:one|{THINGS})?|"
          r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|"
          r"\b(?:test|exam|quiz|game|round|paper)\s+(?:number\s+|no\.?\s*)?\d+\b")


def average_needed(text: str) -> Reckoned | None:
    """The score the next test needs for a target average, the average so far stated."""
    if (need := NEED.search(text)) is None or NEXT.search(text) is None:
        return None
    found = next(((m, first) for pattern, first in zip(STATED, FIRST_IS_COUNT, strict=True)
                  if (m := pattern.search(text)) is not None and m.end() <= need.start() + 40),
                 None)
    if found is None:
        return None
    said, count_first = found
    count, average = (said.group(1), said.group(2)) if count_first else (said.group(2),
                                                                          said.group(1))
    asked = text[said.end():]
    goal = next((m for m in GOAL.finditer(asked) if m.group(0).strip() and not re.match(
        r"(?:st|nd|rd|th)\b", asked[m.end():])), None)
    if goal is None or re.match(r"\s*(?:%|tests?|exams?|more)\b", asked[goal.end():]):
        return None
    more = next((m for m in NEXT.finditer(text, said.end()) if m.group(1)), None)
    extra = int(more.group(1)) if more is not None else 1
    target = Fraction(next(g for g in goal.groups() if g))
    n, mean = int(count), Fraction(average)
    if not 0 < n < 1000 or not 0 < extra < 50:
        return None
    value = (target * (n + extra) - mean * n) / extra
    basis = f"{show(target)} × {n + extra} − {show(mean)} × {n}"
    if extra > 1:
        basis = f"({basis}) ÷ {extra}"
    note = " (above 100: out of reach if 100 is the top mark)" if value > 100 else ""
    return Reckoned("needed", value, "", basis + note,
                    text=show(value) + (" on each" if extra > 1 else ""))


# --- the final exam mark for an overall grade ---------------------------------------------

FINAL = r"(?:final(?:\s+exam)?|exam|finals|test|project|coursework)"
WEIGHT = _c(rf"\b{FINAL}\s+(?:is|was|counts?|makes?\s+up|will\s+be|carries|=)?\s*(?:for\s+|as\s+)?"
            rf"(?:worth\s+)?(?:weighted\s+(?:at\s+)?)?(?:the\s+(?:other|remaining|last)\s+)?{NUM}"
            rf"{PCT}|{NUM}{PCT}\s+(?:of\s+(?:the|my|your)"
            rf"\s+(?:final\s+)?(?:grade|mark|score)\s+)?(?:is\s+|comes\s+from\s+|for\s+)?(?:the\s"
            rf"+)?"
            rf"{FINAL}\b")
CURRENT = _c(rf"\b(?:have|had|got|on|at|sitting\s+(?:at|on)|currently|grade\s+(?:is|was)|average\s+"
             rf"(?:is|was|of)|mark\s+(?:is|was)|score\s+(?:is|was)|going\s+in\s+with|with)\s+(?:a"
             rf"n?\s+)?"
             rf"(?:about\s+)?{NUM}{PCT}?")
OVERALL = _c(rf"\b(?:get|reach|end\s+(?:up\s+)?with|finish\s+with|hit|make|for|achieve|grade\s+of|"
             rf"mark\s+of|to|pass\s+with|pass\s+at)\s+(?:an?\s+|at\s+least\s+)?(?:overall\s+)?"
             rf"{NUM}{PCT}?\s*(?:overall|in\s+"
             rf"(?:the|this)\s+(?:class|course|module|subject)|final|total|for\s+the\s+(?:class|"
             rf"course))?|{NUM}{PCT}?\s+overall")
FINAL_ASK = _c(rf"\b(?:on|in|for)\s+the\s+{FINAL}\b|\b{FINAL}\s+(?:score|mark|grade)\b")


def final_needed(text: str) -> Reckoned | None:
    """The mark a final worth a share of the grade needs for an overall grade."""
    if (need := NEED.search(text)) is None or (weight := WEIGHT.search(text)) is None:
        return None
    if not FINAL_ASK.search(text, need.start()):
        return None
    share = Fraction(weight.group(1) or weight.group(2)) / 100
    goal = next((m for m in OVERALL.finditer(text, need.start())
                 if not weight.start() <= m.start() < weight.end()), None) or next(
        (m for m in OVERALL.finditer(text) if not weight.start() <= m.start() < weight.end()
         and re.search(r"\boverall\b", m.group(0))), None)
    current = next((m for m in CURRENT.finditer(text) if not weight.start() <= m.start() <
                    weight.end() and (goal is None or not goal.start() <= m.start(1) < goal.end())
                    and m.end() <= max(need.start(), weight.end() + 80)), None)
    if current is None or goal is None or not 0 < share < 1:
        return None
    have = Fraction(current.group(1))
    target = Fraction(goal.group(1) or goal.group(2))
    value = (target - have * (1 - share)) / share
    basis = (f"({show(target)} − {show(have)} × {show((1 - share) * 100)}%) ÷ "
             f"{show(share * 100)}%")
    if value > 100:
        basis += " (above 100: out of reach if 100 is the top mark)"
    return Reckoned("needed on the final", value, "", basis)


# --- a credit-weighted average -------------------------------------------------------------

LETTERS = {"a+": Fraction(4), "a": Fraction(4), "a-": Fraction(37, 10),
           "b+": Fraction(33, 10), "b": Fraction(3), "b-": Fraction(27, 10),
           "c+": Fraction(23, 10), "c": Fraction(2), "c-": Fraction(17, 10),
           "d+": Fraction(13, 10), "d": Fraction(1), "d-": Fraction(7, 10), "f": Fraction(0)}
GRADE = r"(\d(?:\.\d+)?|[a-d][+-]?(?![\w+-])|f(?!\w))"
CREDITS = r"(\d+(?:\.\d+)?)[\s-]*(?:credits?|cr|units?|hours?|credit\s+hours?|ch)\b"
PAIR = (_c(rf"{GRADE}\s+(?:in|for|on|from)\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+){{0,2}}?{CREDITS}"),
        _c(rf"{GRADE}\s*\(\s*{CREDITS}\s*\)"),
        _c(rf"{CREDITS}\s*(?:course|class|module|subject)?\s*(?:(?:at|with|:|-|=|got|graded|for|,"
           rf")\s*)?"
           rf"(?:an?\s+)?{GRADE}"))
GPA_ASK = _c(r"\bgpa\b|\bgrade\s+point\s+average\b|\bweighted\s+(?:average|mean|gpa)\b|"
             r"\bqpa\b|\bcgpa\b")


def credit_average(text: str) -> Reckoned | None:
    """A GPA: each grade weighted by its course's credits."""
    if not GPA_ASK.search(text):
        return None
    pairs: list[tuple[Fraction, Fraction, int]] = []
    spans: list[tuple[int, int]] = []
    for index, pattern in enumerate(PAIR):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            grade, credits = (m.group(1), m.group(2)) if index < 2 else (m.group(2), m.group(1))
            points = LETTERS.get(grade.lower()) if grade[0].isalpha() else Fraction(grade)
            if points is None or points > 5:
                continue
            pairs.append((points, Fraction(credits), m.start()))
            spans.append(m.span())
    if len(pairs) < 2 or len(pairs) > 30:
        return None
    pairs.sort(key=lambda p: p[2])
    total = sum((c for _, c, _ in pairs), Fraction(0))
    if total <= 0:
        return None
    value = sum((g * c for g, c, _ in pairs), Fraction(0)) / total
    basis = (f"({' + '.join(f'{show(g)} × {show(c)}' for g, c, _ in pairs)}) ÷ "
             f"{show(total)} credits")
    return Reckoned("GPA", value, "", basis)


# --- a score as a percentage, and the marks a target needs ---------------------------------

SCORE = _c(r"\b(?:got|scored|score\s+(?:is|was|of)|had|have|made|answered|marked|i\s+am\s+on|"
           r"result\s+(?:is|was|of))\s+(\d+(?:\.\d+)?)\s*(?:marks?\s+|points?\s+|questions?\s+|"
           r"right\s+|correct\s+)?(?:out\s+of|/|from)\s*(\d+(?:\.\d+)?)\b|(?<![\d.])(\d+(?:\.\d+)"
           r"?)\s*"
           r"(?:out\s+of|/)\s*(\d+(?:\.\d+)?)\s+(?:on|in|for)\s+(?:my|the|a|an|this)\b")
PCT_ASK = _c(r"\b(?:what|which)\s+(?:%|percent(?:age)?|per\s*cent)|"
             r"\bas\s+an?\s+(?:%|percent(?:age)?)\b|\bhow\s+many\s+percent\b|\b(?:in|to)\s+(?:%|p"
             r"ercent(?:age)?)\b|"
             r"\bwhat\s+(?:is|was)\s+(?:that|it|this)\s+(?:as\s+a\s+|in\s+)?(?:%|percent(?:age)?)")
MARKS_ASK = _c(rf"\bhow\s+many\s+(?:more\s+)?(?:marks?|points?|questions?|answers?)\b[^.?!]*?"
               rf"\b(?:for|to\s+(?:get|reach|hit|pass\s+(?:with|at)|make|score)|of|at)\s+(?:an?\s+|"
               rf"at\s+least\s+)?{NUM}{PCT}")


def exam_percent(text: str) -> Reckoned | None:
    """A score out of a total as a percentage and/or the marks a target percentage needs."""
    if (score := SCORE.search(text)) is None:
        return None
    marks, asked = MARKS_ASK.search(text), PCT_ASK.search(text)
    if marks is None:
        return None
    got = Fraction(score.group(1) or score.group(3))
    total = Fraction(score.group(2) or score.group(4))
    if total <= 0 or got > total:
        return None
    share = got / total * 100
    wanted = Fraction(marks.group(1))
    needed = math.ceil(wanted * total / 100)
    more = max(needed - got, Fraction(0))
    parts = []
    if asked is not None:
        parts.append(f"{show(share)}%")
    target = f"{show(wanted)}% of {show(total)} is {show(wanted * total / 100)}"
    parts.append(f"{show(more)} more marks for {show(wanted)}% ({needed} of {show(total)})"
                 if more else f"none: {show(got)} already reaches {show(wanted)}%")
    basis = f"{show(got)} ÷ {show(total)} × 100; {target}, rounded up to {needed}"
    return Reckoned("score", share if asked is not None else more,
                    "%" if asked is not None else "", basis, text="; ".join(parts))


# --- a new average after one more score, and a mark on another scale ---------------------

NEW_SCORE = _c(rf"\b(?:score|scored|get|got|make|made|hit|add|then\s+(?:get|score))\s+(?:an?\s+)?"
               rf"{NUM}"
               rf"(?:{PCT})?\s*(?:points?\s+|marks?\s+)?(?:(?:on|in|for|at)\s+)?(?:the\s+|my\s+)?"
               rf"(?:next|following|another|one\s+more|last)\b|\b(?:next|another|one\s+more)\s+"
               rf"(?:\w+\s+){{0,2}}(?:is|was|of|=|:|scores?|scoring)\s+(?:an?\s+)?{NUM}")
NEW_AVERAGE_ASK = _c(rf"\bnew\s+{AVERAGE}\b|\b{AVERAGE}\s+(?:be|become|go\s+to|change\s+to|end\s+"
                     rf"up|"
                     rf"now)\b|\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:my|the)\s+"
                     rf"{AVERAGE}\s+"
                     rf"(?:then|after|now)\b")


def new_average(text: str) -> Reckoned | None:
    """The average after one more score, the average over a number of them stated."""
    if not NEW_AVERAGE_ASK.search(text) or (score := NEW_SCORE.search(text)) is None:
        return None
    found = next(((m, first) for pattern, first in zip(STATED, FIRST_IS_COUNT, strict=True)
                  if (m := pattern.search(text)) is not None), None)
    if found is None:
        return None
    said, count_first = found
    count, average = (said.group(1), said.group(2)) if count_first else (said.group(2),
                                                                          said.group(1))
    n, mean = int(count), Fraction(average)
    added = Fraction(score.group(1) or score.group(2))
    if not 0 < n < 10000:
        return None
    value = (mean * n + added) / (n + 1)
    basis = f"({show(mean)} × {n} + {show(added)}) ÷ {n + 1}"
    return Reckoned("new average", value, "", basis)


RESCALE = _c(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:/|out\s+of)\s*(\d+(?:\.\d+)?)\b(?!\s*(?:%|percent))")
RESCALE_ASK = _c(r"\b(?:as|to|into|in|what(?:'s|\s+is|\s+would\s+be)?|equivalent|scaled?|convert"
                 r"\w*|"
                 r"is\s+that|be)\s+(?:that\s+|it\s+)?(?:as\s+)?(?:an?\s+)?(?:mark|score|grade|res"
                 r"ult|"
                 r"points?)?\s*(?:out\s+of|/)\s*(\d+(?:\.\d+)?)\b")


def rescaled_mark(text: str) -> Reckoned | None:
    """A mark out of one total shown out of another ("33/40 as a mark out of 20")."""
    told = RESCALE.search(text)
    if told is None:
        return None
    ask = next((m for m in RESCALE_ASK.finditer(text, told.end())), None)
    if ask is None:
        return None
    got, total, scale = Fraction(told.group(1)), Fraction(told.group(2)), Fraction(ask.group(1))
    if total <= 0 or scale <= 0 or got > total or scale == total:
        return None
    value = got / total * scale
    basis = f"{show(got)} ÷ {show(total)} × {show(scale)}"
    return Reckoned("mark", value, "", basis,
                    text=f"{show(value)} out of {show(scale)}")


KINDS = (exam_percent, average_needed, final_needed, credit_average, new_average, rescaled_mark)
