"""Calculus and number forms asked in words rather than symbols.

- limits at infinity: "as x grows without bound", "for very large x", "as x gets huge",
  "as x heads to minus infinity";
- the least or greatest value a function takes: "the smallest value y = x^2 + 4x can
  take", "maximum of -x^2 + 6x", "the vertex / turning point of the parabola";
- how steep a curve is at a point: "how steep is …", "the gradient / slope / rate of change
  of … at x = 2" (the derivative there);
- the antiderivative asked backwards: "what function has derivative 6x^2?", "the
  derivative of what is 2x + 3?", "what do I differentiate to get cos(x)?";
- the form an answer is wanted in: "as an ordinary decimal", "written out in full",
  "in scientific notation / standard form".

The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci as _c

HUGE = (r"(?:(?:very|really|arbitrarily|extremely|infinitely|super|ever|immensely)\s+)?"
        r"(?:large|big|huge|great|larger|bigger|greater)")
GROWS = (r"(?:grows|grow|increases|increase|gets|get|becomes|become|goes|go|heads|head|runs|"
         r"tends|tend|keeps\s+(?:growing|increasing|getting\s+bigger))")
UNBOUNDED = (rf"(?:without\s+(?:any\s+)?(?:bound|limit|end)|{HUGE}(?:\s+and\s+{HUGE})?|"
             r"to\s+(?:plus\s+|positive\s+)?infinity|indefinitely|forever|unboundedly|"
             r"beyond\s+(?:all\s+)?bounds|towards\s+infinity)")
TOWARDS = r"(?:->|→|approaches|goes\s+to|tends\s+to(?:wards)?|heads\s+to(?:wards)?|to)"
INFINITE = _c(rf"\b(?:as|when|while|if)\s+([a-z])\s+(?:{GROWS}\s+)?(?:off\s+|up\s+|out\s+)?"
              rf"{UNBOUNDED}|\b(horizontal\s+asymptote|end\s+behaviou?r|long[-\s]run\s+value)\b|"
              rf"\b(?:as|when|while|if)\s+([a-z])\s+{GROWS}(?=\s*(?:,|\?|$))|"
              rf"\bfor\s+{HUGE}\s+(?:values\s+of\s+)?([a-z])\b|"
              rf"\b(?:as|when|while)\s+([a-z])\s+(?:gets|becomes|goes)\s+(?:to\s+)?{HUGE}")
NEG_INFINITE = _c(rf"\b(?:as|when|while|if)\s+([a-z])\s+(?:decreases|falls|drops|goes\s+down|"
                  rf"(?:gets|becomes)\s+(?:very\s+|more\s+and\s+more\s+|hugely\s+)?negative)"
                  rf"(?:\s+without\s+(?:bound|limit)|\s+indefinitely|\s+forever)?|"
                  rf"\b(?:as|when|while|if)\s+([a-z])\s*{TOWARDS}\s*(?:negative|minus|-)\s*"
                  rf"(?:infinity|∞|oo)|"
                  rf"\bfor\s+(?:very\s+|hugely\s+)?(?:large\s+)?negative\s+(?:values\s+of\s+)?"
                  rf"([a-z])\b")
LIMIT_ASK = _c(r"\bwhat\s+(?:value\s+)?(?:does|do|will|would)\b.*\b(?:tend|approach|go|head|"
               r"settle|level|get\s+close|converge|end\s+up)\w*|\bwhat\s+happens\s+to\b|"
               r"\blong[-\s]run\b|\bend\s+behaviou?r\b|\bconverge\w*|\blimit\b|\?")


def infinite_limit(text: str) -> tuple[str, str, re.Match[str]] | None:
    """(variable, "oo" or "-oo", the words) when the text asks what happens as a variable
    grows or falls without bound."""
    if not LIMIT_ASK.search(text):
        return None
    for pattern, point in ((NEG_INFINITE, "-oo"), (INFINITE, "oo")):
        if (m := pattern.search(text)) is not None:
            name = next(g for g in m.groups() if g)
            return (name if len(name) == 1 else "x"), point, m
    return None


EXTREMUM = _c(r"\b(?:(minimum|min|smallest|lowest|least|minimal|minimi[sz]es?)|(maximum|max|"
              r"(?<!at\s)most|"
              r"largest|greatest|biggest|highest|peak|maximal|maximi[sz]es?)|(vertex|"
              r"turning\s+point|"
              r"stationary\s+point|extremum|extreme\s+value))\b(?!\s+common\b)")
BOTH_ENDS = _c(r"\b(?:max(?:imum)?|highest|largest|greatest)s?\b.*\b(?:min(?:imum)?|lowest|"
               r"smallest|least)s?\b|\b(?:min(?:imum)?|lowest|smallest|"
               r"least)s?\b.*\b(?:max(?:imum)?|"
               r"highest|largest|greatest)s?\b|\brange\s+of\s+(?:values|y)\b")  # both asked
NAMED = ("minimum", "minimal", "maximum", "maximal", "minimise", "minimize", "minimises",
         "minimizes", "maximise", "maximize", "maximises", "maximizes")
EXTREMUM_OF = _c(r"\bat\s+what\s+(?:value\s+of\s+)?[a-z]\b|\b(?:you|i|we|they|it|one)\s+(?:can|"
                 r"could)\s+"
                 r"(?:possibly\s+)?(?:make|earn|get|reach|achieve|have|take|go)\b|"
                 r"\b(?:value|point|output|possible|of\s+(?:the\s+)?(?:function|curve|"
                 r"parabola|graph|quadratic|expression|polynomial)|can\s+(?:it\s+|[a-z]\s+|"
                 r"this\s+|the\s+function\s+)?(?:take|reach|get|be|have|attain|ever\s+be)|"
                 r"does\s+(?:it|[a-z]|the\s+\w+)\s+(?:reach|take|attain|get|have)|of\s+[a-z]\s*"
                 r"\(|of\s+[-+(\d]|of\s+[a-z]\s*(?:=|\^|\+|-))|\b(?:vertex|turning\s+point|"
                 r"stationary\s+point|extremum)\b")


def extremum(text: str) -> str:
    """"minimum", "maximum" or "extremum" (either, by the function's shape) when the text
    asks for the least or greatest value of a function, else ""."""
    m = EXTREMUM.search(text)
    if m is None or not (m.group(3) or m.group(0) in NAMED or EXTREMUM_OF.search(text)):
        return ""
    return "minimum" if m.group(1) else "maximum" if m.group(2) else "extremum"


STEEP = _c(r"\bhow\s+steep(?:ly)?\b|\bsteepness\b|\bslope\b|\bgradient\b|"
           r"\brate\s+of\s+change\b|\binstantaneous\s+rate\b|\bhow\s+(?:fast|quickly)\b.*\b"
           r"(?:chang|grow|increas|ris|fall|decreas|climb|drop)\w*|\btangent\s+(?:line\s+)?slope\b")
ANTI = _c(r"\b(?:what|which|a|the)\s+function['’]?s\s+derivative\s+(?:is|equals?|=)|"
          r"\b(?:function|what|which|something|expression)\s+(?:has|have|with|whose|having|"
          r"gives|would\s+have|that\s+has|has\s+got)\s+(?:an?\s+|the\s+|as\s+(?:its\s+|a\s+)?)?"
          r"(?:derivative|gradient\s+function|slope\s+function|derivative\s+function)|"
          r"\b(?:derivative|differential)\s+of\s+(?:what|which)\b|"
          r"\bwhat\s+(?:do|did|should|would|must|could|can)\s+(?:i|you|we|one)\s+(?:need\s+to\s+|"
          r"have\s+to\s+)?(?:differentiate|derive)\b|\bundo(?:es|ing)?\s+(?:the\s+)?"
          r"(?:derivative|differentiation)|\breverse\s+(?:the\s+)?(?:derivative|"
          r"differentiation)|\bprimitive\b|\banti[-\s]?derivative|\bindefinite\s+integral|"
          r"\bdifferentiates\s+to\b|\bderivative\s+of\s+(?:a|some|the|an?\s+unknown|my|this|"
          r"one)\s+(?:function|curve|expression)\s+(?:is|equals?|=)|\bderivative\s+(?:is|equals?|=)"
          r"(?=.*\b(?:original|what\s+(?:is|was|could\s+be)\s+the\s+function)\b)")
PRIME_GIVEN = _c(r"\b([a-z])'\s*\(\s*([a-z])\s*\)\s*(?:=|is|equals)|\bd([a-z])\s*/\s*d([a-z])\s*"
                 r"(?:=|is|equals)")
ORIGINAL_ASK = _c(r"\b(?:what\s+(?:is|was|could\s+be|might\s+be)|find|determine|give|recover|"
                  r"get|work\s+out)\s+(?:the\s+function\s+)?([a-z])(?:\s*\(\s*[a-z]\s*\))?"
                  r"(?![\w'(/^=])(?!\s*(?:'|=|/))")


def antiderivative(text: str) -> str | None:
    """The text without the words that ask for a function from its derivative ("what
    function has derivative …", "if f'(x) = 2x + 5, what is f(x)?", "dy/dx = 4x^3, find
    y"), or None when no antiderivative is asked."""
    if (m := ANTI.search(text)) is not None:
        return text[:m.start()] + " ; " + text[m.end():]
    given = PRIME_GIVEN.search(text)
    if given is None:
        return None
    name = given.group(1) or given.group(3)
    for ask in ORIGINAL_ASK.finditer(text):
        if ask.group(1) == name and ask.start() != given.start():
            cut = text[:ask.start()] + " ; " + text[ask.end():]
            return cut.replace(given.group(0), " ; ", 1)
    return None


PLAIN_WORD = r"(?:ordinary|normal|plain|regular|usual|everyday|full|standard|simple)"
FORM_DECIMAL = _c(rf"\b(?:as|in|into|to)\s+(?:an?\s+)?(?:{PLAIN_WORD}\s+)?decimals?(?:\s+(?:form|"
                  rf"notation|number))?\b|\b(?:as|in|into|to)\s+(?:an?\s+)?{PLAIN_WORD}\s+"
                  rf"(?:numbers?|numerals?|form|notation)\b|\bwritten\s+out(?:\s+in\s+full)?\b|"
                  rf"\bin\s+full\b|\bwithout\s+(?:the\s+)?(?:powers?|exponents?|scientific\s+"
                  rf"notation)\b|\b(?:in|to|into)\s+(?:decimal|positional)\s+(?:form|notation)\b")
FORM_SCIENTIFIC = _c(r"\b(?:in|as|into|to|using)\s+(?:scientific|standard|exponential|"
                     r"engineering)\s+(?:notation|form)\b|\bas\s+a\s+power\s+of\s+(?:ten|10)\b")
SCIENTIFIC_IN = _c(r"\d\s*(?:\*|x|×|times)\s*10\s*(?:\^|\*\*|to\s+the\b)|"
                   r"(?<![\w.])\d+(?:\.\d+)?e[-+]?\d+(?![\w.])")


PERCENT_ASK = _c(r"\b(?:what|which|by\s+what|by\s+how\s+many)\s+(?:percent(?:age)?|per\s*cent|%)|"
                 r"\b(?:as|in|into)\s+(?:a\s+)?(?:percent(?:age)?|per\s*cent|%)(?!\s+of\b)|"
                 r"\bhow\s+many\s+(?:percent|%)|\bpercentage\s+(?:change|increase|decrease|"
                 r"rise|fall|drop|gain|loss|growth|difference|profit|markup|discount)\b|"
                 r"\bby\s+how\s+much\s+in\s+percent")
PER_HUNDRED = re.compile(r"\*\s*\(?100\)?\s*$")


def percent_asked(text: str, expression: str) -> bool:
    """True when a percentage is asked and the expression is a share times 100."""
    return bool(PERCENT_ASK.search(text) and PER_HUNDRED.search(expression))


def wanted_form(text: str) -> tuple[str, str]:
    """("decimal" or "scientific", the text without those words), or ("", text)."""
    scientific = FORM_SCIENTIFIC.search(text)
    if scientific is not None:
        cut = text[:scientific.start()] + " " + text[scientific.end():]
        return ("decimal" if SCIENTIFIC_IN.search(cut) else "scientific"), cut
    decimal = FORM_DECIMAL.search(text)
    if decimal is not None and re.search(r"\d", text):
        return "decimal", text[:decimal.start()] + " " + text[decimal.end():]
    return "", text


FORM_OTHER = _c(r"\b(?:as|in|into|to)\s+(?:an?\s+)?(?:(percent(?:age)?|per\s*cent|%)|(?:(?:simple|"
                r"simplest|common|proper|improper|ordinary|exact)\s+)?(fraction)|(surd|radical|"
                r"exact\s+"
                r"(?:value|answer|number)|exact(?=\s+form)|simplest\s+surd))(?:\s+form)?\b"
                r"(?!\s+of\b)")
ALSO_FORM = _c(r"\s{2,}(?:,\s*)?(?:and|or|&|,)\s+(?:(?:as|in|into|to)\s+)?(?:an?\s+)?(?:(decimal)|"
               r"(percent(?:age)?|per\s*cent|%)|(fraction)|(surd|radical|exact\s+(?:value|"
               r"answer|number)))s?"
               r"(?:\s+form)?\b(?!\s+of\b)")
PLACES_ASK = _c(r"[,(]?\s*\b(?:(?:rounded|correct|accurate|exact)\s+)?(?:to|at|with|in|give(?:\s+"
                r"(?:me|it|the\s+answer))?(?:\s+to)?|show(?:\s+it)?(?:\s+to)?)\s+"
                r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:decimal\s+"
                r"places?|decimals?|dp|d\.p\.|places?|digits\s+after\s+the\s+(?:decimal\s+)?"
                r"point)(?=\W|$)(?!\s+(?:ahead|behind|back|higher|lower|up|down|better|worse|"
                r"earlier|later|away|further|in|on|off|below|above)\b)\)?|[,(;?]\s*(\d{1,2}|"
                r"one|two|"
                r"three|four|five|six)\s*(?:decimal\s+places?|decimals?|dp|d\.p\.)"
                r"\s*\)?\s*(?:please\s*)?(?=\s*[?.!]?\s*$)")
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


def other_forms(text: str, show: str) -> tuple[str, str]:
    """"3/4 as a decimal and as a percent", "0.375 as a fraction": the forms asked besides
    (or instead of) a decimal, comma-joined ("decimal,percent"), and the text without them.
    A form cut out leaves two spaces, where a further "and a percentage" may follow."""
    forms = [show] if show else []
    if (m := FORM_OTHER.search(text)) is not None:
        forms.append("percent" if m.group(1) else "fraction" if m.group(2) else "exact")
        text = text[:m.start()] + "  " + text[m.end():]
    while forms and (also := ALSO_FORM.search(text)) is not None:
        forms.append("decimal" if also.group(1) else "percent" if also.group(2) else
                     "fraction" if also.group(3) else "exact")
        text = text[:also.start()] + "  " + text[also.end():]
    return ",".join(dict.fromkeys(forms)), text


NEAREST = _c(r"[,(]?\s*\b(?:(?:rounded|correct|accurate)\s+)?to\s+the\s+nearest\s+"
             r"(whole(?:\s+number)?|"
             r"integer|unit|person|people|dollar|pound|euro|cent|penny|pence|tenth|hundredth|"
             r"thousandth|year|day|item|animal|bird|fish|cell|one)\b\s*\)?")
NEAREST_PLACES = {"tenth": 1, "hundredth": 2, "thousandth": 3, "cent": 2, "penny": 2, "pence": 2}


def wanted_places(text: str) -> tuple[int | None, str]:
    """"sqrt(2) to 5 places", "22/7 correct to 3 dp", "to the nearest person": the decimal
    places asked, or None."""
    match = PLACES_ASK.search(text)
    if match is None and (near := NEAREST.search(text)) is not None:
        places = NEAREST_PLACES.get(near.group(1).split()[0], 0)
        return places, text[:near.start()] + " " + text[near.end():]
    if match is None:
        return None, text
    size = (match.group(1) or match.group(2)).lower()  # "to 3 dp", "…, 3 decimal places"
    return (int(size) if size.isdigit() else COUNTS[size]), text[:match.start()] + " " + text[
        match.end():]
