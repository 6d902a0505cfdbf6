"""A percentage on the image applied to the amount it goes with; return trips at a one-way
fare; a recipe line scaled to the servings asked; dated lines picked or worked out; a
balance after a bare sum; a rate per 100 units; a condition before one ask."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_image

CASES = [
    ("Bill\nBill B-77\nNet $2,400.00\nTax 6%", "what's the bill with tax on top?",
     "**2544.00 USD**"),
    ("Basket\nSubtotal €80.00\nVoucher: -15%\nDelivery €4.50", "what do I pay once the "
     "voucher comes off the subtotal, plus delivery?", "**72.50 EUR**"),
    ("Ferry\nSails 08:15\nFare €18.40", "3 return tickets at this fare (it's one way) - "
     "total?", "**110.40 EUR**"),
    ("Soup\nServes 2\nLentils 150 g\nStock 900 ml", "how much stock for 5 people?",
     "**2250 ml**"),
    ("Rentals\nHeat  due 2026-09-14\nJaws  due 2026-08-02\nUp  due 2026-08-20",
     "which film goes back first?", "**Jaws**"),
    ("Loan\nItem: Drill\nDue 2026-04-02\nLate charge $1.50 per day",
     "what do I owe if I return it today, April 12?", "**15.00 USD**"),
    ("Receipt info\nBought 2026-11-30\nGuarantee 6 months", "when does the guarantee end?",
     "**2027-05-30**"),
    ("Wallet\nBalance: €640.00\nCard: ****1111", "if I spend 125.50 on shoes, what's left in "
     "the account?", "**514.50 EUR**"),
    ("Van trip\nDistance 420 km\nDiesel used 33.6 L", "consumption in L/100 km?", "**8 l**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), CASES)
async def test_applied_to_the_image(text: str, question: str, shown: str) -> None:
    assert shown in (await answer_image(question, text)).text
