"""Unknowns told in words: a statement about an unknown amount → an equation to solve.

- an amount taken through steps, then what it comes to: "a number increased by 20% gives
  444", "my son's age times 3, plus 2, is 47", "5 more than twice a number is 31", "what
  number, halved and then reduced by 4, makes 10?", "20% more than a price is 60";
- consecutive numbers from their sum: "two consecutive even numbers add up to 446", "the
  sum of 3 consecutive integers is 72";
- two people's amounts from their total and their gap or ratio: "my sister and I are 77
  together and she is 11 years older", "our ages add up to 50; he is 4 times my age";
- a shared job: "I paint it in 12 hours, my brother in 4 - together?";
- a run of whole numbers added up: "add every whole number from 1 up to 463", "the total
  of the even numbers between 10 and 50";
- points, shapes and pairs of values (:mod:`core.agents.mathshapes`), areas and volumes of
  named shapes (:mod:`core.agents.mathmeasure`).

The text is already expanded and lower-cased; each reader needs a question (or an
imperative), so a sentence that merely holds numbers stays conversation.
"""

from __future__ import annotations

import re
from itertools import pairwise

from core.agents.mathkinds import Kind
from core.agents.mathmeasure import measured
from core.agents.mathpairs import two_numbers
from core.agents.mathshapes import shaped
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n
from core.agents.wordproblems import word_problem

NB = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
N = rf"({NB})"
PCT = r"\s*(?:%|percent\b|per\s*cent\b)"
ASK = re.compile(ASKED)
NOUN = (r"(?:number|integer|value|age|amount|figure|quantity|weight|height|price|score|length|"
        r"width|salary|cost|sum|savings|balance|mass|distance)")
SUBJECT = _c(rf"\b(?:(?:a|an|some|the|my|his|her|our|their|this|that|what|which|your|its)\s+)"
             rf"(?:[a-z]+'s\s+)?(?:(?:certain|secret|mystery|unknown|whole|positive|original|"
             rf"current|[a-z]+'s)\s+)?{NOUN}\b|\b(?:i\s+am|i'm|my\s+age)\b")
# steps before the unknown, nearest first when read right to left
PREFIX = (
    (_c(rf"{N}{PCT}\s+(?:more|greater|bigger|higher|larger)\s+than\s*$"), "({e})*(1 + {n}/100)"),
    (_c(rf"{N}{PCT}\s+(?:less|smaller|lower|fewer)\s+than\s*$"), "({e})*(1 - {n}/100)"),
    (_c(rf"{N}{PCT}\s+of\s*$"), "{n}/100*({e})"),
    (_c(rf"{N}\s+(?:more|greater|bigger|higher|larger)\s+than\s*$"), "{e} + {n}"),
    (_c(rf"{N}\s+(?:less|fewer|smaller|lower)\s+than\s*$"), "{e} - {n}"),
    (_c(r"\b(?:twice|double)\s*$"), "2*({e})"),
    (_c(r"\b(?:triple|treble|thrice)\s*$"), "3*({e})"),
    (_c(rf"\b{N}\s+times\s*$"), "{n}*({e})"),
    (_c(r"\bhalf\s+(?:of\s+)?$"), "({e})/2"),
    (_c(rf"{N}\s+(?:is\s+)?added\s+to\s*$"), "{e} + {n}"),
    (_c(rf"{N}\s+(?:is\s+)?(?:subtracted|taken\s+away|taken)\s+from\s*$"), "{e} - {n}"),
    (_c(r"(\d+/\d+)\s+of\s*$"), "{n}*({e})"),
    (_c(r"\b(?:(?P<n>\d+)|an?|1)[-\s](?P<d>third|quarter|fifth|sixth|eighth|tenth)s?\s+of\s*$"),
     "{n}*({e})"),
    (_c(r"\b(?:the\s+)?square\s+of\s*$"), "({e})^2"),
)
# steps after the unknown, in the order told
STEPS = (
    (_c(rf"^(?:is\s+|when\s+|if\s+|once\s+)?(?:it\s+is\s+)?(?:increased|raised|grown|"
        rf"marked\s+up|goes\s+up|went\s+up|rises|rose|up)\s+by\s+{N}{PCT}"), "({e})*(1 + {n}/100)"),
    (_c(rf"^(?:is\s+|when\s+|if\s+|once\s+)?(?:it\s+is\s+)?(?:decreased|reduced|cut|lowered|"
        rf"discounted|marked\s+down|goes\s+down|went\s+down|falls|fell|drops|dropped|down)\s+by\s+"
        rf"{N}{PCT}"), "({e})*(1 - {n}/100)"),
    (_c(rf"^(?:plus|add\s+|added\s+to\s+|and\s+add\s+)?{N}{PCT}(?:\s+of\s+itself)?"),
     "({e})*(1 + {n}/100)"),
    (_c(rf"^(?:(?:is\s+|when\s+|if\s+)?(?:multiplied|multiply\s+it)\s+by|times|x|×)\s+{N}"),
     "({e})*{n}"),
    (_c(rf"^(?:(?:is\s+|when\s+|if\s+)?(?:divided|divide\s+it)\s+by|over)\s+{N}"), "({e})/{n}"),
    (_c(rf"^(?:plus|add|added|adding|(?:is\s+|when\s+|if\s+)?(?:increased|raised)\s+by|with)\s+"
        rf"{N}(?:\s+added)?"), "{e} + {n}"),
    (_c(rf"^(?:minus|less|subtract|subtracted|take\s+away|take\s+off|(?:is\s+|when\s+|if\s+)?"
        rf"(?:decreased|reduced|lowered)\s+by)\s+{N}"), "{e} - {n}"),
    (_c(rf"^{N}\s+is\s+(?:then\s+)?added(?:\s+to\s+it)?"), "{e} + {n}"),
    (_c(rf"^{N}\s+is\s+(?:then\s+)?(?:subtracted|taken\s+away|taken\s+off)(?:\s+from\s+it)?"),
     "{e} - {n}"),
    (_c(r"^(?:is\s+|when\s+|if\s+)?(?:it\s+is\s+)?(?:doubled|double\s+it)"), "2*({e})"),
    (_c(r"^(?:is\s+|when\s+|if\s+)?(?:it\s+is\s+)?(?:tripled|trebled|triple\s+it)"), "3*({e})"),
    (_c(r"^(?:is\s+|when\s+|if\s+)?(?:it\s+is\s+)?(?:halved|halve\s+it)"), "({e})/2"),
    (_c(r"^(?:is\s+|when\s+|if\s+)?(?:it\s+is\s+)?squared"), "({e})^2"),
)
JOINER = _c(r"^(?:,|\.|and\s+then|and|then|after\s+that|;|(?:if|when|once)\s+(?:i|you|we)\b|"
            r"(?:i|you|we)\s+(?=double|triple|halve|square|add|subtract|take|multiply|divide)|\s)+")
RESULT = _c(rf"^(?:(?:the\s+result|the\s+answer|it|that|this|you|i|we)\s+)?(?:is|was|gives?|gave|"
            rf"equals?|=|makes?|made|becomes?|became|comes?\s+to|came\s+to|results?\s+in|get|"
            rf"gets|got|ends?\s+up\s+(?:as|at|with)|will\s+(?:give|be|make)|would\s+(?:give|be))"
            rf"\s+(?:you\s+|me\s+|us\s+)?{N}(?!\s*(?:%|percent|times|more|less|years?\s+older))")


PARTS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
PAIRED = _c(r"\b(?:the\s+)?(sum|product|difference)\s+(?:of|between)\s+$")
PAIRED_WITH = _c(rf"^and\s+{N}")


def _part(match: re.Match[str]) -> str:
    """The number a step uses: "7", or "2/3" for "2 thirds of"."""
    if "d" in match.groupdict():
        return f"{match.group('n') or 1}/{PARTS[match.group('d')]}"
    return _n(match.group(1) or "") if match.groups() else ""


def _paired(head: str, rest: str) -> tuple[str, str, str] | None:
    """"the sum of a number and 7 is …": the unknown with its partner, and what is left."""
    if (pair := PAIRED.search(head)) is None or (other := PAIRED_WITH.match(rest.lstrip())) is None:
        return None
    sign = {"sum": "+", "product": "*", "difference": "-"}[pair.group(1)]
    return f"x {sign} {_n(other.group(1))}", head[:pair.start()], rest.lstrip()[other.end():]


def _chain(text: str) -> Kind | None:
    """An unknown taken through steps, and what it comes to: solved for the unknown."""
    if not ASK.search(text):
        return None
    for subject in SUBJECT.finditer(text):
        head, expression, rest = text[:subject.start()], "x", text[subject.end():]
        if (paired := _paired(head, rest)) is not None:
            expression, head, rest = paired
        while True:  # "5 more than twice …": the nearest step first
            for pattern, form in PREFIX:
                if (m := pattern.search(head)) is not None:
                    expression = form.format(e=expression, n=_part(m))
                    head = head[:m.start()]
                    break
            else:
                break
        steps = 1 if paired else 0
        while True:
            rest = JOINER.sub("", rest)
            if (done := RESULT.match(rest)) is not None:
                if expression == "x" or ((worded := word_problem(text)) is not None and (
                        not steps or worded.operation == "solve")):
                    break  # "25% of what is 40", "think of a number …": read as word problems
                return Kind("solve", f"{expression} = {_n(done.group(1))}", variable="x")
            for pattern, form in STEPS:
                if (m := pattern.match(rest)) is not None:
                    expression = form.format(e=expression, n=_n(m.group(1)) if m.groups() else "")
                    rest, steps = rest[m.end():], steps + 1
                    break
            else:
                break
    return None


# --- consecutive numbers ------------------------------------------------------------------
COUNT = r"(2|3|4|5)"
CONSECUTIVE = _c(rf"\b{COUNT}\s+consecutive\s+(?:(even|odd)\s+)?(?:positive\s+|whole\s+|"
                 r"natural\s+)?(?:(even|odd)\s+)?(?:numbers|integers|whole\s+numbers|numerals)\b")
TOTAL = _c(rf"\b(?:add\s+up\s+to|adds?\s+to|sum\s+(?:up\s+)?to|sums?\s+to|total(?:s|\s+is|\s+of)?|"
           rf"(?:sum|total)\s+is|make|makes|together\s+(?:make|are|give)|have\s+a\s+(?:sum|total)"
           rf"\s+of|whose\s+(?:sum|total)\s+is|is|are|equals?|=|come\s+to)\s+{N}")
PRODUCT = _c(rf"\bproduct\s+(?:of\s+[^.?!]*?)?(?:is|equals?|=|of)\s+{N}|\bmultipl\w+\s+"
             rf"(?:together\s+)?(?:to\s+)?(?:give|make|get|is|equals?)\s+{N}")
NAMES = "xyzw"


def _consecutive(text: str) -> Kind | None:
    if (m := CONSECUTIVE.search(text)) is None or not ASK.search(text):
        return None
    count, parity = int(m.group(1)), m.group(2) or m.group(3)
    step = 2 if parity else 1
    names = NAMES[:count] if count <= 3 else "vwxyz"[-count:]  # listed in their order
    links = [f"{b} = {a} + {step}" for a, b in pairwise(names)]
    after = text[:m.start()] + " ; " + text[m.end():]
    if (product := PRODUCT.search(after)) is not None:
        return Kind("solve", ", ".join([f"{'*'.join(names)} = {_n(product.group(1))}", *links]))
    if (total := TOTAL.search(after)) is None:
        return None
    return Kind("solve", ", ".join([f"{' + '.join(names)} = {_n(total.group(1))}", *links]))


# --- two people's amounts -----------------------------------------------------------------
TOGETHER = _c(rf"\b(?:are|is|make|weigh|have|earn|total|come\s+to)\s+{N}\s*(?:years?(?:\s+old)?|"
              rf"kg|kilos?|[a-z]+)?\s*(?:together|combined|in\s+total|altogether|between\s+"
              rf"(?:us|them|the\s+two|both))|\b(?:combined|total|joint)\s+(?:ages?|weights?)\b"
              rf"[^.;?!\d]{{0,40}}?\b(?:is|are|comes?\s+to|=)\s+{N}|\b(?:ages?|weights?)\s+(?:add\s+up\s+to|sum\s+to|"
              rf"total)\s+{N}|\bsum\s+of\s+(?:our|their|both|the\s+two)\s+(?:\w+\s+)?(?:ages?|"
              rf"weights?)\s+is\s+{N}|\btogether\s+(?:we|they)\s+(?:are|have|make|weigh)\s+{N}")
GAP = _c(rf"\b{N}\s+(?:years?\s+|kg\s+|kilos?\s+)?(?:older|younger|more|less|heavier|lighter|"
         rf"taller|shorter|bigger|smaller)\s+than\b|\b(?:difference|gap)\s+(?:in|between)\s+"
         rf"(?:our|their|the)?\s*(?:\w+\s+)?(?:is|of)\s+{N}|\b{N}\s+years?\s+(?:apart|between)")
TIMES = _c(rf"\b(twice|double|triple|three\s+times|{N}\s+times)\s+(?:as\s+old\s+as|my\s+age|"
           rf"his\s+age|her\s+age|their\s+age|as\s+(?:much|heavy|many)\s+as)")


def _two_amounts(text: str) -> Kind | None:
    if (pair := two_numbers(text)) is not None:
        return Kind("solve", pair)
    if (total := TOGETHER.search(text)) is None or not ASK.search(text):
        return None
    whole = _n(next(g for g in total.groups() if g))
    rest = text[:total.start()] + " ; " + text[total.end():]
    if (gap := GAP.search(rest)) is not None:
        return Kind("solve", f"x + y = {whole}, x - y = {_n(next(g for g in gap.groups() if g))}")
    if (times := TIMES.search(rest)) is not None:
        factor = {"tw": "2", "do": "2", "tr": "3", "th": "3"}.get(times.group(1)[:2]) or _n(
            times.group(2))
        return Kind("solve", f"x + y = {whole}, x = {factor}*y")
    return None


# --- a shared job -------------------------------------------------------------------------
JOB_UNIT = r"(?:(hours?|hrs?|h|minutes?|mins?|days?|weeks?)(?![a-z]))"
ALONE = _c(rf"\b(?:in|takes?|took|needs?|needed|within)\s+(?:him\s+|her\s+|me\s+|them\s+|us\s+|"
           rf"just\s+|only\s+)?{N}\s*{JOB_UNIT}?|\b{N}\s*{JOB_UNIT}\s+(?:to|for)\b")
JOINTLY = _c(r"\b(?:together|both|jointly|at\s+the\s+same\s+time|side\s+by\s+side|combined|"
             r"working\s+with|with\s+(?:my|his|her|their)\s+help|as\s+a\s+team)\b")
AGAINST = _c(r"\b(?:drain|empt|leak|faster|slower|percent|%|speed|km|miles|per\s+hour|an\s+hour|"
             r"a\s+day)")


def _shared_job(text: str) -> Kind | None:
    if not JOINTLY.search(text) or AGAINST.search(text) or not re.search(
            r"\bhow\s+(?:long|many\s+(?:hours|minutes|days))|\bwhen\b|\btime\b", text):
        return None
    times = [(m.group(1) or m.group(3), m.group(2) or m.group(4) or "") for m in
             ALONE.finditer(text)]
    units = {u.rstrip("s") for _, u in times if u}
    if not 2 <= len(times) <= 4 or len(units) > 1 or not units:
        return None
    unit = next(iter(units))
    unit = {"hr": "hours", "h": "hours", "min": "minutes"}.get(unit, unit + "s")
    rates = " + ".join(f"1/{_n(t)}" for t, _ in times)
    return Kind("values", encode(("together", f"1/({rates})", unit)))


# --- a run of whole numbers ---------------------------------------------------------------
RUN = _c(rf"\b(?:(?:the\s+|all\s+(?:the\s+)?|every\s+|each\s+)?(?:(even|odd)\s+)?(?:positive\s+|"
         rf"whole\s+|natural\s+|counting\s+)?(?:(even|odd)\s+)?(?:numbers?|integers?)\s+)"
         rf"(?:from\s+|between\s+)?{N}\s+(?:up\s+to|to|through|thru|till|until|and|-)\s+(?:and\s+"
         rf"including\s+)?{N}")
ADD = _c(r"\b(?:sum|total|add|added|adding|adds|altogether)\b")


def _run_sum(text: str) -> Kind | None:
    if (m := RUN.search(text)) is None or not ADD.search(text) or not ASK.search(text):
        return None
    low, high = int(_n(m.group(3))), int(_n(m.group(4))) if "." not in m.group(3) + m.group(
        4) else 0
    parity = m.group(1) or m.group(2)
    if parity:
        want = 0 if parity == "even" else 1
        low, high = low + (low - want) % 2, high - (high - want) % 2
    step = 2 if parity else 1
    if high < low or high - low > 10**9:
        return None
    count = (high - low) // step + 1
    return Kind("evaluate", f"{count}*({low} + {high})/2")


READERS = (shaped, measured, _consecutive, _two_amounts, _shared_job, _run_sum, _chain)


def stated(text: str) -> Kind | None:
    """The equation or sum a statement in words asks for, or None."""
    return first_found(READERS, text)
