"""``muse bench model --backend llamacpp|openai``: the same table as the embedded model.

* ``llamacpp``: Muse's in-process llama.cpp backend against llama-cpp-python's own
  ``create_completion`` loop on the same prompt and GGUF, in the same run.
* ``openai``: Muse's OpenAI-compatible backend against a raw SSE read of the same server
  (llama-cpp-python's server on 127.0.0.1 serving the embedded GGUF), in the same run.

Also reported: the fixed prompt overhead a capable endpoint pays per request (system prompt
plus every tool schema, in tokens; goal ≤ 600).
"""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from config.settings import EngineSettings, LlamaCppSettings, OpenAISettings
from core.models.base import ChatMessage, GenerationRequest, ModelBackend
from core.models.llamacpp import LlamaCppBackend, default_gguf
from core.models.openai import OpenAIBackend

NEW_TOKENS = 128
PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle."


def _request(text: str = PROMPT, tokens: int = NEW_TOKENS) -> GenerationRequest:
    return GenerationRequest(messages=(ChatMessage("user", text),), max_new_tokens=tokens,
                             temperature=0.0)


async def _stream_rate(backend: ModelBackend) -> tuple[float, float]:
    """(tokens/s of decoding, first-token seconds) for one stream."""
    started = time.perf_counter()
    first = 0.0
    count = 0
    async for _ in backend.stream(_request()):
        count += 1
        if count == 1:
            first = time.perf_counter()
    end = time.perf_counter()
    return (count - 1) / max(end - first, 1e-9), first - started


async def _staggered(backend: ModelBackend, n: int = 8) -> tuple[float, list[float]]:
    """n conversations 250 ms apart: aggregate tokens/s, first-token latencies (ms)."""
    firsts: list[float] = []
    total = 0

    async def one(i: int) -> None:
        nonlocal total
        await asyncio.sleep(0.25 * i)
        started = time.perf_counter()
        first = True
        async for _ in backend.stream(_request(f"{PROMPT} Variation {i}.")):
            if first:
                firsts.append((time.perf_counter() - started) * 1000)
                first = False
            total += 1

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    return total / (time.perf_counter() - started), firsts


def _reference_llamacpp(threads: int) -> float:
    from llama_cpp import Llama

    model = Llama(model_path=str(default_gguf()), n_ctx=2048, n_threads=threads, verbose=False)
    prompt = f"<|im_start|>user\n{PROMPT}<|im_end|>\n<|im_start|>assistant\n"
    count, first = 0, 0.0
    for _ in model.create_completion(prompt, max_tokens=NEW_TOKENS, temperature=0.0,
                                     repeat_penalty=1.1, stream=True):
        count += 1
        if count == 1:
            first = time.perf_counter()
    rate = (count - 1) / max(time.perf_counter() - first, 1e-9)
    model.close()
    return rate


def _reference_sse(base: str) -> float:
    body = json.dumps({"model": "m", "stream": True, "max_tokens": NEW_TOKENS,
                       "temperature": 0.0, "messages": [{"role": "user", "content": PROMPT}]})
    req = urllib.request.Request(f"{base}/chat/completions", data=body.encode(),
                                 headers={"Content-Type": "application/json"})
    count, first = 0, 0.0
    with urllib.request.urlopen(req, timeout=120) as resp:
        for raw in resp:
            if raw.startswith(b"data:") and b'"content"' in raw:
                count += 1
                if count == 1:
                    first = time.perf_counter()
    return (count - 1) / max(time.perf_counter() - first, 1e-9)


def _server(threads: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(default_gguf()), "--host",
         "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", str(threads)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/models", timeout=2):
                return proc, base
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the llama-cpp server did not start")


def prompt_overhead() -> dict[str, int]:
    """Tokens every request to a tool-calling endpoint carries before the person speaks."""
    from core.models.base import estimate_tokens
    from core.tools.compact import endpoint_tools
    from core.tools.registry import specs
    from core.tools.workers import WorkerPool

    tools = specs(endpoint_tools(WorkerPool(1)))  # type: ignore[arg-type]
    schema = json.dumps([{"type": "function", "function": {
        "name": t.name, "description": t.description, "parameters": t.parameters}}
        for t in tools], separators=(",", ":"))
    system = EngineSettings().system_prompt
    return {"system_tokens": estimate_tokens(system), "tool_schema_tokens":
            estimate_tokens(schema), "tools": len(tools),
            "total_tokens": estimate_tokens(system) + estimate_tokens(schema)}


async def _run_once(name: str, threads: int, base: str) -> dict[str, Any]:
    load_started = time.perf_counter()
    backend: ModelBackend
    if name == "llamacpp":
        backend = LlamaCppBackend(LlamaCppSettings(n_threads=threads, pool_size=2),
                                  NEW_TOKENS)
    else:
        backend = OpenAIBackend(OpenAISettings(base_url=base, model="smollm2"))
    await backend.start()
    load_s = time.perf_counter() - load_started
    try:
        single, _ = await _stream_rate(backend)
        aggregate, firsts = await _staggered(backend)
    finally:
        await backend.close()
    reference = (_reference_llamacpp(threads) if name == "llamacpp"
                 else await asyncio.to_thread(_reference_sse, base))
    return {"single_tps": single, "reference_single_tps": reference,
            "staggered8_tps": aggregate,
            "newcomer_first_token_p95_ms": sorted(firsts)[int(0.95 * (len(firsts) - 1))],
            "load_s": load_s}


def run(name: str, runs: int, threads: int, output: Path) -> int:
    server = None
    base = ""
    if name == "openai":
        server, base = _server(threads)
    try:
        results = [asyncio.run(_run_once(name, threads, base)) for _ in range(runs)]
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    summary = {key: statistics.median(r[key] for r in results) for key in results[0]}
    summary["ratio_vs_reference"] = summary["single_tps"] / summary["reference_single_tps"]
    summary["aggregate_vs_single"] = summary["staggered8_tps"] / summary["single_tps"]
    summary["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    overhead = prompt_overhead()
    print(f"backend: {name} (medians of {runs} runs)")
    for key, value in summary.items():
        print(f"  {key:32} {value:10.2f}")
    print(f"  fixed prompt overhead (system + {overhead['tools']} tool schemas): "
          f"{overhead['total_tokens']} tokens (goal ≤ 600)")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"backend": name, "runs": results, "summary": summary,
                                  "prompt_overhead": overhead}, indent=2) + "\n")
    print(f"wrote {output}")
    return 0
