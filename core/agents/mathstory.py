"""Short word problems, each kind read from its wordings onto one exact sum.

- an age now from a future (or past) multiple: "dad is 32. in 4 years he'll be twice as
  old as his son. how old is the son now?";
- a whole from a part and its percentage: "25% of the class are boys and there are 8 boys.
  how many students in total?";
- the same rate carried on: "I typed 330 words in 10 minutes. at that rate how many minutes
  for a 4680-word essay?";
- a height from shadows at the same time: "I'm 1.6 m tall and my shadow is 2 m; a pole's
  shadow is 9 m, how tall is the pole?";
- a rectangle whose length is some more than its width, from its perimeter;
- amounts shared: "electric 123.91, gas 77.16, internet 144.71. split between 5 of us?";
- days at a day rate plus expenses; shares bought at one price and worth another now.

The text is already expanded and lower-cased; each kind needs a question.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"
N = rf"({NB})"
ASK = _c(ASKED)
TIMES = {"twice": "2", "double": "2", "three times": "3", "thrice": "3", "four times": "4",
         "five times": "5", "half": "1/2", "triple": "3"}
MULTIPLE = r"(twice|double|three\s+times|thrice|four\s+times|five\s+times|half|triple|\d+\s+times)"
PERSON = r"([a-z]+)"

# --- ages -------------------------------------------------------------------------------
AGE_NOW = _c(rf"\b(?:(?:my\s+|the\s+|a\s+)?{PERSON}\s+is|i\s+am|i'm)\s+(?:now\s+)?{N}(?:\s+years?"
             rf"(?:\s+old)?)?\b")
AGE_THEN = _c(rf"\b(?:in|after)\s+{N}\s+years?(?:'?\s*time)?,?\s+(?:he|she|they|i|[a-z]+)\s*"
              rf"(?:will|"
              rf"'ll|shall|would)\s+be\s+{MULTIPLE}\s+(?:as\s+old\s+as|the\s+age\s+of|"
              rf"[a-z]+\s+age)\s+(?:(?:his|her|their|my|the)\s+)?{PERSON}|\b{N}\s+years?\s+ago,?\s+"
              rf"(?:he|she|they|i|[a-z]+)\s+(?:was|were)\s+{MULTIPLE}\s+(?:as\s+old\s+as|the\s+age\s+"
              rf"of)\s+(?:(?:his|her|their|my|the)\s+)?{PERSON}")
HOW_OLD = _c(r"\bhow\s+old\b|\bage\b")


def _factor(word: str) -> str:
    word = re.sub(r"\s+", " ", word)
    return TIMES.get(word, word.split()[0])


def _ages(text: str) -> Kind | None:
    if not HOW_OLD.search(text) or (then := AGE_THEN.search(text)) is None:
        return None
    if (now := AGE_NOW.search(text[:then.start()])) is None:
        return None
    age = _n(now.group(2))
    if then.group(1):
        years, times, other = _n(then.group(1)), _factor(then.group(2)), then.group(3)
        expression = f"({age} + {years})/({times}) - {years}"
    else:
        years, times, other = _n(then.group(4)), _factor(then.group(5)), then.group(6)
        expression = f"({age} - {years})/({times}) + {years}"
    return Kind("evaluate", expression, named=f"the {other}'s age now", unit="years")


# --- a whole from a part ----------------------------------------------------------------
PART = _c(rf"(?<![\d.]){N}\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+|our\s+|my\s+)?"
          rf"([a-z]+)\s+(?:are|is|were|was)\s+([a-z]+)")
PART_COUNT = r"(?:there\s+(?:are|were|is)\s+|that\s+is\s+|that's\s+|with\s+|makes?\s+)?{n}\s+{w}\b"
TOTAL_ASK = _c(r"\bhow\s+many\b[^.?!]*\b(?:total|altogether|in\s+all|whole|are\s+there|in\s+the)\b|"
               r"\btotal\s+(?:number|size)\b")


def _part_whole(text: str) -> Kind | None:
    if (part := PART.search(text)) is None or not TOTAL_ASK.search(text):
        return None
    word = part.group(3)
    stem = re.escape(word.rstrip("s"))
    if (count := re.search(PART_COUNT.format(n=N, w=f"{stem}s?"), text[part.end():])) is None:
        return None
    return Kind("evaluate", f"{_n(count.group(1))}*100/{_n(part.group(1))}",
                named="total")


# --- the same rate carried on -----------------------------------------------------------
UNIT = r"(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
DONE = _c(rf"\b(?:typed|wrote|read|made|did|cycled|ran|walked|knitted|baked|packed|printed|"
          rf"sorted|filled|painted|built|finished|completed|produced|picked)\s+{N}\s+([a-z]+)\s+"
          rf"in\s+{N}\s+{UNIT}")
AT_RATE = _c(r"\b(?:at\s+(?:that|the\s+same|this)\s+(?:rate|pace|speed)|same\s+(?:rate|pace))\b")
TARGET = _c(rf"\bhow\s+(?:many|much|long)\s*([a-z]+)?\b[^?]*?\b(?:for|to\s+\w+)\s+(?:a\s+|an\s+|"
            rf"the\s+)?{N}(?:-|\s+)([a-z]+)")


def _same_rate(text: str) -> Kind | None:
    if (done := DONE.search(text)) is None or not AT_RATE.search(text):
        return None
    if (target := TARGET.search(text[done.end():])) is None:
        return None
    amount, thing, time, unit = (_n(done.group(1)), done.group(2), _n(done.group(3)),
                                 done.group(4))
    if target.group(3).rstrip("s") != thing.rstrip("s"):
        return None
    unit = unit if unit.endswith("s") else unit + "s"
    return Kind("evaluate", f"{_n(target.group(2))}*{time}/{amount}", unit=unit, named="time")


# --- shadows ----------------------------------------------------------------------------
LEN = r"\s*(m|cm|ft|feet|metres?|meters?)\b"
TALL = _c(rf"\b(?:i\s+am|i'm|is|stands?)\s+{N}{LEN}\s+tall\b|\b{N}{LEN}\s+tall\s+(?:person|pole|"
          rf"post|stick|man|woman|boy|girl)")
SHADOWS = _c(rf"\bshadow\s+(?:is|of|measures|=)\s*{N}{LEN}|{N}{LEN}\s+(?:long\s+)?shadow")
TALL_ASK = _c(r"\bhow\s+(?:tall|high)\b|\bheight\b")


def _shadow(text: str) -> Kind | None:
    if (tall := TALL.search(text)) is None or not TALL_ASK.search(text):
        return None
    shadows = list(SHADOWS.finditer(text))
    if len(shadows) != 2:
        return None
    height, unit = _n(tall.group(1) or tall.group(3)), tall.group(2) or tall.group(4)
    mine, other = ((s.group(1) or s.group(3)) for s in shadows)
    unit = {"metre": "m", "metres": "m", "meter": "m", "meters": "m", "feet": "ft"}.get(unit, unit)
    return Kind("evaluate", f"{height}*{_n(other)}/{_n(mine)}", unit=unit, named="height")


# --- a rectangle from its perimeter ------------------------------------------------------
LONGER = _c(rf"\blength\s+(?:of\s+(?:a|the|my)\s+[a-z]+\s+)?is\s+{N}\s*(?:[a-z]+\s+)?(more|longer|"
            rf"greater|bigger|less|shorter)\s+than\s+"
            rf"(?:its|the)\s+width\b")
PERIMETER = _c(rf"\bperimeter\s+(?:is|of|=)\s*{N}")


def _rectangle(text: str) -> Kind | None:
    if (longer := LONGER.search(text)) is None or (around := PERIMETER.search(text)) is None:
        return None
    gap = _n(longer.group(1))
    gap = f"-{gap}" if longer.group(2) in ("less", "shorter") else gap
    half = f"{_n(around.group(1))}/2"
    return Kind("values", encode(("width", f"({half} - ({gap}))/2", ""),
                                 ("length", f"({half} + ({gap}))/2", "")))


# --- money shared, days at a rate, shares -------------------------------------------------
AMOUNT = rf"[$€£]?\s*{N}"
BILLS = _c(rf"(?:\b[a-z]+\s*:?\s*{AMOUNT}\s*(?:,|and|&|\+)\s*){{1,8}}[a-z]+\s*:?\s*{AMOUNT}")
SPLIT = _c(rf"\b(?:split|shared?|divided?)\s+(?:it\s+|them\s+|that\s+|the\s+(?:bills?|total|"
           rf"lot)\s+)?(?:equally\s+|evenly\s+)?(?:between|among|by|across)\s+(?:the\s+)?{N}\b")
DAYS_AT = _c(rf"\b{N}\s+(days?|hours?|weeks?|sessions?)\s+(?:at|@)\s+{AMOUNT}\s+(?:a|an|per|each|"
             rf"/)\s*(?:day|hour|week|session)\b[^.?!]*?\b(?:plus|and|\+)\s+{AMOUNT}\s+"
             rf"(?:in\s+|of\s+|for\s+)?(?:expenses|costs|materials|travel|fees?)")
SHARES = _c(rf"\b(?:bought|buy|purchased)\s+{N}\s+shares\s+(?:at|for|@)\s+{AMOUNT}"
            rf"(?:\s+each|\s+a\s+"
            rf"share)?\b[^.?!]*?\b(?:now|today|currently|sold\s+(?:them\s+)?(?:at|for))\s+"
            rf"(?:worth\s+|at\s+|trading\s+at\s+)?{AMOUNT}")
GAIN_ASK = _c(r"\b(?:made|make|lost|lose|gain\w*|profit|loss|up\s+or\s+down)\b")


def _bills(text: str) -> Kind | None:
    if (split := SPLIT.search(text)) is None or (bills := BILLS.search(text)) is None:
        return None
    amounts = [_n(a) for a in re.findall(NB, bills.group(0))]
    people = _n(split.group(1))
    if len(amounts) < 2 or bills.end() > split.start() or people in ("0",):
        return None
    return Kind("evaluate", f"({' + '.join(amounts)})/{people}", money=True)


def _day_rate(text: str) -> Kind | None:
    if (m := DAYS_AT.search(text)) is None or not ASK.search(text):
        return None
    return Kind("evaluate", f"{_n(m.group(1))}*{_n(m.group(3))} + {_n(m.group(4))}", money=True)


def _shares(text: str) -> Kind | None:
    if (m := SHARES.search(text)) is None or not GAIN_ASK.search(text):
        return None
    count, paid, now = _n(m.group(1)), _n(m.group(2)), _n(m.group(3))
    if float(now) < float(paid):  # "lost 1390.22", not "made -1390.22"
        return Kind("evaluate", f"{count}*({paid} - {now})", money=True, named="loss")
    return Kind("evaluate", f"{count}*({now} - {paid})", money=True, named="gain")


# --- durations added up ----------------------------------------------------------------
DURATION = re.compile(r"(?<![\d.:])(\d{1,2})\s*h(?:rs?|ours?)?\s*(?:(\d{1,2})\s*"
                      r"(?:m(?:ins?|inutes?)?)?)?"
                      r"(?![\d:a-z])")
ADD_UP = _c(r"\b(?:total|add(?:ed)?\s+up|sum|altogether|in\s+all|combined)\b")


def _durations(text: str) -> Kind | None:
    if not ADD_UP.search(text) or len(found := DURATION.findall(text)) < 2:
        return None
    minutes = sum(int(h) * 60 + int(m or 0) for h, m in found)
    hours, rest = divmod(minutes, 60)
    shown = f"{hours} hours" + (f" {rest} minutes" if rest else "")
    return Kind("values", encode(("total", f"text:{shown}", "")))


READERS = (_durations, _ages, _part_whole, _same_rate, _shadow, _rectangle, _bills, _day_rate,
           _shares)


def story(text: str) -> Kind | None:
    """The sum a short word problem comes to, or None."""
    return first_found(READERS, text) if ASK.search(text) else _durations(text)  # "total: …"
