"""Values given for several letters, put into the expression asked:
"if a = 3 and b = 4, what's a^2 + b^2" → ``(3)^2 + (4)^2``, worked out exactly."""

from __future__ import annotations

from core.agents.mathspan import spans
from core.agents.mathwords import NUM, rewrite
from core.agents.patterns import ci as _c
from core.agents.patterns import substitute

ASSIGN = _c(rf"(?:^|\b(?:if|when|where|with|given|let|and|for)\b|[,;:])\s*([a-z])\s*=\s*({NUM})"
            r"(?![\w(^*./])")


def several_values(text: str, previous: bool) -> str | None:
    """The expression with every given value put in, or None when fewer than two letters
    are given or no expression uses only them."""
    given = list(ASSIGN.finditer(text))
    values = {m.group(1): m.group(2) for m in given}
    if len(given) < 2 or len(values) < len(given):
        return None
    for match in reversed(given):
        text = text[:match.start()] + " ; " + text[match.end():]
    fits = [s for s in spans(rewrite(text, previous)[0], letters_ok=True)
            if s.variables and s.variables <= values.keys() and not s.equation]
    if not fits:
        return None
    expression = max(fits, key=lambda s: s.tokens).text
    for name, value in values.items():
        expression = substitute(expression, name, value)
    return expression
