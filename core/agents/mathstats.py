"""Statistics told in words rather than listed as data.

- a z-score (standard score) from a value, the mean and the standard deviation: "I scored 31,
  the mean was 52 with a standard deviation of 12, what's my z-score?", "how many standard
  deviations above the mean is 80 if μ = 70 and σ = 5?"; and back: "what value has a
  z-score of 2 when the mean is 50 and the sd is 4?";
- the mean of values given with how often each appears: "3 appears 4 times, 5 appears
  twice…", "value 2 with frequency 6, value 4 with frequency 3";
- a percentage change from one value to another, signed: "percent change from 109 to 49".

The text is already expanded and lower-cased; each needs its kind's words.
"""

from __future__ import annotations

from core.agents.mathcurve import curve_ask
from core.agents.mathkinds import Kind
from core.agents.mathplug import average_rate
from core.agents.mathpuzzle import puzzle
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

V = r"(-?\d+(?:\.\d+)?)"
Z_ASK = _c(r"\bz[-\s]?scores?\b|\bstandard\s+scores?\b|\bz\s*=\s*\?|\bz\s+value\b|\bhow\s+many\s+"
           r"standard\s+deviations\b")
MEAN = _c(rf"\b(?:mean|average|μ|mu)\s*(?:score\s+)?(?:of|is|was|=|:|being|at)?\s*"
          rf"(?:the\s+\w+\s+)?{V}|{V}\s+(?:mean|average)\b")
SPREAD = _c(rf"\b(?:standard\s+deviation|std\.?\s*dev\.?|sd|s\.d\.|σ|sigma|stdev)\s*(?:of|is|"
            rf"was|=|:|being)?\s*{V}|{V}\s+(?:standard\s+deviation|sd)\b")
VALUE = _c(rf"\b(?:scored|score\s+of|got|get|value\s+of|measur\w*|is|of|for|x\s*=|weighs|"
           rf"reading\s+of|mark\s+of|result\s+of)\s*{V}")
Z_GIVEN = _c(rf"\bz[-\s]?score\s+(?:of|is|=)\s*{V}|\b{V}\s+standard\s+deviations\s+(?P<side>above|"
             rf"below)")
ASKED_Z = _c(rf"(?:^\W*|[.;:!?]\s+|\b(?:what\s+is|find|compute|calculate|work\s+out|give\s+me|"
             rf"get|determine)\s+)(?:the\s+|a\s+|my\s+)?z[-\s]?score\s+(?:of|for)\s*{V}|"
             rf"\bz[-\s]?score\s+(?:of|for)\s*{V}\s*\?")
VALUE_ASK = _c(r"\b(?:what|which)\s+(?:raw\s+)?(?:value|score|mark|number|result|reading|height|"
               r"weight)\b|\bfind\s+(?:the\s+)?(?:value|x)\b")
FREQUENCY = _c(rf"(?<![\w.]){V}\s+(?:appears|occurs|shows\s+up|comes\s+up|was\s+rolled|turns\s+up|"
               rf"is\s+listed|came\s+up)\s+{V}\s+times\b|\bvalue\s+{V}\s+(?:with|has)\s+(?:a\s+)?"
               rf"frequency\s+(?:of\s+)?{V}|(?<![\w.]){V}\s+(?:appears|occurs|came\s+up)\s+(once|"
               rf"twice|thrice)\b")
TIMES = {"once": "1", "twice": "2", "thrice": "3"}
MEAN_ASK = _c(r"\b(?:mean|average)\b")


def _z_score(text: str) -> Kind | None:
    if not Z_ASK.search(text) and not Z_GIVEN.search(text):
        return None
    means, spreads = list(MEAN.finditer(text)), list(SPREAD.finditer(text))
    if not means or not spreads:
        return None
    mean, spread = means[-1], spreads[-1]  # "above the mean is 80 if the mean is 70"
    m, s = mean.group(1) or mean.group(2), spread.group(1) or spread.group(2)
    asked = None if VALUE_ASK.search(text) else ASKED_Z.search(text)
    given = None if asked else Z_GIVEN.search(text)
    if given is not None and not Z_ASK.search(text.replace(given.group(0), " ")):
        z = given.group(1) or given.group(2)
        sign = "-" if given.group("side") == "below" else ""
        return Kind("evaluate", f"{m} + {sign}({z})*({s})", named="value")
    if asked is not None:  # "z-score of 333 if the mean is 246 …"
        x = asked.group(1) or asked.group(2)
        return Kind("evaluate", f"({x} - ({m}))/({s})", named="z-score")
    used = {mean.span(), spread.span()}
    for found in VALUE.finditer(text):
        if not any(a <= found.start(1) < b for a, b in used):
            return Kind("evaluate", f"({found.group(1)} - ({m}))/({s})", named="z-score")
    return None


def _weighted_mean(text: str) -> Kind | None:
    if not MEAN_ASK.search(text):
        return None
    pairs = []
    for m in FREQUENCY.finditer(text):
        value = m.group(1) or m.group(3) or m.group(5)
        count = m.group(2) or m.group(4) or TIMES[m.group(6)]
        pairs.append((value, count))
    if len(pairs) < 2:
        return None
    total = " + ".join(f"({v})*{c}" for v, c in pairs)
    return Kind("evaluate", f"({total})/({' + '.join(c for _, c in pairs)})", named="mean")


CHANGE = _c(r"(?:\bpercent(?:age)?|\bper\s*cent|%)\s+(?:change|increase|decrease|rise|fall|drop|"
            r"growth|gain|loss|difference)\b|\bby\s+what\s+(?:percent(?:age)?|%)\b|\bwhat\s+"
            r"(?:percent(?:age)?|%)\s+(?:change|increase|decrease|rise|fall|drop)\b|\bchange\s+in\s+"
            r"percent(?:age)?\b|\b(?:what|which)\s+(?:percent(?:age)?|%)\b[^.?!]{0,40}\b(?:lose|lost|"
            r"gain\w*|drop\w*|fall|fell|grow|grew|rise|rose|shed|cut|go\s+(?:up|down)|went\s+(?:up|down))\b")
DOWN = _c(r"\b(?:decrease\w*|fall|fell|fallen|drop\w*|loss|lost|lose|shed|decline\w*|shr[au]nk|cut|"
          r"reduc\w*|down)\b")
SPAN = _c(rf"\bfrom\s+[$€£]?{V}\s*[a-z%]*\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+[$€£]?{V}|"
          rf"\bbetween\s+[$€£]?{V}\s*[a-z%]*\s+and\s+[$€£]?{V}|"
          rf"\b(?:weighed|was|were|used\s+to\s+(?:be|weigh)|started\s+(?:at|on)|had|paid|cost)\s+[$€£]?{V}"
          rf"\s*[a-z%]*\b[^.?!\d]{{0,30}}?\b(?:now|today|currently|these\s+days|this\s+year)\b"
          rf"[^.?!\d]{{0,15}}?[$€£]?{V}")


def _percent_change(text: str) -> Kind | None:
    """"percentage change from 109 to 49" → (49 − 109) ÷ 109 × 100, signed."""
    if not CHANGE.search(text) or (span := SPAN.search(text)) is None:
        return None
    old, new = next((span[k], span[k + 1]) for k in (1, 3, 5) if span[k])
    if float(old) == 0:
        return None
    if float(new) < float(old) and DOWN.search(text):  # "by what percent did it fall": 20%
        return Kind("evaluate", f"({old} - ({new}))/({old})*100", unit="%",
                    named="percentage decrease")
    return Kind("evaluate", f"({new} - ({old}))/({old})*100", unit="%", named="percentage change")


def told_stats(text: str) -> Kind | None:
    """The statistic a question tells in words (a z-score, a mean from counts, a percentage
    change), or None."""
    return first_found((_z_score, puzzle, curve_ask, _weighted_mean, _percent_change,
                        average_rate), text)
