"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 10: counting, probability
and more statistics."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout23_math import NAMES, fam, frac, num, pick
from bench.data.agents.heldout23_math_5 import listed
from bench.data.agents.helpers import Family


@fam
def arrangements(rng):
    n = rng.randint(4, 10)
    what = rng.choice(
        [
            "people stand in a line",
            "books go on a shelf",
            "songs be ordered in a playlist",
            "kids sit in a row for a photo",
            "cars park in a row of spaces",
        ]
    )
    if rng.random() < 0.5:
        return (f"how many ways can {n} {what}?"), [num(math.factorial(n), 0)]
    return (f"how many ways can {n} {what} if one particular one has to be first?"), [
        num(math.factorial(n - 1), 0)
    ]


@fam
def committee(rng):
    n, k = rng.randint(6, 15), rng.randint(2, 5)
    return pick(
        rng, f"how many ways to choose {k} people from {n} for a committee?", f"{n} choose {k}?"
    ), [num(math.comb(n, k), 0)]


@fam
def mixed_committee(rng):
    m, w, km, kw = rng.randint(4, 9), rng.randint(4, 9), rng.randint(1, 3), rng.randint(1, 3)
    return (
        f"club has {m} men and {w} women. in how many ways can we pick a team of {km} men and "
        f"{kw} women?"
    ), [num(math.comb(m, km) * math.comb(w, kw), 0)]


@fam
def podium(rng):
    n, k = rng.randint(5, 15), rng.choice([2, 3])
    event = rng.choice(
        [
            "runners in a race",
            "bakers in the bake-off",
            "players in a chess tournament",
            "kids in the spelling bee",
        ]
    )
    label = "1st, 2nd and 3rd" if k == 3 else "1st and 2nd"
    return (f"{n} {event}. how many possible ways to award {label} place?"), [
        num(math.perm(n, k), 0)
    ]


@fam
def pin_codes(rng):
    d = rng.randint(3, 6)
    size, label = rng.choice([(10, "0-9"), (9, "1-9"), (6, "1-6"), (8, "1-8")])
    rep = rng.choice([True, False])
    v = size**d if rep else math.perm(size, d)
    word = "digits can repeat" if rep else "no digit used twice"
    thing = rng.choice(["PIN codes", "lock combinations", "door codes"])
    return (f"how many {d}-digit {thing} are possible using digits {label} if {word}?"), [num(v, 0)]


@fam
def dice_sum(rng):
    s = rng.randint(3, 11)
    kind = rng.choice(["is", "is at least", "is at most"])
    test = {
        "is": lambda t: t == s,
        "is at least": lambda t: t >= s,
        "is at most": lambda t: t <= s,
    }[kind]
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if test(a + b))
    v = F(ways, 36)
    return pick(
        rng,
        f"roll two fair dice. probability the total {kind} {s}? (fraction)",
        f"two dice: P(sum {kind} {s})? as a fraction",
    ), [frac(v)]


@fam
def cards_draw(rng):
    kind, count = rng.choice(
        [
            ("hearts", 13),
            ("aces", 4),
            ("kings", 4),
            ("spades", 13),
            ("face cards", 12),
            ("queens", 4),
            ("red cards", 26),
            ("clubs", 13),
            ("black cards", 26),
            ("diamonds", 13),
        ]
    )
    k = rng.choice([2, 3])
    back = rng.choice([True, False])
    v = F(count, 52) ** k if back else F(math.comb(count, k), math.comb(52, k))
    how = "putting each card back and shuffling" if back else "without replacement"
    return (
        f"{rng.choice(['draw', 'I draw', 'pick'])} {k} cards from a standard 52-card deck, {how}. "
        f"probability all {k} are {kind}? "
        f"as a fraction in lowest terms"
    ), [frac(v)]


@fam
def coin_heads(rng):
    n, k = rng.randint(3, 8), rng.randint(1, 5)
    if k > n:
        return None
    least = rng.choice([True, False])
    ways = sum(math.comb(n, j) for j in range(k, n + 1)) if least else math.comb(n, k)
    v = F(ways, 2**n)
    return (
        f"flip a fair coin {n} times. probability of {'at least' if least else 'exactly'} {k} "
        "heads? "
        f"fraction please"
    ), [frac(v)]


@fam
def marbles(rng):
    r, b, g = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 6)
    n = r + b + g
    v = F(r, n) * F(r - 1, n - 1)
    return (
        f"bag has {r} red, {b} blue and {g} green marbles. I take two without putting the first "
        "back. "
        f"chance both are red? (fraction)"
    ), [frac(v)]


@fam
def at_least_one_six(rng):
    n, face = rng.randint(2, 8), rng.randint(1, 6)
    if rng.random() < 0.5:
        v = 1 - F(5, 6) ** n
        return pick(
            rng,
            f"roll {n} dice. what's the probability of at least one {face}? give the fraction",
            f"chance of getting a {face} at least once in {n} rolls of a die? exact fraction",
        ), [frac(v)]
    v = n * F(5, 6) ** (n - 1) / 6
    return (f"roll {n} dice. probability that exactly one of them shows a {face}? fraction"), [
        frac(v)
    ]


@fam
def expected_value(rng):
    cost, prize, odds = (
        rng.randint(1, 5),
        rng.choice([10, 20, 50, 100]),
        rng.choice([10, 20, 25, 50, 100]),
    )
    v = F(prize, odds) - cost
    return (
        f"raffle ticket costs ${cost}, 1 in {odds} chance to win ${prize}. expected value per "
        "ticket "
        f"(net of the ticket cost)?"
    ), [num(v)]


@fam
def weather_both(rng):
    a, b = rng.randint(10, 90), rng.randint(10, 90)
    v = F(a * b, 100)
    return (
        f"{a}% chance of rain saturday and {b}% sunday, independent. chance it rains both days, "
        "as a %?"
    ), [[f"{x}%" for x in num(v)] + [f"{x}percent" for x in num(v)]]


@fam
def birthday_three(rng):
    n = rng.randint(3, 25)
    p = F(1)
    for i in range(n):
        p *= F(365 - i, 365)
    v = (1 - p) * 100
    return pick(
        rng,
        f"ignoring leap years, chance that at least two of {n} people share a birthday? percent, "
        "2 dp",
        f"{n} people in a room (365-day year): % chance at least 2 have the same birthday? 2 dp",
        f"there are {n} of us in the group chat. what's the % chance two share a birthday (365 "
        "days, 2 dp)?",
    ), [[f"{x}%" for x in num(v)]]


@fam
def passwords_letters(rng):
    k, d = rng.randint(1, 5), rng.randint(1, 4)
    case, size = rng.choice([("capital letters", 26), ("letters (upper or lower case)", 52)])
    thing = rng.choice(["a code", "a licence plate", "a locker tag"])
    return (
        f"{thing} is {k} {case} followed by {d} digit{'s' if d > 1 else ''} (repeats allowed). "
        f"how many are possible?"
    ).replace("1 capital letters", "1 capital letter"), [num(size**k * 10**d, 0)]


@fam
def handshakes(rng):
    n = rng.randint(5, 40)
    return pick(
        rng,
        f"{n} people at a party and everyone shakes hands with everyone else once. how many "
        "handshakes?",
        f"round-robin tournament with {n} teams, each plays each other once — how many games?",
    ), [num(n * (n - 1) // 2, 0)]


@fam
def quartile_range(rng):
    xs = sorted(rng.randint(1, 50) for _ in range(8))
    lo, hi = xs[:4], xs[4:]
    q1, q3 = F(lo[1] + lo[2], 2), F(hi[1] + hi[2], 2)
    return (f"IQR of {listed(xs)} using the median-of-halves method?"), [frac(q3 - q1)]


@fam
def mean_after_removal(rng):
    xs = [rng.randint(5, 40) for _ in range(6)]
    drop = rng.choice(xs)
    rest = list(xs)
    rest.remove(drop)
    return (f"data: {listed(xs)}. if I take out one {drop}, what's the new mean?"), [
        num(F(sum(rest), len(rest)))
    ]


@fam
def probability_not(rng):
    total, good = rng.randint(20, 60), rng.randint(3, 15)
    name = rng.choice(NAMES)
    return (
        f"{name} put {total} names in a hat, {good} of them are from our office. chance the name "
        "drawn is NOT "
        f"from our office? fraction"
    ), [frac(F(total - good, total))]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        arrangements,
        committee,
        mixed_committee,
        podium,
        pin_codes,
        dice_sum,
        cards_draw,
        coin_heads,
        marbles,
        at_least_one_six,
        expected_value,
        weather_both,
        birthday_three,
        passwords_letters,
        handshakes,
        quartile_range,
        mean_after_removal,
        probability_not,
    )
]
