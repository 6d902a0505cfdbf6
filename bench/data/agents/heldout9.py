"""Round 9 (``Y_*``) for ``muse bench agents``, dev now: written in one sitting, without
sight of the planner's rules, and held out until its blind scores were recorded in
``heldout_round9.json``; after that the rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh`: no accepted answer
appears in its own request, and no item repeats another. Values whose rounding would be a
tie are drawn again, so each accepted answer is the one exact rounding.

The families live in :mod:`bench.data.agents.heldout9_math` (money, percentages,
arithmetic, powers, roots, factorials, fractions, statistics asked as maths),
:mod:`bench.data.agents.heldout9_algebra` (equations, systems, algebra, calculus, linear
algebra), :mod:`bench.data.agents.heldout9_units` (conversions and health), and the
modules for requests needing several agents, data questions and images
(:mod:`bench.data.agents.heldout9_multi`, :mod:`bench.data.agents.heldout9_data`,
:mod:`bench.data.agents.heldout9_read`); this one registers them all, the maths and
calculations first so that adding the others changes none of those items.
"""

from __future__ import annotations

from bench.data.agents.heldout9_algebra import ALGEBRA
from bench.data.agents.heldout9_data import FAMILIES as DATA
from bench.data.agents.heldout9_math import MATH
from bench.data.agents.heldout9_multi import FAMILIES as MULTI
from bench.data.agents.heldout9_read import FAMILIES as READ
from bench.data.agents.heldout9_units import UNITS
from bench.data.agents.helpers import Family, fresh

HELDOUT: list[tuple[Family, int]] = [
    (fresh(make), count) for make, count in [*MATH, *ALGEBRA, *UNITS, *MULTI, *DATA, *READ]]
