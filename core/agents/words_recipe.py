"""A recipe scaled to more or fewer people, or doubled, halved, tripled.

"serves 4: 300 g rice … how much rice for 10 people?" → 750 g of rice; "3 cups of flour
for 12 cookies, how much for 30?" → 7.5 cups; "to feed 10 instead of 4"; "I'm doubling
it". The amount asked about is chosen by its name ("how much sugar").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_reckon import ASK, NUM, Reckoned, show


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


# --- a recipe scaled ------------------------------------------------------------------------------

SERVES = _c(rf"\b(?:serves|feeds|makes|(?:is|are)\s+for|enough\s+for|for)\s+{NUM}\b(?!\s*(?:g|kg|"
            rf"ml|l|cups?|minutes?|mins?|hours?|degrees?|°))|\b{NUM}\s+(?:servings|portions|"
            rf"people|persons|cookies|cakes|muffins|pancakes|cupcakes|loaves|biscuits|pizzas)\b")
WANT = _c(rf"\b(?:cook(?:ing)?|mak(?:e|ing)|bak(?:e|ing)|feed(?:ing)?|serv(?:e|ing)|need\s+it|"
          rf"want\s+it|scale\s+it|have|expecting|hosting|for)\s+(?:it\s+)?(?:for\s+|to\s+)?{NUM}"
          rf"\b(?!\s*(?:g|kg|ml|l|cups?|minutes?|mins?|hours?|degrees?|°))|\b{NUM}\s+(?:guests|"
          rf"people|persons|servings|portions|of\s+us)\b")
AMOUNT = _c(rf"{NUM}\s*(g|grams?|kg|kilos?|ml|l|litres?|liters?|cups?|tbsps?|tablespoons?|tsps?|"
            rf"teaspoons?|oz|ounces?|lbs?|pounds?|eggs?|cloves?|pinch(?:es)?|slices?|onions?|"
            rf"carrots?|potatoes|tins?|cans?)\b(?:\s+(?:of\s+)?([a-z]+))?")
RECIPE = _c(r"\brecipe\b|\bserves\b|\bservings?\b|\bportions?\b|\bingredients?\b|\bflour\b|"
            r"\bsugar\b|\bbutter\b|\bmilk\b|\brice\b|\bpasta\b|\bcookies\b|\bcakes?\b|\bmuffins\b|"
            r"\bpancakes\b|\bcupcakes\b|\bbatch(?:es)?\b|\bloa(?:f|ves)\b|\bdough\b|\bsoup\b|\bsauce\b")


def recipe(text: str) -> Reckoned | None:
    """The scaled amount a recipe question asks for (text expanded, lower-cased), or a
    kitchen ratio (:mod:`core.agents.words_baking`)."""
    from core.agents.words_baking import baking

    return baking(text) or _recipe(text)


def _recipe(text: str) -> Reckoned | None:
    if not RECIPE.search(text):
        return None
    if (times := SCALED.search(text)) is not None and ASK.search(text):
        return _recipe_times(text, times)
    serves = SERVES.search(text)
    if (instead := INSTEAD.search(text)) is not None:  # "to feed 10 instead of 4"
        return _recipe_for(text, _f(instead.group(2)), _f(instead.group(1)), instead)
    if (scaled := FROM_TO.search(text)) is not None:  # "scale it from 8 servings to 12"
        return _recipe_for(text, _f(scaled.group(1)), _f(scaled.group(2)), scaled)
    if serves is None:
        return None
    base = _f(serves.group(1) or serves.group(2))
    amounts = [m for m in AMOUNT.finditer(text) if not serves.start() <= m.start() < serves.end()]
    wants = [m for m in WANT.finditer(text, serves.end())
             if not any(a.start() <= m.start(1 if m.group(1) else 2) < a.end() for a in amounts)]
    cup = CUP_WEIGHT.search(text)  # "how many cups if a cup is 125 g?": no ingredient
    if cup is not None:
        amounts = [m for m in amounts if not cup.start() <= m.start() < cup.end()]
    if not wants or not amounts or base == 0:
        return None
    target = _f(wants[0].group(1) or wants[0].group(2))
    asked = re.search(r"\bhow\s+(?:much|many)\s+(?:of\s+(?:the\s+)?)?([a-z]+)", text[serves.end():])
    chosen = amounts[0]
    if asked is not None:
        chosen = next((m for m in amounts if asked.group(1) in (m.group(3) or "", m.group(2))),
                      chosen)
    quantity, unit = _f(chosen.group(1)), chosen.group(2)
    thing = f" of {chosen.group(3)}" if chosen.group(3) and chosen.group(3) not in ("for",
                                                                                 "and") else ""
    weight = _f(cup.group(1) or cup.group(2)) if cup is not None else Fraction(0)
    if weight > 0 and CUPS_ASK.search(text) and unit in ("g", "gram", "grams"):
        grams = quantity * target / base
        return Reckoned(f"for {show(target)}", grams / weight, "cups" + thing,
                        f"{chosen.group(1)} g × {show(target)} ÷ {show(base)} = {show(grams)} g, "
                        f"÷ {show(weight)} g a cup")
    return Reckoned(f"for {show(target)}", quantity * target / base, unit + thing,
                    f"{chosen.group(1)} {unit} × {show(target)} ÷ {show(base)}")


CUP_WEIGHT = _c(rf"\b(?:a|one|1|each)\s+cup(?:\s+of\s+[a-z]+)?\s+(?:is|weighs|=|holds|is\s+about)"
                rf"\s+(?:about\s+)?{NUM}\s*(?:g|grams?)\b|\b{NUM}\s*(?:g|grams?)\s+(?:a|per|to\s+the|"
                rf"to\s+a)\s+cup\b")
CUPS_ASK = _c(r"\bhow\s+many\s+cups\b|\bin\s+cups\b|\bas\s+cups\b")
SCALED = _c(r"\b(doubl\w*|tripl\w*|quadrupl\w*|halv\w*)\b|\b(\d+(?:\.\d+)?)\s*(?:x|times)\s+"
            r"(?:the\s+)?(?:recipe|batch|amounts?|quantit\w+)\b")
FROM_TO = _c(rf"\bfrom\s+(?:serving\s+|feeding\s+)?{NUM}\s*(?:people|persons|servings|portions|"
             rf"guests|serves)?\s+(?:up\s+|down\s+)?to\s+(?:serve\s+|feed\s+)?{NUM}\b(?!\s*(?:g|kg|ml|"
             rf"l|cups?|minutes?|mins?|hours?|degrees?|°|%))")
INSTEAD = _c(rf"\b{NUM}\s+(?:people\s+|guests\s+|servings\s+|portions\s+)?instead\s+of\s+{NUM}\b")


def _recipe_times(text: str, times: re.Match[str]) -> Reckoned | None:
    """"I'm doubling the recipe: 250 g butter" → 500 g."""
    word = (times.group(1) or "").lower()
    factor = _f(times.group(2)) if times.group(2) else Fraction(
        2 if word.startswith("doubl") else 3 if word.startswith("tripl") else
        4 if word.startswith("quadr") else Fraction(1, 2))
    amounts = list(AMOUNT.finditer(text))
    if not amounts or factor <= 0:
        return None
    return _scaled(text, amounts, factor, f"× {show(factor)}", "scaled")


def _recipe_for(text: str, base: Fraction, target: Fraction,
                skip: re.Match[str]) -> Reckoned | None:
    amounts = [m for m in AMOUNT.finditer(text) if not skip.start() <= m.start() < skip.end()]
    if not amounts or base == 0:
        return None
    return _scaled(text, amounts, target / base, f"× {show(target)} ÷ {show(base)}",
                   f"for {show(target)}")


def _scaled(text: str, amounts: list[re.Match[str]], factor: Fraction, how: str,
            name: str) -> Reckoned:
    asked = re.search(r"\bhow\s+(?:much|many)\s+(?:of\s+(?:the\s+)?|grams\s+of\s+|g\s+of\s+)?"
                      r"([a-z]+)", text)
    chosen = amounts[0]
    if asked is not None:
        chosen = next((m for m in amounts if asked.group(1) in (m.group(3) or "", m.group(2))),
                      chosen)
    quantity, unit = _f(chosen.group(1)), chosen.group(2)
    thing = f" of {chosen.group(3)}" if chosen.group(3) and chosen.group(3) not in ("for",
                                                                                 "and") else ""
    if not thing and asked is not None and asked.group(1) not in (unit, "grams", "g"):
        thing = f" of {asked.group(1)}"
    return Reckoned(name, quantity * factor, unit + thing, f"{chosen.group(1)} {unit} {how}")
