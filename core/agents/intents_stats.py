"""Statistics words that ask no statistics of listed figures.

"what was my average speed over 6.3 km in 4 min 36 s?", "how many does she make on
average in 6 attempts at 65%?", "the average angle of a slope that drops 620 m over 2150 m",
"a 30.7-acre plot at $10,250 an acre": the word names a quantity worked out from the facts,
not a summary of figures the message lists, so the message is no data to analyse.
"""

from __future__ import annotations

import re

from core.agents.data_figures import SAME_DISTANCE
from core.agents.data_labels import labelled_values
from core.agents.data_lists import RUN

# "average speed", "mean velocity", "on average", "expected value": a quantity, not a summary
QUANTITY = re.compile(r"\b(?:average|mean|avg)\s+(?:\w+\s+)?(?:speed|pace|velocity|angle|"
                      r"gradient|slope|acceleration|power|rate\s+of|growth\s+rate|annual\s+growth|"
                      r"force|pressure|density|heart\s+rate)\b|\bon\s+(?:the\s+)?average\b|"
                      r"\bexpected\s+(?:value|number)\b|\b(?:average|mean|avg)\s+(?:in\s+)?(?:km/h|"
                      r"kmh|kph|mph|m/s|km\s+(?:per|an|a)\s+hour|miles\s+(?:per|an|a)\s+hour)(?!\w)",
                      re.I)
# "a 30.7-acre plot", "the plot is 40 m by 25 m": a piece of land
LAND = re.compile(r"(?:-(?:acre|hectare|ha|m2|sq\s*ft)|\b(?:acre|hectare|garden|building|"
                  r"vegetable|allotment|burial))\s+plots?\b|\bplots?\s+(?:of\s+land|is|measures|"
                  r"costs?|listed)\b", re.I)
# "2014 -> 2131 -> 2316": figures listed one after another
STEPS = re.compile(r"\d(?:\s*(?:->|→|=>|>|\bthen\b)\s*[$€£]?-?\d[\d,.]*){2,}", re.I)
STATS_WORDS = re.compile(r"\b(?:average|avg|mean|median|mode|standard\s+deviation|variance|"
                         r"range|spread|summary|summari[sz]e|analy[sz]e|statistics|stats|chart|"
                         r"graph|plot|trend|distribution|correlat\w*|(?<!\d)(?<!\d\s)min(?:imum)?|max(?:imum)?|"
                         r"largest|smallest|highest|lowest)\b", re.I)


def no_summary(text: str) -> bool:
    """True when every statistics word of the text names a quantity to work out ("average
    speed", "on average", a plot of land) and the text lists no figures to summarise."""
    if not (QUANTITY.search(text) or LAND.search(text)) or SAME_DISTANCE.search(text):
        return False  # "there at 60 km/h and back at 40": the speeds' harmonic mean
    rest = LAND.sub(" ", QUANTITY.sub(" ", text))
    if STATS_WORDS.search(rest):
        return False  # "the average speed and the median of 3, 5, 8": a summary asked too
    return RUN.search(text) is None and STEPS.search(text) is None and \
        labelled_values(text) is None


__all__ = ["no_summary"]
