"""Round 15 (``J_d_*``, dev now), data part three: more numbers typed into the message
(home, clinic, school, sport, shopping): prices, feeds, blood pressure, trips, changes,
forecasts and fits."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_data import (
    Tie,
    corr,
    d,
    growth,
    ints,
    joined,
    lab,
    mean,
    median,
    num,
    pct,
    retry,
    sd,
    slope,
    tenths,
)
from bench.data.agents.helpers import Family, Item, fresh

HOURS = ["7am", "8am", "9am", "10am", "11am", "12pm", "1pm", "2pm", "3pm", "4pm", "5pm"]


def money(x: Fraction) -> str:
    return f"{float(x):.2f}"


def cents(rng: random.Random, low: int, high: int, n: tuple[int, int]) -> list[Fraction]:
    return [Fraction(rng.randint(low, high), 100) for _ in range(rng.randint(*n))]


# --- typed-in numbers -------------------------------------------------------------------

def j_d_cheese_prices(rng: random.Random) -> Item:  # price comparison, mean
    xs = cents(rng, 250, 699, (4, 6))
    return d("J_d_cheese_prices", "Same block of cheddar at different shops: " + ", ".join(
        "£" + money(x) for x in xs) + ". What's the average price?", [num(mean(xs))])


def j_d_baby_feeds(rng: random.Random) -> Item:  # infant feeds, total ml
    xs = [rng.randint(6, 24) * 5 for _ in range(rng.randint(5, 8))]
    return d("J_d_baby_feeds", f"feeds today: {joined(xs, 'ml, ')}ml. how much has she had in "
             "total?", [[*num(sum(xs)), f"{sum(xs)} ml", f"{sum(xs)}ml"]])


def j_d_bp_pairs(rng: random.Random) -> Item:  # blood pressure readings, two averages
    pairs = [(rng.randint(105, 160), rng.randint(60, 100)) for _ in range(rng.randint(3, 6))]
    text = ", ".join(f"{a}/{b}" for a, b in pairs)
    return d("J_d_bp_pairs", f"My home BP readings this week: {text}. What's my average "
             "systolic and average diastolic?",
             [lab(["systolic", "Systolic"], mean([a for a, _ in pairs])),
              lab(["diastolic", "Diastolic"], mean([b for _, b in pairs]))])


def j_d_pages_read(rng: random.Random) -> Item:  # reading log, pages per day
    xs = ints(rng, 5, 80, (6, 10))
    return d("J_d_pages_read", f"Pages I read each day of the holiday — {joined(xs, ' ')}. How "
             "many pages a day is that on average?", [num(mean(xs))])


def j_d_golf_scores(rng: random.Random) -> Item:  # golf rounds, mean
    xs = ints(rng, 72, 110, (4, 8))
    return d("J_d_golf_scores", f"last rounds of golf: {joined(xs)}. my average score?",
             [num(mean(xs))])


def j_d_bill_change(rng: random.Random) -> Item:  # energy bill percentage change
    a, b = Fraction(rng.randint(5000, 15000), 100), Fraction(rng.randint(5000, 15000), 100)
    if a == b:
        raise Tie
    return d("J_d_bill_change", f"Our energy bill went from €{money(a)} last quarter to "
             f"€{money(b)} this quarter. What's that as a percentage change?",
             [pct(growth(a, b))])


def j_d_sale_discount(rng: random.Random) -> Item:  # percent off a sale price
    was = rng.randint(200, 1500)
    now = was - rng.randint(20, was // 2)
    return d("J_d_sale_discount", f"telly was ${was}, now on sale for ${now}. what percent off "
             "is that?", [pct(Fraction((was - now) * 100, was))])


def j_d_trip_speed(rng: random.Random) -> Item:  # overall average speed over legs
    legs = [(rng.randint(20, 180), rng.randint(1, 4) * 30) for _ in range(rng.randint(2, 4))]
    text = "; ".join(f"{km} km in {m} min" for km, m in legs)
    speed = Fraction(sum(k for k, _ in legs) * 60, sum(m for _, m in legs))
    return d("J_d_trip_speed", f"Road trip legs: {text}. What was my overall average speed in "
             "km/h?", [num(speed)])


def j_d_hourly_rate(rng: random.Random) -> Item:  # average hourly earnings across gigs
    gigs = [(rng.randint(40, 400), rng.randint(2, 10)) for _ in range(rng.randint(3, 5))]
    text = ", ".join(f"${p} for {h}h" for p, h in gigs)
    return d("J_d_hourly_rate", f"Freelance gigs this month: {text}. What did I earn per hour "
             "overall?", [num(Fraction(sum(p for p, _ in gigs), sum(h for _, h in gigs)))])


def j_d_temp_f_mean(rng: random.Random) -> Item:  # temperatures in Fahrenheit, mean
    xs = ints(rng, 40, 99, (5, 7))
    return d("J_d_temp_f_mean", f"highs were {joined(xs, '°F, ')}°F this week — mean temp?",
             [num(mean(xs))])


def j_d_parcels(rng: random.Random) -> Item:  # parcel weights, total
    xs = tenths(rng, 1, 12, (3, 7))
    return d("J_d_parcels", f"Shipping {len(xs)} boxes weighing {joined(xs, ' kg, ')} kg. "
             "Combined weight?", [num(sum(xs, Fraction(0)))])


def j_d_count_entries(rng: random.Random) -> Item:  # how many values were given
    xs = cents(rng, 10000, 99999, (9, 16))
    n = len(xs)
    return d("J_d_count_entries", "quick one, how many transactions are in this list? " + " | "
             .join(money(x) for x in xs), [[str(n)]])


def j_d_sprint_spread(rng: random.Random) -> Item:  # fastest vs slowest 100 m time
    xs = [Fraction(rng.randint(1150, 1650), 100) for _ in range(rng.randint(5, 8))]
    return d("J_d_sprint_spread", "100m times from today's session: " + ", ".join(
        money(x) for x in xs) + ". gap between fastest and slowest?", [num(max(xs) - min(xs))])


def j_d_portions(rng: random.Random) -> Item:  # portion weights in grams, mean
    xs = ints(rng, 130, 175, (6, 10))
    return d("J_d_portions", f"Checking portion control: plated {joined(xs, 'g, ')}g. Mean "
             "portion weight?", [num(mean(xs))])


def j_d_before_after(rng: random.Random) -> Item:  # difference of two means
    a, b = ints(rng, 50, 90, (4, 6)), ints(rng, 55, 95, (4, 6))
    return d("J_d_before_after", f"Scores before tutoring: {joined(a)}. After: {joined(b)}. By "
             "how much did the average change?", [num(mean(b) - mean(a))])


def j_d_target_days(rng: random.Random) -> Item:  # share of days that hit a target
    xs = ints(rng, 20, 90, (8, 14))
    hit = sum(x >= 50 for x in xs)
    if hit == 0:
        raise Tie
    return d("J_d_target_days", f"Daily sales {joined(xs)}. Target was 50 a day. On what "
             "percentage of days did we hit it?", [pct(Fraction(hit * 100, len(xs)))])


def j_d_corr_height_weight(rng: random.Random) -> Item:  # heights and weights
    n = rng.randint(5, 8)
    h = [rng.randint(150, 195) for _ in range(n)]
    w = [x - 100 + rng.randint(-12, 12) for x in h]
    return d("J_d_corr_height_weight", f"heights (cm) {joined(h)}\nweights (kg) {joined(w)}\n"
             "correlation between height and weight?", [num(corr(h, w))])


def j_d_corr_car_age(rng: random.Random) -> Item:  # car age against asking price
    n = rng.randint(5, 8)
    age = [rng.randint(1, 15) for _ in range(n)]
    price = [max(500, 20000 - 1200 * a + rng.randint(-2500, 2500)) for a in age]
    return d("J_d_corr_car_age", f"Used cars I'm looking at — ages {joined(age)} years, asking "
             f"{joined(price)} dollars. How correlated are age and price?",
             [num(corr(age, price))])


def j_d_forecast_next(rng: random.Random) -> Item:  # extrapolate the linear trend one step
    ys = ints(rng, 100, 300, (5, 8))
    n = len(ys)
    xs = list(range(1, n + 1))
    b = slope(xs, ys)
    nxt = mean(ys) + b * (n + 1 - mean(xs))
    return d("J_d_forecast_next", f"Weekly orders so far: {joined(ys)}. If the straight-line "
             "trend carries on, what do you forecast for next week?", [num(nxt)])


def j_d_r_squared(rng: random.Random) -> Item:  # R² of a straight-line fit
    n = rng.randint(5, 8)
    xs = sorted(rng.sample(range(1, 40), n))
    ys = [2 * x + rng.randint(-15, 15) for x in xs]
    return d("J_d_r_squared", f"x: {joined(xs, ' ')}\ny: {joined(ys, ' ')}\nwhat's the R² of a "
             "linear fit", [num(corr(xs, ys) ** 2)])


def j_d_minutes_hours(rng: random.Random) -> Item:  # minutes logged, total in hours
    xs = ints(rng, 15, 120, (5, 9))
    return d("J_d_minutes_hours", f"practice minutes this week: {joined(xs)}. how many hours "
             "is that in total?", [num(Fraction(sum(xs), 60))])


def j_d_kids_heights_sd(rng: random.Random) -> Item:  # population SD, small family
    xs = ints(rng, 95, 175, (3, 5))
    return d("J_d_kids_heights_sd", f"My kids are {joined(xs, ', ')} cm tall. What's the "
             "standard deviation of their heights, treating them as the whole population?",
             [num(sd(xs, False))])


def j_d_median_even_hr(rng: random.Random) -> Item:  # median of an even-sized list, terse
    xs = ints(rng, 55, 110, (8, 8))
    return d("J_d_median_even_hr", f"median of: {joined(xs, ' ')}", [num(median(xs))])


def j_d_screen_time(rng: random.Random) -> Item:  # screen time in hours and minutes, mean
    xs = [rng.randint(60, 420) for _ in range(7)]
    text = ", ".join(f"{x // 60}h {x % 60}m" for x in xs)
    return d("J_d_screen_time", f"phone says my screen time this week was {text}. average per "
             "day in minutes?", [[*num(mean(xs)), *(f + " min" for f in num(mean(xs)))]])


def j_d_bake_sale_share(rng: random.Random) -> Item:  # one event's share of money raised
    xs = [rng.randint(60, 600) for _ in range(rng.randint(3, 5))]
    k = rng.randrange(len(xs))
    order = ["first", "second", "third", "fourth", "fifth"][k]
    return d("J_d_bake_sale_share", f"Our bake sales raised £{joined(xs, ', £')}. What percentage "
             f"of the total came from the {order} one?", [pct(Fraction(xs[k] * 100, sum(xs)))])


def j_d_puppy_weights(rng: random.Random) -> Item:  # litter weights, heaviest minus lightest
    xs = [rng.randint(180, 520) for _ in range(rng.randint(4, 8))]
    gap = max(xs) - min(xs)
    return d("J_d_puppy_weights", f"weighed the litter this morning: {joined(xs, 'g, ')}g. how "
             "much heavier is the biggest pup than the smallest?", [[str(gap), f"{gap} g",
                                                                      f"{gap}g"]])


def j_d_water_glasses(rng: random.Random) -> Item:  # hydration log, mean glasses per day
    xs = ints(rng, 3, 11, (6, 10))
    return d("J_d_water_glasses", f"been counting glasses of water: {joined(xs, ', ')}. whats "
             "my daily average so far", [num(mean(xs))])


def j_d_pairs_corr(rng: random.Random) -> Item:  # (x, y) pairs written as points
    n = rng.randint(5, 8)
    pts = [(x, x + rng.randint(-3, 3)) for x in rng.sample(range(1, 15), n)]
    text = ", ".join(f"({x}, {y})" for x, y in pts)
    return d("J_d_pairs_corr", f"Correlation coefficient for these points? {text}",
             [num(corr([x for x, _ in pts], [y for _, y in pts]))])


def j_d_freq_mean(rng: random.Random) -> Item:  # mean from a frequency count
    marks = rng.sample(range(4, 11), 3)
    kids = [rng.randint(2, 9) for _ in marks]
    text = ", ".join(f"{k} kids got {m}" for k, m in zip(kids, marks, strict=True))
    return d("J_d_freq_mean", f"Spelling test out of 10: {text}. What's the class mean?",
             [num(Fraction(sum(k * m for k, m in zip(kids, marks, strict=True)), sum(kids)))])


def j_d_class_sizes(rng: random.Random) -> Item:  # median of an even number of class sizes
    xs = ints(rng, 14, 34, (6, 6))
    return d("J_d_class_sizes", f"The six classes in year 5 have {joined(xs)} pupils. What is "
             "the median class size?", [num(median(xs))])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_d_cheese_prices, j_d_baby_feeds, j_d_bp_pairs, j_d_pages_read, j_d_golf_scores,
    j_d_bill_change, j_d_sale_discount, j_d_trip_speed, j_d_hourly_rate, j_d_temp_f_mean,
    j_d_parcels, j_d_count_entries, j_d_sprint_spread, j_d_portions, j_d_before_after,
    j_d_target_days, j_d_corr_height_weight, j_d_corr_car_age, j_d_forecast_next, j_d_r_squared,
    j_d_minutes_hours, j_d_kids_heights_sd, j_d_median_even_hr, j_d_screen_time,
    j_d_bake_sale_share, j_d_puppy_weights, j_d_water_glasses,
    j_d_pairs_corr, j_d_freq_mean, j_d_class_sizes)]
