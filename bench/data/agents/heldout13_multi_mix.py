"""Round 13 (``K_m_*``, dev now): more mixtures of agents: a receipt with a health or maths
question, data with a conversion, units with a plot, worded everyday problems."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout13_multi_common import (
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    PLOT,
    F,
    Made,
    at,
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    dp12,
    expr,
    image_recipe,
    lin,
    named,
    need,
    num,
    ok2,
    r2,
    receipt,
    register,
    root,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family, exact

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)


@fam
def receipt_and_water(r: random.Random) -> Made:  # receipt total and litres to glasses
    recipe, total, _ = receipt(r)
    litres = r.choice([F(3, 2), F(2), F(5, 2), F(3)])
    glasses = litres * 1000 / 250
    return (f"how much is this receipt? and how many 250ml glasses make {float(litres):g} "
            "litres?", [at(total), num(glasses)], {"image": recipe})


@fam
def receipt_line_count_mean(r: random.Random) -> Made:  # the cheapest item's name, the total
    recipe, total, goods = receipt(r)
    low = min(goods, key=lambda g: g[1])
    need(sorted(p for _, p in goods)[1] != low[1])
    return ("cheapest thing I bought here and how much was the whole lot?",
            [[low[0], low[0].lower()], at(total)], {"image": recipe})


@fam
def receipt_difference_two(r: random.Random) -> Made:  # the dearest minus the cheapest
    recipe, total, goods = receipt(r)
    prices = sorted(p for _, p in goods)
    need(prices[0] != prices[-1])
    return ("receipt pic: what's the difference between the priciest and cheapest item, and "
            "the total?", [num(prices[-1] - prices[0]), at(total)], {"image": recipe})


@fam
def receipt_round_up(r: random.Random) -> Made:  # round the total up to a whole dollar
    recipe, total, _ = receipt(r)
    up = -(-total // 1)
    need(up != total)
    return ("the till rounds up to the next dollar for charity. what was the total and how "
            "much went to charity?", [at(total), num(up - total)], {"image": recipe})


@fam
def sign_and_temperature(r: random.Random) -> Made:  # a sign's words and a temperature
    recipe, words = image_recipe(r, "sign")
    f = r.randint(0, 105)
    c = F(f - 32) * 5 / 9
    ok2(c)
    return (f"What does this say? And it's {f}°F here - what's that in °C?",
            [*([w] for w in words), deg_c(r2(c))], {"image": recipe})


@fam
def screenshot_date_and_convert(r: random.Random) -> Made:  # an order's date and a weight
    recipe, answer = image_recipe(r, "screenshot")
    lb = r.randint(2, 70)
    kg = lb * LB
    ok2(kg)
    return (f"when was this order placed? the parcel weighs {lb} lb, what's that in kg?",
            [answer, unit(r2(kg), "kg", "kilograms", "kilos")], {"image": recipe})


@fam
def csv_running_log(r: random.Random) -> Made:  # runs in km: total in miles, longest, chart
    n = r.randint(5, 9)
    vals = [F(r.randint(30, 220), 10) for _ in range(n)]
    need(len(set(vals)) == n)
    mi = sum(vals) / MILE
    ok2(mi)
    text = "date,km\n" + "".join(f"2026-10-{i + 1:02d},{float(v):.1f}\n" for i, v in
                                  enumerate(vals))
    return ("here's my running log. total distance in miles? longest run in km? graph please",
            [unit(r2(mi), "miles", "mi"), unit(max(vals), "km", "kilometres", "kilometers",
                                              places=1), PLOT], {"csv": text})


@fam
def csv_median_chart(r: random.Random) -> Made:  # a csv's median and a chart
    n = r.choice([5, 7, 9])
    vals = [r.randint(100, 999) for _ in range(n)]
    md = F(statistics.median(vals))
    names = r.sample(["north", "south", "east", "west", "central", "coast", "hills", "city",
                      "vale"], n)
    text = "region,visitors\n" + "".join(f"{a},{v}\n" for a, v in zip(names, vals, strict=True))
    return ("median number of visitors across regions, plus a bar chart",
            [named(MEDIAN, md), PLOT], {"csv": text})


@fam
def csv_temps_c_to_f_max(r: random.Random) -> Made:  # highest Celsius reading, in Fahrenheit
    vals = r.sample(range(-5, 38), 7)
    hi = max(vals)
    hf = F(9 * hi, 5) + 32
    m = F(sum(vals), 7)
    ok2(hf, m)
    text = "day,temp_c\n" + "".join(f"{d},{v}\n" for d, v in zip(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], vals, strict=True))
    return ("What was the hottest day's temperature in Fahrenheit, and the week's mean in "
            "Celsius?", [deg_f(r2(hf)), named(MEAN, m)], {"csv": text})


@fam
def plot_and_convert(r: random.Random) -> Made:  # a line plotted and a unit conversion
    m, c, km = r.randint(2, 9), r.randint(1, 20), r.randint(3, 90)
    mi = km / MILE
    ok2(mi)
    return (f"plot y = {m}x + {c}, and separately, {km} km in miles please",
            [PLOT, unit(r2(mi), "miles", "mi")])


@fam
def quadratic_and_currency(r: random.Random) -> Made:  # a solve and a currency conversion
    a, b, p = two_roots(r)
    g = r.randint(15, 600)
    usd = convert(F(g), "GBP", "USD")
    ok2(usd)
    return (f"solve {p} = 0, and also convert £{g} to dollars",
            [root(a), root(b), cash(r2(usd), "USD")])


@fam
def bmi_and_height_inches(r: random.Random) -> Made:  # BMI and the height in feet and inches
    kg, cm = r.randint(50, 110), r.randint(152, 198)
    b = F(kg * 10000, cm * cm)
    need(not tie(b, 1))
    ok2(b)
    inch = F(cm, 100) / INCH
    ok2(inch)
    return (f"{cm} cm, {kg} kg. BMI? and how many inches tall is that?",
            [dp12(b), unit(r2(inch), "in", "inches")])


@fam
def worded_train(r: random.Random) -> Made:  # a train's speed, then time for another trip
    speed, mins, other = r.randint(12, 60) * 5, r.choice([30, 45, 60, 90, 120]), \
        r.randint(50, 500)
    km = F(speed * mins, 60)
    need(km.denominator == 1 and speed != other)
    t = F(other, speed)
    ok2(t)
    return (f"the train covers {km} km in {mins} minutes. what's its speed in km/h, and how "
            f"long would {other} km take in hours?",
            [unit(F(speed), "km/h", "kph"), unit(r2(t), "hours", "h", "hrs")])


@fam
def worded_paint(r: random.Random) -> Made:  # wall area, litres of paint, tins
    w, h, cover = r.randint(3, 12), r.choice([F(5, 2), F(3), F(12, 5)]), r.choice([10, 12])
    area = w * h
    litres = area / cover
    tins = -(-litres // F(5, 2))
    ok2(area, litres)
    return (f"wall is {w} m wide and {float(h):g} m high. area? paint covers {cover} m² per "
            "litre, how many litres for one coat, and how many 2.5 L tins?",
            [unit(r2(area), "m²", "square metres", "m2", "sq m"),
             unit(r2(litres), "L", "litres", "liters"), [f"{tins} tins", f"{tins} tin"]])


@fam
def dose_and_weight_convert(r: random.Random) -> Made:  # child's weight lb to kg, mg dose
    lb, per = r.randint(15, 80), r.choice([10, 15])
    kg = lb * LB
    mg = r2(kg) * per
    ok2(kg)
    ok2(kg * per)
    return (f"my kid weighs {lb} lb. what's that in kg, and at {per} mg per kg how many mg is a "
            "dose?", [unit(r2(kg), "kg", "kilograms", "kilos"),
                      [*unit(r2(mg), "mg", "milligrams"),
                       *unit(r2(kg * per), "mg", "milligrams")]])


@fam
def nap_alarm(r: random.Random) -> Made:  # bedtime plus sleep cycles: wake time, hours slept
    h, m, cycles = r.randint(21, 23), r.choice([0, 15, 30, 45]), r.randint(4, 6)
    wake = (h * 60 + m + cycles * 90) % 1440
    hrs = F(cycles * 90, 60)
    return (f"if I go to bed at {h}:{m:02d} and sleep {cycles} cycles of 90 minutes, when should "
            "my alarm go off and how many hours is that?",
            [clock(wake), unit(hrs, "hours", "h", "hrs")])


@fam
def simplify_and_plot(r: random.Random) -> Made:  # simplify a rational function, plot it
    a = r.randint(2, 9)
    b = r.randint(1, 9)
    need(a != b)
    return (f"simplify (x^2 - {a * a})/(x - {a}) + {b} and plot the result",
            [expr(f"x + {a + b}"), PLOT])


@fam
def solve_then_plot_line(r: random.Random) -> Made:  # solve for a coefficient, plot the line
    m, c, x = r.randint(2, 7), r.randint(-9, 9), r.randint(1, 6)
    need(c != 0)
    y = m * x + c
    return (f"the line y = {lin(0, c).replace('0x', 'mx')} goes through ({x}, {y}). find m "
            "and graph the line", [var("m", m), PLOT])


@fam
def expand_integrate(r: random.Random) -> Made:  # expand, then integrate from 0 to 1
    a, b = r.randint(1, 9), r.randint(1, 9)
    val = F(1, 3) + F(a + b, 2) + a * b
    need(val.denominator in (1, 2, 3, 6) and a != b)
    return (f"expand (x + {a})(x + {b}) and integrate it from 0 to 1",
            [expr(f"x^2 + {a + b}x + {a * b}"), [*exact(val), *num(r2(val))]])


@fam
def mean_from_message_in_euros(r: random.Random) -> Made:  # mean dollar amount, in euros
    vals = [r.randint(5, 120) for _ in range(r.randint(4, 7))]
    m = F(sum(vals), len(vals))
    eur = convert(m, "USD", "EUR")
    ok2(m, eur)
    return (f"grocery bills this month were ${', $'.join(map(str, vals))}. average bill, and "
            "that average in euros?", [named(MEAN, m), cash(r2(eur), "EUR")])


@fam
def receipt_tip_then_split(r: random.Random) -> Made:  # receipt, a tip on top, split in two
    recipe, total, _ = receipt(r)
    pct = r.choice([10, 15, 20])
    withtip = total * (100 + pct) / 100
    ok2(withtip, withtip / 2)
    return (f"total on the receipt? add {pct}% for the waiter and tell me what it is split "
            "between the two of us", [at(total), num(r2(withtip)), num(r2(withtip / 2))],
            {"image": recipe})


@fam
def sign_and_bmi(r: random.Random) -> Made:  # a sign's words and a BMI
    recipe, words = image_recipe(r, "sign")
    kg, cm = r.randint(45, 120), r.randint(150, 200)
    b = F(kg * 10000, cm * cm)
    need(not tie(b, 1))
    ok2(b)
    return (f"what's this sign say? and unrelated, BMI for {kg} kg / {cm} cm?",
            [*([w] for w in words), dp12(b)], {"image": recipe})


@fam
def screenshot_and_percent(r: random.Random) -> Made:  # a date from a screenshot, a discount
    recipe, answer = image_recipe(r, "screenshot")
    price, off = r.randint(20, 400), r.choice([15, 25, 35, 45])
    return (f"what date's on this? also the item was ${price} with {off}% off, what did I pay?",
            [answer, num(F(price * (100 - off), 100))], {"image": recipe})


@fam
def temps_mean_fahrenheit(r: random.Random) -> Made:  # Celsius list: mean, in Fahrenheit
    vals = [r.randint(-8, 35) for _ in range(r.randint(5, 8))]
    m = F(sum(vals), len(vals))
    f = m * 9 / 5 + 32
    ok2(m, f)
    return (f"overnight lows in °C: {', '.join(map(str, vals))}. average? what's the average in "
            "°F?", [named(MEAN, m), deg_f(r2(f))])


@fam
def speed_to_pace(r: random.Random) -> Made:  # a cycling speed: minutes per km, and mph
    kmh = r.choice([12, 15, 16, 20, 24, 25, 30, 40])
    pace = F(60, kmh)
    mph = F(kmh) / MILE
    ok2(mph)
    sec = int(pace * 60) % 60
    extra = r.randint(2, 9)
    return (f"I cycle at {kmh} km/h. how many minutes per km is that, how fast in mph, and how "
            f"long would {extra} km take in minutes?",
            [[f"{int(pace)}:{sec:02d}", f"{int(pace)} min {sec} s", *num(pace)],
             unit(r2(mph), "mph", "miles per hour"),
             unit(r2(pace * extra), "minutes", "min", "mins")])


@fam
def antibiotic_course(r: random.Random) -> Made:  # doses in a course, and the last dose time
    days, start = r.randint(5, 10), r.choice([6, 7, 8, 9])
    doses = 3 * days
    last = (start * 60 + (doses - 1) * 8 * 60) % 1440
    return (f"antibiotics every 8 hours for {days} days, first one at {start}am. how many doses "
            "in total, and at what time of day will the last one be?",
            [[f"{doses} doses", f"{doses} tablets", f"{doses} pills"], clock(last)])


@fam
def race_compare(r: random.Random) -> Made:  # miles against km: the distance and the gap
    km, mi = r.randint(3, 30), r.randint(2, 20)
    other = mi * MILE
    diff = abs(other - km)
    ok2(other, diff)
    need(diff > F(1, 10))
    return (f"deciding between the {km} km race and the {mi} mile one. how many km is the second, "
            "and how much longer is the longer race?",
            [unit(r2(other), "km", "kilometres", "kilometers"),
             unit(r2(diff), "km", "kilometres", "kilometers")])


@fam
def exponent_then_square(r: random.Random) -> Made:  # solve 2^x = n, then x squared
    b, e = r.choice([2, 3, 5]), r.randint(3, 9)
    need(b ** e < 100000)
    return (f"{b}^x = {b ** e}. what's x, and x squared?", [var("x", e), num(e * e)])


@fam
def screen_size_cm(r: random.Random) -> Made:  # a screen's sides in cm into inches
    w, h = r.randint(20, 90), r.randint(15, 60)
    need(w != h)
    wi, hi = F(w) / F(254, 100), F(h) / F(254, 100)
    ok2(wi, hi)
    return (f"monitor is {w} cm wide and {h} cm tall. in inches? and the area in cm²?",
            [unit(r2(wi), "in", "inches"), unit(r2(hi), "in", "inches"),
             [f"{w * h} cm²", f"{w * h:,} cm²", f"{w * h} cm2", f"{w * h} square centimetres"]])


@fam
def budget_pie(r: random.Random) -> Made:  # budget shares: the biggest share, and a pie chart
    cats = r.sample(["rent", "food", "transport", "savings", "fun", "bills"], 4)
    vals = r.sample(range(50, 1500), 4)
    share = F(max(vals) * 100, sum(vals))
    ok2(share)
    listed = ", ".join(f"{c} {v}" for c, v in zip(cats, vals, strict=True))
    return (f"my monthly budget: {listed}. pie chart please, and what % goes on the biggest "
            "item?", [PLOT, [f"{v}%" for v in num(r2(share))]])


@fam
def resting_hr_csv(r: random.Random) -> Made:  # resting heart rates: mean, lowest day, chart
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    vals = r.sample(range(52, 80), 7)
    m = F(sum(vals), 7)
    ok2(m)
    text = "day,resting_bpm\n" + "".join(f"{d},{v}\n" for d, v in zip(days, vals, strict=True))
    return ("watch export attached: my average resting heart rate, the day it was lowest, and "
            "a line chart", [named(MEAN, m), [days[vals.index(min(vals))]], PLOT],
            {"csv": text})


@fam
def derivative_then_plot_both(r: random.Random) -> Made:  # a derivative, its root, a plot
    a, b = r.randint(1, 4), r.randint(1, 6)
    return (f"f(x) = x^3 - {3 * b * b}x + {a}. f'(x)? where is f'(x) = 0? plot f",
            [expr(f"3x^2 - {3 * b * b}"), [f"x = ±{b}", f"x = {b}", f"x=±{b}", f"x={b}"],
             [f"x = -{b}", f"x=-{b}", f"x = ±{b}", f"x=±{b}", f"±{b}"], PLOT])
