"""Round 18 (``B_*``, dev now) for ``muse bench agents``, health part 2: drinking and caffeine,
cycles, IVF and pregnancy dates, blood-pressure derived values, training load and lab unit
conversions."""

from __future__ import annotations

import datetime as dt
import math

from bench.data.agents.heldout18_units import count, family, num, pick, whole


def day_forms(d: dt.date) -> list[str]:
    """A calendar date in the usual written forms."""
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return [f"{n} {d:%B}", f"{d:%B} {n}", f"{d:%Y-%m-%d}", f"{n} {d:%b}", f"{d:%b} {n}",
            f"{n}{suffix} {d:%B}", f"{d:%B} {n}{suffix}", f"{n}{suffix} of {d:%B}",
            f"{d:%d/%m/%Y}", f"{d:%b}. {n}"]


def a_date(rng, span: int = 330) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, span))


@family
def weaker_beer_units(rng):
    pints = rng.randint(6, 24)
    strong = rng.choice([4.8, 5.0, 5.2, 5.5, 6.0])
    weak = rng.choice([3.4, 3.6, 3.8, 4.0, 4.2])
    ml = 568
    saved = pints * ml * (strong - weak) / 1000
    t = pick(rng, f"I drink about {pints} pints a week of a {strong:g}% lager. If I switch to a "
             f"{weak:g}% one and keep the same number of pints, how many UK units a week do I "
             f"save? (units = ml × ABV% / 1000, pint = {ml} ml; one decimal)",
             f"units question: {pints} pints/wk, {strong:g}% → {weak:g}%. UK units saved per week? "
             f"(568 ml pint, units = ml x abv / 1000) 1dp")
    return t, [num(saved, 1)]


@family
def caffeine_below_level(rng):
    mg = rng.choice([80, 95, 120, 150, 160, 200, 240, 300])
    half = rng.choice([4, 5, 5.5, 6])
    target = rng.choice([25, 30, 40, 50])
    if target >= mg:
        return None
    hours = half * math.log2(mg / target)
    t = (f"Had {mg} mg of caffeine at once. Assuming a half-life of {half:g} hours and simple "
         f"exponential decay, how many hours until I'm below {target} mg? (one decimal)")
    return t, [num(hours, 1)]


@family
def ovulation_window(rng):
    lmp = a_date(rng)
    cycle = rng.randint(24, 35)
    ov = lmp + dt.timedelta(days=cycle - 14)
    start = ov - dt.timedelta(days=5)
    t = pick(rng, f"My last period started {lmp:%d %B}. Cycles are {cycle} days and I'm using the "
             "rule that ovulation is 14 days before the next period. Estimated ovulation date, and "
             "the first day of the 6-day fertile window (5 days before ovulation through ovulation "
             "day)?",
             f"LMP {lmp:%B %d}, {cycle} day cycle. ovulation = next period minus 14 days. when's "
             "ovulation and when does the fertile window (ovulation day + the 5 days before) "
             "start?")
    return t, [day_forms(ov), day_forms(start)]


@family
def conception_from_due(rng):
    due = a_date(rng, 360) + dt.timedelta(days=120)
    conc = due - dt.timedelta(days=266)
    lmp = due - dt.timedelta(days=280)
    t = (f"Due date is {due:%d %B %Y}. Taking the due date as 280 days after the last period and "
         "266 days after conception, when was the estimated conception date and the last period "
         "start?")
    return t, [day_forms(conc), day_forms(lmp)]


@family
def corrected_age(rng):
    born = rng.randint(26, 36)
    weeks_old = rng.randint(6, 60)
    corr = weeks_old - (40 - born)
    if corr <= 0:
        return None
    t = pick(rng, f"Our daughter was born at {born} weeks and is now {weeks_old} weeks old. Using "
             "40 weeks as full term, what's her corrected age in weeks?",
             f"preemie born {born}+0 weeks, now {weeks_old} weeks since birth — corrected age "
             "(weeks), full term = 40?")
    return t, [[f"{corr} week", f"{corr} wk", f"= {corr}"]]


@family
def contraction_spacing(rng):
    start = rng.randint(0, 23) * 60 + rng.randint(0, 59)
    gaps = [rng.randint(3, 9) for _ in range(rng.randint(4, 7))]
    times = [start]
    for g in gaps:
        times.append(times[-1] + g)
    avg = sum(gaps) / len(gaps)
    listing = ", ".join(f"{(x // 60) % 24:02d}:{x % 60:02d}" for x in times)
    t = (f"Contractions started at: {listing}. What's the average time between the start of one "
         "and the start of the next, in minutes to one decimal?")
    return t, [num(avg, 1, 0.0) if (avg * 10) % 1 < 1e-9 else num(avg, 1)]


@family
def pulse_pressure_avg(rng):
    reads = [(rng.randint(105, 175), rng.randint(60, 100)) for _ in range(rng.randint(3, 5))]
    pps = [s - d for s, d in reads]
    avg = sum(pps) / len(pps)
    listing = "; ".join(f"{s}/{d}" for s, d in reads)
    t = pick(rng, f"my readings this week: {listing}. what's the average pulse pressure "
             "(systolic minus diastolic)? 1 dp",
             f"BP log {listing} — average pulse pressure to one decimal please, and the highest "
             "single one.")
    ans = [num(avg, 1, 0.0) if (avg * 10) % 1 < 1e-9 else num(avg, 1)]
    if "highest" in t:
        ans.append(count(max(pps)))
    return t, ans


@family
def rate_pressure_product(rng):
    hr = rng.randint(55, 165)
    sbp = rng.randint(105, 210)
    t = pick(rng, f"Rate-pressure product (HR × systolic) at peak exercise: HR {hr}, BP {sbp}/"
             f"{rng.randint(60, 95)}. Value?",
             f"double product for HR {hr} bpm and systolic {sbp} mmHg?")
    return t, [count(hr * sbp)]


@family
def shock_index(rng):
    hr = rng.randint(55, 140)
    sbp = rng.randint(75, 160)
    t = pick(rng, f"Shock index = heart rate ÷ systolic BP. Patient HR {hr}, BP {sbp}/"
             f"{rng.randint(40, 95)}. SI to two decimals?",
             f"HR {hr}, SBP {sbp} — shock index (2 dp)?")
    return t, [num(hr / sbp, 2)]


@family
def acwr_ratio(rng):
    weeks = [rng.randint(150, 600) for _ in range(4)]
    chronic = sum(weeks) / 4
    acute = weeks[-1]
    t = (f"Weekly training loads (arbitrary units), oldest first: {', '.join(map(str, weeks))}. "
         "Acute load = the latest week; chronic load = the average of all four weeks. "
         "Acute:chronic workload ratio, two decimals?")
    return t, [num(acute / chronic, 2)]


@family
def session_rpe_week(rng):
    days = ["Mon", "Tue", "Thu", "Sat", "Sun", "Wed", "Fri"]
    sess = [(d, rng.randint(3, 9), rng.choice([30, 40, 45, 50, 60, 75, 90]))
            for d in rng.sample(days, rng.randint(3, 6))]
    loads = [r * m for _, r, m in sess]
    total = sum(loads)
    listing = "; ".join(f"{d} RPE {r} for {m} min" for d, r, m in sess)
    t = (f"Session-RPE load = RPE × minutes. My week: {listing}. Weekly load, and the biggest "
         "single session load?")
    return t, [count(total), count(max(loads))]


@family
def tss_ride(rng):
    ftp = rng.randint(170, 320)
    np_ = int(ftp * rng.uniform(0.6, 1.0))
    h, m = rng.randint(0, 4), rng.choice([0, 15, 20, 30, 40, 45])
    if h == 0 and m < 30:
        return None
    hours = h + m / 60
    if_ = np_ / ftp
    tss = hours * if_ ** 2 * 100
    t = (f"Ride: {h}h{m:02d}, normalized power {np_} W, FTP {ftp} W. Intensity factor = NP/FTP, "
         "TSS = hours × IF² × 100. IF to 2 dp and TSS to the nearest whole number (use the "
         "unrounded IF)?")
    return t, [num(if_, 2), whole(tss)]


@family
def lifting_volume(rng):
    lifts = rng.sample([("squat", 60, 160), ("bench", 40, 120), ("deadlift", 80, 200),
                        ("row", 40, 100), ("overhead press", 30, 70)], rng.randint(2, 3))
    rows, total = [], 0
    for name, lo, hi in lifts:
        kg = rng.randint(lo // 2, hi // 2) * 2.5
        sets, reps = rng.randint(3, 5), rng.choice([3, 5, 6, 8, 10])
        total += sets * reps * kg
        rows.append(f"{name} {sets}x{reps} @ {kg:g} kg")
    t = pick(rng, f"today: {', '.join(rows)}. total volume load (sets×reps×kg)?",
             f"Volume load for this session please — {'; '.join(rows)}.")
    return t, [num(total, 1, 0.0) if total % 1 else count(int(total))]


@family
def mileage_build_weeks(rng):
    start = rng.randint(12, 40)
    target = start * rng.uniform(1.4, 2.6)
    target = int(target)
    inc = rng.choice([10, 8, 5])
    w, km = 0, start
    while km < target - 1e-9:
        km *= 1 + inc / 100
        w += 1
    t = (f"I run {start} km a week now and want to reach {target} km a week, increasing by "
         f"{inc}% each week (compounding on the previous week). How many weeks until I'm at or "
         "above the target?")
    return t, [[f"{w} week", f"{w} wk", f"week {w}", f"= {w}"]]


@family
def hba1c_convert(rng):
    mmol = rng.randint(31, 97)
    pct = mmol / 10.929 + 2.15
    t = pick(rng, f"lab says HbA1c {mmol} mmol/mol. what's that as a %? (% = mmol/mol ÷ 10.929 + "
             "2.15) 1 dp",
             f"Converting HbA1c from IFCC units: {mmol} mmol/mol. Use NGSP% = IFCC/10.929 + 2.15 "
             "and round to one decimal.")
    return t, [num(pct, 1)]


@family
def creatinine_units(rng):
    umol = rng.randint(45, 260)
    t = pick(rng, f"creatinine {umol} µmol/L, US site wants mg/dL. divide by 88.4 right? 2 dp",
             f"Convert serum creatinine of {umol} umol/L to mg/dL (1 mg/dL = 88.4 µmol/L), two "
             "decimals.")
    return t, [num(umol / 88.4, 2)]


@family
def next_donation_date(rng):
    last = a_date(rng)
    weeks = rng.choice([12, 16, 8])
    nxt = last + dt.timedelta(weeks=weeks)
    t = pick(rng, f"Gave blood on {last:%A %d %B %Y}. Minimum gap is {weeks} weeks. Earliest "
                  "date I "
             "can donate again?",
             f"last donation {last:%d %b %Y}, need to wait {weeks} weeks. when can i go next?")
    return t, [day_forms(nxt)]


@family
def ivf_due_date(rng):
    transfer = a_date(rng)
    age = rng.choice([3, 5, 6])
    due = transfer + dt.timedelta(days=266 - age)
    t = pick(rng, f"We had a day-{age} embryo transfer on {transfer:%d %B %Y}. The clinic's "
                  "rule: due "
             f"date = transfer date + 266 days − embryo age in days. When's the due date?",
             f"IVF due date calc — day {age} transfer, {transfer:%B %d}. due = transfer + 266 − "
             f"{age} days. date?")
    return t, [day_forms(due)]


FAMILIES = [(f, 10) for f in (
    weaker_beer_units, caffeine_below_level, ovulation_window, conception_from_due, corrected_age,
    contraction_spacing, pulse_pressure_avg, rate_pressure_product, shock_index, acwr_ratio,
    session_rpe_week, tss_ride, lifting_volume, mileage_build_weeks, hba1c_convert,
    creatinine_units, next_donation_date, ivf_due_date)]
