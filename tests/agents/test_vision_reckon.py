"""Screenshots and signs: the sums a question asks of their figures, times and durations,
shown to the places asked."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

CASES = [
    # rounded as asked
    ("ROAD SIGN\nLEEDS\n50 KM", "how many miles is Leeds? 1 dp", "31.1 miles"),
    ("GYM\nWater 21°C", "that in fahrenheit please, nearest whole degree", "70°F"),
    ("Kitchen\nOven: 425°F", "what's that in celsius to one decimal place?", "218.3°C"),
    # times and durations
    ("Bus ticket\nLeaves 07:12\nGets in 09:03", "how long does the ride take?", "111 minutes"),
    ("Flights\nBA 12 lands 14:20\nBA 90 leaves 16:05", "how long is the wait between them?",
     "105 minutes"),
    ("Lessons\nChemistry 10:15 - 11:40", "how long is chemistry?", "85 minutes"),
    ("GONE FISHING\nBACK AT 4:10", "It's 3:25 now. How many minutes until they return?",
     "45 minutes"),
    ("GALLERY\nDOORS CLOSE 5:15 PM", "we arrive at 3:50 pm, how many minutes before doors "
     "close?", "85 minutes"),
    ("Trip\nDeparts 08:30 (local)\nArrives 13:10 (local)",
     "the destination is 3 hours ahead of home. how long is the flight really?", "100 minutes"),
    ("Work log\nIn: 09:00\nOut: 17:45\nUnpaid break: 45 min", "at $20 an hour what did I make?",
     "160.00 USD"),
    ("Garage\nIn: 10:05\nOut: 12:20\nRate: $3.00 per started hour", "what will I pay?",
     "9.00 USD"),
    ("Audiobook\nLength: 2:05:00\nListened: 1:20:00", "how much is left to listen to?",
     "45 minutes"),
    ("Sleep\nAsleep: 5h 40m", "how far short of 7 hours did I sleep?", "80 minutes"),
    ("Screen time\nDaily average: 3h 15m", "at that rate, how much in a week?", "1365 minutes"),
    ("NEXT TRAM\nLINE 4\n7 MIN", "it's 10:58 now, what time will the tram arrive?", "11:05"),
    # figures worked out
    ("Currency\n1 NOK = 0.094 USD", "how many dollars is 2000 NOK?",
     "188.00 USD"),
    ("BUREAU\n£1 = €1.15", "what do I get in euros for £80?", "92.00 EUR"),
    ("Bank\nCurrent balance: $1,250.40", "after my $300.15 phone bill comes out, what's left "
     "in my balance?", "950.25 USD"),
    ("LIMIT\n50 KM/H", "the camera caught me at 64 km/h, how far over the limit?", "14 km/h"),
    ("CAPACITY\n120 PEOPLE", "we have 95 inside. how many more can come in before we hit it?",
     "25"),
    ("Meals\nBreakfast: 410 kcal\nLunch: 690 kcal", "my goal is 2,200 kcal. how many are left?",
     "1100 kcal"),
    ("Taxi\nDistance: 12.5 km\nFare: $30.00", "what did that cost per km?", "2.40 USD"),
    ("Drive\nDistance: 400 km\nFuel: 30.0 L", "how many litres per 100 km?", "7.5"),
    ("Broadband\nDownload: 300 Mbps\nUpload: 20 Mbps", "how many times faster is download?",
     "15 times"),
    ("Channel\nSubscribers: 2,200\nLast month: 2,000", "what percent did subscribers grow?",
     "10%"),
    ("Car\nMileage: 48,500 km\nService due: 50,000 km", "how many more km until the service?",
     "1500 km"),
    ("Wallets\nCurrent: $100.25\nISA: $899.75", "total across both?", "1000.00 USD"),
    ("Flat costs\nRent: $1,500.00\nBills: $300.00\nFlatmates: 4",
     "we split these equally, what does each of us pay?", "450.00 USD"),
    ("Power\nUsage: 200 kWh\nRate: $0.15 per kWh", "what's the bill (usage times rate)?",
     "30.00 USD"),
    ("Water meter\nLast reading: 1200\nThis reading: 1250\nPrice: $2.00 per unit",
     "how much is this bill?", "100.00 USD"),
    ("Deposit account\nBalance: $5,000.00\nInterest: 3% a year", "how much interest in a year?",
     "150.00 USD"),
    ("Holdings\nACME $12.50\nShares held: 40", "what are my shares worth?", "500.00 USD"),
    ("Walk\nSteps: 10,000\nStride length: 0.75 m", "how many km did I cover?", "7.5 km"),
    # signs read more robustly: a unit on its own line, feet and inches, a minus, "LEVEL 1:"
    ("MAX SPEED\n40\nMPH", "what's that in km/h? whole number", "64 km/h"),
    ("LOW BRIDGE\n12 FT 6 IN", "how high in metres? 2 decimal places", "3.81 m"),
    ("KIDS RIDE\nMIN HEIGHT\n110 CM", "in inches please, one decimal", "43.3 in"),
    ("FREEZER\n-18°C", "and in fahrenheit?", "-0.4°F"),
    ("Basket\nItems: $30.00\nDelivery: $5.50\nVoucher: -$8.00", "what am I charged at checkout?",
     "27.50 USD"),
    ("FREE PLACES\nZONE 1: 12\nZONE 2: 30", "how many places are free in total?", "**42**"),
    # figures against the question's, per and with one another
    ("MAX LOAD\n2 T", "the van is 1,400 kg. how much can I load and stay within the limit, in kg?",
     "600 kg"),
    ("HOIST\n4 PERSONS\n300 KG", "what weight is allowed per person on average?", "75 kg"),
    ("Invoice\nDue: $200.00\nLate fee: 10% of amount due", "what do I owe with the late fee?",
     "220.00 USD"),
    ("UNLEADED\n€1.750", "what would 40 litres cost?", "70.00 EUR"),
    ("CHERRIES\n€8.00 / KG", "how much for 250 g of cherries?", "2.00 EUR"),
    ("APPLES\n$1.00 / LB", "what is that per kg? to the cent", "2.20 USD"),
    ("CAN RETURN\n$0.10 EACH", "I'm returning 24 cans, how much do I get back?", "2.40 USD"),
    ("LOW BRIDGE\n11 FT 2 IN", "in metres, 2 decimal places?", "3.40 m"),
    # how many steps cover what is left
    ("Drinks\nSo far: 600 ml\nTarget: 2,000 ml", "how many 300 ml bottles until I reach it?",
     "5 bottles"),
    ("Holiday pot\nGoal: $1,500\nSaved: $300", "saving $400 a month, how many months until I "
     "reach it?", "3 months"),
    ("Phone loan\nBalance owing: $1,050.00\nMonthly payment: $100.00",
     "how many payments until it's cleared?", "11 payments"),
    ("Tablet\nBattery: 45%", "it loses about 6% per hour. how many hours until empty?",
     "7.5 hours"),
    # a first unit at one price, each further one at another
    ("CANOE HIRE\n$8 FIRST HOUR\n$2.50 EACH EXTRA HOUR", "we want it for 4 hours, what's the "
     "cost?", "15.50 USD"),
    ("POST\nFIRST KG €3.00\nEACH EXTRA KG €0.75", "sending a 5 kg parcel, how much?",
     "6.00 EUR"),
]


@pytest.mark.parametrize(("text", "question", "expected"), CASES)
def test_screen_sums(text: str, question: str, expected: str) -> None:
    assert expected in answer_from_text(question, text).text


def test_a_limit_below_the_load_is_not_an_answer() -> None:
    reply = answer_from_text("my van is 2,100 kg. how much can I load within this limit?",
                             "WEIGHT LIMIT\n3.57").text
    assert "-" not in reply.split("\n")[0]


def test_asked_time_is_not_summed() -> None:
    reply = answer_from_text("when is the next payment?",
                             "Plans\nStorage 2 TB\n$4.99 / month\nNext payment: 2026-05-02").text
    assert "2026-05-02" in reply and "USD" not in reply
