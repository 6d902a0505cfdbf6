"""Everyday number questions asked by meaning, each read from its many wordings.

- the number halfway between two others: "what's midway between -6 and 137?";
- how many whole times one number goes into another: "how often does 27 fit into 691?";
- a percentage error from the true and the measured value: "actual 338, I got 300 — % error?";
- a ratio in its simplest form: "simplify 65:78", "write 54 to 30 in lowest terms";
- an amount shared equally: "split 3146 three ways", "divide 500 between 7 people";
- a price scaled to another count: "if 6 pens cost 27.30, what do 31 cost?";
- direct and inverse variation: "y varies directly with x; y = 28 when x = 4; y when x = 12?";
- a term of an arithmetic or geometric sequence told by its start and step: "starts at -20
  and goes up by 8 each time, term 21?".

The text is already expanded and lower-cased; every reader needs a question or an imperative.
A kind told before its values ("y varies inversely as x.") is a ``wait`` kind: it is no
calculation yet, so the sentences after it are read with it.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import gcd

from core.agents.mathcount import counted
from core.agents.mathkinds import Kind
from core.agents.mathmeans import means
from core.agents.mathmore import number_fact
from core.agents.mathnamed import polynomial
from core.agents.mathsystem import bundle_system
from core.agents.mathvalues import encode
from core.agents.mathwritten import written
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
N = rf"({NB})"
ASK = re.compile(ASKED)
MONEY = r"[$€£¥]?\s*"

HALFWAY = _c(rf"\b(?:half\s*-?\s*way|mid\s*-?\s*way|exactly\s+in\s+the\s+middle|in\s+the\s+middle|"
             rf"mid\s*-?\s*point|middle\s+number|centre|center)\s+(?:point\s+)?(?:between|of|from)\s+"
             rf"{N}\s+(?:and|to)\s+{N}")
GOES_INTO = (_c(rf"\bhow\s+many\s+(?:whole\s+|full\s+|complete\s+)?times\s+"
                rf"(?:does|will|can|would|could)\s+{N}\s+(?:go|fit)\s+(?:in(?:to)?)\s+{N}"),
             _c(rf"\bhow\s+many\s+(?:whole\s+|full\s+|complete\s+)?{N}s?\s+(?:go|fit|are\s+there)\s+"
                rf"in(?:to)?\s+{N}"),
             _c(rf"\bhow\s+(?:many\s+times|often)\s+(?:does|will|can)\s+{N}\s+(?:go|fit|divide)\s+"
                rf"in(?:to)?\s+{N}"),
             _c(rf"\bhow\s+many\s+(?:whole\s+)?times\s+(?:does|will|can)\s+{N}\s+divide\s+in(?:to)?\s+"
                rf"{N}"))
ERROR = _c(r"(?:\bpercent(?:age)?|\bper\s+cent|%)\s+error\b|\berror\s+(?:as\s+a\s+|in\s+)?"
           r"(?:percent(?:age)?|%)|\brelative\s+error\b")
TRUE = _c(rf"\b(?:true|actual|accepted|real|correct|exact|expected|theoretical|known)\s+"
          rf"(?:value|answer|length|mass|weight|figure|reading|number)?\s*(?:is|was|of|=|:)?\s*{N}|"
          rf"\b(?:should\s+(?:be|have\s+been)|supposed\s+to\s+be|really\s+(?:is|was))\s+{N}|"
          rf"{N}\s+(?:is|was)\s+the\s+(?:true|actual|accepted|real|correct)\b")
MEASURED = _c(rf"\b(?:measured|estimated|guessed|observed|experimental|recorded|got|get|"
              rf"found|gave|gives|showed|shows|came\s+out\s+(?:at|as)|"
              rf"read|calculated)\s+(?:value\s+)?(?:as\s+|is\s+|was\s+|of\s+|=\s*|:\s*)?"
              rf"(?:it\s+(?:as|at)\s+)?{N}|"
              rf"\b(?:measurement|estimate|guess|reading|result|my\s+value)\s+"
              rf"(?:is\s+|was\s+|of\s+|=\s*|:\s*)?{N}|"
              rf"{N}\s+(?:is|was)\s+(?:the\s+|my\s+)?(?:measured|estimated|measurement|estimate|"
              rf"guess)")
RATIO = _c(r"(?<![\d.:])((?:\d+(?:\.\d+)?)(?:\s*:\s*\d+(?:\.\d+)?){1,3})(?![\d.:])|"
           r"\b(\d+(?:\.\d+)?)\s+to\s+(\d+(?:\.\d+)?)\b")
SIMPLEST = _c(r"\bsimplif\w*|\bsimplest\b|\blowest\s+terms\b|\breduc\w*|\bsmallest\s+whole\b|"
              r"\bcancel\w*\s+down\b")
RATIO_WORD = _c(r"\bratios?\b")
IMPERATIVE = _c(r"^\W*(?:please\s+)?(?:simplify|reduce|write|express|give|put|cancel)\b")
SHARE = _c(rf"\b(?:split|share|shared|divide|divided|splitting|sharing|dividing)\s+(?:up\s+)?"
           rf"{MONEY}{N}\s*(?:[a-z]+\s+)?(?:(?:in(?:to)?\s+)?(\d+)\s+(?:ways|equal\s+(?:parts|shares|ways))|"
           rf"(?:equally\s+)?(?:between|among(?:st)?|by)\s+(\d+)(?:\s+(?:people|persons|friends|of\s+us|"
           rf"kids|children|ways))?\b(?!\s*%))")
EACH = _c(r"\beach\b|\bapiece\b|\bper\s+(?:person|head)\b|\bhow\s+much\s+(?:do|does|will|would)\s+"
          r"(?:we|they|everyone|everybody)\b|\bshare\b")
PRICED = _c(rf"\b(\d+(?:\.\d+)?)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:cost|costs|come\s+to|are|sell\s+for|"
            rf"go\s+for|for)\s+{MONEY}(\d+(?:\.\d+)?)\b")
SCALED = _c(r"\b(?:how\s+much\s+(?:would|will|do|does|for|are|is)|what\s+(?:would|will|do)|"
            r"price\s+of|cost\s+of|what\s+is\s+the\s+(?:price|cost)\s+(?:of|for))\s+"
            r"(?:it\s+be\s+for\s+|i\s+pay\s+for\s+)?"
            r"(\d+(?:\.\d+)?)(?:\s+([a-z]+))?")
VARIES = _c(r"\b(?P<y>[a-z])\s+(?:varies|is|are)\s+(?:(?P<how>directly|inversely)\s+)?"
            r"(?P<word>proportional\s+|related\s+)?(?:to|with|as)\s+(?:the\s+(?P<p>square\s+root|square|"
            r"cube)\s+of\s+)?(?P<x>[a-z])\b|\b(?P<y2>[a-z])\s+(?:and|&)\s+(?P<x2>[a-z])\s+(?:are\s+|vary\s+)"
            r"(?P<how2>directly|inversely)\s*(?:proportional|related)?\b|\b(?P<y3>[a-z])\s*∝\s*"
            r"(?P<inv>1\s*/\s*)?(?P<x3>[a-z])(?P<p3>\s*\^\s*[23]|[²³])?")
SEQ_START = _c(rf"\b(?:starts?|starting|begins?|beginning)\s+(?:at|with|from|on)\s+{N}|"
               rf"\bfirst\s+term\s+(?:is\s+|of\s+|=\s*)?{N}|\ba\s*(?:1|₁)\s*=\s*{N}")
SEQ_STEP = _c(rf"\b(?:goes\s+up|going\s+up|increases?|increasing|rises?|grows?|adds?|adding|goes\s+"
              rf"down|going\s+down|decreases?|decreasing|drops?|falls?|subtracts?|taking\s+away|"
              rf"takes?\s+away)\s+(?:by\s+)?{N}|\b(?:common\s+)?difference\s+(?:is\s+|of\s+|=\s*)?{N}|"
              rf"\bd\s*=\s*{N}|\bstep\s+(?:is\s+|of\s+)?{N}")
SEQ_RATIO = _c(rf"\b(?:common\s+)?ratio\s+(?:is\s+|of\s+|=\s*)?{N}|\b(?:multiplied|multiplies|"
               rf"multiplying|times)\s+(?:by\s+)?{N}\s+each|\br\s*=\s*{N}")
SEQ_TERM = _c(r"(?<!first\s)\bterm\s+(?:number\s+|no\.?\s+)?(\d+)\b|"
              r"\b(\d+)(?:st|nd|rd|th)\s+(?:term|number|value)\b|"
              r"\bn\s*=\s*(\d+)\b")
DEFINITION = _c(r"\b[a-z]\s*\(\s*[a-z]\s*\)\s*=\s*[-+*/^().\d\sa-z]+?(?=\s*(?:[,;.]|\band\b|$))")
GLUE = frozenset("and let given suppose if where with also we have define defined as be is are "
                 "the functions function".split())
SUB_ASK = _c(r"\b(?:evaluate|find(?:\s+the\s+value\s+of)?|work\s+out|calculate|compute|what\s+is|"
             r"what's|(?:the\s+)?value\s+of)\s+([-+*/^().\d\sa-z]*?[a-z][-+*/^().\d\sa-z]*?)\s+"
             r"(?:when|if|for|where|given(?:\s+that)?|with|at)\s+(?=[a-z]\s*=)")
ASSIGNED = _c(r"(?<![a-z])([a-z])\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)(?![\d.])")
FUNCTIONS = frozenset("sqrt cbrt sin cos tan exp log ln abs".split())
Y_CUT = _c(r"\by-?\s?intercepts?\b|\b(?:cross(?:es)?|cuts?|meets?|hits?)\s+the\s+y(?:-|\s)?axis\b")
X_CUTS = _c(r"\bx-?\s?intercepts?\b|\b(?:cross(?:es)?|cuts?|meets?|hits?)\s+the\s+x(?:-|\s)?axis\b|"
            r"\broots\b|\bzeros\b")
CURVE = _c(r"\by\s*=\s*([-+*/^().\d\sx]+?)\s*(?=[,;?.]|\band\b|\bgive\b|\bwhat\b|\bfind\b|"
           r"\bcross|\bcut|\bmeet|\bhit|$)")
DOWN = _c(r"\b(?:down|decreas\w*|drops?|falls?|subtract\w*|tak\w+\s+away)\b")


def _definitions(text: str) -> Kind | None:
    """Functions only defined ("f(x) = x + 8 and g(x) = 2x^2."): the question comes next (a
    definition alone is no calculation)."""
    if not DEFINITION.search(text):
        return None
    rest = re.findall(r"[a-z]+", DEFINITION.sub(" ", text))
    return Kind("wait", "") if all(word in GLUE for word in rest) else None


def _substituted(text: str) -> Kind | None:
    """"evaluate 3a^2 - 2ab + b^2 when a = -6 and b = -2": every letter replaced by its value."""
    if (found := SUB_ASK.search(text)) is None or not re.search(r"[-+*/^]", found.group(1)):
        return None
    runs = re.findall(r"[a-z]+", found.group(1))
    if any(len(run) > 3 and run not in FUNCTIONS for run in runs):
        return None  # words, not a product of letters
    values = dict(ASSIGNED.findall(text[found.end():]))
    letters = {c for run in runs if run not in FUNCTIONS for c in run}
    if not letters <= values.keys():
        rest = re.findall(r"[a-z]+", ASSIGNED.sub(" ", text[found.end():]))
        return Kind("wait", "") if all(w in GLUE for w in rest) else None
    expression = re.sub(r"[a-z]+", lambda m: m.group(0) if m.group(0) in FUNCTIONS else "*".join(
        f"({values[c]})" for c in m.group(0)), found.group(1).strip())
    expression = re.sub(r"(?<=[\d)])\s*(?=\()", "*", expression)
    return Kind("evaluate", expression)


def _curve_cuts(text: str) -> Kind | None:
    """"for y = x^2 + 8x + 15, the y-intercept (and the x-intercepts)": y at x = 0."""
    if not Y_CUT.search(text) or (curve := CURVE.search(text)) is None:
        return None
    body = curve.group(1).strip()
    terms = polynomial(body.replace(" ", "").replace("*", ""))
    if terms is None or not any(degree > 0 for degree in terms):
        return None
    at = terms.get(0, Fraction(0))
    shown = str(at.numerator) if at.denominator == 1 else str(at)
    parts = [("y-intercept", f"text:y = {shown}, the point (0, {shown})", "")]
    if X_CUTS.search(text):
        parts.append(("x-intercepts", f"roots:{body}", ""))
    return Kind("values", encode(*parts))


def _halfway(text: str) -> Kind | None:
    if (found := HALFWAY.search(text)) is None or not ASK.search(text):
        return None
    return Kind("evaluate", f"(({_n(found.group(1))}) + ({_n(found.group(2))}))/2", show="decimal")


def _goes_into(text: str) -> Kind | None:
    for pattern in GOES_INTO:
        if (found := pattern.search(text)) is not None:
            small, big = _n(found.group(1)), _n(found.group(2))
            if Fraction(small) == 0:
                return None
            times = f"floor(({big})/({small}))"
            return Kind("values", encode(("times", times, ""),
                                         ("left over", f"({big}) - ({small})*{times}", "")))
    return None


def _percent_error(text: str) -> Kind | None:
    if not ERROR.search(text) or (true := TRUE.search(text)) is None:
        return None
    measured = MEASURED.search(text)
    if measured is None:
        return None
    exact = _n(next(g for g in true.groups() if g))
    got = _n(next(g for g in measured.groups() if g))
    if Fraction(exact) == 0:
        return None
    return Kind("evaluate", f"abs(({got}) - ({exact}))/abs({exact})*100", unit="%")


def _ratio(text: str) -> Kind | None:
    if not (ASK.search(text) or IMPERATIVE.match(text)) or not (
            SIMPLEST.search(text) or RATIO_WORD.search(text)):
        return None
    found = RATIO.search(text)
    if found is None or (found.group(2) and not RATIO_WORD.search(text)):
        return None
    rest = text[:found.start()] + text[found.end():]
    if not SIMPLEST.search(text) and re.search(r"\d", rest):
        return None  # "… in the ratio 1:3, 20 kg in all": a share, not the ratio itself
    parts = re.findall(r"\d+(?:\.\d+)?", found.group(1)) if found.group(1) else [
        found.group(2), found.group(3)]
    values = [Fraction(p) for p in parts]
    if len(values) < 2 or any(v == 0 for v in values):
        return None
    scale = 1
    for v in values:
        scale = scale * v.denominator // gcd(scale, v.denominator)
    whole = [int(v * scale) for v in values]
    common = 0
    for w in whole:
        common = gcd(common, w)
    simplest = ":".join(str(w // common) for w in whole)
    return Kind("values", encode(("ratio", f"text:{simplest}", "")))


def _share(text: str) -> Kind | None:
    if (found := SHARE.search(text)) is None or not (EACH.search(text) or ASK.search(text)):
        return None
    count = found.group(2) or found.group(3)
    if not count or int(count) == 0:
        return None
    return Kind("evaluate", f"({_n(found.group(1))})/{count}", show="decimal")


def _scaled_price(text: str) -> Kind | None:
    if (priced := PRICED.search(text)) is None or (asked := SCALED.search(text)) is None:
        return None
    if asked.start() < priced.end() or Fraction(priced.group(1)) == 0:
        return None
    thing, other = priced.group(2).split()[-1], asked.group(2) or ""
    if other and thing.rstrip("s")[:4] != other.rstrip("s")[:4] and other not in (
            "of", "more", "them", "cost", "be", "set", "lots", "packs", "bags", "boxes"):
        return None
    expression = f"({priced.group(3)})/({priced.group(1)})*({asked.group(1)})"
    return Kind("evaluate", expression, money=True)


def _variation(text: str) -> Kind | None:
    if (found := VARIES.search(text)) is None:
        return None
    if found["y"]:
        if not (found["how"] or found["word"] or "vari" in found.group(0)):
            return None  # "y is to x …"
        y, x, how, power = found["y"], found["x"], found["how"] or "directly", found["p"]
    elif found["y2"]:
        y, x, how, power = found["y2"], found["x2"], found["how2"], None
    else:
        y, x, how = found["y3"], found["x3"], "inversely" if found["inv"] else "directly"
        power = {"2": "square", "3": "cube", "²": "square", "³": "cube"}.get(
            (found["p3"] or "")[-1:], None)
    exponent = {"square": "2", "cube": "3", "square root": "1/2"}.get(power or "", "1")
    told = text[found.end():]
    ys = re.findall(rf"(?<![a-z]){y}\s*(?:=|is|equals)\s*({NB})", told)
    xs = re.findall(rf"(?<![a-z]){x}\s*(?:=|is|equals)\s*({NB})", told)
    sign = "" if how.startswith("direct") else "-"
    if len(ys) == 1 and len(xs) == 2:
        expr = f"({_n(ys[0])})*(({_n(xs[1])})/({_n(xs[0])}))^({sign}{exponent})"
        return Kind("evaluate", expr, named=y)
    if len(ys) == 2 and len(xs) == 1:
        expr = f"({_n(xs[0])})*(({_n(ys[1])})/({_n(ys[0])}))^({sign}1/({exponent}))"
        return Kind("evaluate", expr, named=x)
    return Kind("wait", "")  # the values (or the question) come in the next sentences


def _sequence(text: str) -> Kind | None:
    if (start := SEQ_START.search(text)) is None or (term := SEQ_TERM.search(text)) is None:
        return None
    first = _n(next(g for g in start.groups() if g))
    n = next(g for g in term.groups() if g)
    if (ratio := SEQ_RATIO.search(text)) is not None:
        r = _n(next(g for g in ratio.groups() if g))
        return Kind("evaluate", f"({first})*({r})^({n} - 1)")
    if (step := SEQ_STEP.search(text)) is None:
        return None
    d = _n(next(g for g in step.groups() if g))
    if DOWN.search(step.group(0)) and not d.startswith("-"):
        d = f"-{d}"
    return Kind("evaluate", f"({first}) + ({n} - 1)*({d})")


READERS = (_definitions, _substituted, _curve_cuts, written, _ratio, _percent_error, _variation,
           _sequence, _halfway, _goes_into, _share, _scaled_price, counted, means, number_fact)


def asked_number(text: str) -> Kind | None:
    """The everyday number question ``text`` asks, or None (bundles of items priced
    together are a system of equations, :func:`core.agents.mathsystem.bundle_system`)."""
    if bundle_system(text) is not None:
        return None
    return first_found(READERS, text)
