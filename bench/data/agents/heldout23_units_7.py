"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 7: cooking measures
with stated cup, spoon and density figures, ratios and recipe scaling."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import F, Redraw, fam, near, num, pick, show, whole
from bench.data.agents.helpers import Family


@fam
def cups_flour_grams(rng: random.Random) -> Any:
    cups = rng.choice([F(1, 2), F(3, 4), 1, F(3, 2), 2, F(5, 2), 3, F(1, 3), F(2, 3), F(7, 4)])
    g_cup = rng.choice([120, 125, 128, 130])
    word = {F(1, 2): "1/2", F(3, 4): "3/4", F(3, 2): "1 1/2", F(5, 2): "2 1/2", F(1, 3): "1/3",
            F(2, 3): "2/3", F(7, 4): "1 3/4"}.get(F(cups), str(cups))
    what = rng.choice(["flour", "plain flour", "all-purpose flour", "bread flour"])
    text = pick(rng, f"{word} cups of {what} in grams? (1 cup = {g_cup} g)",
                f"recipe wants {word} cup {what}, I only have a scale. {g_cup} g per cup - "
                "how many grams?")
    grams = cups * g_cup
    return text, num(grams, 1) + ([] if near(grams, 0) else whole(round(grams)))


@fam
def butter_tbsp(rng: random.Random) -> Any:
    g = rng.randint(20, 500)
    per = rng.choice([14, 15, F("14.2")])
    text = pick(rng, f"How many tablespoons is {g} g of butter if 1 tbsp = {show(per)} g? 1 dp",
                f"{g}g butter -> tbsp, using {show(per)} g per tablespoon (1 decimal)")
    return text, num(g / F(per), 1)


@fam
def sugar_cups(rng: random.Random) -> Any:
    g, per = rng.randint(50, 900), rng.choice([200, 198, 220, 201])
    text = pick(rng, f"{g} g of sugar is how many cups, if a cup of sugar weighs {per} g? 2 dp",
                f"Convert {g} grams granulated sugar to cups ({per} g per cup), two decimals.")
    return text, num(F(g, per), 2)


@fam
def tsp_to_ml(rng: random.Random) -> Any:
    tsp, ml = rng.randint(2, 40), rng.choice([5, F("4.93")])
    text = pick(rng, f"How many ml is {tsp} teaspoons? (1 tsp = {show(ml)} ml)",
                f"{tsp} tsp in millilitres using {show(ml)} mL per teaspoon?")
    return text, num(tsp * ml, 2)


@fam
def ml_to_tbsp(rng: random.Random) -> Any:
    ml, per = rng.randint(20, 400), rng.choice([15, F("14.79"), 20])
    text = pick(rng, f"{ml} ml of oil = how many tablespoons? (1 tbsp = {show(per)} ml) 1 dp",
                f"How many tbsp in {ml} mL if a tablespoon is {show(per)} mL? one decimal")
    return text, num(ml / F(per), 1)


@fam
def milk_density(rng: random.Random) -> Any:
    g, dens = rng.randint(100, 2000), rng.choice([F("1.03"), F("1.035"), F("0.92"), F("1.4")])
    what = {F("1.03"): "milk", F("1.035"): "whole milk", F("0.92"): "olive oil",
            F("1.4"): "honey"}[dens]
    text = pick(rng, f"I need {g} g of {what}. Its density is {show(dens)} g/ml - how many ml "
                     "is that? 1 decimal",
                f"{g} grams of {what} in mL (density {show(dens)} g per mL), 1 dp")
    return text, num(g / dens, 1)


@fam
def oven_fan_temp(rng: random.Random) -> Any:
    f = rng.choice(list(range(300, 480, 5)))
    red = rng.choice([20, 25])
    c = (f - 32) * F(5, 9) - red
    text = pick(rng, f"recipe says {f}°F. I have a fan oven: convert to °C and subtract {red}. "
                     "Nearest degree?",
                f"What fan-oven °C do I use for {f} F if fan = conventional C minus {red}? whole "
                "degrees")
    return text, num(c, 0)


@fam
def rice_water(rng: random.Random) -> Any:
    cups = rng.choice([F(1, 2), 1, F(3, 2), 2, 3, F(5, 2), 4])
    ratio = rng.choice([F(3, 2), 2, F(7, 4), F(5, 4)])
    ml = rng.choice([240, 250])
    text = pick(rng, f"Cooking {show(cups)} cups of rice at {show(ratio)} parts water to 1 part "
                     f"rice. How many ml of water? (1 cup = {ml} ml)",
                f"water for {show(cups)} cup rice, ratio {show(ratio)}:1 water:rice, cup = {ml} mL "
                "- in ml?")
    return text, num(cups * ratio * ml, 1)


@fam
def coffee_ratio(rng: random.Random) -> Any:
    water, ratio = rng.randint(150, 1500), rng.choice([15, 16, 17, 18, 12])
    text = pick(rng, f"Pour-over at 1:{ratio} coffee to water. For {water} g of water, how much "
                     "coffee? 1 decimal",
                f"how many grams of coffee for {water} ml water at a 1:{ratio} ratio (1 g = 1 ml "
                "water)? 1 dp")
    if water % ratio == 0:
        raise Redraw
    return text, num(F(water, ratio), 1)


@fam
def recipe_scale(rng: random.Random) -> Any:
    serves, want = rng.choice([4, 6, 8, 2, 3, 12]), rng.randint(2, 20)
    if want == serves:
        raise Redraw
    g = rng.choice([120, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750])
    ing = rng.choice(["flour", "pasta", "minced beef", "rice", "potatoes", "chicken"])
    text = pick(rng, f"Recipe for {serves} uses {g} g {ing}. How much for {want} people?",
                f"scale {g} grams of {ing} from {serves} servings to {want} servings")
    grams = F(g * want, serves)
    return text, num(grams, 1) + ([] if near(grams, 0) else whole(round(grams)))


@fam
def recipe_scale_cups(rng: random.Random) -> Any:
    cups = rng.choice([F(1, 2), F(3, 4), F(2, 3), F(1, 3), F(3, 2), F(5, 4)])
    factor = rng.choice([F(3, 2), 3, F(1, 2), F(5, 2), 4, F(2, 3)])
    serves = rng.choice([6, 12])
    want = serves * factor
    txt = {F(1, 2): "1/2", F(3, 4): "3/4", F(2, 3): "2/3", F(1, 3): "1/3", F(3, 2): "1 1/2",
           F(5, 4): "1 1/4"}[cups]
    res = cups * factor
    if res.denominator == 1:
        raise Redraw
    text = pick(rng, f"recipe for {serves} people calls for {txt} cup of milk. For {want} people "
                     "how many cups?",
                f"Scaling a {serves}-serving recipe to {want} servings: {txt} cup sugar becomes "
                f"how "
                "many cups?")
    forms = [str(res), show(res)] if (res * 100).denominator == 1 else [str(res)]
    w, r = divmod(res.numerator, res.denominator)
    if w and r:
        forms.append(f"{w}{r}/{res.denominator}")
        forms.append(f"{w}and{r}/{res.denominator}")
    if (res * 100).denominator != 1:
        forms += num(res, 2)
    return text, forms


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cups_flour_grams, butter_tbsp, sugar_cups, tsp_to_ml, ml_to_tbsp, milk_density,
    oven_fan_temp, rice_water, coffee_ratio, recipe_scale, recipe_scale_cups)]
