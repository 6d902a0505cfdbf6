"""An exchange rate stated beside the asks ("… in pounds (1 EUR = 0.87 GBP)", "… in dollars at
1 EUR = 1.17 USD", "use 1 EUR = 1.17 USD = 0.87 GBP") is how to convert, not an amount to
convert: the parts are planned without it, so "what's each share in pounds?" converts the
share worked out before it instead of one euro.
"""

from __future__ import annotations

import re

CODE = r"(?:[A-Z]{3}\b|[€$£¥])"
VALUE = rf"(?:[€$£¥]\s*)?\d+(?:\.\d+)?\s*{CODE}?"
RATE = re.compile(
    rf"(?:\b(?:at|using|use|with|assuming|taking)\s+(?:a\s+rate\s+of\s+|the\s+rate\s+)?)?"
    rf"(?<![\d.])(?:1\s*{CODE}|{CODE}\s*1(?![\d.]))\s*(?:=|is)\s*{VALUE}"
    rf"(?:\s*(?:=|and)\s*{VALUE})*")
CUE = re.compile(r"(?<![\d.])1\s*[A-Z]{3}\s*(?:=|is)|[€$£¥]\s*1\s*(?:=|is)\s")
OPENED = re.compile(r"\(\s*[,;:—–-]\s*")
CLOSED = re.compile(r"\s*[,;:—–-]\s*\)")


def without_stated_rate(text: str) -> str:
    """The text without the exchange rates it states; unchanged when it states none."""
    if len(text) > 4000 or ("=" not in text and " is " not in text) or CUE.search(text) is None:
        return text
    kept = RATE.sub("", text)
    kept = CLOSED.sub(")", OPENED.sub("(", re.sub(r"\(\s*\)", "", kept)))
    kept = re.sub(r"\(\s*\)", "", kept)
    kept = re.sub(r"\s+([?.!,;)])", r"\1", kept)
    kept = re.sub(r"[ \t]{2,}", " ", kept)
    return re.sub(r"([,;])\s*([,;?.!])", r"\2", kept).strip(" ,;—–-")


__all__ = ["without_stated_rate"]
