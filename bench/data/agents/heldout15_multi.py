"""Round 15 (``J_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two or
more agents or several results. ``FAMILIES`` gathers ``heldout15_multi_maths`` and ``_maths_2``
(maths with a plot, solves reused), ``_image`` and ``_image_2`` (receipts, signs, screenshots),
``_health`` and ``_health_2`` (health with units), ``_data`` and ``_data_2`` (numbers and CSVs),
``_quick`` and ``_quick_2`` (several quick asks), ``_chain`` (a result reused), ``_everyday``
and ``_chat`` (everyday situations, chatty messages), ``_more`` and ``_extra`` (a further
mix)."""

from __future__ import annotations

from bench.data.agents.heldout15_multi_chain import CHAIN
from bench.data.agents.heldout15_multi_chat import CHAT
from bench.data.agents.heldout15_multi_common import Family
from bench.data.agents.heldout15_multi_data import DATA
from bench.data.agents.heldout15_multi_data_2 import DATA_2
from bench.data.agents.heldout15_multi_everyday import EVERYDAY
from bench.data.agents.heldout15_multi_extra import EXTRA
from bench.data.agents.heldout15_multi_health import HEALTH
from bench.data.agents.heldout15_multi_health_2 import HEALTH_2
from bench.data.agents.heldout15_multi_image import IMAGE
from bench.data.agents.heldout15_multi_image_2 import IMAGE_2
from bench.data.agents.heldout15_multi_maths import MATHS
from bench.data.agents.heldout15_multi_maths_2 import MATHS_2
from bench.data.agents.heldout15_multi_more import MORE
from bench.data.agents.heldout15_multi_quick import QUICK
from bench.data.agents.heldout15_multi_quick_2 import QUICK_2

FAMILIES: list[tuple[Family, int]] = [*MATHS, *IMAGE, *HEALTH, *DATA, *QUICK, *CHAIN,
                                        *IMAGE_2, *EVERYDAY,
                                        *MATHS_2, *HEALTH_2,
                                        *DATA_2, *QUICK_2, *CHAT, *MORE, *EXTRA]
