"""Points, shapes and pairs of values asked in words, each answered as named values.

- two points written (a, b): the slope, the line's equation, the distance, the midpoint
  ("slope of the line through (-8, -6) and (1, -9)", "line joining (1, 2) and (3, 8) in y =
  mx + c form", "how far apart are (0, 0) and (3, 4)?"); a vector's length;
- the tangent to a curve at a point: "equation of the tangent to y = x^2 - 6 at x = -2";
- a circle from its radius or diameter: area, circumference, in the unit named;
- a right-angled triangle from its two legs: hypotenuse, area, perimeter;
- a square from its area: side and perimeter; gcd and lcm together; a quadratic's
  discriminant (and its roots when asked too);
- a function of a function: "f(x) = 2x - 3, g(x) = x^2 - 4, what is f(g(-4))?";
- the sum of the first n terms of a geometric or arithmetic series.

The text is already expanded and lower-cased; every reader needs a question or an
imperative. Results go to :func:`core.agents.mathvalues.several` (operation ``values``).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathspan import spans
from core.agents.mathvalues import encode, line
from core.agents.mathwords import rewrite
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
N = rf"({NB})"
ASK = re.compile(ASKED)
PN = r"(-?\d+(?:\.\d+)?)"  # no thousands commas inside a point
POINT = re.compile(rf"\(\s*{PN}\s*,\s*{PN}\s*(?:,\s*{PN}\s*)?\)")
SLOPE = _c(r"\b(?:slope|gradient|steepness|rise\s+over\s+run|how\s+steep)\b")
EQUATION = _c(r"\bequation\b|\by\s*=\s*m\s*\*?\s*x|\bslope[-\s]intercept\b|\b(?:find|give|write|"
              r"what\s+is|what's)\s+(?:me\s+)?the\s+(?:straight\s+)?line\b|\bline's\s+equation\b")
DISTANCE = _c(r"\b(?:distance|how\s+far|length\s+of\s+the\s+(?:line\s+)?segment|how\s+long\s+is\s+"
              r"the\s+(?:line\s+)?segment|far\s+apart)\b")
MIDPOINT = _c(r"\b(?:mid-?\s?point|middle\s+point|halfway\s+point|half\s*way\s+between)\b")
SLOPE_GIVEN = _c(r"\b(?:slope|gradient)\s+(?:of\s+|is\s+|=\s*|m\s*=\s*)?(-?\d+(?:\.\d+)?(?:/\d+)?)"
                 r"(?![\d.])")
Y_CUT = _c(r"\by-?\s?intercept\b|\b(?:cross(?:es)?|cuts?|meets?|hits?)\s+the\s+y(?:-|\s)?axis\b")
LENGTH = _c(r"\b(?:length|magnitude|norm|how\s+long|size)\b")
VECTOR = _c(r"\bvector\b")
NAMED_FIRST = _c(r"^\W*(?:the\s+)?(?:slope|gradient|distance|mid-?\s?point|equation|length|"
                 r"magnitude|norm)\b")


def _points(text: str) -> Kind | None:
    found = POINT.findall(text)
    if not found or not (ASK.search(text) or NAMED_FIRST.match(text)):
        return None
    if len(found) == 1 and VECTOR.search(text) and LENGTH.search(text):
        squares = " + ".join(f"({_n(v)})^2" for v in found[0] if v)
        return Kind("values", encode(("length", f"sqrt({squares})", "")))
    if len(found) == 1 and not found[0][2] and (given := SLOPE_GIVEN.search(text)) is not None and (
            EQUATION.search(text) or Y_CUT.search(text) or re.search(r"\bline\b", text)):
        slope, (x0, y0) = Fraction(_n(given.group(1))), (Fraction(v) for v in found[0][:2])
        spec = f"line:{slope},{y0 - slope * x0}"  # "slope 3 through (1, 2)": y = 3x - 1
        return Kind("values", encode(("the line", spec, "") if not Y_CUT.search(text) else (
            "y-intercept", f"{y0 - slope * x0}", "")))
    if len(found) != 2 or found[0][2] or found[1][2]:
        return None
    (x1, y1, _), (x2, y2, _) = ((Fraction(_n(a)), Fraction(_n(b)), c) for a, b, c in found)
    asks: list[tuple[int, tuple[str, str, str]]] = []
    if (m := SLOPE.search(text)) is not None and x1 != x2:
        asks.append((m.start(), ("slope", f"({y2 - y1})/({x2 - x1})", "")))
    if (m := EQUATION.search(text)) is not None:
        slope = (y2 - y1) / (x2 - x1) if x1 != x2 else Fraction(0)
        spec = f"line:{slope},{y1 - slope * x1}" if x1 != x2 else f"text:x = {x1}"
        asks.append((m.start(), ("the line", spec, "")))
    if (m := Y_CUT.search(text)) is not None and x1 != x2 and not (
            EQUATION.search(text) and "slope-intercept" in text):
        slope = (y2 - y1) / (x2 - x1)
        asks.append((m.start(), ("y-intercept", f"{y1 - slope * x1}", "")))
    if (m := DISTANCE.search(text)) is not None:
        asks.append((m.start(), ("distance", f"sqrt(({x2 - x1})^2 + ({y2 - y1})^2)", "")))
    if (m := MIDPOINT.search(text)) is not None:
        asks.append((m.start(), ("midpoint", f"text:({(x1 + x2) / 2}, {(y1 + y2) / 2})", "")))
    if not asks:
        return None
    parts = [part for _, part in sorted(asks)]
    if x1 != x2 and not any(spec.startswith("line:") for _, spec, _ in parts):
        slope = (y2 - y1) / (x2 - x1)  # the line itself, for a plot asked after
        parts.append(("", f"curve:{line(slope, y1 - slope * x1).partition(' = ')[2]}", ""))
    return Kind("values", encode(*parts))


# --- the tangent to a curve ---------------------------------------------------------------
TANGENT = _c(r"\btangent(?:\s+line)?\s+(?:to|of|at|for|on)\b|\btangent\s+line\b|\bequation\s+of\s+"
             r"the\s+tangent\b")
AT_X = _c(rf"\b(?:at|where|when|for)\s+(?:the\s+point\s+(?:where\s+)?)?x\s*(?:=|is|equals)\s*{N}|"
          rf"\bat\s+(?:the\s+point\s+)?\(\s*{N}\s*,\s*{NB}\s*\)")


def _curve(text: str) -> str:
    rewritten, _ = rewrite(re.sub(r"\b[a-z]\s*\(\s*x\s*\)\s*=", " y =", text))
    found = [s for s in spans(rewritten, letters_ok=True) if s.variables == frozenset("xy") or
             s.variables == frozenset("x")]
    if not found:
        return ""
    best = max(found, key=lambda s: s.tokens)
    left, eq, right = best.text.partition("=")
    return right.strip() if eq and re.fullmatch(r"\s*(?:y|[a-z]\s*\(\s*x\s*\))\s*", left) else (
        "" if eq else best.text)


def _tangent(text: str) -> Kind | None:
    if not TANGENT.search(text) or (at := AT_X.search(text)) is None:
        return None
    curve = _curve(text[:at.start()] + " ; " + text[at.end():])
    if not curve or "y" in curve:
        return None
    return Kind("values", encode(("tangent", f"tangent:{curve},{_n(at.group(1) or at.group(2))}",
                                  "")))


# --- shapes -------------------------------------------------------------------------------
UNIT = (r"(?:(mm|cm|km|m|in|inches|ft|feet|yd|yards|miles|metres|meters|centimetres|"
        r"centimeters)(?![a-z]))")
SQUARED = {"inches": "in", "feet": "ft", "yards": "yd", "metres": "m", "meters": "m",
           "centimetres": "cm", "centimeters": "cm"}
ROUND = _c(r"\b(?:circle|circular|round|disc|disk|pizza|wheel|ring)\b")
RADIUS = _c(rf"\b(radius|diameter|across)\s+(?:of\s+|is\s+|=\s*|measures\s+)?{N}\s*{UNIT}?|"
            rf"{N}\s*{UNIT}?\s+(radius|diameter|across)\b")
CIRCLE_ASKS = (("area", _c(r"\barea\b"), "pi*({r})^2", 2),
               ("circumference", _c(r"\b(?:circumference|perimeter|around\s+the\s+edge|"
                                    r"distance\s+around|(?:one|a|each|1)\s+(?:full\s+)?(?:turn|"
                                    r"revolution|rotation|lap))\b"), "2*pi*({r})", 1),
               ("diameter", _c(r"\bdiameter\b"), "2*({r})", 1),
               ("radius", _c(r"\bradius\b"), "{r}", 1))


def _unit(unit: str, power: int) -> str:
    unit = SQUARED.get(unit, unit)
    return "" if not unit else unit if power == 1 else f"{unit}²"


def _circle(text: str) -> Kind | None:
    if not ROUND.search(text) or not ASK.search(text) or (m := RADIUS.search(text)) is None:
        return None
    given, number, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
        m.group(6), m.group(4), m.group(5))
    if number.startswith("-"):
        return None
    radius = _n(number) if given == "radius" else f"{_n(number)}/2"
    rest = text[:m.start()] + " ; " + text[m.end():]
    asks = sorted((a.start(), name, form, power) for name, pattern, form, power in CIRCLE_ASKS
                  if (a := pattern.search(rest)) is not None and name != given)
    if not asks:
        return None
    return Kind("values", encode(*((name, form.format(r=radius), _unit(unit or "", power))
                                   for _, name, form, power in asks)))


RIGHT = _c(r"\bright(?:-|\s)?angled?\b|\bright\s+triangle\b|\blegs?\b")
LEGS = _c(rf"\b(?:legs?|sides?|shorter\s+sides|arms)\s+(?:of\s+|are\s+|measuring\s+|=\s*)?{N}\s*"
          rf"{UNIT}?\s*(?:and|,|&|by)\s*{N}\s*{UNIT}?")
TRIANGLE_ASKS = (("hypotenuse", _c(r"\b(?:hypotenuse|longest\s+side|third\s+side|slanted\s+"
                                    r"side)\b"), "sqrt(({a})^2 + ({b})^2)", 1),
                 ("area", _c(r"\barea\b"), "({a})*({b})/2", 2),
                 ("perimeter", _c(r"\bperimeter\b"), "{a} + {b} + sqrt(({a})^2 + ({b})^2)", 1))


def _right_triangle(text: str) -> Kind | None:
    if not RIGHT.search(text) or not ASK.search(text) or (m := LEGS.search(text)) is None:
        return None
    a, b, unit = _n(m.group(1)), _n(m.group(3)), m.group(2) or m.group(4) or ""
    asks = sorted((f.start(), name, form, power) for name, p, form, power in TRIANGLE_ASKS
                  if (f := p.search(text)) is not None)
    if len(asks) < 2:
        return None
    return Kind("values", encode(*((name, form.format(a=a, b=b), _unit(unit, power))
                                   for _, name, form, power in asks)))


SQUARE_AREA = _c(rf"\bsquare\b[^.?!]*?\barea\s+(?:of\s+|is\s+|=\s*)?{N}\s*(?:(?:sq\.?|square)\s*"
                 rf"{UNIT}|{UNIT}\s*(?:²|\^\s*2|2\b|squared\b))?")
SIDE = _c(r"\b(?:side|sides|side\s+length|how\s+long|how\s+wide|width|length)\b")
PERIMETER = _c(r"\b(?:perimeter|fenc\w*|border|all\s+the\s+way\s+round)\b")
DIAGONAL = _c(r"\bdiagonal\b")


def _square(text: str) -> Kind | None:
    if (m := SQUARE_AREA.search(text)) is None or not ASK.search(text):
        return None
    root, unit = f"sqrt({_n(m.group(1))})", m.group(2) or m.group(3) or ""
    rest = text[m.end():]
    asks = sorted((f.start(), name, form) for name, p, form in (
        ("side", SIDE, root), ("perimeter", PERIMETER, f"4*{root}"),
        ("diagonal", DIAGONAL, f"{root}*sqrt(2)")) if (f := p.search(rest)) is not None)
    if len(asks) < 2:
        return None
    return Kind("values", encode(*((name, form, _unit(unit, 1)) for _, name, form in asks)))


RECT_GAP = _c(rf"{N}\s*{UNIT}?\s+longer\s+than\s+(?:it\s+is\s+)?(?:wide|broad|its\s+width|"
              rf"the\s+width)")
RECT_TIMES = _c(rf"\b(twice|double|triple|{N}\s+times)\s+as\s+long\s+as\s+(?:it\s+is\s+)?(?:wide|"
                rf"broad)|\blength\s+is\s+(twice|double|triple|{N}\s+times)\s+(?:the|its)\s+width")
RECT_AREA = _c(rf"\b(?:covers|area(?:\s+of|\s+is|\s*=|\s*:)?|has\s+an\s+area\s+of|takes\s+up|"
               rf"measures)\s+{N}\s*"
               rf"(?:(?:sq\.?|square)\s*{UNIT}|{UNIT}\s*(?:²|\^\s*2|2\b|squared\b))?")
RECT_ASKS = (("width", _c(r"\b(?:width|wide|breadth)\b")), ("length", _c(r"\b(?:length|long)\b")),
             ("perimeter", _c(r"\b(?:perimeter|fenc\w*|border)\b")))


def _blank(text: str, match: re.Match[str]) -> str:
    return text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]


def _rectangle(text: str) -> Kind | None:
    """"8 m longer than it is wide and covers 209 m²": width, length, perimeter."""
    gap, times = RECT_GAP.search(text), RECT_TIMES.search(text)
    if (gap is None) == (times is None) or (area := RECT_AREA.search(text)) is None or not (
            ASK.search(text) or re.search(r"\bsolve\b", text)):
        return None
    whole = _n(area.group(1))
    if gap is not None:
        d, unit = _n(gap.group(1)), gap.group(2) or area.group(2) or area.group(3) or ""
        root = f"sqrt(({d})^2 + 4*{whole})"
        width, length = f"({root} - {d})/2", f"({root} + {d})/2"
        told = _blank(text, gap)
    else:
        assert times is not None
        word = times.group(1) or times.group(3)
        k = {"tw": "2", "do": "2", "tr": "3"}.get(word[:2]) or _n(times.group(2) or times.group(4))
        unit, width = area.group(2) or area.group(3) or "", f"sqrt({whole}/{k})"
        length, told = f"{k}*sqrt({whole}/{k})", _blank(text, times)
    forms = {"width": width, "length": length, "perimeter": f"2*({width}) + 2*({length})"}
    told = _blank(told, area)
    asks = sorted((f.start(), name) for name, p in RECT_ASKS if (f := p.search(told)) is not None)
    if not asks and re.search(r"\b(?:dimensions|size|sides|how\s+big)\b", told):
        asks = [(0, "width"), (1, "length")]
    if not asks:
        return None
    return Kind("values", encode(*((name, forms[name], _unit(unit, 1)) for _, name in asks)))


GCD = _c(r"\b(?:gcd|hcf|gcf|greatest\s+common\s+(?:divisor|factor)|highest\s+common\s+factor)\b")
LCM = _c(r"\b(?:lcm|least\s+common\s+multiple|lowest\s+common\s+multiple)\b")
PRODUCT_TOO = _c(r"\bmultipl\w*\s+(?:them|the\s+two|those|these|both)\b|"
                 r"\b(?:their|the)\s+product\b")


def _gcd_lcm(text: str) -> Kind | None:
    if (g := GCD.search(text)) is None or (m := LCM.search(text)) is None:
        return None
    first, second = sorted((g, m), key=lambda found: found.start())
    own = [text[first.end():second.start()], text[second.end():]]  # "LCM of 18 and 10? GCF of 12 …"
    counts = [re.findall(r"(?<![\d.])\d[\d,]*(?![\d.])", part) for part in own]
    numbers = [_n(x) for x in re.findall(r"(?<![\d.])\d[\d,]*(?![\d.])", text)]
    if not 2 <= len(numbers) <= 5:
        return None
    if all(len(c) >= 2 for c in counts):  # each asked of its own numbers
        names = ["gcd" if first is g else "lcm", "lcm" if first is g else "gcd"]
        return Kind("values", encode(*((name, _nest(name, [_n(x) for x in c]), "")
                                       for name, c in zip(names, counts, strict=True))))
    parts = [("gcd", f"gcd({', '.join(numbers)})" if len(numbers) == 2 else _nest("gcd", numbers),
              ""), ("lcm", _nest("lcm", numbers), "")]
    ordered = parts if g.start() < m.start() else parts[::-1]
    if len(numbers) == 2 and PRODUCT_TOO.search(text):  # "… multiply them together as well"
        ordered.append(("gcd × lcm", f"{parts[0][1]}*{parts[1][1]}", ""))
    return Kind("values", encode(*ordered))


def _nest(name: str, numbers: list[str]) -> str:
    expression = numbers[0]
    for number in numbers[1:]:
        expression = f"{name}({expression}, {number})"
    return expression


DISCRIMINANT = _c(r"\bdiscriminant\b")
ROOTS = _c(r"\b(?:roots?|zeros?|zeroes|solutions?|solve|x-intercepts?)\b")


def _discriminant(text: str) -> Kind | None:
    if (m := DISCRIMINANT.search(text)) is None or not ASK.search(text):
        return None
    curve = _curve(text)
    if not curve or "y" in curve:
        return None
    parts = [("discriminant", f"disc:{curve}", "")]
    if (r := ROOTS.search(text)) is not None:
        parts.insert(0 if r.start() < m.start() else 1, ("roots", f"roots:{curve}", ""))
    return Kind("values", encode(*parts))


# --- a function of a function -------------------------------------------------------------
DEFINE = _c(r"\b([a-z])\s*\(\s*x\s*\)\s*=\s*")
NESTED = _c(rf"\b([a-z])\s*\(\s*([a-z])\s*\(\s*({NB}|x)\s*\)\s*\)")
DEF_END = _c(r"\s*(?:,\s*and\b|,|;|\band\b|\bwhat\b|\bfind\b|\bwork\b|\bthen\b|\?|\.(?!\d)|$)")


def _composed(text: str) -> Kind | None:
    if (call := NESTED.search(text)) is None:
        return None
    rules: dict[str, str] = {}
    for m in DEFINE.finditer(text):
        end = DEF_END.search(text, m.end() + 1)
        body = text[m.end():end.start() if end else len(text)]
        found = spans(rewrite(body)[0], letters_ok=True)
        if found:
            rules[m.group(1)] = max(found, key=lambda s: s.tokens).text
    outer, inner, at = call.group(1), call.group(2), call.group(3)
    if outer not in rules or inner not in rules:
        return None
    def put(rule: str, value: str) -> str:
        return re.sub(r"(?<![a-z])x(?![a-z(])", f"({value})", rule)
    expression = put(rules[outer], put(rules[inner], _n(at)))
    return Kind("expand" if at == "x" else "evaluate", expression)


# --- series -------------------------------------------------------------------------------
SERIES = _c(r"\b(geometric|arithmetic)\s+(?:series|sequence|progression)\b")
TERMS = _c(rf"\bfirst\s+{N}\s+terms\b|\b{N}\s+terms\b")
FIRST = _c(rf"\bfirst\s+term\s+(?:is\s+|of\s+|=\s*|a\s*=\s*)?{N}|\ba\s*=\s*{N}|\bstarts?\s+"
           rf"(?:at|with)\s+{N}")
RATIO = _c(rf"\b(?:common\s+)?ratio\s+(?:is\s+|of\s+|=\s*|r\s*=\s*)?{N}|\br\s*=\s*{N}")
DIFFERENCE = _c(rf"\b(?:common\s+)?difference\s+(?:is\s+|of\s+|=\s*|d\s*=\s*)?{N}|\bd\s*=\s*{N}")
LISTED = re.compile(rf"{N}\s*,\s*{N}\s*,\s*{N}(?:\s*,\s*{NB})*\s*,?\s*(?:\.\.\.|…)")


def _series(text: str) -> Kind | None:
    if (kind := SERIES.search(text)) is None or (n := TERMS.search(text)) is None:
        return None
    count = _n(n.group(1) or n.group(2))
    first, step = FIRST.search(text), (RATIO if kind.group(1) == "geometric" else DIFFERENCE
                                       ).search(text)
    listed = LISTED.search(text)
    if first is not None and step is not None:
        a, k = (_n(next(g for g in m.groups() if g)) for m in (first, step))
    elif listed is not None:
        a, b = _n(listed.group(1)), _n(listed.group(2))
        k = f"({b})/({a})" if kind.group(1) == "geometric" else f"({b}) - ({a})"
    else:
        return None
    if "." in count:
        return None
    if kind.group(1) == "geometric":
        return Kind("evaluate", f"({a})*(({k})^{count} - 1)/(({k}) - 1)" if Fraction(
            eval_ratio(k)) != 1 else f"({a})*{count}")
    return Kind("evaluate", f"{count}*(2*({a}) + ({count} - 1)*({k}))/2")


def eval_ratio(k: str) -> Fraction:
    """"(6)/(3)" → 2: a ratio written from two listed terms."""
    parts = re.findall(r"-?\d+(?:\.\d+)?", k)
    if "/" in k and len(parts) == 2 and Fraction(parts[1]) != 0:
        return Fraction(parts[0]) / Fraction(parts[1])
    return Fraction(parts[0]) if parts else Fraction(0)


FENCE = _c(rf"{N}\s*{UNIT}?\s+(?:of\s+)?(?:fenc\w*|rope|border|edging|netting|wire|railing)\b|"
           rf"\bperimeter\s+(?:of\s+|is\s+|=\s*)?{N}\s*{UNIT}?")
PEN = _c(r"\b(?:rectang\w*|oblong|pen|field|enclosure|paddock|garden|plot|yard|run|"
         r"four[-\s]sided)\b")
MOST = _c(r"\b(?:biggest|largest|greatest|maximum|max|most|maximi[sz]\w*)\b[^.?!]{0,30}?"
          r"\b(?:area|space|room|enclose|fence\s+in|cover)")
WALL = _c(r"\b(?:wall|river|barn|fence\s+already|hedge|house|building|stream|cliff)\b|"
          r"\b(?:three|3)\s+sides\b")


def _fence(text: str) -> Kind | None:
    """"216 m of fencing for a rectangular pen, the biggest area?" → a square, (216/4)²; with a
    wall on one side, a rectangle twice as long as wide: 216²/8; a square pen's side and area."""
    if (fence := FENCE.search(text)) is None or not PEN.search(text) or not ASK.search(text):
        return None
    total, said = _n(fence.group(1) or fence.group(3)), fence.group(2) or fence.group(4) or ""
    unit, area = _unit(said, 1), _unit(said, 2)
    if MOST.search(text) and re.search(r"\b(?:dimensions|sides?|length|width|how\s+long|wide)\b",
                                       text) and not WALL.search(text):  # "what dimensions…"
        return Kind("values", encode(("each side", f"({total})/4", unit),
                                     ("area", f"(({total})/4)^2", area)))
    if MOST.search(text):
        return Kind("evaluate", f"({total})^2/8" if WALL.search(text) else f"(({total})/4)^2",
                    unit=area)
    if re.search(r"\bsquare\b", text) and SIDE.search(text) and re.search(r"\barea\b", text):
        return Kind("values", encode(("side", f"({total})/4", unit),
                                     ("area", f"(({total})/4)^2", area)))
    return None


READERS = (_tangent, _points, _circle, _right_triangle, _square, _rectangle, _gcd_lcm,
           _discriminant, _composed, _series, _fence)


def shaped(text: str) -> Kind | None:
    """The named values a point, shape or pair question asks for, or None."""
    return first_found(READERS, text)
