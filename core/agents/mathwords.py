"""Mathematical wording → notation: "47 multiplied by 85" → "47 * 85", "5!" →
"factorial(5)", "15% of 80" → "(15/100)* 80", "the sum of 3, 4 and 5" → "(3 + 4 + 5)".

:func:`rewrite` returns the rewritten text and whether any wording was recognised (a
strong sign that the text asks for a calculation). The result is still untrusted text:
only the whitelist parser decides what is an expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.agents.patterns import ci as _c
from core.agents.wording import ORDINALS

NUM = r"(?<![\d.])-?\d++(?:\.\d++)?+"
ATOM = rf"(?:{NUM}|\([^()]*+\)|\b[a-z]\b|\bpi\b|\bANS\b|\b[a-z]+\([^()]*+\))"
OPERAND = rf"(?:{ATOM}(?:\s*(?:\^|\*\*)\s*{ATOM})?)"
RATIO = rf"(?:{NUM}\s*/\s*{NUM}|{OPERAND})"
LIST = rf"{OPERAND}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*{OPERAND})+"
PERCENT = r"\s*(?:%|percent\b|per\s*cent\b)"
PCT_WORD = r"(?:percent(?:age)?|%)"
FILL = r"(?:(?:the|these|those|following|numbers?|values?|all)\s*)*:?\s*"
_ORD = "|".join(ORDINALS)
OBELUS = " \u2215 "  # "÷" until fractions are read, then "/"
SYMBOLS = str.maketrans({"×": "*", "·": "*", "⋅": "*", "∗": "*", "÷": OBELUS, "−": "-", "–": "-",
                         "—": "-", "²": "^2", "³": "^3", "π": "pi", "∞": "oo", "√": " sqrt "})
Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _join(op: str) -> Callable[[re.Match[str]], str]:
    def joined(match: re.Match[str]) -> str:
        items = re.split(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*", match.group(1))
        return "(" + f" {op} ".join(f"({item.strip()})" for item in items if item.strip()) + ")"
    return joined


def _nested(name: str) -> Callable[[re.Match[str]], str]:
    """"lcm of 4, 6 and 15" → "lcm(lcm(4, 6), 15)"."""
    def nested(match: re.Match[str]) -> str:
        items = [i.strip() for i in re.split(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*",
                                             match.group(1)) if i.strip()]
        expression = items[0]
        for item in items[1:]:
            expression = f"{name}({expression}, {item})"
        return expression
    return nested


VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5",
          "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8",
          "⅞": "7/8"}
VULGAR_AT = re.compile(r"(\d?)\s*([" + "".join(VULGAR) + "])")


def _vulgar(match: re.Match[str]) -> str:
    """"1½" → "1 1/2" (a mixed number), "¾" → "3/4"."""
    return f" {match.group(1)} {VULGAR[match.group(2)]}" if match.group(1) else \
        f" {VULGAR[match.group(2)]}"


SUPERSCRIPT = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _superscript(match: re.Match[str]) -> str:
    return f"^({match.group(0).translate(SUPER_DIGITS)})"


def _ordinal_power(match: re.Match[str]) -> str:
    return f" ^ {ORDINALS[match.group(1).lower()]}"


FACTORIAL_CUE = re.compile(r"(?:^|\b(?:what\s+is|what\s+are|calculate|compute|evaluate|find|"
                           r"work\s+out|give\s+me|tell\s+me|ANS)|[-+*/^=%(:]|\*\*)$", re.I)


def _factorial(match: re.Match[str]) -> str:
    """"5! = ?", "7! / 5!", "what is 6!": a factorial; "I scored 95 out of 100!": not."""
    before = match.string[:match.start()].rstrip()
    after = match.string[match.end():]
    if FACTORIAL_CUE.search(before) or re.match(r"\s*(?:[-+*/^=%)?]|\*\*)", after):
        return f"factorial({match.group(1)})"
    return match.group(0)


def _fraction(match: re.Match[str]) -> str:
    return f"1/{ORDINALS[match.group(1).lower()]}* "


# Phrases whose meaning is an operation on the operands around them, most specific first.
PHRASES: tuple[Rule, ...] = (
    (_c(rf"\bremainder\s+(?:of|when|after)\s+({OPERAND})\s+(?:is\s+)?divided\s+by\s+"
        rf"({OPERAND})"), r"(\1) % (\2)"),
    (_c(rf"({OPERAND})\s+(?:mod|modulo)\s+({OPERAND})"), r"(\1) % (\2)"),
    (_c(rf"\bwhat\s+{PCT_WORD}\s+of\s+({OPERAND})\s+is\s+({OPERAND})"), r"(\2)/(\1)*100"),
    (_c(rf"({OPERAND})\s+is\s+what\s+{PCT_WORD}\s+of\s+({OPERAND})"), r"(\1)/(\2)*100"),
    (_c(rf"({OPERAND})\s+as\s+an?\s+percent(?:age)?\s+of\s+({OPERAND})"), r"(\1)/(\2)*100"),
    (_c(rf"\bwhat\s+{PCT_WORD}\s+is\s+({OPERAND})\s+of\s+({OPERAND})"), r"(\1)/(\2)*100"),
    (_c(rf"({RATIO})\s+(?:expressed\s+)?(?:as|to|into)\s+an?\s+percent(?:age)?\b"),
     r"(\1)*100"),
    (_c(rf"({RATIO})\s+(?:expressed\s+)?(?:as|to|into)\s+an?\s+decimal\b"), r"(\1)"),
    (_c(rf"({OPERAND})\s*(?:\+|plus)\s*({NUM}){PERCENT}(?!\s+of\b)"), r"(\1)*(1 + \2/100)"),
    (_c(rf"({OPERAND})\s*(?:-|minus|less)\s*({NUM}){PERCENT}(?!\s+of\b)"), r"(\1)*(1 - \2/100)"),
    (_c(rf"\b(?:increase|raise)\s+({OPERAND})\s+by\s+({NUM}){PERCENT}"), r"(\1)*(1 + \2/100)"),
    (_c(rf"\b(?:decrease|reduce|lower|discount)\s+({OPERAND})\s+by\s+({NUM}){PERCENT}"),
     r"(\1)*(1 - \2/100)"),
    (_c(rf"({NUM}){PERCENT}\s+off\s+(?:of\s+)?({OPERAND})"), r"(\2)*(1 - \1/100)"),
    (_c(rf"({NUM}){PERCENT}\s+(?:tip|tax|vat|discount|interest|commission|service)\s+"
        rf"(?:on|of|for)\s+(?:a\s+|the\s+)?({OPERAND})"), r"(\1/100)*(\2)"),
    (_c(rf"({NUM}){PERCENT}\s+of\s+(?=(?:a\s+|one\s+)?(?:{NUM}{PERCENT}|\(?{NUM}\s*/\s*{NUM}\)?|half|"
        rf"third|quarter)\s+of\b)"), r"(\1/100)* "),  # "10% of 20% of 5000"
    (_c(rf"({NUM}){PERCENT}\s+of\s+({OPERAND})"), r"(\1/100)*(\2)"),
    (_c(rf"(\(?{NUM}\s*/\s*{NUM}\)?)\s+of\s+"), r"(\1)* "),
    (_c(r"\bhalf\s+of\s+"), "1/2* "), (_c(r"\b(?:a|one)\s+third\s+of\s+"), "1/3* "),
    (_c(r"\b(?:a|one)\s+quarter\s+of\s+"), "1/4* "),
    (_c(rf"\b(?:a|one)\s+({_ORD})\s+of\s+"), _fraction),
    (_c(r"\b(\d+)\s+thirds\s+of\s+"), r"\1/3* "), (_c(r"\b(\d+)\s+quarters\s+of\s+"), r"\1/4* "),
    (_c(rf"\b(?:twice|double)\s+({OPERAND})"), r"2*(\1)"),
    (_c(rf"\b(?:triple|thrice)\s+({OPERAND})"), r"3*(\1)"),
    (_c(rf"\bhalve\s+({OPERAND})"), r"(\1)/2"),
    (_c(rf"\b(?:the\s+)?(\d+)(?:st|nd|rd|th)\s+root\s+of\s+({OPERAND})"), r"(\2)^(1/\1)"),
    (_c(rf"\b(?:the\s+)?({_ORD})\s+root\s+of\s+({OPERAND})"),
     lambda m: f"({m.group(2)})^(1/{ORDINALS[m.group(1).lower()]})"),
    (_c(rf"\bhow\s+many\s+times\s+(?:does|do|will|can)\s+({RATIO})\s+(?:go|fit)\s+into\s+"
        rf"({RATIO})"), r"(\2) / (\1)"),
    (_c(r"\b(smaller|smallest|larger|largest|bigger|biggest|greater|greatest|lesser|higher|"
        r"lower|positive|negative|other|real|first|second|each|only|one)\s+root\s+of\b"),
     r"\1 solution of"),  # "the larger root of x^2 - 9 = 0" is a solution, not a square root
    (_c(r"\b(?:the\s+)?cube\s+root\s+of\s+"), " cbrt "),
    (_c(r"\b(?:the\s+)?(?:square\s+root|sqrt|root)\s+of\s+"), " sqrt "),
    (_c(r"\b(?:the\s+)?square\s+root\b"), " sqrt "),
    (_c(rf"\blog(?:arithm)?\s+(?:base\s+|to\s+(?:the\s+)?base\s+)?(\d+)\s+of\s+({OPERAND})"),
     r"log(\2, \1)"),
    (_c(r"\b(?:the\s+)?natural\s+log(?:arithm)?\s+of\s+"), " ln "),
    (_c(r"\b(?:the\s+)?(sin|cos|tan|log|ln|exp|sine|cosine|tangent)\s+of\s+"), r" \1 "),
    (_c(r"\bsine\b"), "sin"), (_c(r"\bcosine\b"), "cos"), (_c(r"\btangent\b"), "tan"),
    (_c(rf"\bfactorial\s+(?:of\s+)?({OPERAND})"), r"factorial(\1)"),
    (_c(rf"({OPERAND})\s+factorial\b"), r"factorial(\1)"),
    (_c(rf"({ATOM})\s*!(?!=)"), _factorial),
    (_c(rf"({OPERAND})\s+choose\s+({OPERAND})"), r"binomial(\1, \2)"),
    (_c(r"(?<![\w.])(\d+)c(\d+)(?![\w.])|\bn?c\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)"),
     lambda m: f"binomial({m.group(1) or m.group(3)}, {m.group(2) or m.group(4)})"),
    (_c(r"(?<![\w.])(\d+)p(\d+)(?![\w.])"),
     lambda m: f"factorial({m.group(1)}) / factorial({m.group(1)} - {m.group(2)})"),
    (_c(rf"\b(?:the\s+)?(?:gcd|gcf|hcf|greatest\s+common\s+(?:divisor|factor)|highest\s+common"
        rf"\s+factor)\s+(?:of\s+)?{FILL}({LIST})"), _nested("gcd")),
    (_c(rf"\b(?:the\s+)?(?:lcm|least\s+common\s+(?:multiple|denominator)|lowest\s+common\s+"
        rf"(?:multiple|denominator))\s+(?:of\s+)?{FILL}({LIST})"), _nested("lcm")),
    (_c(rf"\b(?:the\s+)?(?:sum|total)\s+of\s+{FILL}({LIST})"), _join("+")),
    (_c(rf"\badd\s+(?:up\s+)?{FILL}({LIST})(?:\s+(?:up|together))?"), _join("+")),
    (_c(rf"({LIST})\s+(?:add\s+up\s+to|added\s+(?:up|together)|summed|combined)"), _join("+")),
    (_c(rf"({LIST})\s+multiplied\s+together"), _join("*")),
    (_c(rf"\b(?:the\s+)?product\s+of\s+{FILL}({LIST})"), _join("*")),
    (_c(rf"\b(?:the\s+)?difference\s+(?:between|of)\s+({OPERAND})\s+and\s+({OPERAND})"),
     r"(\1) - (\2)"),
    (_c(rf"\bhow\s+far\s+(?:away\s+|off\s+)?(?:is|are|was|lies)\s+({OPERAND})\s+(?:away\s+)?from\s+"
        rf"({OPERAND})"), r"abs((\1) - (\2))"),  # "how far is 70 from it": a gap, never below 0
    (_c(rf"\b(?:the\s+)?quotient\s+of\s+({OPERAND})\s+(?:and|by)\s+({OPERAND})"), r"(\1) / (\2)"),
    (_c(rf"\b(?:the\s+)?ratio\s+of\s+({OPERAND})\s+to\s+({OPERAND})"), r"(\1) / (\2)"),
    (_c(rf"\badd\s+({OPERAND})\s+to\s+({OPERAND})"), r"(\2) + (\1)"),

    (_c(rf"\b(?:subtract|take\s+away|take|deduct)\s+({OPERAND})\s+from\s+({OPERAND})"),
     r"(\2) - (\1)"),
    (_c(rf"\btake\s+({OPERAND})\s+away\s+from\s+({OPERAND})"), r"(\2) - (\1)"),
    (_c(rf"\bmultiply\s+({OPERAND})\s+(?:by|with|times)\s+({OPERAND})"), r"(\1) * (\2)"),
    (_c(rf"\bmultiply\s+(?:together\s+)?{FILL}({LIST})"), _join("*")),
    (_c(rf"\bdivide\s+({OPERAND})\s+by\s+({OPERAND})"), r"(\1) / (\2)"),
    (_c(rf"\bdivide\s+({OPERAND})\s+into\s+({OPERAND})"), r"(\2) / (\1)"),
    (_c(rf"({OPERAND})\s+more\s+than\s+({OPERAND})"), r"(\2) + (\1)"),
    (_c(rf"({OPERAND})\s+(?:less|fewer)\s+than\s+({OPERAND})"), r"(\2) - (\1)"),
    (_c(rf"({OPERAND})\s+(?:increased|raised)\s+by\s+({OPERAND})"), r"(\1) + (\2)"),
    (_c(rf"({OPERAND})\s+(?:decreased|reduced|lowered)\s+by\s+({OPERAND})"), r"(\1) - (\2)"),
    (_c(rf"\b(?:the\s+)?square\s+of\s+({OPERAND})"), r"(\1)^2"),
    (_c(rf"\b(?:the\s+)?cube\s+of\s+({OPERAND})"), r"(\1)^3"),
    (_c(rf"^\s*square\s+({OPERAND})"), r"(\1)^2"), (_c(rf"^\s*cube\s+({OPERAND})"), r"(\1)^3"),
    (_c(r"\b(?:raised\s+)?to\s+the\s+(?:power\s+(?:of\s+)?)?(?:minus|negative)\s+(\d+(?:\.\d+)?)"),
     r" ^ (-\1)"),  # "2 to the minus 3"
    (_c(rf"\b(?:the\s+)?(?:reciprocal|multiplicative\s+inverse)\s+of\s+({OPERAND})"), r"1/(\1)"),
    (_c(r"\b(?:raised\s+)?to\s+the\s+power\s+(?:of\s+)?"), " ^ "),
    (_c(r"\braised\s+to\s+(?:the\s+)?"), " ^ "),
    (_c(r"\bto\s+the\s+(\d+)(?:st|nd|rd|th)(?:\s+power)?"), r" ^ \1"),
    (_c(rf"\bto\s+the\s+({_ORD})(?:\s+power)?"), _ordinal_power),
    (_c(r"\bsquared\b"), " ^2"), (_c(r"\bcubed\b"), " ^3"),
    (_c(r"\bmultiplied\s+by\b|\btimes\b"), " * "), (_c(r"\bdivided\s+by\b|\bover\b"), " / "),
    (_c(r"\bplus\b|\badded\s+to\b"), " + "), (_c(r"\bminus\b|\btake\s+away\b"), " - "),
    (_c(r"\bnegative\s+(?=\d)"), "-"),
)
def _mixed(match: re.Match[str]) -> str:
    """"4 1/4" → "(4 + 1/4)": a whole number and a proper fraction."""
    whole, top, bottom = match.group(1), int(match.group(2)), int(match.group(3))
    if not 0 < top < bottom:
        return match.group(0)
    return f"({whole} + {top}/{bottom})"


def _atom(match: re.Match[str]) -> str:
    """"1/7 divided by 5/7", "4/9 ÷ 2/3" → "(1/7) / (5/7)": a written fraction is one number,
    unless a product or a division in symbols comes before it ("12 / 6/2" is read left to
    right, as 1) or a power does ("2^1/2")."""
    glued = match.string[:match.start()]
    before = glued.rstrip()
    if glued.endswith("(") or before.endswith(("^", "/", "*")) or re.search(r"\(\d+ \+$", before):
        return match.group(0)
    return f"({match.group(1)}/{match.group(2)})"


PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
         "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
         "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
         "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "sixteenth": 16,
         "sixteenths": 16, "twentieth": 20, "twentieths": 20, "hundredth": 100,
         "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
PART_WORDS = re.compile(r"(?<![\d./])\b(\d+|one)[\s-]+(" + "|".join(sorted(PARTS, key=len,
                                                                         reverse=True)) + r")\b",
                        re.IGNORECASE)


def _parts(match: re.Match[str]) -> str:
    """"9 sixteenths" → "(9/16)", "one half" → "(1/2)"; "1 second" is no fraction."""
    count, word = match.group(1).lower(), match.group(2).lower()
    count = "1" if count == "one" else count
    plural = word.endswith("s")
    if (count == "1") == plural:  # "2 third", "1 thirds": not a fraction
        return match.group(0)
    return f"({count}/{PARTS[word]})"


# Notation only (no wording): not by itself a sign that a calculation is asked for.
NOTATION: tuple[Rule, ...] = (
    (PART_WORDS, _parts),
    (_c(r"(?<![\w.^/*])(\d+)\s+over\s+(\d+)(?![\w.^/(])"), r"(\1/\2)"),
    (_c(r"(?<=\d),(?=\d{3}(?!\d))"), ""), (_c(r"[$€£¥](?=\s?\d)"), ""),
    (_c(r"(?<![\w.])(\d+(?:\.\d+)?)e([-+]?\d{1,3})(?![\w.])"), r"(\1*10^(\2))"),
    (_c(r"(?<![\w.,/^*])(\d+)\s+(\d+)\s*/\s*(\d+)(?![\w./^(])"), _mixed),
    (_c(r"(?<![\w.)/^])(\d+)\s*/\s*(\d+)(?![\w.(/^])"), _atom),
    (_c(r"(?<=\d)\s*x\s*(?=\d)"), " * "), (_c(r"(?<=[\d)])\s+x\s+(?=[\d(])"), " * "),
    (_c(r"\s*=\s*\?+"), " ? "), (_c(r"\b(?:equals?|is\s+equal\s+to)\s+what\b"), " ? "),
    (_c(r"\bequals?\s*\?"), " ? "),
    (_c(r"\b(?:is\s+equal\s+to|is\s+equals?|equal\s+to|equals?)\b"), " = "),
    (_c(r"\bsqrt\s+(?=[\d(a-z])"), "sqrt "),
)
DEGREES = _c(r"(\b(?:sin|cos|tan|sec|csc|cot|sine|cosine|tangent)\s*(?:of\s+)?(?:an?\s+)?"
             r"(?:angle\s+(?:of\s+)?)?\(?\s*)(\d+(?:\.\d+)?)\s*(?:°|degrees?\b|deg\b)")
BARE_PERCENT = _c(rf"({NUM})\s*(?:percent\b|per\s*cent\b|%(?!\s*[\d(]))")
APPLY = _c(rf"\b(sqrt|cbrt|sin|cos|tan|log|ln|exp|abs)\s+({ATOM})")
BACKREF = _c(r"\b(?:that|this|the\s+same)\s+(?:result|answer|total|number|amount|value|sum|"
             r"product|[a-z](?![\w(]|\s*[=^*/+(-]))\b(?!\s+of\b)|"
             r"\b(?:the\s+)?(?:previous\s+|last\s+)?(?:result|answer|total|number|amount|"
             r"value|sum|product)\b(?!\s+of\b)|\b(?:it|that|this)\b")
SHARE = r"\((\d+(?:\.\d+)?)/100\)"  # a percentage, as BARE_PERCENT writes it
AMOUNT = rf"(?:{NUM}|\([^()]*+\)|\bANS\b)"
LEADING = (
    (_c(rf"^(?:add|plus|\+)\s+(?:an?\s+)?{SHARE}"), r"ANS*(1 + \1/100)"),
    (_c(rf"^(?:subtract|minus|take\s+off|deduct|less|-)\s+(?:an?\s+)?{SHARE}"),
     r"ANS*(1 - \1/100)"),
    (_c(rf"^(?:add|plus|\+)\s+({AMOUNT})"), r"ANS + (\1)"),
    (_c(rf"^(?:subtract|minus|take\s+away|-)\s+({AMOUNT})"), r"ANS - (\1)"),
    (_c(rf"^(?:take|knock|deduct)\s+(?:off\s+)?({AMOUNT})\s+(?:off|from)\s+(?:of\s+)?ANS\b"),
     r"ANS - (\1)"),
    (_c(rf"^(?:multiply(?:\s+ANS)?\s+by|times|\*)\s+({AMOUNT})"), r"ANS * (\1)"),
    (_c(rf"^(?:divide(?:\s+ANS)?\s+by|divided\s+by|/)\s+({AMOUNT})"), r"ANS / (\1)"),
    (_c(rf"^(?:split(?:\s+ANS)?\s+(?:between|among|by)|share(?:\s+ANS)?\s+between)\s+({AMOUNT})"),
     r"ANS / (\1)"),
    (_c(rf"^(?:raise(?:\s+ANS)?\s+to\s+(?:the\s+power\s+of\s+)?|\^)\s*({AMOUNT})"),
     r"ANS ^ (\1)"),
    (_c(r"^(?:square\s+ANS|squared?)\b"), "ANS^2"), (_c(r"^(?:cube\s+ANS|cubed?)\b"), "ANS^3"),
    (_c(r"^(?:take\s+)?(?:the\s+)?(?:square\s+root|sqrt)(?:\s+of\s+ANS)?\b(?!\s*\()"), "sqrt(ANS)"),
)
LEAD_FILLER = _c(r"^(?:\s*(?:and|then|now|also|next|after\s+that|and\s+then|please|,)\b\s*)+")


RUN_TOGETHER = re.compile(r"(=\s*-?\d+(?:\.\d+)?)\s+(?=[-+]?\s*(?:\d+(?:\.\d+)?\s*\*?\s*)?[a-z]"
                          r"(?![a-z])[^=,;\n]*=)")


def rewrite(text: str, previous: bool = False) -> tuple[str, bool]:
    """Notation and wording → symbols. With ``previous``, words that point back to the
    previous result ("it", "that", "the result") and a leading operation ("then add 5")
    become the placeholder ``ANS``."""
    text = SUPERSCRIPT.sub(_superscript, VULGAR_AT.sub(_vulgar, text)).translate(SYMBOLS)
    text = RUN_TOGETHER.sub(r"\1, ", text)  # "y - z = -2 -2x - y + 2z = -7" is two equations
    for pattern, repl in NOTATION:
        text = pattern.sub(repl, text)
    text = text.replace(OBELUS.strip(), "/")
    text = DEGREES.sub(r"\1(\2*pi/180)", text)  # "sin 30°", "cos of 60 degrees", exactly
    if previous:
        text = BACKREF.sub(" ANS ", text)
    worded = False
    for pattern, repl in PHRASES:
        new = pattern.sub(repl, text)
        worded = worded or new != text
        text = new
    text = BARE_PERCENT.sub(r"(\1/100)", text)  # "15%" alone is a number, not an ask
    text = APPLY.sub(r"\1(\2)", text)
    if previous:
        stripped = LEAD_FILLER.sub("", text).lstrip()
        for pattern, repl in LEADING:
            new, count = pattern.subn(repl, stripped, count=1)
            if count:
                return new, True
    return text, worded
