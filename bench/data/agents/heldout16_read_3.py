"""Round 16 (``L_o_*``, dev now), part three: photographed signs and screenshots of an order
page drawn via :func:`image_recipe` — what a sign says, opening hours and the time left, the
platform or floor; the order number, date and status, and dates worked out from them."""

from __future__ import annotations

import datetime
import random

from bench.data.agents.heldout16_read import (
    DAYS,
    MONTHS,
    Tie,
    count,
    dates,
    families,
    shot,
    sign,
)
from bench.data.agents.helpers import Family, Item, item

OPEN = ["OPEN", "9AM TO 5PM"]
OPENS = ["9AM", "9 AM", "9am", "9 am", "9:00 am", "9:00am", "09:00", "9 a.m."]
CLOSES = ["5PM", "5 PM", "5pm", "5 pm", "5:00 pm", "5:00pm", "17:00", "5 p.m."]


def lines(words: list[str]) -> list[list[str]]:
    return [[word] for word in words]


def span(minutes: int) -> list[str]:
    """A duration in minutes, and in hours and minutes when an hour or more."""
    forms = [f"{minutes} minutes", f"{minutes} min"]
    h, m = divmod(minutes, 60)
    hours = "hour" if h == 1 else "hours"
    if h and m:
        forms += [f"{h} {hours} {m} min", f"{h} {hours} and {m} min", f"{h}h {m}", f"{h}h{m}",
                  f"{h} hr {m}", f"{h}:{m:02d}"]
    elif h:
        forms += [f"{h} {hours}", f"{h}h", f"{h} hr"]
    return forms


def clock12(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"


# --- signs ------------------------------------------------------------------------------

def l_o_eyes_bad(rng: random.Random) -> Item:  # read any sign out
    recipe, words = sign(rng)
    return item("L_o_eyes_bad", "ocr", "my eyesight isn't what it used to be, can you tell me "
                "what this sign says?", lines(words), image=recipe)


def l_o_whats_written(rng: random.Random) -> Item:  # terse read-out
    recipe, words = sign(rng)
    return item("L_o_whats_written", "ocr", rng.choice(["what's written here", "what's written "
                "here?", "What's written on this?"]), lines(words), image=recipe)


def l_o_door_notice(rng: random.Random) -> Item:  # a notice on a door
    recipe, words = sign(rng)
    return item("L_o_door_notice", "ocr", "Someone stuck a notice on the door at work. What "
                "does it say exactly?", lines(words), image=recipe)


def l_o_transcribe(rng: random.Random) -> Item:  # formal transcription
    recipe, words = sign(rng)
    return item("L_o_transcribe", "ocr", "Please transcribe the text on this sign word for "
                "word.", lines(words), image=recipe)


def l_o_open_from(rng: random.Random) -> Item:  # opening time
    recipe, _ = sign(rng, OPEN)
    return item("L_o_open_from", "ocr", "What time does this place open in the morning?",
                [OPENS], image=recipe)


def l_o_close_at(rng: random.Random) -> Item:  # closing time, casual
    recipe, _ = sign(rng, OPEN)
    return item("L_o_close_at", "ocr", "when do they shut? took this pic of the door",
                [CLOSES], image=recipe)


def l_o_hours_both(rng: random.Random) -> Item:  # opening and closing time
    recipe, _ = sign(rng, OPEN)
    return item("L_o_hours_both", "ocr", "What are their opening hours according to this sign?",
                [OPENS, CLOSES], image=recipe)


def l_o_hours_a_day(rng: random.Random) -> Item:  # length of the working day
    recipe, _ = sign(rng, OPEN)
    return item("L_o_hours_a_day", "ocr", "How many hours a day is this shop open?",
                [["8", "eight"]], image=recipe)


def l_o_hours_a_week(rng: random.Random) -> Item:  # hours over several days a week
    recipe, _ = sign(rng, OPEN)
    days = rng.choice([5, 6, 7])
    text = {5: "Monday to Friday", 6: "six days a week", 7: "every day of the week"}[days]
    return item("L_o_hours_a_week", "ocr", f"They keep these hours {text}. How many hours are "
                "they open per week?", [[str(8 * days)]], image=recipe)


def l_o_till_close(rng: random.Random) -> Item:  # minutes left before closing, 12-hour clock
    recipe, _ = sign(rng, OPEN)
    now = rng.randrange(13 * 60, 17 * 60, 5)
    return item("L_o_till_close", "ocr", f"it's {clock12(now)} right now, how long have I got "
                "before this place closes?", [span(17 * 60 - now)], image=recipe)


def l_o_till_close_24h(rng: random.Random) -> Item:  # minutes left, 24-hour clock
    recipe, _ = sign(rng, OPEN)
    now = rng.randrange(14 * 60, 17 * 60, 5)
    h, m = divmod(now, 60)
    return item("L_o_till_close_24h", "ocr", f"It is {h}:{m:02d}. Going by this sign, how much "
                "time is left until closing?", [span(17 * 60 - now)], image=recipe)


def l_o_wait_to_open(rng: random.Random) -> Item:  # early arrival, wait until opening
    recipe, _ = sign(rng, OPEN)
    now = rng.randrange(7 * 60, 9 * 60, 5)
    return item("L_o_wait_to_open", "ocr", f"got here way too early, it's {clock12(now)}. how "
                "long till they open?", [span(9 * 60 - now)], image=recipe)


def l_o_hour_after(rng: random.Random) -> Item:  # a time relative to opening
    recipe, _ = sign(rng, OPEN)
    return item("L_o_hour_after", "ocr", "I want to get there exactly an hour after they open "
                "to miss the queue. What time is that?",
                [["10AM", "10 AM", "10am", "10 am", "10:00", "10 a.m."]], image=recipe)


def l_o_close_24h(rng: random.Random) -> Item:  # closing time in 24-hour form
    recipe, _ = sign(rng, OPEN)
    return item("L_o_close_24h", "ocr", "What's the closing time on this sign in 24-hour "
                "format?", [["17:00", "1700", "17h00", "17.00"]], image=recipe)


def l_o_which_platform(rng: random.Random) -> Item:  # platform on a station sign
    recipe, _ = sign(rng, ["PLATFORM 4"])
    return item("L_o_which_platform", "ocr", "Which platform does this sign point to? I'm "
                "running late for my train", [["4", "four"]], image=recipe)


def l_o_platform_terse(rng: random.Random) -> Item:  # one word, station
    recipe, _ = sign(rng, ["PLATFORM 4"])
    return item("L_o_platform_terse", "ocr", rng.choice(["platform??", "what platform",
                "Platform number?"]), [["4", "four"]], image=recipe)


def l_o_library_floor(rng: random.Random) -> Item:  # floor of the library
    recipe, _ = sign(rng, ["LIBRARY", "FLOOR 2"])
    return item("L_o_library_floor", "ocr", "New on campus. Which floor is the library on, "
                "going by this sign?", [["2", "second", "2nd", "two"]], image=recipe)


def l_o_where_to(rng: random.Random) -> Item:  # where the sign sends you, both lines
    recipe, _ = sign(rng, ["LIBRARY", "FLOOR 2"])
    return item("L_o_where_to", "ocr", "what's this sign directing people to, and where is it?",
                [["LIBRARY"], ["FLOOR 2", "2nd floor", "second floor"]], image=recipe)


def l_o_push_pull(rng: random.Random) -> Item:  # push or pull
    recipe, _ = sign(rng, ["PULL"])
    return item("L_o_push_pull", "ocr", "Do I push this door or what? The sticker on it is "
                "tiny, what does it say?", [["PULL"]], image=recipe)


def l_o_leave_car(rng: random.Random) -> Item:  # parking sign
    recipe, _ = sign(rng, ["NO PARKING"])
    return item("L_o_leave_car", "ocr", "can i leave my car here for 10 min? what's the sign "
                "on the wall say", [["NO PARKING"]], image=recipe)


def l_o_yellow_warning(rng: random.Random) -> Item:  # cleaning warning
    recipe, _ = sign(rng, ["WET FLOOR"])
    return item("L_o_yellow_warning", "ocr", "What's the warning on this sign in the corridor?",
                [["WET FLOOR"]], image=recipe)


def l_o_allowed_in(rng: random.Random) -> Item:  # restricted door
    recipe, _ = sign(rng, ["STAFF ONLY"])
    return item("L_o_allowed_in", "ocr", "Am I allowed through this door? Read me what's on "
                "it.", [["STAFF ONLY"]], image=recipe)


def l_o_above_door(rng: random.Random) -> Item:  # the sign above a door
    recipe, _ = sign(rng, ["EXIT"])
    return item("L_o_above_door", "ocr", "what does the green sign above that door say?",
                [["EXIT"]], image=recipe)


# --- screenshots of an order page -------------------------------------------------------

def l_o_order_for_support(rng: random.Random) -> Item:  # order number for support
    recipe, order, _ = shot(rng)
    return item("L_o_order_for_support", "ocr", "The support chat wants my order number. "
                "Can you pull it off this screenshot?", [[order]], image=recipe)


def l_o_order_terse(rng: random.Random) -> Item:  # short
    recipe, order, _ = shot(rng)
    return item("L_o_order_terse", "ocr", rng.choice(["order no.?", "order number?",
                "whats the order number"]), [[order]], image=recipe)


def l_o_when_ordered(rng: random.Random) -> Item:  # the order date
    recipe, _, day = shot(rng)
    return item("L_o_when_ordered", "ocr", "When did I place this order?", [dates(day)],
                image=recipe)


def l_o_status_now(rng: random.Random) -> Item:  # the status
    recipe, _, _ = shot(rng)
    return item("L_o_status_now", "ocr", "has this been sent out yet? what's the status say",
                [["shipped"]], image=recipe)


def l_o_order_weekday(rng: random.Random) -> Item:  # weekday of the order date
    recipe, _, day = shot(rng)
    return item("L_o_order_weekday", "ocr", "What day of the week did I order this on?",
                [[DAYS[day.weekday()]]], image=recipe)


def l_o_days_ago(rng: random.Random) -> Item:  # days since the order, today given in ISO
    recipe, _, day = shot(rng)
    today = datetime.date(2026, rng.randint(10, 12), rng.randint(1, 28))
    n = (today - day).days
    return item("L_o_days_ago", "ocr", f"today is {today.isoformat()}. how many days ago did i "
                "place this order?", [[str(n), f"{n} days"]], image=recipe)


def l_o_days_waiting(rng: random.Random) -> Item:  # days since, today written out
    recipe, _, day = shot(rng)
    today = datetime.date(2026, rng.randint(10, 11), rng.randint(1, 28))
    n = (today - day).days
    return item("L_o_days_waiting", "ocr", f"Still hasn't arrived and it's "
                f"{MONTHS[today.month - 1]} {today.day} now. How many days have I been waiting "
                "since the order date?", [[str(n), f"{n} days"]], image=recipe)


def l_o_return_by(rng: random.Random) -> Item:  # last day of a return window
    recipe, _, day = shot(rng)
    window = rng.choice([14, 28, 30])
    return item("L_o_return_by", "ocr", f"You can return things within {window} days of the "
                "order date. What's the last day I can send this back?",
                [dates(day + datetime.timedelta(days=window))], image=recipe)


def l_o_arrives_on(rng: random.Random) -> Item:  # a delivery estimate
    recipe, _, day = shot(rng)
    k = rng.randint(3, 10)
    return item("L_o_arrives_on", "ocr", f"They said delivery takes {k} days from the order "
                "date. What date should it turn up?", [dates(day + datetime.timedelta(days=k))],
                image=recipe)


def l_o_refund_form(rng: random.Random) -> Item:  # order number and date, two parts
    recipe, order, day = shot(rng)
    return item("L_o_refund_form", "ocr", "filling in a refund form — i need the order number "
                "and the date it was placed", [[order], dates(day)], image=recipe)


def l_o_order_month(rng: random.Random) -> Item:  # month of the order
    recipe, _, day = shot(rng)
    return item("L_o_order_month", "ocr", "Which month did I buy this in?",
                [[MONTHS[day.month - 1]]], image=recipe)


def l_o_page_name(rng: random.Random) -> Item:  # the page title
    recipe, _, _ = shot(rng)
    return item("L_o_page_name", "ocr", "what's the heading at the top of this screenshot?",
                [["My orders"]], image=recipe)


def l_o_date_dmy(rng: random.Random) -> Item:  # date as DD/MM/YYYY
    recipe, _, day = shot(rng)
    return item("L_o_date_dmy", "ocr", "Write the order date as DD/MM/YYYY for me, the form "
                "won't take it any other way.", [[day.strftime("%d/%m/%Y")]], image=recipe)


def l_o_date_mdy(rng: random.Random) -> Item:  # date as MM/DD/YYYY
    recipe, _, day = shot(rng)
    return item("L_o_date_mdy", "ocr", "US form, needs the order date in MM/DD/YYYY. What do "
                "I put?", [[day.strftime("%m/%d/%Y"), f"{day.month}/{day.day}/{day.year}"]],
                image=recipe)


def l_o_warranty_end(rng: random.Random) -> Item:  # warranty end date
    recipe, _, day = shot(rng)
    n = rng.choice([60, 90, 100])
    return item("L_o_warranty_end", "ocr", f"The warranty lasts {n} days from when I ordered. "
                "On what date does it run out?", [dates(day + datetime.timedelta(days=n))],
                image=recipe)


def l_o_to_christmas(rng: random.Random) -> Item:  # days from the order to Christmas
    recipe, _, day = shot(rng)
    n = (datetime.date(day.year, 12, 25) - day).days
    return item("L_o_to_christmas", "ocr", "how many days were there between this order and "
                "christmas day that year?", [[str(n), f"{n} days"]], image=recipe)


def l_o_quarter(rng: random.Random) -> Item:  # quarter of the year
    recipe, _, day = shot(rng)
    q = (day.month - 1) // 3 + 1
    word = ["first", "second", "third", "fourth"][q - 1]
    return item("L_o_quarter", "ocr", "For my tax records: which quarter of the year was this "
                "order in?", [[f"Q{q}", f"{word} quarter"]], image=recipe)


def l_o_number_status(rng: random.Random) -> Item:  # order number and status
    recipe, order, _ = shot(rng)
    return item("L_o_number_status", "ocr", "Give me the order number and its current status.",
                [[order], ["shipped"]], image=recipe)


def l_o_took_days(rng: random.Random) -> Item:  # days from order to arrival
    recipe, _, day = shot(rng)
    k = rng.randint(2, 12)
    arrived = day + datetime.timedelta(days=k)
    if arrived.day == day.day:
        raise Tie
    return item("L_o_took_days", "ocr", f"It finally came on {MONTHS[arrived.month - 1]} "
                f"{arrived.day}. How many days after the order date was that?",
                [[str(k), f"{k} days", f"{count(k)[1] if k <= 10 else k} days"]], image=recipe)


def l_o_long_date(rng: random.Random) -> Item:  # date written out in words
    recipe, _, day = shot(rng)
    month = MONTHS[day.month - 1]
    return item("L_o_long_date", "ocr", "what date's on this order? write it out with the month "
                "name please", [[f"{month} {day.day}", f"{day.day} {month}"]], image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_eyes_bad, l_o_whats_written, l_o_door_notice, l_o_transcribe, l_o_open_from,
    l_o_close_at, l_o_hours_both, l_o_hours_a_day, l_o_hours_a_week, l_o_till_close,
    l_o_till_close_24h, l_o_wait_to_open, l_o_hour_after, l_o_close_24h, l_o_which_platform,
    l_o_platform_terse, l_o_library_floor, l_o_where_to, l_o_push_pull, l_o_leave_car,
    l_o_yellow_warning, l_o_allowed_in, l_o_above_door, l_o_order_for_support,
    l_o_order_terse, l_o_when_ordered, l_o_status_now, l_o_order_weekday, l_o_days_ago,
    l_o_days_waiting, l_o_return_by, l_o_arrives_on, l_o_refund_form, l_o_order_month,
    l_o_page_name, l_o_date_dmy, l_o_date_mdy, l_o_warranty_end, l_o_to_christmas,
    l_o_quarter, l_o_number_status, l_o_took_days, l_o_long_date)
