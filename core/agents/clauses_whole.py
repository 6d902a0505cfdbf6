"""Pieces of a message that are never cut apart: what is inside brackets ("(cm³, 2
decimals)") and a run of three or more numbers ("the average of 3, 4, 5 kg")."""

from __future__ import annotations

import re


def brackets_whole(cut: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Nothing is cut inside brackets ("(cm³, 2 decimals)", "(1 in = 2.54 cm, 1 dp)"): a
    piece that opens one takes the pieces up to where it closes; a line break or ";" (a
    list's items) always cuts."""
    out: list[tuple[str, str]] = []
    for separator, piece in cut:
        if out and "\n" not in separator and ";" not in separator and _open(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1]}{separator}{piece}")
        else:
            out.append((separator, piece))
    return out


ROUNDING = re.compile(r"^\s*(?:(?:rounded|round(?:ed)?\s+off|round|answer)\s+)?"
                      r"(?:to\s+|in\s+|at\s+)?(?:(?:\d|one|two|three)\s*(?:dp|d\.p\.|decimals?(?:\s+places?)?|"
                      r"places?|sig(?:nificant)?\s*(?:figs?|figures?)|s\.?f\.?)|(?:the\s+)?nearest\s+"
                      r"(?:whole(?:\s+number)?|cent|penny|pound|dollar|euro|\w+)|(?:the\s+)?cent|"
                      r"whole\s+numbers?)(?:\s+please)?\s*[.?!)]*\s*$", re.I)


def rounding_kept(cut: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"…, 1 dp", "…, to the cent": a piece that only says how to round belongs to the ask
    before it, never to the next one; so does one that only states the factor to use
    ("…? use 1.609, 2 dp.")."""
    out: list[tuple[str, str]] = []
    for separator, piece in cut:
        if out and "\n" not in separator and (ROUNDING.match(piece) or factor_only(piece)):
            out[-1] = (out[-1][0], f"{out[-1][1]}{separator.rstrip(' ;')} {piece.strip()}")
        else:
            out.append((separator, piece))
    return out


FACTOR_ONLY = re.compile(r"^\s*(?:use|using|with|at|x|×|times)\s+\d+(?:\.\d+)?\s*(?:[,;]\s*"
                         r"(?:(?:rounded|round|to|in)\s+)*(?:\d|one|two|three)\s*(?:dp|d\.p\.|decimals?(?:\s+places?)?)"
                         r")?\s*[.?!]?\s*$", re.I)


def factor_only(piece: str) -> bool:
    """"use 1.609", "x 4.184, 1 dp": a factor for the ask before, not an ask."""
    return bool(FACTOR_ONLY.match(piece))


def _open(piece: str) -> bool:
    return piece.count("(") > piece.count(")") and len(piece) < 400


def lists_whole(cut: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A list of three or more numbers is never cut at its commas ("the average of 3, 4, 5 kg
    in pounds")."""
    joins = [index > 0 and separator.strip(" ,").lower() in ("", "and") and bool(re.search(
        r"(?:^|[\s:(])-?\d+(?:\.\d+)?\s*$", cut[index - 1][1])) and bool(re.match(
            r"\s*-?\d+(?:\.\d+)?(?!\d|\.\d|\s*(?:[+*/^×÷=!]|-\s*\d))", piece))
        for index, (separator, piece) in enumerate(cut)]
    out: list[tuple[str, str]] = []
    index = 0
    while index < len(cut):
        end = index + 1
        while end < len(cut) and joins[end]:
            end += 1
        if end - index >= 3:  # three or more numbers in a row
            out.append((cut[index][0], "".join(
                (sep if k else "") + piece for k, (sep, piece) in enumerate(cut[index:end]))))
        else:
            out.extend(cut[index:end])
        index = end
    return out


__all__ = ["brackets_whole", "lists_whole", "rounding_kept"]
