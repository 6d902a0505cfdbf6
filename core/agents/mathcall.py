"""The one call to an exact math tool that a request in words comes to
(:func:`core.agents.mathtext.find_math`), with the forms, places and unit it asked for."""

from __future__ import annotations

from dataclasses import dataclass

from core.agents.mathfollow import FollowUp
from core.agents.mathkinds import Kind


@dataclass(frozen=True, slots=True)
class MathCall:
    operation: str
    expression: str
    variable: str = ""
    extra: str = ""
    order: int = 1
    at: str = ""
    uses_previous: bool = False
    money: bool = False  # a price question: answered to the cent
    named: str = ""  # "y" when the value of y = f(x) at a point is asked
    unit: str = ""  # the answer's unit, as the question named it
    show: str = ""  # "decimal", "scientific", "percent", "fraction" (comma-joined): forms asked
    places: int | None = None  # the decimal places the answer is asked to
    currency: str = ""  # an earlier part's currency that the answer keeps
    follow: FollowUp | None = None  # a second step on the result ("… and add up their squares")


def kind_call(kind: Kind) -> MathCall:
    """The call a recognised kind of question (:class:`core.agents.mathkinds.Kind`) makes."""
    return MathCall(kind.operation, kind.expression, kind.variable, unit=kind.unit, show=kind.show,
                    named=kind.named, money=kind.money)
