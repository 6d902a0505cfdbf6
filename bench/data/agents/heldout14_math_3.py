"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part six: fractions,
statistics asked as maths, and probability."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout14_math import (
    Made,
    approx,
    dec,
    dedupe,
    family,
    frac,
    need,
    signed,
    whole,
)
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


def mixed(v: F) -> list[str]:
    """A fraction written improper, mixed (1 7/12) and, when it terminates, as a decimal."""
    out = frac(v)
    if v.denominator != 1 and abs(v) > 1:
        whole_part, rest = divmod(abs(v.numerator), v.denominator)
        sign = "-" if v < 0 else ""
        out = [*out, f"{sign}{whole_part} {rest}/{v.denominator}"]
    return signed(dedupe(out))


def spoken(v: F) -> str:
    """A mixed number the way people type it: 2 1/3."""
    w, r = divmod(v.numerator, v.denominator)
    return f"{w} {r}/{v.denominator}" if w else f"{r}/{v.denominator}"


def proper(rng: random.Random, dens: tuple[int, ...] = (2, 3, 4, 5, 6, 8, 9, 10, 12)) -> F:
    d = rng.choice(dens)
    return F(rng.randint(1, d - 1), d)


def listed(xs: list[int]) -> str:
    return ", ".join(map(str, xs))


def chance(v: F) -> list[str]:
    """A probability as a fraction or a decimal (two places, or exact when it terminates)."""
    return approx(v)


# --- fractions -------------------------------------------------------------------------

@fam
def n_frac_add(rng: random.Random) -> Made:  # adding two fractions
    a, b = proper(rng), proper(rng)
    need(a.denominator != b.denominator)
    return f"{a} + {b}", [mixed(a + b)]


@fam
def n_frac_mixed_sub(rng: random.Random) -> Made:  # subtracting mixed numbers
    a, b = rng.randint(2, 6) + proper(rng), rng.randint(1, 4) + proper(rng)
    need(a > b and a.denominator != b.denominator)
    return f"what's {spoken(a)} minus {spoken(b)}?", [mixed(a - b)]


@fam
def n_frac_times(rng: random.Random) -> Made:  # multiplying fractions
    a, b = proper(rng), proper(rng)
    need(a != b)
    return f"{a} × {b} = ? (as a fraction)", [frac(a * b)]


@fam
def n_frac_divide(rng: random.Random) -> Made:  # dividing fractions
    a, b = proper(rng), proper(rng)
    need(a != b)
    return f"{a} divided by {b}", [mixed(a / b)]


@fam
def n_frac_reduce(rng: random.Random) -> Made:  # lowest terms
    v, k = proper(rng, (7, 9, 11, 13, 15, 16, 17, 20, 25)), rng.randint(3, 14)
    need(math.gcd(v.numerator, v.denominator) == 1)
    return (f"reduce {v.numerator * k}/{v.denominator * k} to lowest terms",
            [[f"{v.numerator}/{v.denominator}"]])


@fam
def n_frac_to_dec(rng: random.Random) -> Made:  # a fraction as a decimal
    d = rng.choice([8, 16, 20, 25, 32, 40, 50, 64, 80])
    n = rng.randint(1, d - 1)
    need(math.gcd(n, d) == 1)
    return f"{n}/{d} as a decimal?", [frac(F(n, d))[1:]]


@fam
def n_dec_to_frac(rng: random.Random) -> Made:  # a decimal as a fraction
    v = F(rng.randint(1, 999), 1000)
    need(v.denominator > 4)
    digits = f"{float(v):.3f}".rstrip("0")
    return f"write {digits} as a fraction in simplest form", [[f"{v.numerator}/{v.denominator}"]]


@fam
def n_recipe_scale(rng: random.Random) -> Made:  # scaling a recipe quantity
    amount, base = rng.choice([F(2, 3), F(3, 4), F(1, 2), F(1, 3), F(5, 4), F(3, 2)]), \
        rng.choice([4, 6, 8, 12])
    want = rng.choice([n for n in (2, 3, 5, 9, 10, 15, 16, 18, 20, 30) if n != base])
    v = amount * want / base
    need(v.denominator != 1)
    return (f"the recipe needs {amount} cup of sugar for {base} servings. how much for {want} "
            "servings?", [dedupe(mixed(v) + dec(v))])


@fam
def n_frac_of_amount(rng: random.Random) -> Made:  # a fraction of a quantity
    v, n = proper(rng, (3, 4, 5, 6, 8, 12)), rng.randint(20, 2000)
    return f"what's {v} of {n:,}", [approx(v * n)]


@fam
def n_improper(rng: random.Random) -> Made:  # a mixed number made improper
    v = rng.randint(2, 12) + proper(rng, (3, 5, 7, 9, 11))
    return f"write {spoken(v)} as an improper fraction", [[f"{v.numerator}/{v.denominator}"]]


@fam
def n_to_mixed(rng: random.Random) -> Made:  # an improper fraction made mixed
    v = rng.randint(2, 12) + proper(rng, (3, 4, 5, 7, 8))
    w, r = divmod(v.numerator, v.denominator)
    return (f"{v.numerator}/{v.denominator} as a mixed number", [[f"{w} {r}/{v.denominator}"]])


@fam
def n_pct_fraction(rng: random.Random) -> Made:  # a percentage as a fraction
    p = rng.randint(2, 98)
    v = F(p, 100)
    need(v.denominator > 2)
    return f"{p}% as a fraction in lowest terms?", [[f"{v.numerator}/{v.denominator}"]]


@fam
def n_cake_left(rng: random.Random) -> Made:  # fractions of what is left
    a, b = proper(rng, (3, 4, 5, 6)), proper(rng, (2, 3, 4, 5))
    left = (1 - a) * (1 - b)
    return (f"I ate {a} of the cake, then my brother ate {b} of what was left. what fraction of "
            "the cake is still there?", [frac(left)])


@fam
def n_board_pieces(rng: random.Random) -> Made:  # pieces cut from a board
    length, piece = rng.randint(6, 14) + proper(rng, (2, 4)), rng.choice([F(3, 4), F(1, 2),
                                                                           F(5, 8), F(2, 3)])
    need((length / piece).denominator != 1)
    return (f"I've got a board {spoken(length)} feet long. how many full {piece} foot pieces "
            "can I cut from it?", [whole(math.floor(length / piece))])


# --- statistics ------------------------------------------------------------------------

@fam
def n_bills_mean(rng: random.Random) -> Made:  # average of money amounts
    xs = [F(rng.randint(4000, 16000), 100) for _ in range(rng.randint(4, 7))]
    text = ", ".join(f"{float(x):.2f}" for x in xs)
    return (f"my last few electricity bills were {text}. what's the average?",
            [dec(sum(xs) / len(xs))])


@fam
def n_median(rng: random.Random) -> Made:  # a median of an even-length list
    xs = rng.sample(range(1, 200), rng.choice([6, 8, 10]))
    return f"median of {listed(xs)}", [approx(F(statistics.median(xs)))]


@fam
def n_range(rng: random.Random) -> Made:  # the range of temperatures
    xs = [rng.randint(-12, 35) for _ in range(7)]
    need(max(xs) - min(xs) not in xs)
    return (f"temperatures this week: {listed(xs)}. what's the range?", [whole(max(xs) - min(xs))])


@fam
def n_sample_sd(rng: random.Random) -> Made:  # a sample standard deviation
    xs = [rng.randint(1, 60) for _ in range(rng.randint(5, 9))]
    return (f"sample standard deviation of {listed(xs)}", [dec(statistics.stdev(xs))])


@fam
def n_population_sd(rng: random.Random) -> Made:  # a population standard deviation
    xs = [rng.randint(50, 100) for _ in range(rng.randint(5, 8))]
    return (f"population std dev for {listed(xs)}?", [dec(statistics.pstdev(xs))])


@fam
def n_variance(rng: random.Random) -> Made:  # a population variance
    xs = [rng.randint(1, 25) for _ in range(6)]
    return (f"what is the variance (population) of {listed(xs)}",
            [approx(F(statistics.pvariance([F(x) for x in xs])))])


@fam
def n_weighted_mean(rng: random.Random) -> Made:  # a weighted mean
    vals, ws = [rng.randint(50, 100) for _ in range(3)], rng.choice([(20, 30, 50), (25, 25, 50),
                                                                     (10, 40, 50), (30, 30, 40)])
    pairs = ", ".join(f"{v} weighted {w}%" for v, w in zip(vals, ws, strict=True))
    return (f"weighted average: {pairs}",
            [approx(F(sum(v * w for v, w in zip(vals, ws, strict=True)), 100))])


@fam
def n_zscore(rng: random.Random) -> Made:  # a z-score
    mean, sd, k = rng.randint(50, 500), rng.randint(4, 40), F(rng.randint(-30, 30), 10)
    need(k != 0 and (k * sd).denominator == 1)
    x = mean + k * sd
    need(x > 0)
    return (f"z-score of {int(x)} if the mean is {mean} and the standard deviation is {sd}",
            [signed(dedupe([*frac(k), f"{float(k):.2f}"]))])


@fam
def n_growth_rate(rng: random.Random) -> Made:  # average growth via the geometric mean
    rates = [rng.randint(-10, 25) for _ in range(3)]
    need(len(set(rates)) == 3)
    g = (math.prod(1 + r / 100 for r in rates) ** (1 / 3) - 1) * 100
    text = ", ".join(f"{r:+d}%" for r in rates)
    return (f"my investment returned {text} over three years. what's the average annual "
            "(compound) growth rate in percent?", [dec(g)])


@fam
def n_combined_mean(rng: random.Random) -> Made:  # mean of two groups together
    n1, n2, m1, m2 = rng.randint(10, 40), rng.randint(10, 40), rng.randint(55, 95), \
        rng.randint(55, 95)
    need(m1 != m2)
    return (f"class A has {n1} students averaging {m1}, class B has {n2} averaging {m2}. "
            "combined average?", [approx(F(n1 * m1 + n2 * m2, n1 + n2))])


@fam
def n_mean_missing(rng: random.Random) -> Made:  # a missing value from the mean
    xs = [rng.randint(10, 90) for _ in range(4)]
    target = rng.randint(30, 80)
    missing = 5 * target - sum(xs)
    need(0 < missing < 200)
    return (f"five numbers have a mean of {target}. four of them are {listed(xs)}. what's the "
            "fifth?", [whole(missing)])


# --- probability -----------------------------------------------------------------------

@fam
def n_dice_sum(rng: random.Random) -> Made:  # a total on two dice
    s = rng.choice([2, 3, 4, 5, 6, 8, 9, 10, 11, 12])
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    return f"rolling two dice, what's the probability they add up to {s}?", [chance(F(ways, 36))]


@fam
def n_marbles(rng: random.Random) -> Made:  # one marble from a bag
    r, b, g = rng.randint(2, 15), rng.randint(2, 15), rng.randint(1, 10)
    return (f"a bag has {r} red, {b} blue and {g} green marbles. pick one at random - chance "
            "it's blue?", [chance(F(b, r + b + g))])


@fam
def n_both_red(rng: random.Random) -> Made:  # two draws without replacement
    r, o = rng.randint(3, 12), rng.randint(3, 12)
    v = F(r, r + o) * F(r - 1, r + o - 1)
    return (f"box of {r} red and {o} yellow balls, I take out two without putting the first "
            "back. probability both are red?", [chance(v)])


@fam
def n_at_least_six(rng: random.Random) -> Made:  # at least one six in several rolls
    k = rng.randint(2, 10)
    v = 1 - F(5, 6) ** k
    return (f"probability of getting at least one six in {k} rolls of a die (as a decimal)?",
            [dec(v, 4)])


@fam
def n_coin_heads(rng: random.Random) -> Made:  # exactly k heads
    n = rng.randint(4, 12)
    k = rng.randint(1, n - 1)
    v = F(math.comb(n, k), 2 ** n)
    return (f"flip a fair coin {n} times. probability of exactly {k} heads?", [chance(v)])


@fam
def n_free_throws(rng: random.Random) -> Made:  # a binomial probability with a skill rate
    p, n = rng.choice([60, 65, 70, 75, 80, 85, 90]), rng.randint(3, 10)
    k = rng.randint(1, n)
    v = math.comb(n, k) * (p / 100) ** k * (1 - p / 100) ** (n - k)
    return (f"she makes {p}% of her free throws. what's the chance she makes exactly {k} out "
            f"of {n}? answer to 4 decimals", [dec(v, 4)])


@fam
def n_rain_both(rng: random.Random) -> Made:  # independent events, percentages
    a, b = rng.randint(10, 90), rng.randint(10, 90)
    return (f"forecast says {a}% chance of rain saturday and {b}% sunday. assuming they're "
            "independent, what's the chance of rain on both days, in percent?",
            [dedupe([f"{o}%" for o in dec(F(a * b, 100))] + dec(F(a * b, 100)))])


@fam
def n_expected_raffle(rng: random.Random) -> Made:  # expected value of a raffle ticket
    n, price, prize = rng.randint(100, 2000), rng.choice([1, 2, 5, 10]), rng.randint(50, 3000)
    v = F(prize, n) - price
    return (f"{n} raffle tickets sold at {price} each, one prize worth {prize}. expected value "
            "of buying one ticket?", [dec(v)])


@fam
def n_password_odds(rng: random.Random) -> Made:  # one-in-N odds for a code
    k, m = rng.randint(3, 5), rng.randint(6, 10)
    return (f"a combination lock has {k} wheels, each with the digits 0 to {m - 1}. what are the "
            "odds of guessing it on the first try? as 1 in ...",
            [dedupe([f"1 in {m ** k:,}", f"1 in {m ** k}", f"1/{m ** k}"])])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
