"""Round 21 (``F_*``) for ``muse bench agents``, dev now: written in one sitting by six
authors who had not seen the planner's rules or any earlier round's items (only issue 9's
text, the README's account of what Muse can do, the item format and two earlier modules'
helpers as format examples), asked for realistic everyday requests in their own words, then
checked by five reviewers who recomputed one item of every family from its text alone, and
held out until its blind scores were recorded in ``heldout_round21.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another. Each family draws
ten items.

The families live in :mod:`bench.data.agents.heldout21_math` to ``heldout21_math_9``
(arithmetic, algebra, calculus, statistics, geometry, money and word problems),
``heldout21_units`` to ``heldout21_units_4`` and ``heldout21_health`` to ``heldout21_health_3``
(conversions, rates, health and everyday quantities), ``heldout21_multi`` to
``heldout21_multi_11`` and ``heldout21_multi_h`` to ``heldout21_multi_h_8`` (requests needing
several agents; the second set written a message at a time), ``heldout21_data`` to
``heldout21_data_11`` (data questions) and ``heldout21_read`` to ``heldout21_read_12``
(receipts, signs and screenshots); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout21_data import FAMILIES as DATA
from bench.data.agents.heldout21_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout21_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout21_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout21_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout21_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout21_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout21_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout21_data_9 import FAMILIES as DATA_9
from bench.data.agents.heldout21_data_10 import FAMILIES as DATA_10
from bench.data.agents.heldout21_data_11 import FAMILIES as DATA_11
from bench.data.agents.heldout21_health import FAMILIES as HEALTH
from bench.data.agents.heldout21_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout21_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout21_math import FAMILIES as MATH
from bench.data.agents.heldout21_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout21_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout21_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout21_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout21_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout21_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout21_math_8 import FAMILIES as MATH_8
from bench.data.agents.heldout21_math_9 import FAMILIES as MATH_9
from bench.data.agents.heldout21_multi import FAMILIES as MULTI
from bench.data.agents.heldout21_multi_2 import FAMILIES as MULTI_2
from bench.data.agents.heldout21_multi_3 import FAMILIES as MULTI_3
from bench.data.agents.heldout21_multi_4 import FAMILIES as MULTI_4
from bench.data.agents.heldout21_multi_5 import FAMILIES as MULTI_5
from bench.data.agents.heldout21_multi_6 import FAMILIES as MULTI_6
from bench.data.agents.heldout21_multi_7 import FAMILIES as MULTI_7
from bench.data.agents.heldout21_multi_8 import FAMILIES as MULTI_8
from bench.data.agents.heldout21_multi_9 import FAMILIES as MULTI_9
from bench.data.agents.heldout21_multi_10 import FAMILIES as MULTI_10
from bench.data.agents.heldout21_multi_11 import FAMILIES as MULTI_11
from bench.data.agents.heldout21_multi_h import FAMILIES as MULTI_H
from bench.data.agents.heldout21_multi_h_2 import FAMILIES as MULTI_H_2
from bench.data.agents.heldout21_multi_h_3 import FAMILIES as MULTI_H_3
from bench.data.agents.heldout21_multi_h_4 import FAMILIES as MULTI_H_4
from bench.data.agents.heldout21_multi_h_5 import FAMILIES as MULTI_H_5
from bench.data.agents.heldout21_multi_h_6 import FAMILIES as MULTI_H_6
from bench.data.agents.heldout21_multi_h_7 import FAMILIES as MULTI_H_7
from bench.data.agents.heldout21_multi_h_8 import FAMILIES as MULTI_H_8
from bench.data.agents.heldout21_read import FAMILIES as READ
from bench.data.agents.heldout21_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout21_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout21_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout21_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout21_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout21_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout21_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout21_read_9 import FAMILIES as READ_9
from bench.data.agents.heldout21_read_10 import FAMILIES as READ_10
from bench.data.agents.heldout21_read_11 import FAMILIES as READ_11
from bench.data.agents.heldout21_read_12 import FAMILIES as READ_12
from bench.data.agents.heldout21_units import FAMILIES as UNITS
from bench.data.agents.heldout21_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout21_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout21_units_4 import FAMILIES as UNITS_4
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *MATH_8, *MATH_9, *UNITS,
    *UNITS_2, *UNITS_3, *UNITS_4, *HEALTH, *HEALTH_2, *HEALTH_3, *MULTI, *MULTI_2, *MULTI_3,
    *MULTI_4, *MULTI_5, *MULTI_6, *MULTI_7, *MULTI_8, *MULTI_9, *MULTI_10, *MULTI_11, *MULTI_H,
    *MULTI_H_2, *MULTI_H_3, *MULTI_H_4, *MULTI_H_5, *MULTI_H_6, *MULTI_H_7, *MULTI_H_8, *DATA,
    *DATA_2, *DATA_3, *DATA_4, *DATA_5, *DATA_6, *DATA_7, *DATA_8, *DATA_9, *DATA_10, *DATA_11,
    *READ, *READ_2, *READ_3, *READ_4, *READ_5, *READ_6, *READ_7, *READ_8, *READ_9, *READ_10,
    *READ_11, *READ_12]
