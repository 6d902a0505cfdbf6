"""The preview listener's HTTP contract: exact headers, 404s, no cookies."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bots.web.preview import CSP, create_preview_app

KNOWN = "AbCdEfGhIjKlMnOpQrStUvWx"
DOCUMENT = "<!doctype html><h1>Hi & \"you\"</h1><script>var x = '</p>';</script>"
EXPECTED_CSP = (
    "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


@pytest.fixture
async def client() -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    seen: list[str] = []

    async def lookup(artifact_id: str) -> str | None:
        seen.append(artifact_id)
        return DOCUMENT if artifact_id == KNOWN else None

    async with TestClient(TestServer(create_preview_app(lookup), host="127.0.0.1")) as c:
        yield c


def test_the_policy_is_exactly_the_issue_s() -> None:
    assert CSP == EXPECTED_CSP
    assert "allow-same-origin" not in CSP


async def test_serves_the_artifact_sandboxed(client: TestClient) -> None:  # type: ignore[type-arg]
    response = await client.get(f"/a/{KNOWN}", headers={"Cookie": "session=secret"})
    body = await response.text()
    assert response.status == 200
    assert response.headers["Content-Security-Policy"] == EXPECTED_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.content_type == "text/html"
    assert "Set-Cookie" not in response.headers
    assert 'sandbox="allow-scripts"' in body
    assert f'srcdoc="{html.escape(DOCUMENT, quote=True)}"' in body
    assert "<script>" not in body  # the shell itself runs nothing


@pytest.mark.parametrize("path", ["/a/unknownButWellFormedId0", "/a/..%2Fetc", "/a/x", "/"])
async def test_unknown_ids_are_404_with_the_same_headers(
    client: TestClient, path: str  # type: ignore[type-arg]
) -> None:
    response = await client.get(path)
    assert response.status == 404
    assert response.headers["Content-Security-Policy"] == EXPECTED_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Set-Cookie" not in response.headers
