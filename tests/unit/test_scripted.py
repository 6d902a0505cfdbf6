"""The scripted backend keeps its latest requests for tests, never an ever-growing log."""

from __future__ import annotations

from config.settings import ScriptedSettings
from core.models.base import ChatMessage, GenerationRequest
from core.models.scripted import REQUEST_LOG, ScriptedBackend


async def test_the_request_log_keeps_only_the_latest_requests() -> None:
    backend = ScriptedBackend(ScriptedSettings(mode="fixed", reply="ok"))
    for n in range(REQUEST_LOG + 5):
        request = GenerationRequest(messages=(ChatMessage("user", f"question {n}"),))
        assert "".join([chunk async for chunk in backend.stream(request)]) == "ok"
    assert len(backend.requests) == REQUEST_LOG
    assert backend.requests[0].messages[0].content == "question 5"
    assert backend.requests[-1].messages[0].content == f"question {REQUEST_LOG + 4}"
