"""Round 12 (``P_*``) for ``muse bench agents``, dev now: written in one sitting by four
authors who had not seen the planner's rules (only issue 9's text and the item format), and
held out until its blind scores were recorded in ``heldout_round12.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another.

The families live in :mod:`bench.data.agents.heldout12_math` and ``heldout12_math_2``
(arithmetic, percentages, money, powers, fractions, word problems, statistics asked as
maths), ``heldout12_algebra`` to ``heldout12_algebra_3`` (equations, systems, functions,
calculus, linear algebra), ``heldout12_units`` to ``heldout12_units_3``,
``heldout12_health``, ``heldout12_health_2``, ``heldout12_everyday`` and
``heldout12_everyday_2`` (conversions, health and everyday quantities),
:mod:`bench.data.agents.heldout12_multi` (requests needing several agents), and
``heldout12_data`` to ``heldout12_data_3`` and ``heldout12_read`` to ``heldout12_read_3``
(data questions and images); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout12_algebra import FAMILIES as ALGEBRA
from bench.data.agents.heldout12_algebra_2 import FAMILIES as ALGEBRA_2
from bench.data.agents.heldout12_algebra_3 import FAMILIES as ALGEBRA_3
from bench.data.agents.heldout12_data import FAMILIES as DATA
from bench.data.agents.heldout12_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout12_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout12_everyday import FAMILIES as EVERYDAY
from bench.data.agents.heldout12_everyday_2 import FAMILIES as EVERYDAY_2
from bench.data.agents.heldout12_health import FAMILIES as HEALTH
from bench.data.agents.heldout12_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout12_math import FAMILIES as MATH
from bench.data.agents.heldout12_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout12_multi import FAMILIES as MULTI
from bench.data.agents.heldout12_read import FAMILIES as READ
from bench.data.agents.heldout12_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout12_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout12_units import FAMILIES as UNITS
from bench.data.agents.heldout12_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout12_units_3 import FAMILIES as UNITS_3
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *ALGEBRA, *ALGEBRA_2, *ALGEBRA_3, *UNITS, *UNITS_2, *UNITS_3, *HEALTH,
    *HEALTH_2, *EVERYDAY, *EVERYDAY_2, *MULTI, *DATA, *DATA_2, *DATA_3, *READ, *READ_2,
    *READ_3]
