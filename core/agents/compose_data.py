"""A question about listed numbers that no part's wording claimed, and its conversion.

"quarterly revenue, oldest first: 365, 334, 331, 169. which way is it heading?", "rain
gauge, inches per day: 1.12, 2.09, 0.59. what was the wettest day, and how many mm is
that?": a run of three or more numbers and a statistic asked of them (a direction, a
largest or smallest, a spread, an average) is a data part; a later "how many mm is that?"
converts the figure it gives.
"""

from __future__ import annotations

import re

from core.agents.clauses import pieces
from core.agents.data_asks import (
    BETWEEN,
    CHANGE,
    COUNTING,
    ENDS,
    OR_MORE,
    THRESHOLD,
    figures_said,
)
from core.agents.data_groups import COUNT, TRIM
from core.agents.data_jumps import STEP
from core.agents.data_lists import main_list
from core.agents.data_quartiles import PERCENTILE, QUARTILES
from core.agents.data_words import worded_figure
from core.agents.plan import Subtask
from core.agents.quantities import target_units
from core.tools.data import numbers_in

STATISTIC = re.compile(
    r"\b(?:which\s+way|heading|headed|trend\w*|direction|going\s+(?:up|down)|up\s+or\s+down|"
    r"where(?:'s|’s|\s+is)\s+(?:it|this|that|they)\s+going|where\s+are\s+they\s+going|"
    r"improv\w*|getting\s+(?:better|worse|bigger|smaller)|how\s+far\s+apart|spread|"
    r"average|avg|mean|median|standard\s+deviation|std\s*dev|variance|typical|"
    r"(?:max|min)(?:imum)?|largest|biggest|highest|lowest|smallest|hottest|coldest|warmest|"
    r"coolest|wettest|driest|heaviest|lightest|busiest|quietest|longest|shortest|fastest|"
    r"slowest|cheapest|priciest|dearest|peak|tallest|oldest|youngest|gap|difference\s+"
    r"between|windiest|rainiest|snowiest|sunniest|cloudiest|stormiest|foggiest|busiest|"
    r"heaviest|costliest|noisiest|hilliest|deepest|widest|furthest|farthest|steepest|loudest|"
    r"brightest|s\.?d\.?|std|stdev|mode|commonest|most\s+(?:often|common|frequent\w*|popular)|"
    r"(?:appear|occur|came\s+up|comes\s+up|show\w*\s+up)\w*\s+(?:the\s+)?most|correlat\w*|"
    r"related|relationship|association|linked|sum|total|add\s+(?:them|these|those|it\s+all)\s+up|"
    r"altogether|(?:add|tot|sum|tally)(?:ed|ing)?\s+(?:\w+\s+)?up|tally|pearson|r[\s-]?values?|"
    r"coefficient|slope|gradient|best[\s-]fit|regression|straight\s+line|linear(?:\s+trend)?|"
    r"line\s+of\s+best\s+fit)\b", re.I)
QUESTION = re.compile(r"\?|(?:^|[.:;!]\s*)(?:please\s+)?(?:what|which|how|tell\s+me|give\s+me|"
                      r"find|show\s+me|sum|add|tot|tally|total|average|count|"
                      r"work\s+out|calculate|compute)\b", re.I)
REFERS = re.compile(r"\b(?:that|it|this|those|them)\b", re.I)


def listed_numbers_question(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """A data part (and the conversion of its figure) when the plan found no tool at all, or
    when the one calculation found leaves out some of the listed numbers ("paid 12, 15.50
    and 9.25 - what's the total?")."""
    if any(t.agent != "chat" for t in subtasks) and not _list_cut_short(subtasks, text):
        return subtasks
    if worded_figure(text) is not None:  # a share, a compound rate, a tally of words
        return [Subtask("d1", "data", text, label="Analysing the data")]
    cut = pieces(text)
    convert_at = None
    for index in range(len(cut) - 1, 0, -1):
        piece = cut[index][1]
        if not re.search(r"\d", piece) and target_units(piece, bare=True) and (
                REFERS.search(piece) or re.match(r"\s*(?:and\s+)?in\s+", piece, re.I)):
            convert_at = index
            break
    head = text if convert_at is None else "".join(
        sep + piece for sep, piece in cut[:convert_at]).strip()
    values = main_list(head)
    if len(values) < 3 or not (STATISTIC.search(head) or _figure_asked(head)) or \
            not QUESTION.search(text):
        return subtasks
    if re.search(r"\b(?:which\s+way|heading|headed|trend\w*|direction)\b", head, re.I) and \
            len(values) < 4:
        return subtasks
    data = Subtask("d1", "data", head, label="Analysing the data")
    if convert_at is None:
        return [data]
    ask = cut[convert_at][1].strip()
    return [data, Subtask("d2", "units", ask, depends_on=("d1",), label="Converting units")]


def _list_cut_short(subtasks: list[Subtask], text: str) -> bool:
    """One calculation on a list of three or more numbers that uses only some of them."""
    from core.agents.mathtext import parse_math

    if len(subtasks) != 1 or subtasks[0].agent != "math" or not re.search(
            r"\b(?:total|sum|altogether|average|mean|combined|in\s+all)\b", text, re.I):
        return False
    listed = main_list(text)
    used = numbers_in(parse_math(subtasks[0].request).expression)
    return len(listed) >= 3 and 0 < len(used) < len(listed) and all(v in listed for v in used) \
        and not re.search(r"[*/^]", parse_math(subtasks[0].request).expression)


def _figure_asked(text: str) -> bool:
    """A count past a threshold or a change from first to last, asked of the listed numbers."""
    spoken = figures_said(text)
    return bool(COUNTING.search(spoken) and (THRESHOLD.search(spoken) or OR_MORE.search(spoken)
                                             or BETWEEN.search(spoken))) or bool(
        CHANGE.search(text) and ENDS.search(text)) or bool(
        QUARTILES.search(text) or PERCENTILE.search(text) or STEP.search(text) or
        COUNT.search(text) or TRIM.search(text))


IN_UNIT = re.compile(r"\b(?:in|into|to|as)\s+(?P<unit>[a-z°$€£][\w°. ]{0,20}?)\s*(?:[?.!,;]|"
                     r"\b(?:please|too|instead|and|then)\b|$)", re.I)


def statistic_in_unit(subtasks: list[Subtask]) -> list[Subtask]:
    """"5.2, 6.1 and 4.8 miles. average in km?": the statistic, then its conversion."""
    out: list[Subtask] = []
    for task in subtasks:
        out.append(task)
        if task.agent != "data" or task.depends_on or any(
                t.depends_on == (task.id,) for t in subtasks):
            continue
        runs = list(RUN_END.finditer(task.request))
        start = runs[-1].end() if runs else 0
        stat = STATISTIC.search(task.request) or TOTAL.search(task.request)
        wants = list(IN_UNIT.finditer(task.request, max(start, stat.end()))) if stat else []
        want = wants[-1] if wants else None  # "the total in dollars, and in euros": euros
        if want is None or re.search(r"\d", want.group("unit")):
            continue
        target = f"in {want.group('unit').strip()}"
        if target_units(target, bare=True):
            out.append(Subtask(f"{task.id}u", "units", target, depends_on=(task.id,),
                               label="Converting units"))
    return out


TOTAL = re.compile(r"\b(?:total|sum|altogether|combined|in\s+all)\b", re.I)
RUN_END = re.compile(r"-?\d+(?:\.\d+)?(?:(?:\s*[,;]\s*|\s+|\s*,?\s*and\s+)-?\d+(?:\.\d+)?){2,}")


def list_then_conversion(subtasks: list[Subtask]) -> list[Subtask]:
    """"I walked 3.2, 4.1 and 5 km this week. total in miles?": a conversion whose amount
    ends a list is a statistic of the list, then its conversion."""
    from core.agents.quantities import parse_conversion

    out: list[Subtask] = []
    for task in subtasks:
        runs = list(RUN_END.finditer(task.request))
        stat = STATISTIC.search(task.request) or TOTAL.search(task.request)
        ask = parse_conversion(task.request) if task.agent == "units" and runs and stat else None
        if task.depends_on or ask is None or len(numbers_in(runs[-1].group(0))) < 3 or \
                not re.match(r"\s*[a-z°$€£]", task.request[runs[-1].end():], re.I):
            out.append(task)
            continue
        out.append(Subtask(task.id, "data", task.request, label="Analysing the data"))
        out.append(Subtask(f"{task.id}u", "units", f"in {ask.target_text}",
                           depends_on=(task.id,), label="Converting units"))
    return out


def one_analysis_of_file(subtasks: list[Subtask], has_csv: bool) -> list[Subtask]:
    """"the gap between the cheapest and the dearest?" about an attached file is one ask:
    neighbouring data parts on the file, none with numbers of its own, are read together."""
    if not has_csv:
        return subtasks
    out: list[Subtask] = []
    for task in subtasks:
        last = out[-1] if out else None
        if last is not None and task.agent == last.agent == "data" and not task.depends_on \
                and not last.depends_on and not any(t.depends_on == (task.id,) for t in subtasks) \
                and len(numbers_in(task.request)) < 3 and len(numbers_in(last.request)) < 3 \
                and not PLOT_WORDS.search(task.request + " " + last.request):
            out[-1] = Subtask(last.id, "data", f"{last.request.rstrip(' ?.')} and "
                              f"{task.request.strip()}", label=last.label)
            continue
        out.append(task)
    return out


PLOT_WORDS = re.compile(r"\b(?:plot|graph|draw|sketch)\b|=", re.I)


LIST_UNIT = re.compile(r"\b(?:in|as)\s+(?P<u>°?[a-z°]+)\s+(?:were|was|are|is|:)\s*-?\d|\((?:in\s+)?"
                       r"(?P<p>°?[a-z°]+)\)\s*:?\s*-?\d", re.I)
LETTER_UNITS = {"f": "fahrenheit", "°f": "fahrenheit", "c": "celsius", "°c": "celsius"}


def list_unit_named_before(subtasks: list[Subtask]) -> list[Subtask]:
    """"highs this week in F were 64, 94, 63. the mean, and the same in celsius?": the list's
    unit is said before its numbers, so the conversion of its statistic starts from it."""
    by_id = {t.id: t for t in subtasks}
    out: list[Subtask] = []
    for task in subtasks:
        source = by_id.get(task.depends_on[0]) if len(task.depends_on) == 1 else None
        named = LIST_UNIT.search(source.request) if source is not None and \
            source.agent == "data" and task.agent == "units" else None
        if named is None or re.search(r"\b(?:assuming|if|suppose|say)\b", task.request, re.I):
            out.append(task)
            continue
        word = (named.group("u") or named.group("p")).lower()
        word = LETTER_UNITS.get(word, word)
        if not target_units(f"in {word}", bare=True):
            out.append(task)
            continue
        out.append(Subtask(task.id, "units", f"assuming it is in {word}, {task.request.strip()}",
                           task.depends_on, task.label))
    return out
