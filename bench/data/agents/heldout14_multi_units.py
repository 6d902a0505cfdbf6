"""Round 14 (``N_m_*``, dev now) multi-part requests about everyday measures and money: a quantity
converted two ways, or converted and then used (a price per kilo, a trip, a room)."""

from __future__ import annotations

from bench.data.agents.heldout14_multi_common import (
    INCH,
    LB,
    MILE,
    F,
    Item,
    cash,
    convert,
    fams,
    forms,
    money,
    multi,
    r2,
    random,
    safe,
    unit,
)

ML = ["ml", "mL", "millilitres", "milliliters"]


def n_m_tyre_bar_kpa(rng: random.Random) -> Item:  # tyre pressure in bar and kPa
    psi = rng.randint(26, 44)
    kpa = psi * F(689475729, 100000000)
    bar = kpa / 100
    if not safe(kpa, bar):
        return n_m_tyre_bar_kpa(rng)
    return multi("N_m_tyre_bar_kpa", f"manual says {psi} psi for the tyres but the pump shows bar "
                 "and kPa. what are both?", [unit(bar, "bar"), unit(kpa, "kPa", "kilopascals")])


def n_m_hotel_nights_usd(rng: random.Random) -> Item:  # nights of a hotel, and in dollars
    rate, nights = rng.randint(70, 260), rng.randint(2, 9)
    eur = F(rate * nights)
    usd = convert(eur, "EUR", "USD")
    if not safe(usd):
        return n_m_hotel_nights_usd(rng)
    return multi("N_m_hotel_nights_usd", f"Hotel in Lisbon is {rate} EUR a night, we're staying "
                 f"{nights} nights. Total in euros and in US dollars?",
                 [cash(eur, "EUR"), cash(usd, "USD")])


def n_m_speed_mph_ms(rng: random.Random) -> Item:  # a speed in km/h as mph and m/s
    kmh = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    mph, ms = kmh / MILE, F(kmh * 1000, 3600)
    if not safe(mph, ms):
        return n_m_speed_mph_ms(rng)
    return multi("N_m_speed_mph_ms", f"{kmh} km/h in mph and in metres per second?",
                 [unit(mph, "mph", "miles per hour"), unit(ms, "m/s", "metres per second",
                                                           "meters per second")])


def n_m_baby_bottles_ml(rng: random.Random) -> Item:  # US fluid ounces a feed, then a day
    oz, feeds = rng.randint(2, 8), rng.randint(5, 8)
    per = oz * F(295735295625, 10**10)
    if not safe(per, per * feeds):
        return n_m_baby_bottles_ml(rng)
    return multi("N_m_baby_bottles_ml", f"baby takes {oz} US fl oz per bottle, {feeds} bottles a "
                 "day. how many ml per bottle and per day?", [unit(per, *ML),
                                                              unit(per * feeds, *ML)])


def n_m_ceiling_metres(rng: random.Random) -> Item:  # feet and inches to metres and cm
    ft, inch = rng.randint(7, 12), rng.randint(1, 11)
    m = (12 * ft + inch) * INCH
    if not safe(m, m * 100):
        return n_m_ceiling_metres(rng)
    return multi("N_m_ceiling_metres", f"ceiling is {ft} ft {inch} in. what's that in metres, "
                 "and in cm?", [unit(m, "m", "metres", "meters"),
                                unit(m * 100, "cm", "centimetres", "centimeters")])


def n_m_price_per_kilo_lb(rng: random.Random) -> Item:  # a price per pound as per kilo, and a bag
    cents, kg = rng.randint(199, 899), rng.choice([2, 3, 5])
    per_kg = F(cents, 100) / LB
    if not safe(per_kg, per_kg * kg):
        return n_m_price_per_kilo_lb(rng)
    return multi("N_m_price_per_kilo_lb", f"beef is ${cents / 100:.2f}/lb here. what is that per "
                 f"kilo, and what would {kg} kg cost?", [[*forms(per_kg), *money(per_kg, "USD")],
                  list(dict.fromkeys([*forms(per_kg * kg), *forms(kg * r2(per_kg))]))])


def n_m_rain_two_days_mm(rng: random.Random) -> Item:  # rain in inches: total, then in mm
    a, b = F(rng.randint(1, 40), 10), F(rng.randint(1, 40), 10)
    mm = (a + b) * INCH * 1000
    if not safe(mm):
        return n_m_rain_two_days_mm(rng)
    return multi("N_m_rain_two_days_mm", f"we had {float(a):g} inches of rain yesterday and "
                 f"{float(b):g} today. total in inches, and in mm?",
                 [unit(a + b, "in", "inches", '"'), unit(mm, "mm", "millimetres", "millimeters")])


def n_m_knots_two_ways(rng: random.Random) -> Item:  # a boat speed in km/h and mph
    kn = rng.randint(4, 40)
    kmh = kn * F(1852, 1000)
    mph = kmh / MILE
    if not safe(kmh, mph):
        return n_m_knots_two_ways(rng)
    return multi("N_m_knots_two_ways", f"the ferry does {kn} knots. what's that in km/h and in "
                 "mph?", [unit(kmh, "km/h", "kph"), unit(mph, "mph", "miles per hour")])


def n_m_acres_hectares(rng: random.Random) -> Item:  # acres to hectares and square metres
    acres = F(rng.randint(2, 120), 4)
    m2 = acres * F(40468564224, 10**7)
    if not safe(m2 / 10000, m2):
        return n_m_acres_hectares(rng)
    return multi("N_m_acres_hectares", f"the farm for sale is {float(acres):g} acres. how many "
                 "hectares is that, and how many square metres?",
                 [unit(m2 / 10000, "ha", "hectares"), unit(m2, "m²", "m2", "square metres",
                                                           "square meters", "sq m")])


def n_m_spoons_total_ml(rng: random.Random) -> Item:  # spoons to ml, then per portion
    tbsp, tsp, portions = rng.randint(1, 8), rng.randint(1, 9), rng.choice([2, 3, 4, 6])
    ml = tbsp * 15 + tsp * 5
    per = F(ml, portions)
    if not safe(per):
        return n_m_spoons_total_ml(rng)
    return multi("N_m_spoons_total_ml", f"{tbsp} tablespoons (15 ml) of oil plus {tsp} teaspoons "
                 f"(5 ml) of vinegar. how many ml in all, and per portion if it makes {portions}?",
                 [unit(F(ml), *ML), unit(per, *ML)])


def n_m_download_minutes(rng: random.Random) -> Item:  # megabits in a file, then a time
    gb, mbps = F(rng.randint(5, 120), 10), rng.choice([10, 20, 25, 40, 50, 80, 100])
    megabits = gb * 8000
    secs = megabits / mbps
    if not safe(secs / 60, megabits):
        return n_m_download_minutes(rng)
    return multi("N_m_download_minutes", f"{float(gb):g} GB file on a {mbps} Mbps line, taking "
                 "1 GB as 8000 megabits. how many megabits is it, and how many minutes to "
                 "download?", [[*forms(megabits), *(f"{v} megabits" for v in forms(megabits))],
                              [f"{v} minutes" for v in forms(secs / 60)]
                              + [f"{v} min" for v in forms(secs / 60)]])


def n_m_gallon_price_litre(rng: random.Random) -> Item:  # a price per gallon, per litre, a fill
    cents, litres = rng.randint(280, 560), rng.randint(30, 70)
    per_l = F(cents, 100) / F(3785411784, 10**9)
    cost = per_l * litres
    if not safe(per_l, cost):
        return n_m_gallon_price_litre(rng)
    return multi("N_m_gallon_price_litre", f"gas is ${cents / 100:.2f} a US gallon. what's that "
                 f"per litre, and what would {litres} litres cost?",
                 [forms(per_l) + money(per_l, "USD"),
                  list(dict.fromkeys([*forms(cost), *forms(r2(per_l) * litres)]))])


def n_m_bulb_week_cost(rng: random.Random) -> Item:  # a bulb's energy in a week, then its cost
    watts, hours, price = rng.choice([6, 9, 10, 40, 60, 75, 100]), rng.randint(2, 12), \
        F(rng.randint(15, 40), 100)
    kwh = F(watts * hours * 7, 1000)
    cost = kwh * price
    if not safe(kwh, cost):
        return n_m_bulb_week_cost(rng)
    return multi("N_m_bulb_week_cost", f"a {watts} W bulb on {hours} hours a day. how many kWh "
                 f"a week, and what does that cost at {float(price):.2f} per kWh?",
                 [unit(kwh, "kWh", "kilowatt hours"), forms(cost)])


def n_m_pace_mile_to_km(rng: random.Random) -> Item:  # a pace per mile as per km, and a 10k
    per_mile = rng.randint(6 * 60, 13 * 60)
    per_km = F(per_mile) / MILE
    secs = int(per_km + F(1, 2))
    ten = per_km * 10
    ten_s = int(ten + F(1, 2))
    if abs(per_km - secs) > F(2, 5) or abs(ten - ten_s) > F(2, 5):
        return n_m_pace_mile_to_km(rng)
    return multi("N_m_pace_mile_to_km", f"i run {per_mile // 60}:{per_mile % 60:02d} per mile. "
                 "what's that per km, and how long would a 10k take at that pace?",
                 [[f"{secs // 60}:{secs % 60:02d}", f"{secs // 60} min {secs % 60} s",
                   f"{secs // 60}m {secs % 60}s"],
                  [f"{ten_s // 60}:{ten_s % 60:02d}", f"{ten_s // 60} min {ten_s % 60} s",
                   f"{ten_s // 60} minutes {ten_s % 60} seconds", f"{ten_s // 60}m {ten_s % 60}s"]
                  + ([f"{ten_s // 3600}:{ten_s % 3600 // 60:02d}:{ten_s % 60:02d}"]
                     if ten_s >= 3600 else [])])


def n_m_two_cities_temp_gap(rng: random.Random) -> Item:  # a °F reading in °C, then the gap
    f_, c = rng.randint(-10, 60), rng.randint(10, 38)
    fc = F(f_ - 32) * 5 / 9
    gap = c - fc
    if not safe(fc, gap):
        return n_m_two_cities_temp_gap(rng)
    return multi("N_m_two_cities_temp_gap", f"it's {f_}°F in Chicago and {c}°C in Lisbon. what's "
                 "Chicago in celsius, and how many degrees warmer is Lisbon?",
                 [unit(fc, "°C", "degrees Celsius", "C"), unit(gap, "°C", "degrees", "C")])


def n_m_cm_inches_feet(rng: random.Random) -> Item:  # a height in inches and in feet
    cm = rng.randint(140, 210)
    inch = cm / (INCH * 100)
    ft = inch / 12
    if not safe(inch, ft):
        return n_m_cm_inches_feet(rng)
    return multi("N_m_cm_inches_feet", f"{cm} cm — how many inches, and how many feet (as a "
                 "decimal)?", [unit(inch, "in", "inches"), unit(ft, "ft", "feet")])


def n_m_uk_pints_glasses(rng: random.Random) -> Item:  # UK pints to litres, then glasses
    pints = rng.randint(1, 12)
    litres = pints * F(56826125, 10**8)
    glasses = int(litres * 4)
    if not safe(litres):
        return n_m_uk_pints_glasses(rng)
    return multi("N_m_uk_pints_glasses", f"{pints} UK pints of milk (568.26 ml each) — litres? and "
                 "how many full 250 ml glasses?", [unit(litres, "L", "litres", "liters"),
                                                   [f"{glasses} glasses", f"{glasses} full"]])


def n_m_flat_square_feet_rent(rng: random.Random) -> Item:  # m² to sq ft, then rent per sq ft
    m2, rent = rng.randint(30, 160), rng.randint(8, 40) * 100
    sqft = m2 / F(3048, 10000) ** 2
    per = rent / sqft
    if not safe(sqft, per):
        return n_m_flat_square_feet_rent(rng)
    return multi("N_m_flat_square_feet_rent", f"the flat is {m2} m² and rent is {rent:,} a month. "
                 "how many square feet, and what's the rent per square foot?",
                 [unit(sqft, "sq ft", "square feet", "ft²"),
                  list(dict.fromkeys([*forms(per), *forms(rent / r2(sqft))]))])


def n_m_altitude_metres(rng: random.Random) -> Item:  # feet to metres and km
    ft = rng.randint(20, 43) * 1000
    m = ft * F(3048, 10000)
    return multi("N_m_altitude_metres", f"captain says we're cruising at {ft:,} ft. in metres? and "
                 "km?", [unit(m, "m", "metres", "meters") + [f"{v} m" for v in forms(m)],
                        unit(m / 1000, "km", "kilometres", "kilometers")])


def n_m_laptop_gbp_vat(rng: random.Random) -> Item:  # a dollar price in pounds, then with VAT
    usd = rng.randint(300, 2500) - F(1, 100)
    gbp = convert(usd, "USD", "GBP")
    vat = gbp * F(6, 5)
    if not safe(gbp, vat):
        return n_m_laptop_gbp_vat(rng)
    return multi("N_m_laptop_gbp_vat", f"laptop costs ${float(usd):.2f} in the US. what's that in "
                 "pounds, and with 20% VAT on top?",
                 [cash(gbp, "GBP"), list(dict.fromkeys([*cash(vat, "GBP"),
                                                        *cash(r2(gbp) * F(6, 5), "GBP")]))])


def n_m_seconds_days_hours(rng: random.Random) -> Item:  # seconds as days and whole hours
    secs = rng.randint(2, 90) * 100000
    days = F(secs, 86400)
    if not safe(days):
        return n_m_seconds_days_hours(rng)
    return multi("N_m_seconds_days_hours", f"how many days is {secs:,} seconds (2 decimals), and "
                 "how many whole hours?", [[f"{v} days" for v in forms(days)],
                                          [f"{secs // 3600} hours", f"{secs // 3600:,} hours"]])


FAMILIES_UNITS = fams(
    n_m_tyre_bar_kpa, n_m_hotel_nights_usd, n_m_speed_mph_ms, n_m_baby_bottles_ml,
    n_m_ceiling_metres, n_m_price_per_kilo_lb, n_m_rain_two_days_mm, n_m_knots_two_ways,
    n_m_acres_hectares, n_m_spoons_total_ml, n_m_download_minutes, n_m_gallon_price_litre,
    n_m_bulb_week_cost, n_m_pace_mile_to_km, n_m_two_cities_temp_gap, n_m_cm_inches_feet,
    n_m_uk_pints_glasses, n_m_flat_square_feet_rent, n_m_altitude_metres, n_m_laptop_gbp_vat,
    n_m_seconds_days_hours)
