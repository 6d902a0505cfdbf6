"""A request in words → one call to an exact math tool, whatever the phrasing.

The text is expanded (contractions, number words), its wording rewritten to notation
(:mod:`core.agents.mathwords`), and the stretches the whitelist parser accepts are found
(:mod:`core.agents.mathspan`). Keywords choose the operation (solve, derivative, integral,
limit, simplify/factor/expand, determinant/inverse); otherwise an equation with unknowns
is solved and anything else evaluated. :func:`find_math` answers only when the text
plainly asks for a calculation, so ordinary sentences with numbers stay conversation.
Derivatives and integrals are read by :mod:`core.agents.mathderive`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.calculuswords import (
    BOTH_ENDS,
    SCIENTIFIC_IN,
    STEEP,
    antiderivative,
    extremum,
    infinite_limit,
    other_forms,
    percent_asked,
    wanted_form,
    wanted_places,
)
from core.agents.everyday import QUESTION, everyday_expression, sum_of_prices
from core.agents.mathages import age_puzzle
from core.agents.mathasked import asked_number
from core.agents.mathcalc import (
    DERIVATIVE,
    INFLECTION,
    INTEGRAL,
    LIMIT,
    LIMIT_POINT,
    stationary,
)
from core.agents.mathcall import MathCall as MathCall
from core.agents.mathcall import kind_call
from core.agents.mathchance import chance
from core.agents.mathcube import cube_measure
from core.agents.mathcue import cued, stated_unit, unknown_unit
from core.agents.mathdefine import cut as _cut
from core.agents.mathdefine import definition as _definition
from core.agents.mathderive import AT_POINT, VAR
from core.agents.mathderive import Found as _Found
from core.agents.mathderive import calculus as _calculus
from core.agents.mathderive import derivative as _derivative
from core.agents.mathderive import integral as _integral
from core.agents.mathderive import rewritten as _rewritten
from core.agents.mathderive import rhs as _rhs
from core.agents.mathderive import subject as _subject
from core.agents.mathdice import dice_chance
from core.agents.mathexpected import expected_gain
from core.agents.mathfacts import number_facts
from core.agents.mathfollow import BIG, SMALL, FollowUp, follow_up
from core.agents.mathgiven import several_values
from core.agents.mathgroups import group_choice
from core.agents.mathineq import absolute_bars, inequality
from core.agents.mathkinds import math_kind, rounds_a_number
from core.agents.mathlog import based_logs, common_logs
from core.agents.mathmatrix import matrix_ask
from core.agents.mathmix import mixture
from core.agents.mathnamed import named_algebra
from core.agents.mathnumbers import prime_ask
from core.agents.mathplug import plugged, values_only
from core.agents.mathpolygon import polygon_or_letters
from core.agents.mathranges import range_or_recurring
from core.agents.mathratioshare import ratio_share
from core.agents.mathscores import score_ask
from core.agents.mathspan import Span, uses_previous
from core.agents.mathstated import stated
from core.agents.mathstats import told_stats
from core.agents.mathsystem import bundle_system
from core.agents.mathterms import series_sum
from core.agents.mathtold import told
from core.agents.mathtriangle import triangle_ask
from core.agents.mathways import ways_ask
from core.agents.mathwords import NUM
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found
from core.agents.patterns import substitute as _substitute
from core.agents.prices import money_expression
from core.agents.reason_define import defined_value
from core.agents.reason_fallback import reasoned
from core.agents.wording import expand
from core.agents.wordproblems import word_problem

MAX_TEXT = 2000
FOLLOWED = ("solve", "factor", "expand", "simplify", "derivative")  # a step may follow
NAMED_KINDS = (plugged, told, named_algebra, chance, dice_chance, mixture, told_stats, score_ask,
               polygon_or_letters, asked_number, range_or_recurring, group_choice,
               series_sum, cube_measure, expected_gain, age_puzzle, ratio_share)
ROUNDED = ("evaluate", "solve", "integral", "limit", "derivative", "minimum", "maximum",
           "extremum")  # operations whose value may be asked to some decimal places


TRANSFORM = _c(r"\b(?<!common\s)(simplif(?:y|ied|ication)|factori[sz](?:e|ed|ation)|factor(?:ed)?|"
               r"(?:take|taking|pull|pulling|bring|get)\s+out\s+(?:the\s+|a\s+)?(?:highest\s+|greatest\s+)?"
               r"common\s+factor|tidy(?:\s+up)?|clean\s+up|(?:collect|combine|group)(?:ing)?\s+(?:the\s+)?"
               r"like\s+terms|"
               r"(?:as\s+)?(?:a\s+)?product\s+of\s+(?:two\s+|2\s+)?(?:brackets|factors|binomials)|"
               r"expand(?:ed)?|multiply\s+out)\b")
ZERO_ASK = _c(r"\b(?:roots?|zeros?|zeroes|x-intercepts?|(?:cross|meet|hit|touch|cut|intersect)\w*"
              r"\s+the\s+x)\b|"
              r"\by\s*(?:is|=|equals?)\s*(?:zero|0)\b|\bis\s+y\s+(?:zero|0)\b")
NEGATIVE_POWER = re.compile(r"\^\s*-\s*(\d+(?:\.\d+)?)(?![\d.(])")
TEND_ASK = _c(r"\bwhat\s+(?:does|do|will)\b.*\b(?:tend|approach|go|head)\b")
RATE_OF_CHANGE = _c(r"\b(?:velocity|rate\s+of\s+change|how\s+fast|speed)\b")
SOLVE = _c(r"\bsolv(?:e|ed|ing)\b|\bsolutions?\b|\broots?\b|\bzeros?\b|\bsatisf(?:y|ies)\b|"
           r"\bunknowns?\b|\bintersect\w*")
SOLVE_VAR = _c(rf"\b(?:solve\s+for|find|value\s+of|for\s+which|which|what\s+is|what\s+are|for)"
               rf"\s+({VAR})\b(?!\s*(?:[-+*/^(=!]|\*\*))")
UNFINISHED = re.compile(r"^(?:what\s+is\s+|what's\s+)?[\d\s+^²³]+\+\s*(?:\.\s*\.\s*\.|…)\s*$", re.I)
FORM_VERB = _c(r"^\s*(?:please\s+)?(?:write|express|convert|turn|give|put|show|change|rewrite)\b")


def find_math(clause: str, previous: bool = False) -> MathCall | None:
    """The calculation ``clause`` asks for, or None when it does not plainly ask for one.
    With ``previous``, "it"/"that"/"then add 5" may refer to the previous result."""
    found = _analyse(clause, previous)
    return found.call if found is not None and found.asked else None


def parse_math(clause: str, previous: bool = False) -> MathCall:
    """Best effort for a clause already routed to math (an empty expression if none)."""
    found = _analyse(clause, previous)
    return found.call if found is not None else MathCall("evaluate", "")


def _analyse(clause: str, previous: bool) -> _Found | None:
    found = _analysed(clause, previous)
    if found is None or found.call.operation not in FOLLOWED or found.call.at or found.call.follow:
        return found
    follow = follow_up(expand(clause).lower(), found.call.operation)
    return found if follow is None else _Found(replace(found.call, follow=follow), found.asked)


def _analysed(clause: str, previous: bool) -> _Found | None:
    if len(clause) > MAX_TEXT:
        return _oversized(clause)
    lowered = expand(clause).lower()
    if UNFINISHED.search(clause) or values_only(lowered):
        return None  # "1 + 2 + 4 + ...", "if a = 2 and b = 3": the ask follows
    if (several := defined_value(lowered)) is not None and \
            several.operation == "values":  # "IF to 2 dp and TSS to the nearest whole": each
        return _Found(several, True)
    logs = based_logs(lowered)
    if (fact := number_facts(logs)) is not None:  # "0x1f in decimal"
        return _Found(kind_call(fact), True)
    plain_show, plain = wanted_form(absolute_bars(logs))
    places, plain = (None, plain) if rounds_a_number(plain) else wanted_places(plain)
    show, text = other_forms(plain, plain_show)
    found = _logs(_read(text, previous))
    if show != plain_show and _plain_first(show, plain, found, text, previous):
        show, text = plain_show, plain  # "18 out of 24, what's that as a percentage?"
        found = _logs(_read(text, previous))
    if found is not None and not found.call.unit and percent_asked(text, found.call.expression):
        found = _Found(replace(found.call, unit="%"), found.asked)
    lone = re.findall(r"(?<![\w.])(?:\d+(?:\.\d+)?|pi)(?![\w.])", text)
    if (show or (places is not None and _bare(text))) and found is None and len(lone) == 1:
        # "0.595 as a fraction in lowest terms": a form asked of the one number is the ask
        found = _Found(MathCall("evaluate", lone[0]), places is not None)
    if found is not None and places is not None and found.call.operation in ROUNDED:
        asked = found.asked or bool(re.search(r"\bround(?:ed|ing)?\b", text))  # "round 2/3 …"
        found = _Found(replace(found.call, places=places), asked)  # also roots to 2 dp
    if not show or found is None or found.call.operation != "evaluate":
        return found
    asked = found.asked or show == "scientific" or bool(
        SCIENTIFIC_IN.search(text) or FORM_VERB.search(text) or QUESTION.search(text))
    return _Found(replace(found.call, show=show), asked)


def _bare(text: str) -> bool:
    """"round 3.14159", "what is 7.456", "0.000345 in standard form": the one number is the
    whole ask, not a figure inside another question ("the forecast for week 8")."""
    return bool(re.search(r"\bround", text)) or len(re.findall(r"[a-z]+", text)) <= 4


def _logs(found: _Found | None) -> _Found | None:
    """A value asked of "log 1000" uses the common logarithm (calculus keeps ``log(x)``)."""
    if found is None or found.call.operation != "evaluate" or "log(" not in found.call.expression:
        return found
    return _Found(replace(found.call, expression=common_logs(found.call.expression)), found.asked)


def _plain_first(show: str, plain: str, found: _Found | None, text: str, previous: bool) -> bool:
    """True when the text read with its form words answers better: a percentage asked of
    a share ("18 out of 24 as a percentage"), or a form's words that were part of the ask."""
    if show == "percent" and (whole := _read(plain, previous)) is not None and whole.asked:
        return True
    if found is None:
        return not re.search(r"(?<![\w.])(?:\d+(?:\.\d+)?|pi)(?![\w.])", text)
    return not (found.asked or FORM_VERB.search(text) or QUESTION.search(text))


def _read(text: str, previous: bool) -> _Found | None:
    if (defined := defined_value(text)) is not None:  # "IF = NP/FTP, TSS = hours × IF² × 100"
        return _Found(defined, True)
    if (matrix := matrix_ask(text)) is not None:
        return _Found(MathCall(*matrix), True)
    if (named := first_found(NAMED_KINDS, text)) is not None:  # "complete the square …"
        return None if named.operation == "wait" else _Found(kind_call(named), True)
    if (told := stated(text)) is not None:  # "a number increased by 20% gives 444"
        return _Found(kind_call(told), True)
    if (relation := inequality(text)) is not None:  # "solve 2x + 3 < 11"
        return _Found(MathCall("solve", relation), True)
    if (bundles := bundle_system(text)) is not None:  # "2 coffees and a muffin cost 10.80. …"
        return _Found(MathCall("solve", bundles[0], named=bundles[1]), True)
    if (worded := word_problem(text)) is not None:
        return _Found(MathCall(worded.operation, worded.expression, money=worded.money,
                               unit=getattr(worded, "unit", "")), True)  # "m" for a side
    if (shape := triangle_ask(text) or ways_ask(text)) is not None:  # "a 6 m ladder, its foot …"
        return _Found(kind_call(shape), True)
    if (number := prime_ask(text)) is not None:
        return _Found(MathCall("primes", number), True)
    if (kind := math_kind(text)) is not None:
        return _Found(kind_call(kind), True)
    text = NEGATIVE_POWER.sub(r"^(-\1)", text)
    text, fname, fvar = _definition(text)
    if (LIMIT.search(text) or TEND_ASK.search(text)) and (point := LIMIT_POINT.search(text)):
        var, at = (point.group(1), point.group(2)) if point.group(1) else (point.group(3),
                                                                           point.group(4))
        at = at.replace(" ", "").replace("∞", "oo").lstrip("+")
        return _calculus("limit", _cut(text, point), previous, var, at)
    if (infinite := infinite_limit(text)) is not None:
        return _calculus("limit", _cut(text, infinite[2]), previous, infinite[0], infinite[1])
    if (anti := antiderivative(text)) is not None:
        return _integral(anti, previous)
    if INTEGRAL.search(text):
        return _integral(text, previous)
    if (extreme := extremum(text)) and (found := _calculus(extreme, text, previous, fvar)):
        if found.call.expression and re.search(r"[a-z]", found.call.expression):
            both = BOTH_ENDS.search(text) and extreme != "extremum"  # "its max and min"
            return _Found(replace(found.call, extra="both"), True) if both else found
    if INFLECTION.search(text) and (found := _calculus("derivative", INFLECTION.sub(
            " ; ", text), previous, fvar)) is not None:  # where f'' is zero
        return _Found(replace(found.call, order=2, follow=FollowUp("zeros", name="inflection")),
                      True)
    if (cut := stationary(text)) is not None and (
            found := _calculus("derivative", cut, previous, fvar)) is not None:
        return _Found(replace(found.call, follow=FollowUp("zeros", name="stationary")), True)
    prime = re.search(rf"\b{fname}'+\s*\(\s*([a-z]|{NUM})\s*\)", text) if fname else None
    steep = STEEP.search(text) and (fname or AT_POINT.search(text))
    if DERIVATIVE.search(text) or prime or (fname and RATE_OF_CHANGE.search(text)) or steep:
        return _derivative(text, previous, prime, fvar)
    if (transform := TRANSFORM.search(text)) is not None:
        word = transform.group(1)
        op = ("factor" if word.startswith(("factor", "as", "a ", "product")) or word.endswith(
            "factor") else "expand"
              if word.startswith(("expand", "multiply")) else "simplify")
        return _calculus(op, text, previous)
    if not fname and (basket := sum_of_prices(text)) is not None and QUESTION.search(text):
        return _Found(MathCall("evaluate", basket.expression, money=True), True)
    if not fname and (money := money_expression(text, previous)) is not None:
        return _Found(MathCall("evaluate", money, uses_previous="ANS" in money, money=True), True)
    found = _solve_or_evaluate(text, previous, fname, fvar)
    if (found is None or not found.asked) and not fname and (
            plain := everyday_expression(text, previous)) is not None:
        return _Found(MathCall("evaluate", plain.expression, uses_previous="ANS" in
                               plain.expression, money=plain.money), True)
    if (found is None or not found.asked or _lettered(found.call)) and not fname and (
            reason := reasoned(text)):  # quantities combined to the unit asked, a stated formula
        return _Found(reason, True)
    return found


def _lettered(call: MathCall) -> bool:
    """An evaluation of letters only ("ml/kg/h" read as m*l/(k*g*h)): units, not algebra."""
    return call.operation == "evaluate" and not re.search(r"\d", call.expression)


def _oversized(clause: str) -> _Found | None:
    mathy = sum(ch.isdigit() or ch in "+-*/^()=. x" for ch in clause[:5000])
    found = _Found(MathCall("evaluate", clause), True)
    return found if mathy >= 0.8 * min(len(clause), 5000) else None


def _solve_or_evaluate(text: str, previous: bool, fname: str, fvar: str) -> _Found | None:
    if not fname and (several := several_values(text, previous)) is not None:
        return _Found(MathCall("evaluate", several), True)
    at = ""
    if fname and (call := re.search(rf"\b{fname}\s*\(\s*({NUM})\s*\)", text)):
        at, text = call.group(1), _cut(text, call)
    elif (point := AT_POINT.search(text)) is not None:
        at, fvar = point.group(2), point.group(1)
        text = _cut(text, point)
    keyword = bool(SOLVE.search(BIG.sub(" ", SMALL.sub(" ", text))))  # "… for the larger root":
    # a root found before, used here
    var_match = SOLVE_VAR.search(text)
    found, worded = _rewritten(text, previous, letters=keyword)
    equations = [s for s in found if s.equation and s.variables and not (  # "from x = -8"
        keyword and re.fullmatch(r"[a-z] = -?[\d.]+", s.text) and len(found) > 1)]
    if equations and not at:
        return _solve(text, equations, var_match, keyword)
    if keyword:
        subject = _subject(found)
        if subject is not None and subject.variables and subject.explicit:
            var = var_match.group(1) if var_match else ""
            return _Found(MathCall("solve", subject.text, var), True)
    candidates = [s for s in found if s.explicit or (at and s.variables)]
    if not candidates:
        return None
    best = max(candidates, key=lambda s: s.tokens)
    expression = best.text.partition("=")[0].strip() if best.equation else best.text
    named = ""
    if at:
        expression = _substitute(_rhs(best), fvar or _only(best.variables), at)
        left = best.text.partition("=")[0].strip() if best.equation else ""
        named = left if re.fullmatch(r"[a-z]", left) and left != (fvar or "x") else ""
    if best.oversized:
        return _Found(MathCall("evaluate", expression), True)
    asked = worded or at != "" or cued(text, best, previous)
    return _Found(MathCall("evaluate", expression, uses_previous=uses_previous(best),
                           named=named, unit=stated_unit(text)), asked)


def _solve(text: str, equations: list[Span], var_match: re.Match[str] | None,
           keyword: bool) -> _Found:
    var = var_match.group(1) if var_match else ""
    if len(equations) > 1 and len(set().union(*(e.variables for e in equations))) > 1:
        return _Found(MathCall("solve", ", ".join(e.text for e in equations[:4])), True)
    main = max(equations, key=lambda s: s.tokens)
    asked = keyword or var_match is not None or main.explicit
    left, _, right = main.text.partition("=")
    if ZERO_ASK.search(text) and re.fullmatch(r"\s*y\s*", left) and "x" in main.variables:
        return _Found(MathCall("solve", right.strip(), "x"), True)  # y = f(x): where is y 0
    unit = unknown_unit(text, var or _only(main.variables)) if len(main.variables) == 1 else ""
    return _Found(MathCall("solve", main.text, var, unit=unit), asked)


def _only(variables: frozenset[str]) -> str:
    return min(variables, key=lambda v: (v != "x", v)) if variables else "x"

