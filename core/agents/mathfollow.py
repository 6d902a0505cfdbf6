"""A second step asked of a result in the same breath.

"find both solutions of x^2 - 11x + 24 = 0 and add up their squares", "solve … and multiply
the roots", "what's the larger root times 3?", "factor x^2 + 6x + 5 and then give me its
zeros", "expand (x + 6)(x - 8) and work out its value when x is 6". :func:`follow_up` reads
the step from the words after the main ask; :func:`apply_follow` works it out exactly on the
main result and adds it to the answer (the step's value becomes the amount a later part
uses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from core.agents.base import AgentResult
from core.agents.mathwords import rewrite
from core.agents.patterns import ci
from core.tools.calculator import MathTools
from core.tools.mathtools import MathResult
from core.tools.workers import ToolError

ROOTS = r"(?:roots|solutions|zeros|zeroes|answers|values|x[- ]values|numbers|two|both|them)"
EACH = (r"(?:them|each(?:\s+(?:one|1|root|solution|of\s+them))?|(?:the|its|their)\s+(?:two\s+|"
        r"2\s+)?" + ROOTS + r"|both)")
SUM_SQUARES = ci(rf"\b(?:(?:add(?:ed)?|sum(?:med)?|total(?:led)?)\s+(?:up\s+)?(?:together\s+)?"
                 rf"(?:their|the)\s+squares|(?:the\s+)?sum\s+of\s+(?:their|the)\s+squares|"
                 rf"squares?\s+{EACH}\s+(?:and|then)\s+(?:add|sum|total)|(?:their|the)\s+squares"
                 rf"\s+(?:added|summed)|sum\s+of\s+(?:the\s+)?squared\s+{ROOTS})\b")
SUM = ci(rf"\b(?:add\s+(?:up\s+)?{EACH}(?:\s+(?:up|together))?|(?:their|the)\s+sum(?!\s+of\s+"
         rf"(?:their|the)\s+squares)(?:\s+of\s+{EACH})?|sum\s+of\s+(?:the\s+)?{ROOTS}|"
         rf"what\s+(?:do|does)\s+(?:they|the\s+{ROOTS})\s+add\s+up\s+to|{EACH}\s+added\s+"
         rf"(?:up|together)|total\s+of\s+(?:the\s+)?{ROOTS})\b")
PRODUCT = ci(rf"\b(?:multiply\s+{EACH}(?:\s+together)?|(?:their|the)\s+product(?:\s+of\s+{EACH})?|"
             rf"product\s+of\s+(?:the\s+)?{ROOTS}|{EACH}\s+multiplied(?:\s+together)?|"
             rf"what\s+(?:do|does)\s+(?:they|the\s+{ROOTS})\s+multiply\s+to)\b")
DIFFERENCE = ci(rf"\b(?:(?:their|the)\s+difference(?:\s+(?:between|of)\s+{EACH})?|difference\s+"
                rf"(?:between|of)\s+(?:the\s+)?{ROOTS}|how\s+far\s+apart|distance\s+between\s+"
                rf"{EACH}|gap\s+between\s+{EACH})\b")
MEAN = ci(rf"\b(?:(?:their|the)\s+(?:average|mean|midpoint)(?:\s+of\s+{EACH})?|(?:average|mean|"
          rf"midpoint)\s+of\s+(?:the\s+)?{ROOTS})\b")
THE_ONE = r"(?:one|1|root|solution|zero|value|answer|x|number)"
BIG = ci(rf"\b(?:the\s+)?(?:bigger|biggest|larger|largest|greater|greatest|higher|highest|"
         rf"positive|max(?:imum)?)\s+(?:of\s+the\s+(?:two\s+)?{ROOTS}|{THE_ONE})\b")
SMALL = ci(rf"\b(?:the\s+)?(?:smaller|smallest|lower|lowest|lesser|least|negative|min(?:imum)?)"
           rf"\s+(?:of\s+the\s+(?:two\s+)?{ROOTS}|{THE_ONE})\b")
ZEROS = ci(r"\b(?:roots?|zeros?|zeroes|solutions?|x-intercepts?)\b|\bsolve\s+(?:it|this|that)\b|"
           r"\b(?:where|when)\s+(?:(?:does|is|will|do)\s+)?(?:it|this|that)\s+(?:(?:is|equals?|=|"
           r"hits?|cross(?:es)?|(?:be|becomes?)(?:\s+equal\s+to)?)\s*)?(?:zero|0)\b|"
           r"\bset\s+(?:it|this|that)\s+(?:equal\s+)?to\s+(?:zero|0)\b|\b(?:stationary|critical|"
           r"turning)\s+points?\b|\b(?:is|equals?|=|be|becomes?|equal\s+to)\s+(?:zero|0)\b")
AT = ci(r"\b(?:at|when|where|for|with|if|given|plug(?:ging)?(?:\s+in)?|put(?:ting)?(?:\s+in)?|"
        r"substitut\w+|sub(?:\s+in)?|let(?:ting)?|using|set(?:ting)?)\s+([a-z])\s*(?:=|\bis\b|\bequals\b|"
        r"\bas\b|\bto\s+be\b)\s*(-?\d+(?:\.\d+)?(?:/\d+)?)(?!\w|\.\d)")
JOIN = ci(r"(?:,\s*|\s+)(?:and\s+then|and\s+also|then|and|also|after\s+that|next)\s+|[.;?!]\s+|"
          r",\s+|\s*[—–]\s*|\s+-+\s+(?=[a-z]{2})")
POSTFIX = ((ci(r"\b(?:double|twice)\s+it\b|\bit\s*,?\s+doubled\b"), "2*(it)"),
           (ci(r"\b(?:triple|thrice)\s+it\b|\bit\s*,?\s+tripled\b"), "3*(it)"),
           (ci(r"\bhalve\s+it\b|\bit\s*,?\s+halved\b|\bhalf\s+of\s+it\b"), "(it)/2"),
           (ci(r"\bsquare\s+it\b|\bit\s*,?\s+squared\b"), "(it)^2"),
           (ci(r"\bcube\s+it\b|\bit\s*,?\s+cubed\b"), "(it)^3"))
SIGNED = ci(r"\b(?:[a-z]|it|the\s+(?:root|solution|number|answer|value))\s+(?:is|must\s+be|has\s+"
            r"to\s+be|should\s+be|being)\s+(positive|negative|greater\s+than\s+(?:zero|0)|more\s+"
            r"than\s+(?:zero|0)|above\s+(?:zero|0)|less\s+than\s+(?:zero|0)|below\s+(?:zero|0))\b|"
            r"\b(?:for|with|if|given)\s+(?:a\s+)?(positive|negative)\s+[a-z]\b")
EQUATION_END = re.compile(r"=\s*-?\d+(?:\.\d+)?")
NAMES = {"sum": "the sum of the roots", "product": "the product of the roots",
         "sumsq": "the sum of their squares", "difference": "the difference between them",
         "mean": "their average"}


@dataclass(frozen=True, slots=True)
class FollowUp:
    kind: str  # sum, sumsq, product, difference, mean, pick, only, value, zeros, at
    pick: str = ""  # "max" or "min": the root a step works on
    then: str = ""  # what is worked out with the picked root ("8*x + 20", "ANS * 3")
    at: str = ""  # the value put in for the unknown
    name: str = ""


def follow_up(text: str, operation: str, whole: bool = False) -> FollowUp | None:
    """The second step asked after the main ask in ``text`` (lower-case), if any; with
    ``whole``, ``text`` is only the step ("take the bigger root and double it"). A step
    named before the equation counts too ("the sum of the roots of x^2 - 5x + 6 = 0")."""
    tail = text if whole else _tail(text)
    if operation == "solve" and (sign := SIGNED.search(text)) is not None:
        word = next(w for w in sign.groups() if w)  # "x^2 = 49 and x is positive"
        big = word.startswith(("pos", "gr", "more", "above"))
        return FollowUp("only", pick="max" if big else "min", name="positive" if big else
                        "negative")
    if operation == "solve":
        for kind, pattern in (("sumsq", SUM_SQUARES), ("sum", SUM), ("product", PRODUCT),
                              ("difference", DIFFERENCE), ("mean", MEAN)):
            if pattern.search(tail) or pattern.search(text):
                return FollowUp(kind)
        return (_picked(tail) if tail else None) or (None if whole else _picked(text, True)) or (
            _valued(tail) if tail and not whole else None)
    if operation == "derivative":  # "… and find where the derivative is zero"
        return FollowUp("zeros", name="derivative") if tail and ZEROS.search(tail) else None
    if operation in ("factor", "expand", "simplify"):
        for kind, pattern in (("sum", SUM), ("product", PRODUCT), ("difference", DIFFERENCE)):
            if tail and pattern.search(tail):  # "factor …, then add its two roots together"
                return FollowUp(kind, name="zeros")
        if (point := AT.search(tail or text)) is not None:
            return FollowUp("at", name=point.group(1), at=point.group(2))
        if ZEROS.search(tail or text):
            return FollowUp("zeros")
    return None


def _tail(text: str) -> str:
    """The words after the first place a new step could start."""
    for match in JOIN.finditer(text):
        if re.search(r"[\d=]", text[:match.start()]):
            return text[match.end():]
    return ""


def _picked(tail: str, ahead: bool = False) -> FollowUp | None:
    """The larger or smaller root, and what is worked out with it; with ``ahead`` the root
    is named before its equation ("the larger solution of x^2 - 9x + 20 = 0 times 10")."""
    big, small = BIG.search(tail), SMALL.search(tail)
    chosen = big or small
    if chosen is None or (big and small):
        return None
    if ahead:
        ends = list(EQUATION_END.finditer(tail, chosen.end()))
        rest = f"it {tail[ends[-1].end():]}" if ends else "it"
    else:
        rest = f"{tail[:chosen.start()]} it {tail[chosen.end():]}"
    rest = re.sub(r"^\s*(?:(?:and|then|now)\s+)*(?:take|use|pick|grab|choose|with)\s+it\s*"
                  r"(?:,|and(?:\s+then)?|then)?\s*", "", rest.strip())
    for pattern, written in POSTFIX:
        rest = pattern.sub(written, rest)
    rewritten, _ = rewrite(rest, True)
    then = _expression(rewritten)
    word = next((w for w in ("positive", "negative") if w in chosen.group(0)), "")
    return FollowUp("pick", pick="max" if big else "min", then="" if then == "ANS" else then,
                    name=word or ("larger" if big else "smaller"))


VALUE_ASK = ci(r"\b(?:what|find|work\s+out|calculate|tell\s+me|give\s+me|value\s+of|evaluate)\b")


def _valued(tail: str) -> FollowUp | None:
    """"solve 2x - 23 = 17, then tell me what 3x is": an expression in the unknown, worked
    out with the one root found."""
    if not VALUE_ASK.search(tail) or "=" in tail:
        return None
    from core.agents.mathspan import spans

    found = [s for s in spans(rewrite(tail)[0], letters_ok=True) if s.variables and not
             s.equation and (s.explicit or re.search(r"\d", s.text))]
    if len(found) != 1 or len(found[0].variables) != 1:
        return None
    return FollowUp("value", then=found[0].text)


def _expression(rewritten: str) -> str:
    from core.agents.mathspan import spans

    found = [s for s in spans(rewritten, letters_ok=True)
             if (s.explicit or "ANS" in s.text) and not s.equation]
    useful = [s for s in found if "ANS" in s.text or s.variables]
    return max(useful, key=lambda s: s.tokens).text if useful else ""


ROOTS_SHOWN = re.compile(r"\*\*((?:[a-z] = [^,*]+)(?:, [a-z] = [^,*]+)+)\*\*")


async def roots_step(tools: MathTools, request: str,
                     inputs: dict[str, AgentResult]) -> AgentResult | None:
    """A part that works on the roots an earlier part found ("take the bigger solution and
    tell me what 8x + 20 is for it", "now add up their squares"), or None."""
    follow = follow_up(request.lower(), "solve", whole=True)
    if follow is None:
        return None
    for earlier in inputs.values():
        shown = ROOTS_SHOWN.search(earlier.text.split("\n")[0]) if earlier.ok else None
        if shown is None or len({p.split(" = ")[0] for p in shown.group(1).split(", ")}) != 1:
            continue
        raw = MathResult("solve", "", shown.group(1), "", tuple(shown.group(1).split(", ")))
        done = await apply_follow(tools, follow, raw, AgentResult(ok=True, text=""))
        if done.text:
            return replace(done, text=done.text.strip(), basis=f"Used the roots {raw.exact}")
    return None


async def apply_follow(tools: MathTools, follow: FollowUp, raw: MathResult,
                       result: AgentResult) -> AgentResult:
    """``result`` with the step worked out after it; unchanged when it cannot be."""
    try:
        if follow.kind in ("zeros", "at"):
            return await _on_expression(tools, follow, raw, result)
        if follow.name == "zeros" and raw.operation != "solve":  # roots of a factored form
            solved = await tools.solve(f"{raw.exact} = 0", "x" if "x" in raw.exact else "")
            result = replace(result, text=f"{result.text}\n\nIts zeros: **{solved.exact}**")
            return await _on_roots(tools, follow, solved, result)
        return await _on_roots(tools, follow, raw, result)
    except (ToolError, ValueError, ZeroDivisionError):
        return result


async def _on_expression(tools: MathTools, follow: FollowUp, raw: MathResult,
                         result: AgentResult) -> AgentResult:
    if follow.kind == "zeros":
        solved = await tools.solve(f"{raw.exact} = 0", "x" if "x" in raw.exact else "")
        said = ("The second derivative is zero (a point of inflection) at" if follow.name ==
                "inflection" else "The derivative is zero at" if follow.name else "Its zeros:")
        function = raw.expression.removesuffix(" (2 times)")
        points = await _points(tools, function, solved, follow.name) if follow.name else ""
        return replace(result, text=f"{result.text}\n\n{said} **{solved.exact}**{points}",
                       expression=result.expression or raw.exact)
    put = re.sub(rf"(?<![a-z]){follow.name}(?![a-z(])", f"({follow.at})", raw.exact)
    value = await tools.calculate(put)
    shown = f"**{value.exact}**" + (f" ≈ {value.decimal}" if value.decimal else "")
    return replace(result, text=f"{result.text}\n\nAt {follow.name} = {follow.at} it is {shown}",
                   amount=_number(value))


async def _points(tools: MathTools, function: str, solved: MathResult,
                  kind: str = "stationary") -> str:
    """": the stationary points are (-2, 16) and (2, -16)" — each x with f(x)."""
    shown = []
    for solution in solved.solutions[:6]:
        name, sep, value = solution.partition(" = ")
        if not sep or "I" in value:
            continue
        height = await tools.calculate(re.sub(rf"(?<![a-z]){name}(?![a-z(])", f"({value})",
                                              function))
        shown.append(f"**({value}, {height.exact})**")
    if not shown:
        return ""
    kind = "inflection" if kind == "inflection" else "stationary"
    said = f"the {kind} point is" if len(shown) == 1 else f"the {kind} points are"
    return f"; {said} " + ", ".join(shown[:-1]) + (" and " if len(shown) > 1 else "") + shown[-1]


async def _on_roots(tools: MathTools, follow: FollowUp, raw: MathResult,
                    result: AgentResult) -> AgentResult:
    found = raw.solutions[0].split(", ") if len(raw.solutions) == 1 else list(raw.solutions)
    roots = [s.partition(" = ") for s in found]  # roots, or a system's unknowns: "x = 6, y = 4"
    if (len(roots) < 2 and follow.kind not in ("pick", "value")) or not roots or any(
            not sep or "," in value for _, sep, value in roots):
        return result
    name = roots[0][0]
    values = [value for _, _, value in roots]
    sizes = {v: await _size(tools, v) for v in values}
    order = sorted(values, key=lambda v: sizes[v])
    if follow.kind == "value" and (len(roots) != 1 or name not in follow.then):
        return result
    if follow.kind == "value":  # "… then tell me what 3x is"
        value = await tools.calculate(re.sub(rf"(?<![a-z]){name}(?![a-z(])", f"({values[0]})",
                                             follow.then))
        shown = f"**{value.exact}**" + (f" ≈ {value.decimal}" if value.decimal else "")
        return replace(result, text=f"{result.text}\n\nWith {name} = {values[0]}: {follow.then} = "
                                    f"{shown}", amount=_number(value))
    if follow.kind == "only":  # "x is positive": the root that fits, alone
        kept = [v for v in values if (sizes[v] > 0) == (follow.pick == "max") and sizes[v] != 0]
        if len(kept) != 1 or len(set(name for name, _, _ in roots)) != 1:
            return result
        left = ", ".join(v for v in values if v != kept[0])
        return replace(result, text=f"**{name} = {kept[0]}** (as {name} is {follow.name}; the "
                                    f"other root, {left}, is left out)", amount=_plain(kept[0]))
    if follow.kind == "pick":
        chosen = order[-1] if follow.pick == "max" else order[0]
        which = follow.name or ("larger" if follow.pick == "max" else "smaller")
        if not follow.then:
            return replace(result, text=f"{result.text}\n\nThe {which} root is **{name} = "
                                        f"{chosen}**", amount=_plain(chosen))
        from core.agents.math_agent import tidy  # the agent module imports this one

        asked = tidy(re.sub(rf"(?<![a-z]){name}(?![a-z(])|\bANS\b", f"({chosen})",
                            re.sub(r"\(\s*ANS\s*\)", "ANS", follow.then)))
        value = await tools.calculate(asked)
        shown = f"**{value.exact}**" + (f" ≈ {value.decimal}" if value.decimal else "")
        return replace(result, text=f"{result.text}\n\nWith the {which} root, {name} = {chosen}: "
                                    f"{value.expression} = {shown}", amount=_number(value))
    terms = [f"({v})" for v in values]
    built = {"sum": " + ".join(terms), "product": " * ".join(terms),
             "sumsq": " + ".join(f"{t}^2" for t in terms),
             "difference": f"({order[-1]}) - ({order[0]})",
             "mean": f"({' + '.join(terms)}) / {len(terms)}"}[follow.kind]
    value = await tools.calculate(built)
    shown = f"**{value.exact}**" + (f" ≈ {value.decimal}" if value.decimal else "")
    unknowns = list(dict.fromkeys(n for n, _, _ in roots))
    label = NAMES[follow.kind] if len(unknowns) == 1 else (  # a system: "the sum of x and y"
        f"the {'sum of the squares' if follow.kind == 'sumsq' else follow.kind} of "
        f"{' and '.join(unknowns)}")
    return replace(result, text=f"{result.text}\n\n{label.capitalize()}: "
                                f"{value.expression} = {shown}", amount=_number(value))


async def _size(tools: MathTools, value: str) -> float:
    """A root's size, for picking the larger one (complex roots cannot be ordered)."""
    worked = await tools.calculate(value)
    return float(worked.decimal or Fraction(worked.exact.replace(" ", "")))


def _plain(value: str) -> float | None:
    try:
        return float(Fraction(value.replace(" ", "")))
    except (ValueError, ZeroDivisionError):
        return None


def _number(value: MathResult) -> float | None:
    return _plain(value.exact) if _plain(value.exact) is not None else (
        _plain(value.decimal) if value.decimal else None)
