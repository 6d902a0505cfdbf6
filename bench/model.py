"""``muse bench model``: the embedded model against a plain ``model.generate`` reference.

Measures, on this machine and in one run: single-stream decode tokens/s (ours and the
reference), 8 conversations arriving 250 ms apart (aggregate tokens/s; a static batch of 8
through ``generate`` for comparison), first-token latency of a newcomer while 7 others
decode (p95), load time from the cached copy, and peak RSS. Several runs; medians reported.
Prints a table and writes ``bench/results/model.json``.

The cold start of a whole ``muse run`` process is measured by :func:`measure_cold_start`
(``--serve-command`` and ``--health-url``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("results") / "model.json"
NEW_TOKENS = 128
CONVERSATIONS = 8
STAGGER_S = 0.25
PROMPT_SIZES = (50, 130, 210, 290, 370, 450, 530, 600)
TOPICS = "the sea, bread, trains, gardens, the moon, music, rivers, chess, bicycles, clouds"


@dataclass(frozen=True, slots=True)
class ColdStart:
    ready_s: float
    rss_mb: float


@dataclass(frozen=True, slots=True)
class Run:
    reference_single_tps: float
    single_tps: float
    reference_batch8_tps: float
    staggered8_tps: float
    newcomer_first_token_ms: tuple[float, ...]
    peak_rss_before_reference_mb: float


def measure_cold_start(
    command: Sequence[str], health_url: str, timeout_s: float = 60.0
) -> ColdStart:
    """Seconds from exec of ``command`` until ``health_url`` answers 200, and its RSS then."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout_s:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}")
            if _healthy(health_url):
                ready = time.perf_counter() - started
                rss = _tree_rss(psutil.Process(process.pid))
                return ColdStart(ready_s=ready, rss_mb=rss / 2**20)
            time.sleep(0.05)
        raise TimeoutError(f"{health_url} not ready within {timeout_s} s")
    finally:
        process.terminate()
        process.wait(10)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return int(response.status) == 200
    except OSError:
        return False


def _tree_rss(process: Any) -> int:
    return int(sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]))


def _prompt(tokenizer: Any, size: int, seed: int) -> list[int]:
    """Chat-templated prompt ids of about ``size`` tokens."""
    words = (TOPICS.split(", ") * 200)[seed : seed + 2000]
    body = "Here are some notes: " + " ".join(words)
    ids = tokenizer.encode(body, add_special_tokens=False)[: max(1, size - 30)]
    text = tokenizer.decode(ids) + "\nWrite a long essay about these notes."
    templated = tokenizer.apply_chat_template(
        [{"role": "user", "content": text}], add_generation_prompt=True, tokenize=True
    )
    return [int(i) for i in (templated if isinstance(templated, list) else templated["input_ids"])]


def _reference_tps(model: Any, prompts: list[list[int]], penalty: float) -> float:
    """Decode tokens/s of plain ``generate`` (prefill time subtracted), left-padded batch."""
    import torch

    width = max(len(p) for p in prompts)
    ids = torch.tensor([[2] * (width - len(p)) + p for p in prompts])
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])

    def timed(new: int) -> float:
        started = time.perf_counter()
        with torch.inference_mode():
            model.generate(
                input_ids=ids,
                attention_mask=mask,
                max_new_tokens=new,
                min_new_tokens=new,
                do_sample=False,
                repetition_penalty=penalty,
                pad_token_id=2,
            )
        return time.perf_counter() - started

    prefill_s = timed(1)
    total_s = timed(NEW_TOKENS)
    return len(prompts) * (NEW_TOKENS - 1) / (total_s - prefill_s)


async def _stream(backend: Any, ids: list[int], new: int) -> tuple[float, float]:
    """Times of the first delta and of the end of one exact-length answer (``new`` tokens).

    Tokens are counted, not deltas: a token that completes no text yields no delta.
    """
    first = 0.0
    async for _ in backend.stream_ids(ids, new, exact_length=True):
        first = first or time.perf_counter()
    return first, time.perf_counter()


async def _single_tps(backend: Any, ids: list[int]) -> float:
    first, end = await _stream(backend, ids, NEW_TOKENS)
    return (NEW_TOKENS - 1) / (end - first)


async def _staggered_tps(backend: Any, prompts: list[list[int]]) -> float:
    started = time.perf_counter()

    async def arrive(index: int, ids: list[int]) -> None:
        await asyncio.sleep(index * STAGGER_S)
        await _stream(backend, ids, NEW_TOKENS)

    await asyncio.gather(*(arrive(i, p) for i, p in enumerate(prompts)))
    return NEW_TOKENS * len(prompts) / (time.perf_counter() - started)


async def _newcomer_latencies(backend: Any, prompts: list[list[int]], count: int) -> list[float]:
    """First-token latency (ms) of newcomers arriving while 7 others decode."""
    background = [asyncio.create_task(_stream(backend, p, 4 * NEW_TOKENS)) for p in prompts[:7]]
    while backend.stats().running < 7:
        await asyncio.sleep(0.01)
    latencies = []
    for index in range(count):
        ids = prompts[index % len(prompts)]
        started = time.perf_counter()
        deltas = backend.stream_ids(ids, 2, exact_length=True)
        await anext(deltas)
        latencies.append((time.perf_counter() - started) * 1000)
        await deltas.aclose()
        await asyncio.sleep(0.1)
    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    while (stats := backend.stats()).running or stats.prefilling or stats.waiting:
        await asyncio.sleep(0.01)
    return latencies


async def _one_run(backend: Any, prompts: list[list[int]], newcomers: int) -> Run:
    loaded = backend._require()[0]
    penalty = backend.options.repetition_penalty
    single_prompt = prompts[1]
    single = await _single_tps(backend, single_prompt)
    staggered = await _staggered_tps(backend, prompts)
    latencies = await _newcomer_latencies(backend, prompts, newcomers)
    peak_rss_mb = _peak_rss_mb()  # before the reference's first run: the backend's own peak
    reference_single = await asyncio.to_thread(
        _reference_tps, loaded.model, [single_prompt], penalty
    )
    reference_batch = await asyncio.to_thread(_reference_tps, loaded.model, prompts, penalty)
    return Run(reference_single, single, reference_batch, staggered, tuple(latencies), peak_rss_mb)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


LOAD_PROBE = """
import asyncio, sys, time
from pathlib import Path
from core.models.embedded import EmbeddedBackend, EmbeddedOptions
import torch, transformers
backend = EmbeddedBackend(EmbeddedOptions(cache_dir=Path(sys.argv[1]), threads=int(sys.argv[2])))
started = time.perf_counter()
asyncio.run(backend.start())
print(time.perf_counter() - started)
asyncio.run(backend.close())
"""


def _load_seconds(args: argparse.Namespace) -> float:
    """Seconds from the load call to a started backend, in a fresh process (warm cache)."""
    command = [sys.executable, "-c", LOAD_PROBE, str(args.cache_dir), str(args.threads)]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        command, cwd=root, capture_output=True, text=True, check=True, timeout=120
    )
    return float(done.stdout.strip().splitlines()[-1])


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))])


def _summary(runs: list[Run], load_s: float, reload_s: list[float]) -> dict[str, Any]:
    def median(name: str) -> float:
        return float(statistics.median(float(getattr(run, name)) for run in runs))

    latencies = [ms for run in runs for ms in run.newcomer_first_token_ms]
    single, reference = median("single_tps"), median("reference_single_tps")
    staggered = median("staggered8_tps")
    return {
        "single_tps": single,
        "reference_single_tps": reference,
        "single_vs_reference": single / reference,
        "staggered8_tps": staggered,
        "staggered8_vs_single": staggered / single,
        "reference_batch8_tps": median("reference_batch8_tps"),
        "newcomer_first_token_p95_ms": _p95(latencies),
        "newcomer_first_token_median_ms": statistics.median(latencies),
        "start_in_bench_s": load_s,
        "load_from_cache_s": statistics.median(reload_s),
        "peak_rss_mb": runs[0].peak_rss_before_reference_mb,
        "peak_rss_with_reference_mb": _peak_rss_mb(),
    }


GOALS: dict[str, tuple[str, Callable[[float], bool]]] = {
    "single_vs_reference": ("≥ 1.0×", lambda v: v >= 1.0),
    "staggered8_vs_single": ("≥ 4×", lambda v: v >= 4.0),
    "newcomer_first_token_p95_ms": ("≤ 500 ms", lambda v: v <= 500),
    "load_from_cache_s": ("≤ 3 s", lambda v: v <= 3),
    "peak_rss_mb": ("≤ 1200 MB", lambda v: v <= 1200),
}


def _table(summary: dict[str, Any]) -> str:
    lines = [f"{'measure':<32} {'value':>10}  goal"]
    for key, value in summary.items():
        if isinstance(value, float):
            goal, check = GOALS.get(key, ("", lambda _: True))
            mark = ("ok" if check(value) else "MISSED") if goal else ""
            lines.append(f"{key:<32} {value:>10.2f}  {goal} {mark}".rstrip())
    return "\n".join(lines)


async def _bench(args: argparse.Namespace) -> dict[str, Any]:
    from core.models.embedded import EmbeddedBackend, EmbeddedOptions

    options = EmbeddedOptions(cache_dir=args.cache_dir, max_batch=8, threads=args.threads)
    backend = EmbeddedBackend(options)
    started = time.perf_counter()
    await backend.start()
    load_s = time.perf_counter() - started
    loaded = backend._require()[0]
    reload_s = [await asyncio.to_thread(_load_seconds, args) for _ in range(args.runs)]
    prompts = [_prompt(loaded.tokenizer, size, i) for i, size in enumerate(PROMPT_SIZES)]
    try:
        runs = [await _one_run(backend, prompts, args.newcomers) for _ in range(args.runs)]
    finally:
        await backend.close()
    summary = _summary(runs, load_s, reload_s)
    result: dict[str, Any] = {"summary": summary, "runs": [asdict(r) for r in runs]}
    result["setup"] = {"dtype": loaded.dtype, "threads": args.threads, "new_tokens": NEW_TOKENS}
    if args.serve_command:
        cold = measure_cold_start(shlex.split(args.serve_command), args.health_url)
        result["cold_start"] = asdict(cold)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="muse bench model", description=__doc__.split("\n")[0])
    default_cache = os.environ.get("MUSE_CACHE_DIR") or "~/.cache/muse"
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=("transformers", "llamacpp", "openai"),
                        default="transformers")
    parser.add_argument("--newcomers", type=int, default=8, help="newcomers per run")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--cache-dir", type=Path, default=Path(default_cache).expanduser())
    parser.add_argument("--serve-command", default="", help="e.g. 'muse run' (cold start)")
    parser.add_argument("--health-url", default="http://127.0.0.1:8080/healthz")
    parser.add_argument("--output", type=Path, default=RESULTS)
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.backend != "transformers":
        from bench.model_backends import run

        output = args.output.with_name(f"model-{args.backend}.json")
        return run(args.backend, args.runs, args.threads, output)
    result = asyncio.run(_bench(args))
    print(_table(result["summary"]))
    if "cold_start" in result:
        print(f"cold start: ready in {result['cold_start']['ready_s']:.2f} s")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
