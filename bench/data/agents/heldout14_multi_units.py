"""Round 14 (``N_m_*``) multi-part requests about everyday measures and money: a quantity
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


FAMILIES_UNITS = fams(
    n_m_tyre_bar_kpa, n_m_hotel_nights_usd, n_m_speed_mph_ms, n_m_baby_bottles_ml,
    n_m_ceiling_metres, n_m_price_per_kilo_lb)
