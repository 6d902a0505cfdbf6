"""What an amount of something costs at a price per unit, and a price per another unit.

- an amount times its unit price, shared out when asked: "used 92.1 litres of diesel at
  £1.89 a litre, split between 5 of us, each?" → £34.81 each (of £174.07); "3.5 kg of
  apples at 2.40 per kg" → 8.40;
- only part of a capacity: "charging a 75 kWh battery from 30% to 70% at 0.15 per kWh" →
  30 kWh, 4.50; "the 50 L tank is an eighth full, fuel 1.69 a litre, cost to fill it
  up?" → 43.75 L, 73.94;
- a price per one unit said per another: "$3.49 a gallon, what's that per litre?" → $0.92
  per litre (US gallons for dollars, imperial gallons for pounds sterling);
- each pack's price per a standard amount: "150 g for £1.24, 400 g for £8.69 - price per
  100 g of each?" → £0.83 and £2.17 per 100 g.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = rf"(?<![\d:.])[$€£¥]?\s?{NUM}"
UNITS = {"l": ("l", "litre", "litres", "liter", "liters", "ltr"), "kwh": ("kwh",),
         "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"),
         "g": ("g", "gram", "grams"), "gal": ("gallon", "gallons", "gal"),
         "lb": ("lb", "lbs"), "m": ("m", "metre", "metres", "meter", "meters"),
         "ml": ("ml",), "km": ("km",), "mi": ("mile", "miles"), "ft": ("ft", "feet", "foot"),
         "m²": ("m²", "m2", "sqm", "square metre", "square metres", "square meter",
                "square meters"),
         "ft²": ("sq ft", "square foot", "square feet", "ft²")}
NAME = {w: u for u, words in UNITS.items() for w in words}
UNIT = "|".join(sorted((re.escape(w) for w in NAME), key=len, reverse=True))
SHOWN = {"l": "litre", "kwh": "kWh", "kg": "kg", "g": "g", "gal": "gallon", "lb": "lb",
         "m": "m", "ml": "ml", "km": "km", "mi": "mile", "ft": "ft", "m²": "m²", "ft²": "sq ft"}
PER = _c(rf"{CASH}\s*(?:an?|per|/|each|for\s+(?:each|every|one|an?)|every)\s*(?:1\s*)?"
         rf"({UNIT})(?![a-z²])")
QTY = _c(rf"(?<![\d.$€£¥]){NUM}\s*({UNIT})(?![a-z²/])")
SHARE = _c(r"\b(?:split|shared?|divided|splitting|sharing|dividing)\s+(?:it\s+|that\s+|"
           r"the\s+(?:cost|bill|total)\s+)?(?:equally\s+|evenly\s+)?(?:between|among|amongst|by|across|"
           r"into)\s+(\d+)\b|\b(\d+)\s+ways\b|\bbetween\s+(?:the\s+)?(\d+)\s+of\s+us\b")
ASK = _c(r"\bhow\s+much\b|\bwhat\b|\bcost\b|\?|\bprice\b|\btotal\b")
SPAN = _c(r"\bfrom\s+(\d+(?:\.\d+)?)\s*%\s*(?:to|up\s+to|until)\s+(\d+(?:\.\d+)?)\s*%")
FRACTION = {"empty": Fraction(0), "a quarter": Fraction(1, 4), "quarter": Fraction(1, 4),
            "a third": Fraction(1, 3), "third": Fraction(1, 3), "half": Fraction(1, 2),
            "a half": Fraction(1, 2), "two thirds": Fraction(2, 3), "three quarters":
            Fraction(3, 4), "an eighth": Fraction(1, 8), "eighth": Fraction(1, 8),
            "a fifth": Fraction(1, 5), "a tenth": Fraction(1, 10)}
FULL = _c(r"\b(empty|(?:a|an|one)?\s*(?:quarter|third|half|eighth|fifth|tenth)|two\s+thirds|"
          r"three\s+quarters|(\d+(?:\.\d+)?)\s*%|(\d+)\s*/\s*(\d+))\s+(?:full|filled)\b|"
          r"\b(empty)\b")
FILL = _c(r"\b(?:fill|top)\s+(?:it\s+|her\s+|the\s+\w+\s+)?up\b|\bto\s+(?:fill|full)\b|"
          r"\bfill(?:ing)?\s+(?:it|the\s+\w+)\b|\bbrim\b")


def _amount(said: str, unit: str) -> str:
    """"43.75 litres", "30 kWh"."""
    name = SHOWN[unit]
    plural = name in ("litre", "gallon", "mile") and said != "1"
    return f"{said} {name}{'s' if plural else ''}"


def _full(text: str) -> Fraction | None:
    """How full a tank is said to be ("an eighth full", "25% full", "3/4 full")."""
    if (m := FULL.search(text)) is None:
        return None
    if m.group(2):
        return _f(m.group(2)) / 100
    if m.group(3):
        return Fraction(int(m.group(3)), int(m.group(4))) if int(m.group(4)) else None
    said = re.sub(r"\s+", " ", (m.group(1) or m.group(5)).strip())
    said = re.sub(r"^one ", "a ", said)
    return FRACTION.get(said, FRACTION.get(said.removeprefix("a ").removeprefix("an ")))


def bought_by_unit(text: str) -> Reckoned | None:
    if not ASK.search(text) or len(rates := list(PER.finditer(text))) != 1:
        return None
    rate = rates[0]
    unit = NAME[rate.group(2).lower()]
    qtys = [m for m in QTY.finditer(text) if NAME[m.group(2).lower()] == unit
            and not rate.start() <= m.start() < rate.end()]
    if len(qtys) != 1:
        return None
    amount, price = _f(qtys[0].group(1)), _f(rate.group(1))
    how = _amount(qtys[0].group(1), unit)
    if (span := SPAN.search(text)) is not None:  # "from 30% to 70%" of a battery
        part = (_f(span.group(2)) - _f(span.group(1))) / 100
        if part <= 0:
            return None
        amount, how = amount * part, f"{how} × ({span.group(2)}% − {span.group(1)}%)"
    elif FILL.search(text) and (full := _full(text)) is not None:
        if not 0 < full < 1:
            return None  # from empty: a plain amount times its price
        amount, how = amount * (1 - full), f"{how} × (1 − {full})"
    elif SHARE.search(text) is None:
        return None  # a plain amount times its price is a word problem's
    cost = amount * price
    sign = sign_of(text)
    said = _amount(show(amount), unit)
    basis = f"{how} = {said} × {rate.group(1)}" if how != said else f"{how} × {rate.group(1)}"
    if (share := SHARE.search(text)) is not None:
        ways = int(next(g for g in share.groups() if g))
        if ways < 2:
            return None
        each = cost / ways
        return Reckoned("each pays", each, "", f"{basis} ÷ {ways}",
                        text=f"{money(each, sign)} each (of {money(cost, sign)})")
    return Reckoned("cost", cost, "", basis,
                    text=f"{money(cost, sign)} ({said})")


# --- a price per one unit said per another --------------------------------------------------

GALLON_L = {"US": Fraction("3.785411784"), "UK": Fraction("4.54609")}
LB_KG = Fraction("0.45359237")
TO = {("gal", "l"): None, ("l", "gal"): None, ("lb", "kg"): 1 / LB_KG, ("kg", "lb"): LB_KG,
      ("mi", "km"): 1 / Fraction("1.609344"), ("km", "mi"): Fraction("1.609344"),
      ("kg", "g"): Fraction(1, 1000), ("g", "kg"): Fraction(1000), ("l", "ml"): Fraction(1, 1000),
      ("m²", "ft²"): Fraction("0.09290304"), ("ft²", "m²"): 1 / Fraction("0.09290304")}
UNIT_LB = UNIT + r"|pounds?"  # a weight where the money is not in pounds sterling
PER_ASK = _c(rf"\b(?:per|a|an|each|for\s+(?:a|one|each))\s+({UNIT_LB})\b\s*(?:\?|$|instead|then|"
             rf"in\s+\w+|there|that'?s?|is\s+that|would\s+that\s+be)|\bprice\s+(?:per|a|for\s+a)\s+"
             rf"({UNIT_LB})\b|\bper\s+({UNIT_LB})\b")
PER_LB = _c(rf"{CASH}\s*(?:an?|per|/|each|for\s+(?:each|every|one|an?)|every)\s*(?:1\s*)?"
            rf"({UNIT_LB})(?![a-z²])")
# "a gallon of milk is $6.03": the unit first, then its price
PER_FIRST = _c(rf"\b(?:an?|one|per|1)\s+({UNIT_LB})\s+(?:of\s+[a-z]+\s+)?(?:is|costs?|for|at|=|:|"
               rf"sells\s+for|goes\s+for)\s+(?:about\s+|around\s+|now\s+)?{CASH}")


def _unit_name(word: str) -> str:
    word = word.lower()
    return "lb" if word.startswith("pound") else NAME[word]


def _unit_rates(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """Each price per unit said: its amount, its unit word and where it stands."""
    pounds_ok = sign_of(text) != "£"
    found = [(m.group(1), m.group(2), m.span()) for m in PER_LB.finditer(text)]
    found += [(m.group(2), m.group(1), m.span()) for m in PER_FIRST.finditer(text)
              if not any(a <= m.start() < b or m.start() <= a < m.end() for _, _, (a, b) in found)]
    return [r for r in found if pounds_ok or not r[1].lower().startswith("pound")]


def price_per_other_unit(text: str) -> Reckoned | None:
    rates = _unit_rates(text)
    if len(rates) != 1 or not re.search(r"\bwhat|\bhow\s+much|\?|\bconvert", text):
        return None
    said, word, (start, end) = rates[0]
    have = _unit_name(word)
    pounds_ok = sign_of(text) != "£"
    asks = [m for m in PER_ASK.finditer(text, end)] or [m for m in PER_ASK.finditer(text)
                                                         if not start <= m.start() < end]
    wanted = {_unit_name(m.group(1) or m.group(2) or m.group(3)) for m in asks
              if pounds_ok or not (m.group(1) or m.group(2) or m.group(3)).startswith("pound")}
    wanted -= {have}
    if len(wanted) != 1 or any(NAME[m.group(2).lower()] == have for m in QTY.finditer(text)
                               if not start <= m.start() < end):
        return None
    want = wanted.pop()
    if (have, want) not in TO:
        return None
    sign = sign_of(text)
    factor = TO[(have, want)]
    note = ""
    if factor is None:  # gallons: US ones for dollars, imperial ones for pounds sterling
        kind = "UK" if sign == "£" or re.search(r"\bimperial\b|\buk\b", text) else "US"
        factor = 1 / GALLON_L[kind] if have == "gal" else GALLON_L[kind]
        note = f" ({kind} gallon = {show(GALLON_L[kind])} litres)"
    value = _f(said) * factor
    basis = f"{said} per {SHOWN[have]} × {show(factor)}{note}"
    return Reckoned("price", value, "", basis,
                    text=f"{money(value, sign)} per {SHOWN[want]}{note}")


# --- each pack's price per a standard amount ------------------------------------------------

PACK = _c(rf"(?<![\d.]){NUM}\s*(g|grams?|kg|ml|l|litres?|liters?)\b[^.;,]{{0,25}}?\b(?:for|at|"
          rf"costs?|is|=|:)\s*{CASH}")
STANDARD = _c(r"\bper\s+(100|1|one|a)?\s*(g|grams?|kg|kilo|ml|l|litre|liter)\b")


def per_standard_each(text: str) -> Reckoned | None:
    if (std := STANDARD.search(text)) is None or not ASK.search(text):
        return None
    packs = [m for m in PACK.finditer(text) if m.end() <= std.start() or m.start() > std.end()]
    if len(packs) < 2 or not re.search(r"\beach\b|\bboth\b|\bevery\b|\ball\b", text):
        return None
    size = Fraction(100) if std.group(1) == "100" else Fraction(1)
    unit = std.group(2).lower()
    to_base = {"g": 1, "gram": 1, "grams": 1, "kg": 1000, "kilo": 1000, "ml": 1, "l": 1000,
               "litre": 1000, "liter": 1000}
    per_base = size * to_base.get(unit, 1)
    sign = sign_of(text)
    shown, values = [], []
    for m in packs:
        pack_unit = m.group(2).lower().rstrip("s")
        base = _f(m.group(1)) * to_base.get(pack_unit, to_base.get(pack_unit + "s", 1))
        if base == 0:
            return None
        value = _f(m.group(3)) / base * per_base
        values.append(value)
        shown.append(f"{m.group(1)} {m.group(2)}: {money(value, sign)}")
    label = f"per {show(size) + ' ' if size != 1 else ''}{unit}"
    cheapest = min(range(len(values)), key=values.__getitem__)
    text_out = f"{label}: " + "; ".join(shown)
    if len(set(values)) > 1:
        text_out += f" (the {packs[cheapest].group(1)} {packs[cheapest].group(2)} pack is " \
                    "cheaper for the amount)"
    return Reckoned("unit price", values[0], "", f"price ÷ size × {show(per_base)}",
                    text=text_out)


KINDS = (per_standard_each, bought_by_unit, price_per_other_unit)
