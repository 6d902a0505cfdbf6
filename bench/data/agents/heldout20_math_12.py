"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 12: counting
arrangements, codes and committees, and probability with dice, cards, coins and bags."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, Redraw, fam, num, pick, rnd, terminates
from bench.data.agents.helpers import Family


@fam
def fam_word_arrangements(rng: random.Random) -> Made:
    w = rng.choice(
        [
            "BANANA",
            "LETTER",
            "APPLE",
            "PEPPER",
            "COFFEE",
            "BALLOON",
            "SUCCESS",
            "TOMATO",
            "ORANGE",
            "GARDEN",
            "PUZZLE",
            "BUBBLE",
            "CHEESE",
            "MAMMAL",
            "RABBIT",
            "KETTLE",
            "PAPAYA",
            "BOOKKEEPER",
            "COMMITTEE",
            "STATISTICS",
            "DOG",
            "LLAMA",
            "TEETH",
            "PARALLEL",
            "ELEMENT",
            "CANDLE",
            "ALASKA",
            "SEESAW",
        ]
    )
    total = math.factorial(len(w))
    for ch in set(w):
        total //= math.factorial(w.count(ch))
    text = pick(
        rng,
        [
            "how many different arrangements of the letters of {w} are there?",
            "number of distinct ways to arrange the letters in the word {w}",
            "how many unique 'words' can you make by rearranging all the letters of {w}?",
        ],
    ).format(w=w)
    return text, [num(total)]


@fam
def fam_handshakes(rng: random.Random) -> Made:
    n = rng.randint(5, 40)
    text = pick(
        rng,
        [
            "{n} people at a party each shake hands with everyone else once. How many handshakes?",
            "round robin with {n} teams, each plays every other once — how many games?",
        ],
    ).format(n=n)
    return text, [num(n * (n - 1) // 2)]


@fam
def fam_pin_codes(rng: random.Random) -> Made:
    k = rng.choice([3, 4, 5, 6, 7, 8])
    rep = rng.random() < 0.5
    kind, size = rng.choice(
        [
            ("digits (0-9)", 10),
            ("capital letters (A-Z)", 26),
            ("characters, each a digit 0-9 or a letter A-Z", 36),
        ]
    )
    val = size**k if rep else math.perm(size, k)
    text = pick(
        rng,
        [
            "how many {k}-character codes can be made from {t} if characters {r}?",
            "a lock code is {k} {t}; they {r}. how many codes are possible?",
            "counting question: codes of length {k} using {t}, and characters {r}. how many?",
        ],
    ).format(k=k, t=kind, r="can repeat" if rep else "can't repeat")
    return text, [num(val)]


@fam
def fam_outfits(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 9), rng.randint(2, 8), rng.randint(2, 6)
    name = rng.choice(NAMES)
    text = pick(
        rng,
        [
            "{p} has {a} shirts, {b} pairs of trousers and {c} pairs of shoes. How many "
            "different outfits?",
            "a meal deal: {a} mains, {b} sides, {c} drinks, pick one of each. how many combos?",
        ],
    ).format(p=name, a=a, b=b, c=c)
    return text, [num(a * b * c)]


@fam
def fam_mixed_committee(rng: random.Random) -> Made:
    m, w = rng.randint(4, 10), rng.randint(4, 10)
    a, b = rng.randint(1, 3), rng.randint(1, 3)
    text = pick(
        rng,
        [
            "A team of {a} boys and {b} girls is picked from {m} boys and {w} girls. How "
            "many ways?",
            "choose {a} teachers from {m} and {b} parents from {w} for a committee — "
            "number of ways?",
        ],
    ).format(a=a, b=b, m=m, w=w)
    return text, [num(math.comb(m, a) * math.comb(w, b))]


@fam
def fam_circular(rng: random.Random) -> Made:
    n = rng.randint(4, 12)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "how many ways can {n} people sit around a round table? (rotations count "
                "as the same)",
                "{n} friends around a circular table, only relative order matters — how "
                "many seatings?",
            ],
        ).format(n=n)
        return text, [num(math.factorial(n - 1))]
    a, b = rng.sample(NAMES, 2)
    text = pick(
        rng,
        [
            "{n} people sit at a round table (rotations are the same seating). {a} and "
            "{b} must sit together. How many seatings?",
            "round table, {n} guests, rotations don't count as different, and {a} "
            "insists on sitting next to {b}. number of arrangements?",
        ],
    ).format(n=n, a=a, b=b)
    return text, [num(2 * math.factorial(n - 2))]


@fam
def fam_subsets(rng: random.Random) -> Made:
    n = rng.randint(4, 25)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "how many subsets does a set with {n} elements have (including the empty set)?",
                "number of subsets of a {n}-element set?",
            ],
        ).format(n=n)
        return text, [num(2**n)]
    text = pick(
        rng,
        [
            "A pizza place has {n} toppings. How many different pizzas can you make with "
            "at least one topping?",
            "with {n} toppings available, how many pizzas with 1 or more toppings (any number)?",
        ],
    ).format(n=n)
    return text, [num(2**n - 1)]


@fam
def fam_line_arrangements(rng: random.Random) -> Made:
    n = rng.randint(4, 11)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "In how many orders can {n} people stand in a line?",
                "how many ways to line up {n} books on a shelf",
                "{n} runners finish a race with no ties. how many possible finishing orders?",
            ],
        ).format(n=n)
        return text, [num(math.factorial(n))]
    a, b = rng.sample(NAMES, 2)
    text = pick(
        rng,
        [
            "{n} kids line up for a photo, and {a} and {b} must stand next to each "
            "other. How many orders?",
            "how many ways can {n} people queue if {a} and {b} have to be side by side?",
        ],
    ).format(n=n, a=a, b=b)
    return text, [num(2 * math.factorial(n - 1))]




def prob(v: F) -> list[str]:
    out = num(v)
    out.append(f"{v.numerator}/{v.denominator}")
    if not terminates(v):  # no exact decimal: accept it rounded too (0.0129 / .0129)
        for d in (4,):
            try:
                forms = [f for f in rnd(v, d) if f.strip("0.")]
            except Redraw:
                continue
            out += forms + [f[1:] for f in forms if f.startswith("0.")]
    return list(dict.fromkeys(out))


@fam
def fam_dice_sum(rng: random.Random) -> Made:
    k = rng.randint(2, 12)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == k)
    cmp_ = rng.choice(["=", ">", "<"])
    if cmp_ == ">":
        ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b > k)
        phr = f"more than {k}"
    elif cmp_ == "<":
        ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b < k)
        phr = f"less than {k}"
    else:
        phr = f"exactly {k}"
    if ways in (0, 36):
        return None
    text = pick(
        rng,
        [
            "Roll two fair dice. Probability the total is {p}? (as a fraction)",
            "two dice thrown, what are the chances the sum is {p}? give a fraction",
        ],
    ).format(p=phr)
    return text, [prob(F(ways, 36))]


@fam
def fam_two_cards(rng: random.Random) -> Made:
    kind = rng.choice(
        [
            ("aces", 4),
            ("kings", 4),
            ("hearts", 13),
            ("red cards", 26),
            ("spades", 13),
            ("queens", 4),
            ("face cards (J, Q, K)", 12),
            ("clubs", 13),
        ]
    )
    back = rng.random() < 0.4
    n = rng.choice([2, 2, 3])
    p = F(1)
    for i in range(n):
        p *= F(kind[1], 52) if back else F(kind[1] - i, 52 - i)
    how = (
        "with replacement (each card is put back and the deck shuffled)"
        if back
        else "without replacement"
    )
    text = pick(
        rng,
        [
            "Draw {w} cards from a standard 52-card deck {h}. Probability {a} are {k}?",
            "what's the chance of pulling {n} {k} in a row from a full deck, {h}? fraction please",
        ],
    ).format(a="both" if n == 2 else "all", k=kind[0], h=how, n=n, w=["", "", "two", "three"][n])
    return text, [prob(p)]


@fam
def fam_coin_heads(rng: random.Random) -> Made:
    n = rng.randint(3, 10)
    k = rng.randint(1, n - 1)
    p = F(math.comb(n, k), 2**n)
    text = pick(
        rng,
        [
            "Flip a fair coin {n} times. Probability of exactly {k} heads?",
            "{n} coin tosses — chance of getting exactly {k} heads? as a fraction",
        ],
    ).format(n=n, k=k)
    return text, [prob(p)]


@fam
def fam_marbles(rng: random.Random) -> Made:
    r, b = rng.randint(2, 9), rng.randint(2, 9)
    g = rng.randint(0, 6)
    what = rng.choice(["both red", "one of each", "both blue"])
    tot = r + b + g
    if what == "both red":
        p = F(r * (r - 1), tot * (tot - 1))
    elif what == "both blue":
        p = F(b * (b - 1), tot * (tot - 1))
    else:
        p = F(2 * r * b, tot * (tot - 1))
    what_t = "one red and one blue" if what == "one of each" else what
    bag = f"{r} red and {b} blue" + (f" and {g} green" if g else "")
    bag = bag.replace(" and ", ", ", 1) if g else bag
    text = pick(
        rng,
        [
            "A bag has {bag} marbles. Two are drawn without replacement. P({w})?",
            "bag with {bag} balls, I take out 2 without putting back. probability they're {w}?",
        ],
    ).format(bag=bag, w=what_t)
    return text, [prob(p)]


@fam
def fam_at_least_one(rng: random.Random) -> Made:
    n = rng.randint(2, 10)
    side = rng.randint(1, 6)
    p = 1 - F(5, 6) ** n
    if rng.random() < 0.4:
        other = rng.choice([x for x in range(1, 7) if x != side])
        text = pick(
            rng,
            [
                "Roll a fair die {n} times. Probability of at least one {s} or {o}? 4 "
                "decimal places",
                "chance that {n} rolls of a die show a {s} or a {o} at least once (4 dp)?",
            ],
        ).format(n=n, s=side, o=other)
        return text, [rnd(1 - F(2, 3) ** n, 4)]
    text = pick(
        rng,
        [
            "Roll a die {n} times. Probability of at least one {s}? (4 decimal places)",
            "chance of getting at least one {s} in {n} rolls of a fair die, to 4 dp",
        ],
    ).format(n=n, s=side)
    return text, [rnd(p, 4)]


@fam
def fam_expected_value(rng: random.Random) -> Made:
    win, p_den = rng.randint(5, 50), rng.choice([4, 5, 6, 8, 10])
    cost = rng.randint(1, 6)
    ev = F(win, p_den) - cost
    if ev == 0:  # a bare "0" would match almost any reply
        return None
    text = pick(
        rng,
        [
            "A game costs ${c} to play (not refunded). You win a ${w} prize with probability "
            "1/{d}, otherwise nothing. Expected profit per game?",
            "pay {c} dollars, 1 in {d} chance to win {w} dollars (prize only, stake not "
            "returned). expected net gain?",
        ],
    ).format(c=cost, w=win, d=p_den)
    forms = rnd(ev, 2)
    return text, [
        forms
        + [f"${f}" for f in forms if not f.startswith("-")]
        + [f"-${f[1:]}" for f in forms if f.startswith("-")]
    ]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_word_arrangements, fam_handshakes, fam_pin_codes, fam_outfits, fam_mixed_committee,
    fam_circular, fam_subsets, fam_line_arrangements, fam_dice_sum, fam_two_cards, fam_coin_heads,
    fam_marbles, fam_at_least_one, fam_expected_value)]
