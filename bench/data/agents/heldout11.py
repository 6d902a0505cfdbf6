"""Round 11 (``Q_*``) for ``muse bench agents``, dev now: written in one sitting by four
authors who had not seen the planner's rules (only issue 9's text and the item format), and
held out until its blind scores were recorded in ``heldout_round11.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another.

The families live in :mod:`bench.data.agents.heldout11_math`, ``heldout11_math_2`` and
``heldout11_math_3`` (arithmetic, percentages, money, powers, fractions, word problems,
statistics asked as maths), ``heldout11_algebra`` and ``heldout11_algebra_2`` (equations,
systems, algebra, calculus, linear algebra), ``heldout11_units``, ``heldout11_units_2``,
``heldout11_units_3``, ``heldout11_health`` and ``heldout11_health_2`` (conversions, health
and everyday quantities), :mod:`bench.data.agents.heldout11_multi` (requests needing several
agents), and ``heldout11_data``, ``heldout11_data_2``, ``heldout11_read`` and
``heldout11_read_2`` (data questions and images); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout11_algebra import FAMILIES as ALGEBRA
from bench.data.agents.heldout11_algebra_2 import FAMILIES as ALGEBRA_2
from bench.data.agents.heldout11_data import FAMILIES as DATA
from bench.data.agents.heldout11_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout11_health import FAMILIES as HEALTH
from bench.data.agents.heldout11_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout11_math import FAMILIES as MATH
from bench.data.agents.heldout11_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout11_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout11_multi import FAMILIES as MULTI
from bench.data.agents.heldout11_read import FAMILIES as READ
from bench.data.agents.heldout11_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout11_units import FAMILIES as UNITS
from bench.data.agents.heldout11_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout11_units_3 import FAMILIES as UNITS_3
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *ALGEBRA, *ALGEBRA_2, *UNITS, *UNITS_2, *UNITS_3, *HEALTH,
    *HEALTH_2, *MULTI, *DATA, *DATA_2, *READ, *READ_2]
