"""Round 14 (``N_o_*``, dev now), images part four: phone screenshots — bank, travel, bills,
bookings, apps — read back or worked out from."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import DAYS, MONTHS, Tie, num, retry
from bench.data.agents.heldout14_read import ocr, screen
from bench.data.agents.helpers import Family, Item, fresh


def cash(rng: random.Random, low: int, high: int) -> Fraction:
    return Fraction(rng.randint(low * 100, high * 100), 100)


def shown(value: Fraction) -> str:
    return f"${float(value):,.2f}"


def amount(value: Fraction) -> list[str]:
    """Money as a reply may write it: with or without cents and thousands commas."""
    forms = num(value)
    return [*forms, f"{float(value):,.2f}"] if value >= 1000 else forms


def hhmm(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])


def times(h: int, m: int) -> list[str]:
    half = h % 12 or 12
    tag = "pm" if h >= 12 else "am"
    return [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{half}:{m:02d} {tag}", f"{half}:{m:02d}{tag}"]


def n_o_balance(rng: random.Random) -> Item:  # balance line on a banking app
    b, p = cash(rng, 20, 3000), cash(rng, 5, 200)
    recipe = screen(rng, "Current account", [f"Balance: {shown(b)}", f"Pending: {shown(p)}"])
    return ocr("N_o_balance", "what's my balance in this screenshot?", [amount(b)], recipe)


def n_o_spendable(rng: random.Random) -> Item:  # balance minus pending
    b, p = cash(rng, 300, 3000), cash(rng, 5, 250)
    recipe = screen(rng, "Current account", [f"Balance: {shown(b)}", f"Pending: {shown(p)}"])
    return ocr("N_o_spendable", "Once the pending payment goes out, how much will I actually "
               "have?", [amount(b - p)], recipe)


def boarding(rng: random.Random) -> tuple[list[str], str, str, tuple[int, int], str]:
    flight = f"{rng.choice(['BA', 'LH', 'AF', 'KL', 'IB'])} {rng.randint(100, 999)}"
    gate = f"{rng.choice('ABCD')}{rng.randint(1, 40)}"
    h, m = hhmm(rng)
    seat = f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    rows = [f"Flight {flight}", f"Gate {gate}", f"Boarding {h:02d}:{m:02d}", f"Seat {seat}"]
    return rows, flight, gate, (h, m), seat


def n_o_pass_gate(rng: random.Random) -> Item:  # gate from a boarding pass
    rows, _, gate, _, _ = boarding(rng)
    return ocr("N_o_pass_gate", "Which gate am I going to? Boarding pass attached",
               [[gate]], screen(rng, "Boarding pass", rows))


def n_o_pass_seat(rng: random.Random) -> Item:  # seat number
    rows, _, _, _, seat = boarding(rng)
    return ocr("N_o_pass_seat", "what seat did they give me", [[seat]],
               screen(rng, "Boarding pass", rows))


def n_o_pass_board(rng: random.Random) -> Item:  # boarding time
    rows, _, _, (h, m), _ = boarding(rng)
    return ocr("N_o_pass_board", "What time does boarding start?", [times(h, m)],
               screen(rng, "Boarding pass", rows))


def n_o_pass_flight(rng: random.Random) -> Item:  # flight number
    rows, flight, _, _, _ = boarding(rng)
    return ocr("N_o_pass_flight", "My mum wants to track my flight — what's the flight "
               "number on this?", [[flight, flight.replace(" ", "")]],
               screen(rng, "Boarding pass", rows))


def n_o_train_platform(rng: random.Random) -> Item:  # platform from a ticket app
    k = rng.randint(1, 14)
    h, m = hhmm(rng)
    rows = [f"Departs {h:02d}:{m:02d}", f"Platform {k}", f"Coach {rng.choice('ABCDEF')}"]
    recipe = screen(rng, f"Train to {rng.choice(['Leeds', 'York', 'Bristol', 'Leicester'])}",
                    rows)
    return ocr("N_o_train_platform", "which platform is my train leaving from?",
               [[str(k), f"platform {k}"]], recipe)


def n_o_tracking(rng: random.Random) -> Item:  # parcel tracking number
    code = f"TRK{rng.randint(100000, 999999)}"
    recipe = screen(rng, "Track parcel", [f"Tracking: {code}", f"Arriving {rng.choice(DAYS)}"])
    return ocr("N_o_tracking", "Can you pull the tracking number out of this screenshot?",
               [[code]], recipe)


def n_o_arrival_day(rng: random.Random) -> Item:  # delivery day
    day = rng.choice(DAYS)
    recipe = screen(rng, "Track parcel", [f"Tracking: TRK{rng.randint(100000, 999999)}",
                                          f"Arriving {day}"])
    return ocr("N_o_arrival_day", "when's my parcel coming?", [[day]], recipe)


def n_o_appointment(rng: random.Random) -> Item:  # appointment time from a calendar
    h, m = rng.randint(8, 17), rng.choice([0, 10, 15, 20, 30, 40, 45])
    half, tag = h % 12 or 12, "AM" if h < 12 else "PM"
    day = f"{rng.choice(DAYS)[:3]} {rng.randint(1, 28)} {rng.choice(MONTHS)[:3]}"
    recipe = screen(rng, "Calendar", ["Dentist", day, f"{half}:{m:02d} {tag}"])
    return ocr("N_o_appointment", "What time is the dentist appointment in this?",
               [times(h, m)], recipe)


def n_o_results_mean(rng: random.Random) -> Item:  # average of subject marks
    marks = [rng.randint(40, 99) for _ in range(4)]
    rows = [f"{s} {k}" for s, k in zip(["Maths", "English", "Science", "History"], marks,
                                       strict=True)]
    return ocr("N_o_results_mean", "These are my son's results from the school app. What's "
               "his average across the four subjects?",
               [num(Fraction(sum(marks), 4))], screen(rng, "My results", rows))


def n_o_steps_left(rng: random.Random) -> Item:  # steps still to do
    goal = rng.choice([6000, 8000, 10000, 12000])
    done = rng.randint(1500, goal - 50)
    recipe = screen(rng, "Activity", [f"Steps {done:,}", f"Goal {goal:,}"])
    left = goal - done
    return ocr("N_o_steps_left", "how many more steps do i need today?",
               [[str(left), f"{left:,}"]], recipe)


def bill(rng: random.Random) -> tuple[Fraction, str, dict[str, object]]:
    due = cash(rng, 30, 260)
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}"
    recipe = screen(rng, "Electricity bill", [f"Amount due: {shown(due)}", f"Due date: {day}"])
    return due, day, recipe


def n_o_bill_due(rng: random.Random) -> Item:  # due date of a bill
    _, day, recipe = bill(rng)
    y, m, d = (int(p) for p in day.split("-"))
    return ocr("N_o_bill_due", "When do I have to pay this by?", [[day, f"{d} {MONTHS[m - 1]}",
               f"{MONTHS[m - 1]} {d}", f"{d}/{m:02d}/{y}"]], recipe)


def n_o_bill_late(rng: random.Random) -> Item:  # amount due plus a late fee
    due, _, recipe = bill(rng)
    return ocr("N_o_bill_late", "If I pay this late they add a $12 fee. What would I owe "
               "then?", [num(due + 12)], recipe)


def n_o_wifi_network(rng: random.Random) -> Item:  # connected network name
    name = f"{rng.choice(['Murphy', 'Okafor', 'Lindqvist', 'Romano', 'Tanaka'])} Home"
    recipe = screen(rng, "Wi-Fi", [f"Connected to {name}", "Signal: good"])
    return ocr("N_o_wifi_network", "what's the name of the network I'm on?", [[name]], recipe)


def n_o_parking_expiry(rng: random.Random) -> Item:  # when paid parking runs out
    h, m = hhmm(rng)
    recipe = screen(rng, "Parking session", [f"Zone {rng.randint(1000, 9999)}",
                                             f"Expires {h:02d}:{m:02d}"])
    return ocr("N_o_parking_expiry", "When does my parking run out?", [times(h, m)], recipe)


def n_o_verify_code(rng: random.Random) -> Item:  # code from a text message
    code = f"{rng.randint(100000, 999999)}"
    recipe = screen(rng, "Messages", [f"Your verification code is {code}", "Do not share it"])
    return ocr("N_o_verify_code", "read me the code in this text", [[code]], recipe)


def n_o_payslip_net(rng: random.Random) -> Item:  # gross minus deductions
    gross, tax, pension = cash(rng, 1800, 5200), cash(rng, 200, 900), cash(rng, 40, 220)
    recipe = screen(rng, "Payslip", [f"Gross pay: {shown(gross)}", f"Tax: {shown(tax)}",
                                     f"Pension: {shown(pension)}"])
    return ocr("N_o_payslip_net", "What's my take-home pay after tax and pension on this "
               "payslip?", [amount(gross - tax - pension)], recipe)


def n_o_cart_total(rng: random.Random) -> Item:  # subtotal plus delivery
    sub, fee = cash(rng, 12, 240), cash(rng, 2, 9)
    recipe = screen(rng, "Basket", [f"Subtotal: {shown(sub)}", f"Delivery: {shown(fee)}"])
    return ocr("N_o_cart_total", "How much will this basket cost with delivery?",
               [amount(sub + fee)], recipe)


def n_o_temp_drop(rng: random.Random) -> Item:  # high minus low on a weather app
    hi = rng.randint(8, 34)
    lo = hi - rng.randint(3, 15)
    recipe = screen(rng, "Weather", ["Today", f"High {hi}°C", f"Low {lo}°C"])
    g = hi - lo
    return ocr("N_o_temp_drop", "how many degrees cooler will tonight's low be than today's "
               "high?", [[str(g), f"{g} degrees", f"{g}°C", f"{g} °C"]], recipe)


def n_o_battery(rng: random.Random) -> Item:  # battery percentage
    p = rng.randint(3, 99)
    recipe = screen(rng, "Battery", [f"Battery {p}%", f"About {rng.randint(1, 9)} hr left"])
    return ocr("N_o_battery", "What percentage is my battery on?", [[f"{p}%", f"{p} %",
               f"{p} percent"]], recipe)


def n_o_sub_yearly(rng: random.Random) -> Item:  # monthly price times twelve
    p = Fraction(rng.randint(3, 25) * 100 - 1, 100)
    recipe = screen(rng, "Subscription", ["Plan: Premium", f"{shown(p)} / month"])
    return ocr("N_o_sub_yearly", "what does this subscription cost me over a full year?",
               [num(p * 12)], recipe)


def n_o_data_left(rng: random.Random) -> Item:  # data allowance remaining
    cap = rng.choice([5, 10, 12, 15, 20, 30, 50])
    used = Fraction(rng.randint(1, cap * 10 - 1), 10)
    recipe = screen(rng, "Mobile data", [f"Used {float(used):.1f} GB of {cap} GB"])
    left = num(cap - used)
    return ocr("N_o_data_left", "How much data have I got left this month?",
               [left + [f"{f} GB" for f in left] + [f"{f}GB" for f in left]], recipe)


def table(rng: random.Random) -> tuple[str, int, int, dict[str, object]]:
    ref = f"{rng.choice(['RX', 'TB', 'QK'])}{rng.randint(1000, 9999)}"
    h, m = rng.randint(17, 21), rng.choice([0, 15, 30, 45])
    recipe = screen(rng, "Table booked", [f"Table for {rng.randint(2, 8)}",
                                          f"{rng.choice(DAYS)} {h}:{m:02d}", f"Ref: {ref}"])
    return ref, h, m, recipe


def n_o_booking_ref(rng: random.Random) -> Item:  # booking reference
    ref, _, _, recipe = table(rng)
    return ocr("N_o_booking_ref", "The restaurant's asking for my booking reference, what is"
               " it?", [[ref]], recipe)


def n_o_booking_time(rng: random.Random) -> Item:  # booking time
    _, h, m, recipe = table(rng)
    return ocr("N_o_booking_time", "what time did I book the table for?", [times(h, m)],
               recipe)


def n_o_order_cost(rng: random.Random) -> Item:  # total line of an order summary
    total = cash(rng, 8, 400)
    recipe = screen(rng, "Order summary", [f"Order #{rng.randint(10000, 99999)}",
                                           f"Items: {rng.randint(1, 9)}",
                                           f"Total: {shown(total)}"])
    return ocr("N_o_order_cost", "How much did I pay for this order?", [amount(total)], recipe)


def n_o_bus_due(rng: random.Random) -> Item:  # minutes until the next bus
    k = rng.randint(1, 25)
    recipe = screen(rng, "Live departures", [f"Bus {rng.randint(2, 99)} to Centre",
                                             f"Due in {k} min"])
    return ocr("N_o_bus_due", "how long till my bus?", [[f"{k} min", f"{k} minutes"]], recipe)


def n_o_screen_minutes(rng: random.Random) -> Item:  # hours and minutes to minutes
    h, m = rng.randint(1, 9), rng.randint(1, 59)
    recipe = screen(rng, "Screen time", [f"Today: {h}h {m}m"])
    t = 60 * h + m
    return ocr("N_o_screen_minutes", "How many minutes is my screen time today, in total?",
               [[str(t), f"{t} minutes", f"{t} min"]], recipe)


def n_o_points_worth(rng: random.Random) -> Item:  # loyalty points to money
    pts = rng.randint(150, 9000)
    recipe = screen(rng, "Rewards", [f"Points: {pts:,}", "100 points = $1"])
    return ocr("N_o_points_worth", "What are my points worth in dollars?",
               [num(Fraction(pts, 100))], recipe)


def n_o_thermostat_f(rng: random.Random) -> Item:  # Celsius setting to Fahrenheit
    c = Fraction(rng.randint(32, 50), 2)
    recipe = screen(rng, "Thermostat", [f"Set to {float(c):.1f}°C", "Heating on"])
    f = c * Fraction(9, 5) + 32
    return ocr("N_o_thermostat_f", "my american roommate wants to know what the heating's "
               "set to in fahrenheit", [num(f) + [f"{x}°F" for x in num(f)]], recipe)


def n_o_yoga_time(rng: random.Random) -> Item:  # one class time from a timetable
    spin, yoga = hhmm(rng), hhmm(rng)
    if spin == yoga:
        raise Tie
    recipe = screen(rng, "Gym classes", [f"Spin {spin[0]:02d}:{spin[1]:02d}",
                                         f"Yoga {yoga[0]:02d}:{yoga[1]:02d}"])
    return ocr("N_o_yoga_time", "What time's yoga?", [times(*yoga)], recipe)


def n_o_email_from(rng: random.Random) -> Item:  # sender of an email
    sender = rng.choice(["Riverside Surgery", "Oakwood Primary", "City Council",
                         "Northgate Dental", "Harbour Vets"])
    recipe = screen(rng, "Inbox", [f"From: {sender}", f"Subject: Reminder {rng.randint(1, 28)}"
                                   f" {rng.choice(MONTHS)}"])
    return ocr("N_o_email_from", "Who is this email from?", [[sender]], recipe)


def n_o_split_app(rng: random.Random) -> Item:  # total over people from a split-bill app
    total, k = cash(rng, 30, 400), rng.randint(2, 8)
    recipe = screen(rng, "Split bill", [f"Total: {shown(total)}", f"People: {k}"])
    return ocr("N_o_split_app", "so what does each of us owe?", [num(total / k)], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_o_balance, n_o_spendable, n_o_pass_gate, n_o_pass_seat, n_o_pass_board, n_o_pass_flight,
    n_o_train_platform, n_o_tracking, n_o_arrival_day, n_o_appointment, n_o_results_mean,
    n_o_steps_left, n_o_bill_due, n_o_bill_late, n_o_wifi_network, n_o_parking_expiry,
    n_o_verify_code, n_o_payslip_net, n_o_cart_total, n_o_temp_drop, n_o_battery,
    n_o_sub_yearly, n_o_data_left, n_o_booking_ref, n_o_booking_time, n_o_order_cost,
    n_o_bus_due, n_o_screen_minutes, n_o_points_worth, n_o_thermostat_f, n_o_yoga_time,
    n_o_email_from, n_o_split_app)]
