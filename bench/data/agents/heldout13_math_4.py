"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part six: statistics on
small lists, probability and counting, asked as maths questions."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, frac, pct, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item, labelled


def nums(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def listed(values: list[int]) -> str:
    return ", ".join(map(str, values))


def k_mean(rng: random.Random) -> Item:  # a mean, bare
    xs = nums(rng, 1, 99, (5, 9))
    v = F(sum(xs), len(xs))
    if tie(v):
        return k_mean(rng)
    return item("K_a_mean", "math", f"mean of {listed(xs)}", [dec(v)])


def k_median(rng: random.Random) -> Item:  # a median of an even-sized list
    xs = nums(rng, 10, 200, (6, 10))
    if len(xs) % 2:
        xs.append(rng.randint(10, 200))
    v = statistics.median(xs)
    return item("K_a_median", "math", f"What's the median of these: {listed(xs)}?", [dec(v)])


def k_mode(rng: random.Random) -> Item:  # a single most common value
    xs = nums(rng, 1, 20, (7, 12))
    counts = sorted(((xs.count(v), v) for v in set(xs)), reverse=True)
    if len(counts) < 2 or counts[0][0] == counts[1][0] or counts[0][0] < 2:
        return k_mode(rng)
    return item("K_a_mode", "math", f"what's the mode of this list? {listed(xs)}",
                [labelled(["mode", "Mode"], str(counts[0][1]))])


def k_range(rng: random.Random) -> Item:  # the range of a list
    xs = nums(rng, -20, 150, (6, 10))
    return item("K_a_range", "math", f"What is the range of the data set {listed(xs)}?",
                [whole(max(xs) - min(xs))])


def k_sd_pop(rng: random.Random) -> Item:  # a population standard deviation
    xs = nums(rng, 2, 60, (5, 8))
    v = statistics.pstdev(xs)
    if tie(v) or v == 0:
        return k_sd_pop(rng)
    return item("K_a_sd_pop", "math", f"population standard deviation of {listed(xs)}, 2 dp",
                [dec(v)])


def k_sd_sample(rng: random.Random) -> Item:  # a sample standard deviation
    xs = nums(rng, 10, 90, (5, 8))
    v = statistics.stdev(xs)
    if tie(v) or v == 0:
        return k_sd_sample(rng)
    return item("K_a_sd_sample", "math", f"Calculate the sample standard deviation of {listed(xs)}",
                [dec(v)])


def k_variance(rng: random.Random) -> Item:  # a sample variance
    xs = nums(rng, 1, 30, (4, 7))
    v = statistics.variance([F(x) for x in xs])
    if tie(v) or v == 0:
        return k_variance(rng)
    return item("K_a_variance", "math", f"sample variance of the numbers {listed(xs)}?", [dec(v)])


def k_mean_median(rng: random.Random) -> Item:  # two statistics asked together
    xs = nums(rng, 1, 60, (5, 9))
    mean, med = F(sum(xs), len(xs)), F(statistics.median(xs))
    if tie(mean) or mean == med:
        return k_mean_median(rng)
    return item("K_a_mean_median", "math", f"give me the mean and the median of {listed(xs)}",
                [dedupe([f for v in dec(mean) for f in labelled(["mean", "Mean", "average"], v)]),
                 dedupe([f for v in dec(med) for f in labelled(["median", "Median"], v)])])


def k_mean_sd(rng: random.Random) -> Item:  # mean and sample standard deviation together
    xs = nums(rng, 20, 80, (5, 7))
    mean, sd = F(sum(xs), len(xs)), statistics.stdev(xs)
    if tie(mean) or tie(sd):
        return k_mean_sd(rng)
    names = ["standard deviation", "Standard deviation", "std dev", "SD", "sd"]
    return item("K_a_mean_sd", "math", f"Mean and (sample) standard deviation for {listed(xs)}?",
                [dedupe([f for v in dec(mean) for f in labelled(["mean", "Mean"], v)]),
                 dedupe([f for v in dec(sd) for f in labelled(names, v)])])


def k_zscore(rng: random.Random) -> Item:  # a z-score
    mean, sd = rng.randint(50, 80), rng.randint(4, 15)
    score = mean + rng.randint(-25, 30)
    v = F(score - mean, sd)
    if tie(v) or score == mean:
        return k_zscore(rng)
    return item("K_a_zscore", "math", f"The class mean is {mean} with a standard deviation of "
                f"{sd}. I scored {score}. What's my z-score?", [dec(v)])


def k_weighted_price(rng: random.Random) -> Item:  # a weighted average price
    a, pa = rng.randint(2, 12), rng.randint(150, 900)
    b, pb = rng.randint(2, 12), rng.randint(150, 900)
    v = F(a * pa + b * pb, 100 * (a + b))
    if tie(v):
        return k_weighted_price(rng)
    return item("K_a_weighted_price", "math", f"I bought {a} kg at {pa / 100:.2f} a kg and {b} kg "
                f"at {pb / 100:.2f} a kg. Average price per kg?", [dec(v)])


def k_geo_mean(rng: random.Random) -> Item:  # a geometric mean that comes out whole
    m = rng.randint(4, 40)
    d = rng.choice([k for k in range(1, m) if m * m % k == 0])
    return item("K_a_geo_mean", "math", f"geometric mean of {d} and {m * m // d}", [whole(m)])


def k_missing_value(rng: random.Random) -> Item:  # the value that makes an average
    known = nums(rng, 5, 40, (4, 4))
    avg = rng.randint(10, 35)
    last = 5 * avg - sum(known)
    if last <= 0:
        return k_missing_value(rng)
    return item("K_a_missing_value", "math", f"The average of five numbers is {avg}. Four of them "
                f"are {listed(known)}. What's the fifth?", [whole(last)])


def k_new_average(rng: random.Random) -> Item:  # an average after one more value
    n, avg, extra = rng.randint(4, 20), rng.randint(30, 90), rng.randint(10, 120)
    v = F(n * avg + extra, n + 1)
    if tie(v) or extra == avg:
        return k_new_average(rng)
    return item("K_a_new_average", "math", f"my average over {n} games is {avg} points. if i score "
                f"{extra} next game what's my new average", [dec(v)])


def k_freq_mean(rng: random.Random) -> Item:  # a mean from a frequency table
    counts = [rng.randint(1, 12) for _ in range(6)]
    v = F(sum((i + 1) * c for i, c in enumerate(counts)), sum(counts))
    if tie(v):
        return k_freq_mean(rng)
    text = ", ".join(f"{i + 1} came up {c} times" for i, c in enumerate(counts))
    return item("K_a_freq_mean", "math", f"I rolled a die a bunch: {text}. What's the mean roll?",
                [dec(v)])


def k_dice_sum(rng: random.Random) -> Item:  # two dice summing to a number
    target = rng.randint(2, 12)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == target)
    return item("K_a_dice_sum", "math", f"probability that two dice add up to {target}",
                [frac(F(ways, 36))])


def k_coin_heads(rng: random.Random) -> Item:  # exactly k heads
    n = rng.randint(3, 10)
    k = rng.randint(1, n - 1)
    return item("K_a_coin_heads", "math", f"If I flip a fair coin {n} times, what's the chance of "
                f"exactly {k} heads? (as a fraction)", [frac(F(math.comb(n, k), 2 ** n))])


CARDS = {"aces": 4, "hearts": 13, "face cards": 12, "red cards": 26, "kings": 4, "spades": 13,
         "black cards": 26, "diamonds": 13, "queens": 4, "numbered cards (2 to 10)": 36}


def k_two_cards(rng: random.Random) -> Item:  # two cards without replacement
    name = rng.choice(list(CARDS))
    k = CARDS[name]
    return item("K_a_two_cards", "math", f"Draw two cards from a standard 52-card deck without "
                f"replacement. Probability both are {name}?", [frac(F(k * (k - 1), 52 * 51))])


def k_bag_one(rng: random.Random) -> Item:  # one marble from a bag
    r, b, g = rng.randint(1, 15), rng.randint(1, 15), rng.randint(1, 15)
    return item("K_a_bag_one", "math", f"a bag has {r} red, {b} blue and {g} green marbles. i pick "
                "one at random. chance it's blue?", [frac(F(b, r + b + g))])


def k_bag_two(rng: random.Random) -> Item:  # two from a bag without replacement
    r, b = rng.randint(2, 12), rng.randint(2, 12)
    return item("K_a_bag_two", "math", f"There are {r} red and {b} blue balls in a box. Take two "
                "without putting back. What is the probability both are red?",
                [frac(F(r * (r - 1), (r + b) * (r + b - 1)))])


def k_expected_value(rng: random.Random) -> Item:  # a game's expected value
    win, lose, d = rng.randint(5, 50), rng.randint(1, 10), rng.choice([4, 5, 6, 8, 10])
    v = F(win, d) - F(lose * (d - 1), d)
    if tie(v):
        return k_expected_value(rng)
    return item("K_a_expected_value", "math", f"A game: you win {win} with probability 1/{d}, "
                f"otherwise you lose {lose}. Expected value per game?", [dec(v)])


def k_binomial(rng: random.Random) -> Item:  # a binomial probability to four places
    n, p = rng.randint(5, 15), F(rng.choice([1, 2, 3, 4, 6, 7]), 10)
    k = rng.randint(1, n - 1)
    v = math.comb(n, k) * p ** k * (1 - p) ** (n - k)
    if tie(v, 4):
        return k_binomial(rng)
    return item("K_a_binomial", "math", f"P(X = {k}) for X ~ Binomial(n={n}, p={float(p):g}), "
                "4 decimal places", [dec(v, 4)])


def k_at_least_one(rng: random.Random) -> Item:  # at least one six
    n = rng.randint(2, 12)
    v = 1 - F(5, 6) ** n
    if tie(v, 4):
        return k_at_least_one(rng)
    return item("K_a_at_least_one", "math", f"whats the probability of getting at least one six "
                f"in {n} rolls of a die? 4 decimals", [dec(v, 4)])


def k_lottery(rng: random.Random) -> Item:  # lottery combinations
    n, k = rng.randint(30, 60), rng.randint(4, 7)
    return item("K_a_lottery", "math", f"A lottery draws {k} numbers out of {n}. How many "
                "different tickets are possible?", [whole(math.comb(n, k))])


def k_codes(rng: random.Random) -> Item:  # codes with repetition allowed
    letters, digits = rng.randint(1, 4), rng.randint(1, 4)
    return item("K_a_codes", "math", f"How many codes can be made of {letters} letters (A-Z) "
                f"followed by {digits} digits, repeats allowed?",
                [whole(26 ** letters * 10 ** digits)])


WORDS = ["BANANA", "LETTER", "BALLOON", "COFFEE", "PEPPER", "MISSISSIPPI", "ASSESS", "TOMATO",
         "GOOGLE", "STATISTICS", "COOKBOOK", "BOOKKEEPER"]


def k_arrange_word(rng: random.Random) -> Item:  # arrangements of a word with repeats
    w = rng.choice(WORDS)
    v = math.factorial(len(w))
    for ch in set(w):
        v //= math.factorial(w.count(ch))
    return item("K_a_arrange_word", "math", f"in how many distinct ways can the letters of {w} be "
                "arranged?", [whole(v)])


def k_handshakes(rng: random.Random) -> Item:  # everyone shakes hands once
    n = rng.randint(5, 60)
    return item("K_a_handshakes", "math", f"{n} people at a meeting, everyone shakes hands with "
                "everyone else once. How many handshakes?", [whole(n * (n - 1) // 2)])


def k_cagr(rng: random.Random) -> Item:  # an average yearly growth rate
    start, years = rng.randint(10, 100) * 100, rng.randint(3, 12)
    end = start + rng.randint(5, 150) * 100
    v = ((end / start) ** (1 / years) - 1) * 100
    if tie(v):
        return k_cagr(rng)
    return item("K_a_cagr", "math", f"My investment grew from {start} to {end} in {years} years. "
                "What's the average annual growth rate?", [pct(v)])


def k_ratio_simplify(rng: random.Random) -> Item:  # a ratio in lowest terms
    a, b, k = rng.randint(1, 12), rng.randint(1, 12), rng.randint(2, 15)
    if a == b or math.gcd(a, b) != 1:
        return k_ratio_simplify(rng)
    return item("K_a_ratio_simplify", "math", f"simplify the ratio {a * k}:{b * k}",
                [[f"{a}:{b}", f"{a} : {b}", f"{a} to {b}"]])


def k_proportion(rng: random.Random) -> Item:  # a price scaled up
    n, each, m = rng.randint(2, 9), F(rng.randint(20, 500), 100), rng.randint(10, 40)
    return item("K_a_proportion", "math", f"If {n} pens cost {float(n * each):.2f}, how much would "
                f"{m} pens cost?", [dec(m * each)])


def k_sci_notation(rng: random.Random) -> Item:  # a small number in scientific notation
    mant, e = F(rng.randint(11, 99), 10), rng.randint(3, 8)
    text = f"{float(mant) / 10 ** e:.{e + 1}f}"
    m = f"{float(mant):g}"
    sup = str(-e).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return item("K_a_sci_notation", "math", f"write {text} in scientific notation",
                [[f"{m} × 10^-{e}", f"{m} x 10^-{e}", f"{m}e-{e}", f"{m}×10^-{e}", f"{m}*10^-{e}",
                  f"{m} × 10{sup}", f"{m}×10{sup}", f"{m} * 10^-{e}", f"{m}E-{e}",
                  f"{m} x 10{sup}"]])


def k_sig_figs(rng: random.Random) -> Item:  # rounding to significant figures
    v = rng.uniform(1, 999)
    s = rng.choice([2, 3])
    shown = f"{v:.5f}"
    rounded = float(f"{float(shown):.{s}g}")
    digits = s - 1 - math.floor(math.log10(abs(rounded)))
    out = f"{rounded:.{max(digits, 0)}f}"
    if abs(float(shown) * 10 ** digits % 1 - 0.5) < 1e-6:
        return k_sig_figs(rng)
    return item("K_a_sig_figs", "math", f"Round {shown} to {s} significant figures", [[out]])


def k_sum_squares(rng: random.Random) -> Item:  # the sum of the first n squares
    n = rng.randint(10, 100)
    return item("K_a_sum_squares", "math", f"sum of the squares 1^2 + 2^2 + ... + {n}^2",
                [whole(n * (n + 1) * (2 * n + 1) // 6)])


def k_share_of_total(rng: random.Random) -> Item:  # a share of spending as a percentage
    total = rng.randint(400, 5000)
    part = rng.randint(20, total // 2)
    v = F(part * 100, total)
    if tie(v):
        return k_share_of_total(rng)
    return item("K_a_share_of_total", "math", f"Out of {total} I spent last month, {part} went on "
                "eating out. What share of my spending is that?", [pct(v)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_mean, k_median, k_mode, k_range, k_sd_pop, k_sd_sample, k_variance, k_mean_median,
    k_mean_sd, k_zscore, k_weighted_price, k_geo_mean, k_missing_value, k_new_average,
    k_freq_mean, k_dice_sum, k_coin_heads, k_two_cards, k_bag_one, k_bag_two,
    k_expected_value, k_binomial, k_at_least_one, k_lottery, k_codes, k_arrange_word,
    k_handshakes, k_cagr, k_ratio_simplify, k_proportion, k_sci_notation, k_sig_figs,
    k_sum_squares, k_share_of_total)]
