"""Intent rules and example requests for the deterministic planner.

Rules are regular expressions per agent, tried in order; when none fires, the clause is
compared (MiniLM cosine similarity) with the example requests below. Both are data: adding
an agent is adding entries here.
"""

from __future__ import annotations

import re

EXPRESSION = re.compile(r"\d\s*(?:[-+*/^×÷−]|\*\*)\s*[\d(a-z]|[a-z]\s*\^\s*\d|\d\s*!|√|"
                        r"\d\s*%\s*of\b|\b\d*[a-z]\s*[-+]\s*\d+\s*=|\d[a-z]?\s*=\s*-?\d",
                        re.IGNORECASE)
CURRENCY = (r"(?:euros?|eur|dollars?|usd|pounds? sterling|gbp|yen|jpy|francs?|chf|cad|aud|"
            r"inr|rupees)")

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("health", re.compile(
        r"\b(bmi|body[- ]mass|bmr|basal metabolic|metabolic rate|heart[- ]rate zones?|"
        r"max(imum)? heart rate|water (should|do|must) i drink|how much water|daily water|"
        r"dose|doses|every \d+(\.\d+)? ?h(ours?|rs?)?\b|tablets?|pills?)\b", re.I)),
    ("data", re.compile(
        r"\b(plot|graph|chart|visuali[sz]e|trend|correlat\w*|analy[sz]e|summary statistics|"
        r"statistics|stats|average|mean|median|standard deviation|std ?dev|variance|spread)\b",
        re.I)),
    ("units", re.compile(
        r"\b(convert|conversion|how many \w+ (are )?(in|per)|in (fahrenheit|celsius|kelvin)|"
        r"to (fahrenheit|celsius|kelvin)|how many \w+ (is|are|make)\b|"
        r"\d\s*(°|deg)\s*[cf]\b)|\bin " + CURRENCY + r"\b|"
        r"\b(km|miles?|kg|lbs?|pounds|feet|ft|inches|cm|litres?|liters?|gallons?|cups?|ounces|"
        r"oz|mph|km/h|meters?|metres?|yards?|stones?)\b.*\b(to|in|into)\b", re.I)),
    ("math", re.compile(
        r"\b(solve|equation|derivative|differentiate|integral|integrate|limit|simplify|"
        r"factori[sz]e|factor|expand|determinant|inverse|matrix|calculate|compute|evaluate|"
        r"square root|sqrt|factorial|times|divided by|multiplied by|plus|minus|roots? of|multiply|"
        r"divide|to the power|power of|squared|cubed|equals? (to )?zero)\b|"
        r"\bfind [a-z] (if|when|where|given)\b", re.I)),
    ("vision", re.compile(
        r"\b(receipt|sign|screenshot|image|photo|picture|pic|scan|this say|it say|"
        r"written|the text)\b", re.I)),
    ("memory", re.compile(
        r"\b(do you remember|what did i (tell|say)|remind me what|what do you know about me|"
        r"my favou?rite)\b", re.I)),
)

EXAMPLES: dict[str, tuple[str, ...]] = {
    "math": ("what is 17 times 23", "solve 2x + 3 = 11", "find the roots of x^2 - 4",
             "differentiate x^3", "integrate sin(x) from 0 to pi", "what's 15% of 80",
             "work out 144 / 12", "simplify (x^2-1)/(x-1)", "find x if 3x - 5 = 10"),
    "data": ("here are my readings 3 5 7 9, what's the trend", "average of these numbers",
             "analyse this csv", "are these two series correlated", "plot these values",
             "summarise my weekly step counts"),
    "units": ("convert 5 km to miles", "how many ounces in a pound", "72 F in celsius",
              "what is 3 feet in centimetres", "how much is 20 dollars in euros"),
    "health": ("what's my bmi if I weigh 70 kg and I'm 175 cm", "how much water should I drink",
               "heart rate zones for a 40 year old", "when do I take my next pill",
               "calories I burn at rest"),
    "vision": ("what does this sign say", "read the text in this picture",
               "how much did I pay according to this receipt", "what's in the screenshot"),
    "memory": ("what did I tell you about my sister", "do you remember my birthday"),
    "chat": ("hello how are you", "tell me a joke", "what do you think about that",
             "thanks!", "write a short poem about autumn", "summarise our chat",
             "who are you", "good morning", "what should I cook tonight"),
}

SPLIT = re.compile(
    r"\s*(?:;|\n+|(?<=[.?!])\s+(?=[A-Z])|,?\s+and then\s+|,?\s+then\s+|,?\s+also\s+|"
    r",?\s+and\s+(?=(?:solve|plot|graph|chart|draw|convert|calculate|compute|find|tell|give|"
    r"what|what's|whats|how|differentiate|integrate|factor|simplify|expand|show|work out|"
    r"analy[sz]e|read|check|also)\b))", re.I)


def rule_intent(clause: str) -> str | None:
    for agent, pattern in RULES:
        if pattern.search(clause):
            return agent
    if EXPRESSION.search(clause):
        return "math"
    return None


def split_clauses(text: str) -> list[str]:
    parts = [p.strip(" ,.") for p in SPLIT.split(text) if p and p.strip(" ,.")]
    merged: list[str] = []
    for part in parts:
        if merged and rule_intent(part) is None and _looks_like_data(part):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged or [text.strip()]


def _looks_like_data(part: str) -> bool:
    letters = sum(ch.isalpha() for ch in part)
    return letters <= max(2, len(part) // 4)
