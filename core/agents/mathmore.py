"""Small number and shape facts asked in words, each worked out exactly.

- a whole number in another base: "what is 45 in binary?", "convert 1011 from binary",
  "255 in hex", "what's 0x1f in decimal?";
- the factors of a number, how many there are, divisibility, the next or previous prime,
  the nth Fibonacci number, an absolute value;
- angles: the third angle of a triangle, angles told as x, 2x and 3x, supplementary and
  complementary angles;
- a triangle's area from its three sides (Heron), a regular shape's perimeter from its side,
  a circle's area from its circumference, a square's area from its diagonal;
- the faces, edges and vertices of a named solid.

The text is already expanded and lower-cased; every reader needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

ASK = _c(ASKED + r"|\b(?:convert|list|is|are|does)\b")
QUESTION = _c(ASKED)
BASE_ASK = _c(ASKED + r"|\b(?:convert|write|express|change|turn)\b")
NB = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
LONE = re.compile(r"[\s,.:;!?]*(?:please)?[\s,.:;!?]*")
BASES = {"binary": 2, "octal": 8, "hex": 16, "hexadecimal": 16, "decimal": 10, "denary": 10}
BASE_WORD = r"(binary|octal|hexadecimal|hex|decimal|denary|base\s*\d{1,2})"
TO_BASE = _c(rf"\b(?:convert\s+|write\s+|express\s+|what\s+is\s+|what's\s+)?(?:the\s+)?"
             rf"(?:number\s+)?(?:(?P<from>binary|octal|hexadecimal|hex|decimal|denary)\s+(?:number\s+)?)?"
             rf"(?P<n>0[bxo][0-9a-f]+|[0-9a-f]+)"
             rf"(?:\s+(?:in|from)\s+(?P<from2>{BASE_WORD}))?\s+(?:in(?:to)?|to|as)\s+(?:a\s+)?"
             rf"(?P<to>{BASE_WORD})\b")
FROM_BASE = _c(rf"\b(?P<n>[0-9a-f]+)\s+(?:in|from)\s+(?P<from>{BASE_WORD})\b"
               rf"(?!\s+(?:in(?:to)?|to|as)\b)")
KINDS_OF = r"(?:(?:positive|whole(?:\s+number)?|integer|distinct|different|natural)\s+)*"
FACTORS = _c(rf"\b(?:(?P<count>how\s+many|number\s+of|count\s+(?:of\s+)?the)\s+{KINDS_OF}"
             rf"(?:factors|divisors)\s+(?:does|has|have|are\s+there\s+(?:of|for|in)|of|for|in)\s+(?:the\s+number"
             rf"\s+)?(?P<n>\d+)|(?P<n4>\d+)\s+has\s+how\s+many\s+{KINDS_OF}(?:factors|divisors)|"
             rf"(?:list|what\s+are|find|give\s+me)\s+(?:all\s+)?(?:the\s+)?{KINDS_OF}(?:factors|"
             rf"divisors)\s+of\s+(?P<n2>\d+)|(?:factors|divisors)\s+of\s+(?P<n3>\d+))")
DIVISIBLE = _c(r"\bis\s+(\d+)\s+divisible\s+by\s+(\d+)|\bdoes\s+(\d+)\s+divide\s+(?:evenly\s+)?"
               r"into\s+(\d+)|\bis\s+(\d+)\s+a\s+multiple\s+of\s+(\d+)")
NEXT_PRIME = _c(r"\b(next|first|smallest|previous|last|largest|biggest)\s+prime\s+(?:number\s+)?"
                r"(after|above|bigger\s+than|greater\s+than|over|before|below|under|less\s+than|"
                r"smaller\s+than)\s+(\d+)")
FIB = _c(r"\b(\d+)(?:st|nd|rd|th)\s+fibonacci(?:\s+number|\s+term)?\b|\bfibonacci\s+"
         r"(?:number|term)\s+(?:number\s+)?(\d+)\b|\bfibonacci\b[^?!]{0,80}?\b(\d+)(?:st|nd|rd|th)"
         r"\s+(?:number|term|one|1|value|element|entry)\b|\b(\d+)(?:st|nd|rd|th)\s+(?:number|term|"
         r"value|element)\s+(?:of|in)\s+(?:the\s+)?fibonacci\b")
FIB_ZERO = _c(r"\b(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?:with\s+|at\s+|from\s+)?0\s*,\s*1\b|"
              r"\bf\s*\(?\s*0\s*\)?\s*=\s*0\b|\bfibonacci\s+(?:sequence|numbers|series)\s*:?\s*0\s*,\s*1\b")
ABSOLUTE = _c(rf"\babsolute\s+value\s+of\s+(-?\s*{NB})|\bmodulus\s+of\s+(-\s*{NB})")
THIRD_ANGLE = _c(rf"\b(?:triangle|two\s+angles)\b[^?]*?\b({NB})\s*(?:°|degrees?)?\s*(?:,|and)\s*"
                 rf"({NB})\s*(?:°|degrees?)?[^?]*\b(?:third|other|remaining|last|missing)\s+angle")
XS = _c(r"\bangles\s+(?:of\s+a\s+triangle\s+)?(?:are|measure|of)\s+((?:\d*\s*x(?:\s*[-+]\s*\d+)?\s*"
        r"(?:,|and)\s*)+\d*\s*x(?:\s*[-+]\s*\d+)?)")
PAIRED = _c(rf"\b(supplementary|complementary|supplement|complement)\b[^?.]*?\b({NB})\s*"
            rf"(?:°|degrees?)?|\b({NB})\s*(?:°|degrees?)?[^?.]*?\b(supplementary|complementary|"
            rf"supplement|complement)\b")
HERON = _c(rf"\btriangle\b[^?.]*?\bsides?\s+(?:of\s+)?(?:length\s+)?({NB})\s*(?:[a-z]+\s*)?,\s*"
           rf"({NB})\s*(?:[a-z]+\s*)?,?\s*(?:and\s+)?({NB})\s*([a-z]+)?")
REGULAR = {"equilateral triangle": 3, "square": 4, "regular pentagon": 5, "regular hexagon": 6,
           "regular heptagon": 7, "regular octagon": 8, "regular nonagon": 9, "regular decagon": 10,
           "pentagon": 5, "hexagon": 6, "octagon": 8}
SIDE = _c(rf"\bside(?:s|\s+length)?\s+(?:of\s+|is\s+|=\s*|length\s+)?({NB})\s*"
          rf"(mm|cm|m|km|in|ft)?\b|"
          rf"\b({NB})\s*(mm|cm|m|km|in|ft)\s+sides?\b")
CIRCUMFERENCE = _c(rf"\bcircumference\s+(?:of\s+|is\s+|=\s*)?({NB})\s*(mm|cm|m|km|in|ft)?")
DIAGONAL = _c(rf"\bdiagonal\s+(?:of\s+|is\s+|=\s*)?({NB})\s*(mm|cm|m|km|in|ft)?")
IN_A_ROW = _c(r"\b(\d+|two|three|four|five|six)\s+(heads|tails|sixes|6s|ones|1s|fives|5s)\s+"
              r"(?:in\s+a\s+row|running|one\s+after\s+another)")
EXPECTED_DIE = _c(r"\b(?:expected\s+value|expectation|average|mean)\s+(?:of\s+)?(?:a|one|the)?\s*"
                  r"(?:fair\s+)?"
                  r"(?:(?:six-sided\s+)?die|dice)\s+roll|\b(?:expected\s+value|average)\s+(?:of\s+)?"
                  r"(?:rolling|a\s+roll\s+of)\s+(?:a|one)\s+(?:fair\s+)?die\b|\b(?:expected|average|mean)\s+"
                  r"roll\s+(?:of|on|with)\s+(?:a|one)\s+(?:fair\s+)?(?:six-sided\s+)?die\b")
TRIANGULAR = _c(r"\b(\d+)(?:st|nd|rd|th)\s+(triangular|square|cube|pentagonal)\s+number\b")
PRIMES_BELOW = _c(r"\bhow\s+many\s+primes?(?:\s+numbers)?\s+(?:are\s+there\s+)?(?:below|under|"
                  r"less\s+than|"
                  r"up\s+to|between\s+1\s+and|from\s+1\s+to)\s+(\d+)")
CIRCLE_FROM = _c(rf"\bcircle\b[^?]*?\b(circumference|area|perimeter)\s+(?:of\s+|is\s+|=\s*)?"
                 rf"({NB})\s*"
                 rf"(mm|cm|m|km|in|ft)?")
CIRCLE_ASK = _c(r"\b(radius|diameter)\b")
SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
SOLID_PARTS = {"cube": (6, 12, 8), "cuboid": (6, 12, 8), "tetrahedron": (4, 6, 4),
               "square pyramid": (5, 8, 5), "triangular prism": (5, 9, 6), "octahedron": (8, 12, 6),
               "dodecahedron": (12, 30, 20), "icosahedron": (20, 30, 12),
               "pentagonal prism": (7, 15, 10), "hexagonal prism": (8, 18, 12)}
SOLID_ASK = _c(r"\bhow\s+many\s+(faces|edges|vertices|corners|sides)\s+(?:does|do|has|have|"
               r"are\s+there\s+(?:on|in))\s+(?:a|an|the)\s+((?:square\s+|triangular\s+|pentagonal\s+|hexagonal\s+)?"
               r"[a-z]+)")


def _base(value: str, base: int) -> str:
    number = int(value)
    digits = "0123456789abcdef"
    shown = ""
    while True:
        number, digit = divmod(number, base)
        shown = digits[digit] + shown
        if not number:
            return shown


def _base_of(word: str) -> int:
    word = word.replace(" ", "")
    return int(word[4:]) if word.startswith("base") else BASES[word]


def _bases(text: str) -> Kind | None:
    found = TO_BASE.search(text) or FROM_BASE.search(text)
    alone = LONE.fullmatch(text[:found.start()]) and LONE.fullmatch(text[found.end():]) \
        if found is not None else None
    if found is None or not (BASE_ASK.search(text) or alone):
        return None  # "645 in binary" on its own asks too
    groups = found.groupdict()
    number = groups["n"]
    source = groups.get("from") or groups.get("from2") or ""
    target = groups.get("to") or "decimal"
    if number.startswith(("0b", "0x", "0o")):
        source, number = {"0b": "binary", "0x": "hex", "0o": "octal"}[number[:2]], number[2:]
    src, dst = (_base_of(source) if source else 10), _base_of(target)
    if not 2 <= src <= 16 or not 2 <= dst <= 16 or src == dst:
        return None
    try:
        value = int(number, src)
    except ValueError:
        return None
    if value > 10**30:
        return None
    label = {2: "binary", 8: "octal", 16: "hexadecimal", 10: "decimal"}.get(dst, f"base {dst}")
    return Kind("values", encode((f"{number} in {label}", f"text:{_base(str(value), dst)}", "")))


def _divisors(n: int) -> list[int]:
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


def _factors(text: str) -> Kind | None:
    if (found := FACTORS.search(text)) is None or re.search(r"\bprime\s+factor", text):
        return None
    n = int(found["n"] or found["n2"] or found["n3"] or found["n4"])
    if not 0 < n <= 10**9:
        return None
    divisors = _divisors(n)
    listed = ", ".join(map(str, divisors))
    if found["count"] or found["n4"]:
        return Kind("values", encode(("factors", f"text:{len(divisors)} ({listed})", "")))
    return Kind("values", encode(("factors", f"text:{listed} ({len(divisors)} in all)", "")))


def _divisible(text: str) -> Kind | None:
    if (found := DIVISIBLE.search(text)) is None:
        return None
    g = found.groups()
    n, d = (int(g[0]), int(g[1])) if g[0] else (int(g[3]), int(g[2])) if g[2] else (int(g[4]),
                                                                                 int(g[5]))
    if d == 0:
        return None
    q, r = divmod(n, d)
    answer = f"yes: {n} = {d} × {q}" if r == 0 else f"no: {n} ÷ {d} = {q} remainder {r}"
    return Kind("values", encode(("", f"text:{answer}", "")))


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def _next_prime(text: str) -> Kind | None:
    if (found := NEXT_PRIME.search(text)) is None:
        return None
    n = int(found.group(3))
    up = found.group(2).split()[0] in ("after", "above", "bigger", "greater", "over")
    if n > 10**9:
        return None
    k = n + 1 if up else n - 1
    while 1 < k and not _is_prime(k):
        k += 1 if up else -1
    return Kind("values", encode(("prime", f"text:{k}", ""))) if k > 1 else None


def _fibonacci(text: str) -> Kind | None:
    if (found := FIB.search(text)) is None:
        return None
    n = int(next(g for g in found.groups() if g))
    n -= 1 if FIB_ZERO.search(text) else 0  # 0, 1, 1, 2, …: the nth term is one back
    if not 1 <= n <= 500:
        return None
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return Kind("values", encode((f"Fibonacci number {n}", f"text:{a}", "")))


def _absolute(text: str) -> Kind | None:
    if (found := ABSOLUTE.search(text)) is None:
        return None
    return Kind("evaluate", f"abs({_n((found.group(1) or found.group(2)).replace(' ', ''))})")


def _angles(text: str) -> Kind | None:
    if (third := THIRD_ANGLE.search(text)) is not None:
        return Kind("values", encode(("third angle", f"180 - ({_n(third.group(1))}) - "
                                                     f"({_n(third.group(2))})", "°")))
    if (xs := XS.search(text)) is not None and re.search(r"\btriangle\b", text):
        parts = re.split(r"\s*(?:,|and)\s*", xs.group(1).strip())
        total = " + ".join("(" + re.sub(r"(\d)\s*x", r"\1*x", p) + ")" for p in parts if p)
        return Kind("solve", f"{total} = 180", variable="x")
    if (paired := PAIRED.search(text)) is not None:
        if not QUESTION.search(text):  # "two angles are supplementary and one is 65°." — ask next
            return Kind("wait", "") if re.search(rf"{NB}\s*(?:°|degrees?)", text) else None
        word = (paired.group(1) or paired.group(4)).lower()
        told = re.findall(rf"({NB})\s*(?:°|degrees?)", text) or re.findall(NB, text)
        angle = _n(told[-1])
        whole = 180 if word.startswith("supplement") else 90
        if Fraction(angle) > whole:
            return None
        return Kind("values", encode(("the other angle", f"{whole} - ({angle})", "°")))
    return None


def _shapes(text: str) -> Kind | None:
    if (heron := HERON.search(text)) is not None and re.search(r"\barea\b", text):
        a, b, c = (Fraction(_n(heron.group(i))) for i in (1, 2, 3))
        if not (a + b > c and a + c > b and b + c > a):
            return None
        s = (a + b + c) / 2
        unit = heron.group(4) if heron.group(4) in ("mm", "cm", "m", "km", "in", "ft") else ""
        return Kind("values", encode(("area", f"sqrt(({s})*({s - a})*({s - b})*({s - c}))",
                                      f"{unit}²" if unit else "")))
    if re.search(r"\bperimeter\b", text) and (side := SIDE.search(text)) is not None:
        shape = next((n for name, n in REGULAR.items() if name in text), 0)
        if shape:
            unit = side.group(2) or side.group(4) or ""
            length = _n(side.group(1) or side.group(3))
            return Kind("values", encode(("perimeter", f"{shape}*({length})", unit)))
    if re.search(r"\barea\b", text) and re.search(r"\bcircle\b", text) and (
            around := CIRCUMFERENCE.search(text)) is not None:
        unit = around.group(2) or ""
        return Kind("values", encode(("area", f"({_n(around.group(1))})^2/(4*pi)",
                                      f"{unit}²" if unit else "")))
    if re.search(r"\barea\b", text) and re.search(r"\bsquare\b", text) and (
            diagonal := DIAGONAL.search(text)) is not None:
        unit = diagonal.group(2) or ""
        return Kind("values", encode(("area", f"({_n(diagonal.group(1))})^2/2",
                                      f"{unit}²" if unit else "")))
    return None


def _solid_parts(text: str) -> Kind | None:
    if (found := SOLID_ASK.search(text)) is None:
        return None
    solid = found.group(2).strip()
    parts = SOLID_PARTS.get(solid) or SOLID_PARTS.get(solid.split()[-1])
    if parts is None:
        return None
    which = found.group(1)
    index = {"faces": 0, "sides": 0, "edges": 1, "vertices": 2, "corners": 2}[which]
    return Kind("values", encode((which, f"text:{parts[index]}", "")))


def _counting(text: str) -> Kind | None:
    row = IN_A_ROW.search(text)
    if row is not None and re.search(r"\bprobabilit|\bchance|\bodds", text):
        n = SMALL.get(row.group(1)) or int(row.group(1))
        p = "1/2" if row.group(2) in ("heads", "tails") else "1/6"
        return Kind("evaluate", f"({p})^{n}", named="probability")
    if EXPECTED_DIE.search(text):
        return Kind("evaluate", "7/2", named="expected value")
    if (shaped := TRIANGULAR.search(text)) is not None:
        n, kind = int(shaped.group(1)), shaped.group(2)
        value = {"triangular": n * (n + 1) // 2, "square": n * n, "cube": n ** 3,
                 "pentagonal": n * (3 * n - 1) // 2}[kind]
        return Kind("values", encode((f"{kind} number {n}", f"text:{value}", "")))
    if (below := PRIMES_BELOW.search(text)) is not None and int(below.group(1)) <= 10**6:
        limit = int(below.group(1))
        below_only = re.search(r"\b(?:below|under|less)\b", text) is not None
        found = [k for k in range(2, limit + (0 if below_only else 1)) if _is_prime(k)]
        return Kind("values", encode(("primes", f"text:{len(found)}", "")))
    if (circle := CIRCLE_FROM.search(text)) is not None and (asked := CIRCLE_ASK.search(text)):
        told, unit = _n(circle.group(2)), circle.group(3) or ""
        radius = f"({told})/(2*pi)" if circle.group(1) != "area" else f"sqrt(({told})/pi)"
        shown = f"2*{radius}" if asked.group(1) == "diameter" else radius
        return Kind("values", encode((asked.group(1), shown, unit)))
    return None


READERS = (_counting, _bases, _factors, _divisible, _next_prime, _fibonacci, _absolute, _angles,
           _shapes, _solid_parts)


def base_number(text: str) -> Kind | None:
    """A whole number asked in another base ("convert binary 1011 to decimal"), or None."""
    return _bases(text)


def number_fact(text: str) -> Kind | None:
    """The number or shape fact ``text`` asks for, or None."""
    return first_found(READERS, text)
