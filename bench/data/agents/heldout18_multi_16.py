"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 16: a happy-hour sign, a
ride receipt screenshot, a rainfall CSV, consecutive numbers, lab percent error, meal calorie
splits and two-stroke fuel mixes."""

from __future__ import annotations

import random

from bench.data.agents.heldout18_multi_common import (
    CHART,
    MEAN,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    screen,
    sign,
    stat,
)
from bench.data.agents.helpers import Family

MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@family
def sign_happy_hour(rng: random.Random) -> Made:
    start, end = rng.choice([15, 16, 17]), rng.choice([18, 19, 20])
    off = rng.choice([20, 25, 30, 40, 50])
    now = rng.randrange(start * 60 + 5, end * 60, 5)
    drinks, price = rng.randint(2, 6), F(rng.randrange(450, 1400, 25), 100)
    recipe = sign(rng, ["HAPPY HOUR", f"{start % 12}PM - {end % 12}PM", f"ALL DRINKS {off}% OFF"])
    text = (f"It's {now // 60 % 12}:{now % 60:02d} pm. How many minutes of happy hour are left, "
            f"and what will {drinks} drinks at ${float(price):.2f} each cost with the discount on "
            "this sign?")
    return text, [[f"{end * 60 - now} minutes", f"{end * 60 - now} min", f"{end * 60 - now} mins"],
                  cash(drinks * price * (100 - off) / 100)], {"image": recipe}


@family
def screen_ride_receipt_gbp(rng: random.Random) -> Made:
    km, mins = F(rng.randint(25, 350), 10), rng.randint(6, 70)
    fare = F(rng.randrange(600, 6000, 5), 100)
    tip = rng.choice([10, 15, 18, 20])
    recipe = screen(rng, "Your trip", [f"Distance  {float(km):.1f} km", f"Time  {mins} min",
                                       f"Fare  ${float(fare):.2f}"])
    total = fare * (100 + tip) / 100
    text = (f"Ride receipt screenshot. What did it cost per km (2 dp)? If I add a tip of {tip}%, "
            f"what's the total, and what is that in pounds ({RATES_TEXT})?")
    gbp = same(cash(total / RATE["USD"] * RATE["GBP"]), cash(r2(total) / RATE["USD"] *
                                                             RATE["GBP"]))
    return text, [cash(fare / km), cash(total), gbp], {"image": recipe}


@family
def csv_rainfall_chart(rng: random.Random) -> Made:
    mm = [rng.randint(5, 180) for _ in MONTHS3]
    total = sum(mm)
    wettest = max(mm)
    if mm.count(wettest) > 1:
        return None
    csv = "month,rain_mm\n" + "\n".join(f"{m},{v}" for m, v in zip(MONTHS3, mm, strict=True))
    text = pick(rng, "A year of rainfall for our allotment is in the CSV. Yearly total in mm and "
                     "in inches (1 dp)? What share of the year's rain fell in the wettest month "
                     "(1 dp %)? And a bar chart by month please.",
                "rain csv attached -> total mm, total inches (1dp), wettest month as % of the "
                "year (1dp), bar chart")
    return text, [[f"{total} mm", f"{total:,} mm", f"{total}mm"], num(F(total * 10, 254), 1),
                  num(F(wettest * 100, total), 1), CHART], {"csv": csv + "\n"}


@family
def consecutive_even_product(rng: random.Random) -> Made:
    first = 2 * rng.randint(3, 60)
    count = rng.choice([3, 4])
    nums = [first + 2 * i for i in range(count)]
    text = (f"{count} consecutive even numbers add up to {sum(nums)}. What are they? And what's "
            "the product of the smallest and the largest?")
    return text, [[", ".join(map(str, nums)), " ".join(map(str, nums)),
                   " and ".join([", ".join(map(str, nums[:-1])), str(nums[-1])]),
                   ", and ".join([", ".join(map(str, nums[:-1])), str(nums[-1])])],
                  [str(nums[0] * nums[-1]), f"{nums[0] * nums[-1]:,}"]]


@family
def lab_percent_error(rng: random.Random) -> Made:
    accepted = rng.choice([(F("9.81"), "g (m/s\u00b2)"), (F("343"), "speed of sound (m/s)"),
                           (F("4.18"), "specific heat of water (J/g\u00b7\u00b0C)")])
    trials = [r2(accepted[0] * F(rng.randint(900, 1080), 1000), 2) for _ in range(rng.randint(3,
                                                                                             6))]
    mean = sum(trials, F(0)) / len(trials)
    err = abs(mean - accepted[0]) / accepted[0] * 100
    text = (f"Physics lab: our trials for {accepted[1]} came out "
            + ", ".join(f"{float(t):g}" for t in trials) + f". Mean of the trials (3 dp)? Percent "
            f"error against the accepted {float(accepted[0]):g} (2 dp)?")
    return text, [stat(MEAN, mean, 3) + num(mean, 3), same(num(err, 2), num(
        abs(r2(mean, 3) - accepted[0]) / accepted[0] * 100, 2))]


@family
def tdee_meal_split(rng: random.Random) -> Made:
    bmr, factor = rng.randrange(1200, 2300, 10), rng.choice([F("1.2"), F("1.375"), F("1.55"),
                                                             F("1.725")])
    split = rng.choice([(25, 35, 10, 30), (30, 35, 5, 30), (20, 40, 10, 30)])
    tdee = bmr * factor
    text = (f"My BMR is {bmr} kcal and my activity factor is {float(factor):g}. What's my TDEE "
            f"(nearest kcal)? I split it breakfast {split[0]}%, lunch {split[1]}%, snacks "
            f"{split[2]}%, dinner {split[3]}% - how many kcal for lunch and for dinner (nearest "
            "kcal, from the exact TDEE)?")
    return text, [num(tdee, 0), num(tdee * split[1] / 100, 0), num(tdee * split[3] / 100, 0)]


@family
def two_stroke_oil_mix(rng: random.Random) -> Made:
    ratio, litres = rng.choice([25, 32, 40, 50]), rng.choice([F(1), F(2), F(4), F(5), F("2.5")])
    gallons = rng.choice([1, 2, 5])
    text = (f"My chainsaw wants {ratio}:1 petrol to 2-stroke oil. How many ml of oil for "
            f"{float(litres):g} L of petrol (1 dp)? And how many US fl oz of oil for {gallons} US "
            f"gallon{'s' if gallons > 1 else ''} of petrol (1 US gal = 128 fl oz, 2 dp)?")
    return text, [num(litres * 1000 / ratio, 1), num(F(gallons * 128, ratio), 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sign_happy_hour, screen_ride_receipt_gbp, csv_rainfall_chart, consecutive_even_product,
    lab_percent_error, tdee_meal_split, two_stroke_oil_mix)]
