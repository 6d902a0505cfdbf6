"""Round 14 (``N_*``) for ``muse bench agents``, dev now: written in one sitting by four
authors who had not seen the planner's rules (only issue 9's text and the item format), and
held out until its blind scores were recorded in ``heldout_round14.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another.

The families live in :mod:`bench.data.agents.heldout14_math` to ``heldout14_math_6``
(arithmetic, percentages, money, powers, fractions, word problems, statistics asked as
maths), ``heldout14_algebra`` to ``heldout14_algebra_3`` (equations, systems, functions,
calculus, linear algebra), ``heldout14_units`` to ``heldout14_units_3``,
``heldout14_health`` to ``heldout14_health_3`` and ``heldout14_everyday`` to
``heldout14_everyday_3`` (conversions, health and everyday quantities),
:mod:`bench.data.agents.heldout14_multi` (requests needing several agents), and
``heldout14_data`` to ``heldout14_data_5`` and ``heldout14_read`` to ``heldout14_read_5``
(data questions and images); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout14_algebra import FAMILIES as ALGEBRA
from bench.data.agents.heldout14_algebra_2 import FAMILIES as ALGEBRA_2
from bench.data.agents.heldout14_algebra_3 import FAMILIES as ALGEBRA_3
from bench.data.agents.heldout14_data import FAMILIES as DATA
from bench.data.agents.heldout14_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout14_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout14_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout14_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout14_everyday import FAMILIES as EVERYDAY
from bench.data.agents.heldout14_everyday_2 import FAMILIES as EVERYDAY_2
from bench.data.agents.heldout14_everyday_3 import FAMILIES as EVERYDAY_3
from bench.data.agents.heldout14_health import FAMILIES as HEALTH
from bench.data.agents.heldout14_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout14_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout14_math import FAMILIES as MATH
from bench.data.agents.heldout14_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout14_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout14_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout14_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout14_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout14_multi import FAMILIES as MULTI
from bench.data.agents.heldout14_read import FAMILIES as READ
from bench.data.agents.heldout14_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout14_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout14_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout14_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout14_units import FAMILIES as UNITS
from bench.data.agents.heldout14_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout14_units_3 import FAMILIES as UNITS_3
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *ALGEBRA, *ALGEBRA_2, *ALGEBRA_3,
    *UNITS, *UNITS_2, *UNITS_3, *HEALTH, *HEALTH_2, *HEALTH_3, *EVERYDAY, *EVERYDAY_2,
    *EVERYDAY_3, *MULTI, *DATA, *DATA_2, *DATA_3, *DATA_4, *DATA_5, *READ, *READ_2, *READ_3,
    *READ_4, *READ_5]
