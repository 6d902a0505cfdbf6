"""Round 14 (``N_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two or
more agents or several results, written before the planner's rules were tuned on them. ``FAMILIES``
gathers ``heldout14_multi_maths`` (maths with a graph, solves reused) and the other
``heldout14_multi_*`` modules."""

from __future__ import annotations

from bench.data.agents.helpers import Family, fresh


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout14_multi_chain import FAMILIES_CHAIN
    from bench.data.agents.heldout14_multi_data import FAMILIES_DATA
    from bench.data.agents.heldout14_multi_extra import FAMILIES_EXTRA
    from bench.data.agents.heldout14_multi_health import FAMILIES_HEALTH
    from bench.data.agents.heldout14_multi_image import FAMILIES_IMAGE
    from bench.data.agents.heldout14_multi_life import FAMILIES_LIFE
    from bench.data.agents.heldout14_multi_maths import FAMILIES_MATHS
    from bench.data.agents.heldout14_multi_mixed import FAMILIES_MIXED
    from bench.data.agents.heldout14_multi_more import FAMILIES_MORE
    from bench.data.agents.heldout14_multi_quick import FAMILIES_QUICK
    from bench.data.agents.heldout14_multi_talk import FAMILIES_TALK
    from bench.data.agents.heldout14_multi_units import FAMILIES_UNITS
    makes = [*FAMILIES_MATHS, *FAMILIES_IMAGE, *FAMILIES_HEALTH, *FAMILIES_UNITS, *FAMILIES_DATA,
             *FAMILIES_QUICK, *FAMILIES_CHAIN, *FAMILIES_LIFE,
             *FAMILIES_MIXED, *FAMILIES_EXTRA, *FAMILIES_MORE,
             *FAMILIES_TALK]
    return [(fresh(make), 8) for make in makes]


FAMILIES: list[tuple[Family, int]] = _families()
