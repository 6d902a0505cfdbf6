"""Fuel in words: fuel economy from a distance and the fuel used, and the fuel a trip needs
at a stated consumption — with its cost when a price is given and the cost is asked too.

"180 km on 12 litres, km per litre?" → 15 km per litre; "my car does 40 mpg, how many
litres for 300 miles?" → 28.39 litres; "driving 397 km at 9.4 L/100km, fuel €1.52 a litre:
how many litres, and what will it cost?" → 37.32 litres (€56.72). The cost alone stays with
the maths word problems (:mod:`core.agents.rates_words`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import KM, METRES, MI, NUM, Trip, _f, _show

FUEL_DIST = _c(rf"{NUM}\s*({KM}|{MI})\b(?!\s*(?:per|/|to\s+the|an?\s+(?:l|litre|liter|gallon)))")
FUEL_VOL = _c(rf"{NUM}\s*(l|ltrs?|litres?|liters?|gallons?|gal)\b(?!\s*(?:per|/|every|for\s+"
              rf"each)\s*100)")
ECONOMY_ASK = _c(r"\bhow\s+many\s+(?:km|kilomet\w+|miles?)\s+(?:per|to\s+the|a|an|on\s+a|from\s+"
                 r"a)\s+(?:l|litre|liter|gallon)\b|\bmpg\b|\bmiles\s+per\s+gallon\b|\bkm\s*/\s*l\b|\bkm\s+"
                 r"per\s+lit\w+|\bl\s*/\s*100|\blit\w+\s+per\s+100\b|\bfuel\s+(?:economy|"
                 r"consumption|efficiency)\b|\bconsumption\b")
FUEL_ASK = _c(r"\bhow\s+(?:many|much)\s+(l\b|litres|liters|gallons|fuel|petrol|gas|diesel)\b"
              r"(?!\s+(?:money|cash|costs?|budget|bill|spend|price|(?:will|would)\s+(?:it|that|"
              r"this)\s+cost))")
GALLON_L = Fraction("3.785411784")


# "what will it cost?", "how much will I spend?": a cost asked, not a price stated ("costs 1.80")
COST_ASK = _c(r"\b(?:cost|costs|costing|spend|pay|price|expense)\b(?!\s*(?:is|of|at|per|:|was)?"
              r"\s*[$€£¥]?\s*\d)|\bhow\s+much\s+(?:money|cash)\b")
SYMBOL = re.compile(r"[$€£¥]")


def fuel_use(text: str) -> Trip | None:
    """Fuel economy from a distance and the fuel used ("180 km on 12 litres, km per
    litre?"), or the fuel a trip needs at a stated consumption (and its cost when asked)."""
    from core.agents.rates_words import KM_PER_L, MPG, PER_100, PRICE_PER, PRICE_SAID

    use = PER_100.search(text) or KM_PER_L.search(text) or MPG.search(text)
    dists = [m for m in FUEL_DIST.finditer(text) if (use is None or not
             use.start() <= m.start() < use.end()) and not re.search(
                 r"(?:/|\bper|\bevery|\bin)\s*$", text[:m.start()])]  # "in L/100 km": a unit
    if len(dists) != 1:
        return None
    distance, miles = _f(dists[0].group(1)), dists[0].group(2).lower().startswith("mi")
    km = distance * METRES["mi"] / 1000 if miles else distance
    priced = PRICE_PER.search(text) or PRICE_SAID.search(text)
    if use is not None and (ask := FUEL_ASK.search(text)):
        rate = _f(next(g for g in use.groups() if g))
        if rate <= 0:
            return None
        if use.re is PER_100:
            litres, basis = km * rate / 100, f"{_show(km)} km × {use.group(0)}"
        elif use.re is KM_PER_L:
            litres, basis = km / rate, f"{_show(km)} km ÷ {use.group(0)}"
        else:
            litres = (km * 1000 / METRES["mi"]) / rate * GALLON_L
            basis = f"{dists[0].group(0)} ÷ {use.group(0)}"
        cost = _cost(text, litres, priced, PRICE_PER) if priced is not None else ""
        named = ask.group(1).lower()  # the unit asked for, else the consumption's own
        if named.startswith("gal") or (use.re is MPG and not named.startswith("l")):
            basis += "" if use.re is MPG else " ÷ 3.785411784 L per gallon"
            return Trip("fuel needed", litres / GALLON_L, "gallons",
                        f"{_show(litres / GALLON_L)} gallons{cost}", basis)
        basis += " × 3.785411784 L per gallon" if use.re is MPG else ""
        return Trip("fuel needed", litres, "litres", f"{_show(litres)} litres{cost}", basis)
    vols = list(FUEL_VOL.finditer(text))
    if use is not None or not ECONOMY_ASK.search(text) or len(vols) != 1:
        return None
    volume = _f(vols[0].group(1))
    litres = volume * GALLON_L if vols[0].group(2).lower().startswith("gal") else volume
    if volume <= 0 or distance <= 0:
        return None
    asked = ECONOMY_ASK.search(text)
    said = asked.group(0).lower() if asked is not None else ""
    if "mpg" in said or "gallon" in said or (miles and "100" not in said and "km" not in said):
        value = (km * 1000 / METRES["mi"]) / (litres / GALLON_L)
        return Trip("fuel economy", value, "mpg", f"{_show(value)} mpg",
                    f"{dists[0].group(0)} ÷ {vols[0].group(0)}")
    if "100" in said or ("km" not in said and "per" not in said):
        value = litres / km * 100
        return Trip("fuel consumption", value, "L/100 km", f"{_show(value)} L/100 km",
                    f"{vols[0].group(0)} ÷ {dists[0].group(0)} × 100")
    value = km / litres
    return Trip("fuel economy", value, "km/L", f"{_show(value)} km per litre",
                f"{dists[0].group(0)} ÷ {vols[0].group(0)}")


def _cost(text: str, litres: Fraction, price: re.Match[str], per: re.Pattern[str]) -> str:
    """", costing €56.72 at €1.52 a litre" when the cost is asked beside the fuel."""
    if not COST_ASK.search(text):
        return ""
    each = _f(price.group(1))
    per_gallon = price.re is per and price.group(2).lower().startswith("gal")
    cost = (litres / GALLON_L if per_gallon else litres) * each
    symbol = SYMBOL.search(text[max(0, price.start() - 1):price.end()])
    sign = symbol.group(0) if symbol else ""
    return f", costing {sign}{float(round(cost, 2)):,.2f} at {sign}{float(each):,.2f} a " \
           f"{'gallon' if per_gallon else 'litre'}"


# --- fuel economy from one measure to another -----------------------------------------------------

MPG_WORDS = r"mpg|miles\s+(?:per|to\s+the|a|an)\s+gallon"
L100_WORDS = r"l\s*/\s*100\s*(?:km|kilomet\w+)|lit\w+\s+(?:per|every|for\s+each|each)\s+100\s*" \
             r"(?:km|kilomet\w+)"
KML_WORDS = r"km\s*/\s*l\b|kpl|(?:km|kilomet\w+)\s+(?:per|to\s+the|a|an)\s+lit\w+"
SIDE = r"(?:(?P<us>us\s+|american\s+)|(?P<uk>uk\s+|imperial\s+|british\s+))?"
ECONOMY = _c(rf"{NUM}\s*(?:{SIDE}(?P<mpg>{MPG_WORDS})(?:\s*\((?:(?P<us2>us)|(?P<uk2>uk|"
             rf"imperial))\))?|(?P<l100>{L100_WORDS})|(?P<kml>{KML_WORDS}))")
TARGET = _c(rf"\b(?:in|to|into|as|how\s+many)\s+(?:{SIDE}(?P<mpg>{MPG_WORDS})|"
            rf"(?P<l100>{L100_WORDS}|l/100)|(?P<kml>{KML_WORDS}))")
US_MPG = Fraction("235.214583")  # L/100 km × mpg (US gallons); UK gallons below
UK_MPG = Fraction("282.480936")
UK_WORD = _c(r"\b(?:uk|imperial|british)\b")


def _kind(m: re.Match[str]) -> str:
    return "mpg" if m.group("mpg") else "l100" if m.group("l100") else "kml"


def _marked(m: re.Match[str], side: str) -> bool:
    extra = m.groupdict().get(f"{side}2")
    return bool(m.group(side) or extra)


def economy_conversion(text: str) -> Trip | None:
    """"30 mpg in L/100km?" → 7.84 L/100 km; "8 L/100km in mpg" → 29.4 mpg; "15 km per
    litre, what's that in L/100km?" → 6.67 L/100 km; "55 mpg in a UK review, in US mpg?" →
    45.8 mpg (the gallons a side is in: its own mark, else the country the text names)."""
    given = ECONOMY.search(text)
    if given is None:
        return None

    def other(m: re.Match[str]) -> bool:
        return _kind(m) != _kind(given) or (_kind(m) == "mpg" and (
            _marked(m, "uk") != _marked(given, "uk") or _marked(m, "us") != _marked(given, "us")))

    wanted = next((m for m in TARGET.finditer(text, given.end()) if other(m)), None)
    if wanted is None:
        wanted = next((m for m in TARGET.finditer(text) if m.end() <= given.start() and
                       _kind(m) != _kind(given)), None)
    value = _f(given.group(1))
    if wanted is None or value <= 0:
        return None
    told = UK_WORD.search(text) is not None
    uk_in = _marked(given, "uk") or (told and not _marked(given, "us")
                                     and not _marked(wanted, "uk"))
    uk_out = _marked(wanted, "uk") or (told and not _marked(wanted, "us")
                                       and not _marked(given, "uk")
                                       and not (_kind(given) == "mpg" and uk_in))
    if _kind(given) != "mpg" or _kind(wanted) != "mpg":
        uk_in = uk_out = uk_in or uk_out
    if given.group("mpg"):
        per_100 = (UK_MPG if uk_in else US_MPG) / value
    elif given.group("kml"):
        per_100 = 100 / value
    else:
        per_100 = value
    uk = uk_out if wanted.group("mpg") else uk_in
    scale = UK_MPG if uk else US_MPG
    if wanted.group("mpg"):
        result, label = scale / per_100, "mpg (UK)" if uk else "mpg (US)"
    elif wanted.group("kml"):
        result, label = 100 / per_100, "km/L (km per litre)"
    else:
        result, label = per_100, "L/100 km"
    gallons = given.group("mpg") or wanted.group("mpg")
    basis = f"{given.group(0)} → {label.split(' (')[0]}"
    if given.group("mpg") and wanted.group("mpg"):
        basis += f", {'UK' if uk_in else 'US'} gallons to {'UK' if uk_out else 'US'} gallons"
    elif gallons:
        basis += f", {'UK' if uk else 'US'} gallons (L/100 km = {_show(scale)} ÷ mpg)"
    return Trip("fuel economy", result, label.split(" (")[0], f"{_show(result)} {label}", basis)


# --- how far a tank of fuel goes ------------------------------------------------------------------

RANGE_ASK = _c(r"\bhow\s+(?:far|many\s+(km|kilomet\w+|miles?))\b|\b(?:range|distance)\b")


def fuel_range(text: str) -> Trip | None:
    """"a 50 litre tank at 6 L/100km, how far can I go?" → 833.33 km; "12 gallons at 30
    mpg, how many miles?" → 360 miles."""
    from core.agents.rates_words import KM_PER_L, MPG, PER_100

    ask = RANGE_ASK.search(text)
    use = PER_100.search(text) or KM_PER_L.search(text) or MPG.search(text)
    if ask is None or use is None:
        return None
    vols = [m for m in FUEL_VOL.finditer(text) if not use.start() <= m.start() < use.end()]
    if len(vols) != 1 or FUEL_DIST.search(text[:use.start()] + text[use.end():]):
        return None  # a distance given: the fuel it needs is the other reader's
    volume = _f(vols[0].group(1))
    litres = volume * GALLON_L if vols[0].group(2).lower().startswith("gal") else volume
    rate = _f(next(g for g in use.groups() if g))
    if litres <= 0 or rate <= 0:
        return None
    if use.re is PER_100:
        km = litres / rate * 100
    elif use.re is KM_PER_L:
        km = litres * rate
    else:
        km = litres / GALLON_L * rate * METRES["mi"] / 1000
    named = (ask.group(1) or "").lower()
    miles = named.startswith("mi") or (not named and use.re is MPG)
    value, unit = (km * 1000 / METRES["mi"], "miles") if miles else (km, "km")
    return Trip("range", value, unit, f"{_show(value)} {unit}",
                f"{vols[0].group(0)} at {use.group(0)}")
