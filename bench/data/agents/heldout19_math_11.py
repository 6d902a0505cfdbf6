"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 11: number bases, digits,
counting and probability."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import NAMES, Again, Made, ch, dp, fam, fr, ints
from bench.data.agents.helpers import Family


@fam
def to_binary(rng: random.Random) -> Made:
    n = rng.randint(20, 500)
    base = ch(rng, [(2, "binary", "b"), (16, "hex", "x"), (8, "octal", "o")])
    s = format(n, base[2])
    forms = [s, s.upper(), f"0{base[2]}{s}"]
    t = ch(rng, ["convert {n} to {b}", "what's {n} in {b}?", "{n} (decimal) in {b} please"])
    return t.format(n=n, b=base[1]), [list(dict.fromkeys(forms))]


@fam
def from_binary(rng: random.Random) -> Made:
    n = rng.randint(20, 1000)
    base = ch(rng, [(2, "binary", "b"), (16, "hexadecimal", "X")])
    t = ch(rng, ["what is {b} {s} in decimal?", "convert the {b} number {s} to base 10"])
    return t.format(b=base[1], s=format(n, base[2])), [ints(n)]


@fam
def digit_sum_power(rng: random.Random) -> Made:
    a, n = rng.randint(2, 9), rng.randint(8, 30)
    val = sum(int(d) for d in str(a**n))
    return ch(
        rng, [f"sum of the digits of {a}^{n}?", f"add up the digits of {a} to the power {n}"]
    ), [ints(val)]


@fam
def buses_together(rng: random.Random) -> Made:
    a, b = rng.randint(6, 25), rng.randint(6, 25)
    if a == b or math.gcd(a, b) == min(a, b):
        raise Again
    t = ch(
        rng,
        [
            "bus A comes every {a} min and bus B every {b} min. they both just left — "
            "how many minutes until they leave together again?",
            "two lights flash every {a} and {b} seconds. they flash together now; after how "
            "many seconds again?",
        ],
    )
    return t.format(a=a, b=b), [ints(a * b // math.gcd(a, b))]


@fam
def ribbon_gcd(rng: random.Random) -> Made:
    g = rng.randint(3, 30)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        raise Again
    t = ch(
        rng,
        [
            "I have ribbons of {a} cm and {b} cm and want to cut both into equal pieces, "
            "as long as possible with none left over. how long is each piece?",
            "{a} apples and {b} oranges go into identical bags with nothing left over. "
            "max number of bags?",
        ],
    )
    return t.format(a=a, b=b), [ints(math.gcd(a, b))]


@fam
def choose(rng: random.Random) -> Made:
    n, k = rng.randint(6, 30), rng.randint(2, 6)
    if k >= n:
        raise Again
    t = ch(
        rng,
        [
            "how many ways to choose {k} people from {n}?",
            "{n} choose {k}",
            "a pizza place has {n} toppings, how many different {k}-topping pizzas?",
        ],
    )
    return t.format(n=n, k=k), [ints(math.comb(n, k))]


@fam
def permutations(rng: random.Random) -> Made:
    n, k = rng.randint(5, 15), rng.randint(2, 4)
    t = ch(
        rng,
        [
            "{n} runners in a race — how many ways can gold, silver and bronze go?"
            if k == 3
            else "how many ways to arrange {k} of {n} books on a shelf?",
            "number of ordered selections of {k} from {n}",
        ],
    )
    return t.format(n=n, k=k), [ints(math.perm(n, k))]


WORDS = [
    "BANANA",
    "LETTER",
    "COFFEE",
    "PEPPER",
    "BALLOON",
    "KITTEN",
    "SUCCESS",
    "PUZZLE",
    "GOOGLE",
    "TOMATO",
    "PARALLEL",
    "COOKIE",
    "APPLE",
    "MISSISSIPPI",
    "BOOKKEEPER",
    "COMMITTEE",
    "ADDRESS",
    "ASSESS",
    "TATTOO",
    "DIDDLE",
    "RABBIT",
    "BUBBLE",
    "BOOK",
    "LEVEL",
    "CHEESE",
    "ALASKA",
    "BANANAS",
    "REFERENCE",
    "STATISTICS",
    "ELEPHANT",
    "CALCULUS",
    "ALGEBRA",
    "GEOMETRY",
    "MAMMAL",
    "NOON",
    "EERIE",
    "LOLLIPOP",
]


@fam
def word_arrangements(rng: random.Random) -> Made:
    w = ch(rng, WORDS)
    val = math.factorial(len(w))
    for c in set(w):
        val //= math.factorial(w.count(c))
    t = ch(
        rng,
        [
            "how many different arrangements of the letters in {w}?",
            "number of distinct ways to arrange the letters of the word {w}",
            "how many unique anagrams does {l} have",
        ],
    )
    return t.format(w=w, l=w.lower()), [ints(val)]


@fam
def dice_sum(rng: random.Random) -> Made:
    dice = rng.randint(2, 3)
    s = rng.randint(dice + 1, 6 * dice - 1)
    kind = ch(rng, ["exactly", "at least", "at most"])
    test = {"exactly": s.__eq__, "at least": s.__le__, "at most": s.__ge__}[kind]
    rolls = [sum(r) for r in itertools.product(range(1, 7), repeat=dice)]
    val = Fr(sum(1 for r in rolls if test(r)), len(rolls))
    w = {2: "two", 3: "three"}[dice]
    t = ch(
        rng,
        [
            "roll {d} fair dice. probability the total is {k} {s}? as a fraction",
            "P(sum of {d} dice is {k} {s}) = ?",
        ],
    )
    return t.format(d=w, k=kind, s=s), [fr(val)]


@fam
def at_least_one_six(rng: random.Random) -> Made:
    n, sides = rng.randint(2, 8), ch(rng, [6, 8, 10, 12, 20])
    val = 1 - Fr(sides - 1, sides) ** n
    face = rng.randint(1, sides)
    t = ch(
        rng,
        [
            "if I roll a {s}-sided die {n} times, what's the chance of at least one {f}? 4 "
            "decimal places",
            "probability of getting at least one {f} in {n} rolls of a fair d{s} (4 dp)",
        ],
    )
    return t.format(n=n, s=sides, f=face), [
        dp(val, 4) + [f"{p}%" for p in dp(val * 100, 2)] + fr(val)
    ]


CARDS = [
    ("aces", 4),
    ("hearts", 13),
    ("red cards", 26),
    ("face cards", 12),
    ("kings", 4),
    ("spades", 13),
    ("black cards", 26),
    ("clubs", 13),
    ("queens", 4),
    ("number cards (2 to 10)", 36),
    ("aces or kings", 8),
    ("diamonds", 13),
]


@fam
def cards_draw(rng: random.Random) -> Made:
    kind, c = ch(rng, CARDS)
    k = rng.randint(2, 4)
    val = Fr(math.comb(c, k), math.comb(52, k))
    w = {2: "two", 3: "three", 4: "four"}[k]
    t = ch(
        rng,
        [
            "draw {w} cards from a standard deck without replacement. probability they're all {c}?",
            "P(all {c}) when dealt {w} cards from a 52-card deck? exact fraction",
            "chance of pulling {w} {c} in a row from a shuffled deck (no replacement)",
        ],
    )
    return t.format(w=w, c=kind), [fr(val)]


@fam
def marbles(rng: random.Random) -> Made:
    r, b = rng.randint(2, 12), rng.randint(2, 12)
    col = ch(rng, ["red", "blue"])
    c = r if col == "red" else b
    val = Fr(c * (c - 1), (r + b) * (r + b - 1))
    t = ch(
        rng,
        [
            "a bag has {r} red and {b} blue marbles. I take 2 without putting back. P(both {c})?",
            "{r} red, {b} blue balls in a box; pick two at random. probability both are {c}?",
        ],
    )
    return t.format(r=r, b=b, c=col), [fr(val)]


@fam
def coin_heads(rng: random.Random) -> Made:
    n = rng.randint(3, 10)
    k = rng.randint(1, n - 1)
    val = Fr(math.comb(n, k), 2**n)
    t = ch(
        rng,
        [
            "flip a fair coin {n} times. probability of exactly {k} heads?",
            "P(exactly {k} heads in {n} tosses)? fraction please",
        ],
    )
    return t.format(n=n, k=k), [fr(val)]


@fam
def expected_value(rng: random.Random) -> Made:
    p = rng.randint(1, 30)
    win, cost = rng.randint(5, 100), rng.randint(1, 10)
    val = Fr(p, 100) * win - cost
    if val == 0:
        raise Again
    t = (
        "a game costs ${c} to play and pays ${w} with probability {p}%. what's the expected "
        "net gain per game? (negative if a loss)"
    )
    return t.format(c=cost, w=win, p=p), [dp(val, 2)]


@fam
def pin_codes(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    rep = ch(rng, [True, False])
    pool, ps = ch(rng, [(10, "0-9"), (9, "1-9, no zeros")])
    if rep:
        val = pool**n
        t = f"how many {n}-digit PIN codes are possible from digits {ps} if digits can repeat?"
    else:
        val = math.perm(pool, n)
        t = ch(
            rng,
            [
                f"how many {n}-digit codes using digits {ps} if no digit can repeat?",
                f"a lock uses {n} different digits ({ps}, no repeats). how many combos?",
            ],
        )
    letters = rng.randint(0, 2)
    if letters:
        val *= 26**letters
        t += f" now add {letters} letter{'s' if letters > 1 else ''} A-Z in front — total?"
    return t, [ints(val)]


@fam
def shared_birthday(rng: random.Random) -> Made:
    n = rng.randint(5, 60)
    q = 1.0
    for i in range(n):
        q *= (365 - i) / 365
    p = 1 - q
    if abs(p * 10000 % 1 - 0.5) < 0.05:
        raise Again
    return (
        f"in a group of {n} people, what's the probability at least two share a birthday? "
        f"(365 days, 4 decimal places)"
    ), [[f"{p:.4f}", f"{p * 100:.2f}%"]]


@fam
def lottery(rng: random.Random) -> Made:
    n, k = rng.randint(30, 70), rng.randint(4, 7)
    val = math.comb(n, k)
    t = ch(
        rng,
        [
            "lottery: pick {k} numbers from 1 to {n}. odds of matching all {k}? 1 in how many?",
            "what are the odds of winning a {k}/{n} lotto jackpot with one ticket (1 in ...)?",
        ],
    )
    return t.format(n=n, k=k), [ints(val)]


@fam
def handshakes(rng: random.Random) -> Made:
    n = rng.randint(5, 80)
    t = ch(
        rng,
        [
            "{n} people at a party each shake hands with everyone else once. how many handshakes?",
            "a league of {n} teams, each plays every other once. how many games?",
        ],
    )
    return t.format(n=n), [ints(n * (n - 1) // 2)]


@fam
def committee(rng: random.Random) -> Made:
    m, w = rng.randint(4, 12), rng.randint(4, 12)
    a, b = rng.randint(1, 3), rng.randint(1, 3)
    val = math.comb(m, a) * math.comb(w, b)
    t = (
        "a committee needs {a} {am} and {b} {bw} chosen from {m} men and {w} women. "
        "how many different committees?"
    )
    return t.format(
        a=a, b=b, m=m, w=w, am="man" if a == 1 else "men", bw="woman" if b == 1 else "women"
    ), [ints(val)]


@fam
def independent_and(rng: random.Random) -> Made:
    p, q = rng.randint(5, 95), rng.randint(5, 95)
    who = ch(rng, NAMES)
    val = Fr(p * q, 10000)
    t = ch(
        rng,
        [
            "P(A) = {p}%, P(B) = {q}%, independent. P(A and B) as a percentage?",
            "{n} makes the first free throw {p}% of the time and the second {q}%, "
            "independently. chance of making both, as a %?",
        ],
    )
    return t.format(p=p, q=q, n=who), [dp(val * 100, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        to_binary,
        from_binary,
        digit_sum_power,
        buses_together,
        ribbon_gcd,
        choose,
        permutations,
        word_arrangements,
        dice_sum,
        at_least_one_six,
        cards_draw,
        marbles,
        coin_heads,
        expected_value,
        pin_codes,
        shared_birthday,
        lottery,
        handshakes,
        committee,
        independent_and,
    )
]
