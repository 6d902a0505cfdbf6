"""Helpers shared by the agents benchmark's item families: the item shape, number
formatting, quadratics with integer roots, image recipes, currency rates, and the forms
in which an answer is accepted."""

from __future__ import annotations

import json
import random
import statistics
from collections.abc import Callable
from fractions import Fraction
from typing import Any

Item = dict[str, Any]
SHOPS = ["Corner Cafe", "Green Grocer", "City Books", "Blue Bakery", "Metro Market"]
GOODS = ["Coffee", "Bagel", "Apples", "Bread", "Milk", "Notebook", "Tea", "Cheese", "Pasta"]
SIGNS = [["NO PARKING"], ["EXIT"], ["OPEN", "9AM TO 5PM"], ["PLATFORM 4"], ["WET FLOOR"],
         ["STAFF ONLY"], ["PULL"], ["LIBRARY", "FLOOR 2"]]
RATES = {"EUR": 1.0, "USD": 1.17, "GBP": 0.87}


def fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def roots(rng: random.Random) -> tuple[int, int, str]:
    r1, r2 = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7], 2))
    s, p = r1 + r2, r1 * r2
    middle = f"- {s}x" if s > 0 else (f"+ {-s}x" if s < 0 else "")
    const = f"+ {p}" if p >= 0 else f"- {-p}"
    return r1, r2, f"x^2 {middle} {const}".replace("  ", " ")


def image_recipe(rng: random.Random, kind: str) -> tuple[dict[str, Any], list[str]]:
    degrade = {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
               "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}
    font = rng.randrange(4)
    if kind == "receipt":
        items = [(g, round(rng.uniform(0.5, 25), 2)) for g in rng.sample(GOODS, rng.randint(2, 4))]
        total = round(sum(p for _, p in items), 2)
        recipe = {"kind": "receipt", "shop": rng.choice(SHOPS), "items": items, "font": font,
                  "currency": "$", "degrade": degrade}
        return recipe, [f"{total:.2f}"]
    if kind == "sign":
        words = rng.choice(SIGNS)
        return {"kind": "sign", "words": words, "font": font, "degrade": degrade}, words
    day = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
    rows = [f"Order #{rng.randint(1000, 9999)}", f"Date: {day}", "Status: shipped"]
    return {"kind": "screenshot", "title": "My orders", "rows": rows, "font": font,
            "degrade": degrade}, [day]


def item(family: str, category: str, text: str, required: list[list[str]],
         **extra: Any) -> Item:
    return {"family": family, "category": category, "text": text, "required": required, **extra}


Family = Callable[[random.Random], Item]


def fresh(make: Family) -> Family:
    """Draws again while an accepted answer appears in the request itself (a reply which
    merely repeats the request must not score) or the item repeats an earlier one."""
    seen: set[str] = set()

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            text, key = made["text"].lower(), json.dumps(made, sort_keys=True)
            echoed = any(answer.lower() in text for part in made["required"] for answer in part)
            if not echoed and key not in seen:
                seen.add(key)
                return made
    return draw


def exact(value: Fraction) -> list[str]:
    """The exact value, plus its decimal when that terminates."""
    out = [str(value)]
    scaled = value * 10**6
    if value.denominator != 1 and scaled.denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    return out


def both(value: float) -> list[str]:
    """fmt() and the two-decimal form where a reply could legitimately keep the zero."""
    return list(dict.fromkeys([fmt(value), f"{value:.2f}"]))


def term(root: int) -> str:
    return f"x - {root}" if root > 0 else f"x + {-root}"


def poly(b: int, c: int, star: str = "") -> str:
    """x^2 + bx + c written the way people (or, with star="*", SymPy) write it."""
    text = "x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else f'{abs(b)}{star}'}x"
    if c:
        text += f" {'+' if c > 0 else '-'} {abs(c)}"
    return text


def labelled(names: list[str], value: str) -> list[str]:
    forms = ["{n} **{v}**", "{n} {v}", "{n}: {v}", "{n} is {v}", "{n} = {v}"]
    return [form.format(n=n, v=value) for n in names for form in forms]


def numbers(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def half_cent(value: Fraction) -> bool:
    """True when rounding to two decimals would be a tie (12.125): replies may differ."""
    return (value * 200).denominator == 1 and (value * 100).denominator != 1


def median(values: list[int]) -> float:
    return float(statistics.median(values))
