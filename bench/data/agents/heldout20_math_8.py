"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 8: rounding, significant
figures, fractions of amounts, unit prices, averages and percentage changes."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    NAMES,
    WORDS,
    Made,
    commas,
    dec,
    fam,
    money,
    num,
    pick,
    rnd,
    uniq,
)
from bench.data.agents.helpers import Family


@fam
def fam_sig_figs(rng: random.Random) -> Made:
    digits = rng.randint(10000, 99999)
    shift = rng.choice([-5, -4, -3, 0, 1, 2])
    v = F(digits) * F(10) ** (shift - 4)
    sf = rng.choice([2, 3])
    scale = F(10) ** (shift - sf + 1)
    q = v / scale
    frac = q - (q.numerator // q.denominator)
    if abs(frac - F(1, 2)) < F(1, 100):
        return None
    r = int(q + F(1, 2)) * scale
    shown = dec(v)
    ans = dec(r) if r.denominator != 1 else str(r)
    text = pick(
        rng,
        [
            "round {v} to {s} significant figures",
            "{v} to {s} s.f.?",
            "What is {v} rounded to {s} sig figs?",
        ],
    ).format(v=shown, s=sf)
    forms = [ans, f"{float(r):.{max(0, sf - 1 - shift)}f}"]
    if abs(r) < 1:
        forms.append(ans.replace("0.", ".", 1))
        need = sf - len(ans.replace("0.", "").lstrip("0"))
        if need > 0:
            forms.append(ans + "0" * need)
    return text, [uniq(forms)]


@fam
def fam_round_decimals(rng: random.Random) -> Made:
    v = F(rng.randint(100000, 9999999), 10 ** rng.randint(4, 5))
    d = rng.choice([1, 2, 3])
    text = pick(
        rng, ["round {v} to {d} decimal places", "{v} to {d} d.p.", "what's {v} rounded to {d} dp"]
    ).format(v=dec(v), d=d).replace("1 decimal places", "1 decimal place")
    forms = rnd(v, d)
    return text, [[*forms[:1], commas(forms[0])]]


@fam
def fam_fraction_of_amount(rng: random.Random) -> Made:
    total = rng.randint(6, 60) * 40
    a, b = F(rng.randint(1, 3), rng.choice([4, 5, 8])), F(1, rng.choice([3, 4, 5, 6]))
    left = total - a * total - b * (total - a * total)
    if left.denominator != 1 or a.denominator == 1:
        return None
    name = pick(rng, NAMES)
    text = pick(
        rng,
        [
            "{n} earned ${t}. {a} went on rent and then {b} of what remained on food. "
            "How much is left?",
            "{n} has {t} dollars, spends {a} of it on a phone, then {b} of the rest on a "
            "case. how much left?",
        ],
    ).format(
        n=name, t=total, a=f"{a.numerator}/{a.denominator}", b=f"{b.numerator}/{b.denominator}"
    )
    return text, [money(left)]


@fam
def fam_unit_rate(rng: random.Random) -> Made:
    g1, g2 = rng.choice([(400, 650), (500, 750), (250, 1000), (300, 800), (450, 1200)])
    p1, p2 = F(rng.randint(150, 600), 100), F(rng.randint(300, 1500), 100)
    per1, per2 = p1 / g1 * 100, p2 / g2 * 100
    cheaper = min(per1, per2)
    if abs(per1 - per2) < F(1, 50):
        return None
    item_ = pick(rng, ["coffee", "cereal", "cheese", "washing powder"])
    text = pick(
        rng,
        [
            "{i}: {a} g for ${x} or {b} g for ${y}. What's the price per 100 g of the "
            "cheaper option per gram? (round to the cent)",
            "Which {i} is better value, {a}g at {x} or {b}g at {y}? give me the cost per "
            "100g of the better one, 2 decimals",
        ],
    ).format(i=item_, a=g1, b=g2, x=f"{float(p1):.2f}", y=f"{float(p2):.2f}")
    return text, [money(cheaper)]


@fam
def fam_average_of_decimals(rng: random.Random) -> Made:
    vals = [F(rng.randint(10, 999), 10) for _ in range(rng.randint(3, 5))]
    m = sum(vals) / len(vals)
    text = pick(
        rng,
        [
            "average of {l}?",
            "what's the mean of {l}, to 2 decimal places",
            "find the average: {l} (2 dp)",
        ],
    ).format(l=", ".join(dec(v) for v in vals))
    return text, [rnd(m, 2)]


@fam
def fam_percent_increase_amount(rng: random.Random) -> Made:
    base = rng.randint(12, 900) * 5
    p = rng.choice([3, 4, 5, 6, 7, 8, 12, 15, 2.5, 3.5])
    new = F(base) * (100 + F(p)) / 100
    name = pick(rng, NAMES)
    text = pick(
        rng,
        [
            "{n}'s salary of ${b} goes up {p}%. What's the new salary?",
            "increase {b} by {p} percent",
            "price was {b}, now {p}% higher. new price?",
        ],
    ).format(n=name, b=base, p=p)
    return text, [money(new)]


@fam
def fam_decrease_by_percent(rng: random.Random) -> Made:
    base = F(rng.randint(100, 9999), 10)
    p = rng.choice([5, 8, 12, 15, 18, 22, 35, 45])
    new = base * (100 - p) / 100
    text = pick(
        rng,
        [
            "decrease {b} by {p}%",
            "what's {b} minus {p} percent of itself? 2 dp",
            "reduce {b} by {p} per cent, answer to 2 decimals",
        ],
    ).format(b=dec(base), p=p)
    return text, [rnd(new, 2) + num(new, fraction=False)]


@fam
def fam_compare_fractions(rng: random.Random) -> Made:
    fr = set()
    while len(fr) < 3:
        fr.add(F(rng.randint(1, 11), rng.randint(2, 12)))
    vals = list(fr)
    if any(v >= 1 or v.denominator == 1 for v in vals):
        return None
    big = max(vals) - min(vals)
    text = pick(
        rng,
        [
            "Difference between the largest and smallest of {l}? as a fraction",
            "of these fractions: {l} — what's biggest minus smallest?",
            "out of {l}, subtract the smallest from the greatest (lowest terms)",
        ],
    ).format(l=", ".join(f"{v.numerator}/{v.denominator}" for v in vals))
    return text, [num(big)]


@fam
def fam_words_arithmetic(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 12), rng.randint(2, 12), rng.randint(13, 60)
    val = a * b + c
    text = pick(
        rng,
        [
            "what is {wa} times {wb} plus {c}?",
            "{wa} multiplied by {wb}, then add {c}",
            "take {wa} lots of {wb} and add {c}. what do you get",
        ],
    ).format(wa=WORDS[a], wb=WORDS[b], c=c)
    return text, [num(val)]


@fam
def fam_repeating_decimal(rng: random.Random) -> Made:
    digits = rng.randint(1, 98)
    d = rng.choice([1, 2])
    if d == 1:
        digits = rng.randint(1, 8)
        v = F(digits, 9)
        shown = f"0.{digits}{digits}{digits}..."
    else:
        if digits % 11 == 0:
            return None
        v = F(digits, 99)
        shown = "0." + f"{digits:02d}" * 3 + "..."
    if v.denominator == 1:
        return None
    text = pick(
        rng,
        [
            "write {s} (repeating forever) as a fraction in lowest terms",
            "{s} recurring as a fraction?",
            "convert the repeating decimal {s} to a fraction",
        ],
    ).format(s=shown)
    return text, [[f"{v.numerator}/{v.denominator}"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_sig_figs, fam_round_decimals, fam_fraction_of_amount, fam_unit_rate,
    fam_average_of_decimals, fam_percent_increase_amount, fam_decrease_by_percent,
    fam_compare_fractions, fam_words_arithmetic, fam_repeating_decimal)]
