"""Loading the embedded model: dtype choice, GGUF dequantisation, and the cached copy."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

if TYPE_CHECKING:
    import torch

    from core.models.embedded.files import GgufSource

log = logging.getLogger(__name__)

DtypeName = Literal["bfloat16", "float32"]
BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    """The CPU feature flags (empty where /proc/cpuinfo is not available)."""
    try:
        text = cpuinfo.read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.partition(":")[2].split())
    return frozenset()


def pick_dtype(setting: str, flags: frozenset[str] | None = None) -> DtypeName:
    """bf16 where the CPU computes it natively, fp32 otherwise (or what was configured)."""
    if setting == "bfloat16":
        return "bfloat16"
    if setting == "float32":
        return "float32"
    available = cpu_flags() if flags is None else flags
    return "bfloat16" if available & BF16_FLAGS else "float32"


def torch_dtype(name: DtypeName) -> torch.dtype:
    import torch

    return torch.bfloat16 if name == "bfloat16" else torch.float32


def dequantise_gguf(
    source: GgufSource, dtype_name: DtypeName | str, out: Path, progress_stream: TextIO
) -> None:
    """Load the GGUF (dequantising it) and save a plain safetensors copy into ``out``."""
    from tqdm import tqdm
    from transformers import AutoModelForCausalLM, AutoTokenizer

    steps = ("tokenizer", "weights", "saving")
    with tqdm(total=len(steps), desc="Preparing the embedded model", file=progress_stream) as bar:
        bar.set_postfix_str(steps[0])
        tokenizer = AutoTokenizer.from_pretrained(source.directory, gguf_file=source.filename)
        bar.update(1)
        bar.set_postfix_str(steps[1])
        model = AutoModelForCausalLM.from_pretrained(
            source.directory,
            gguf_file=source.filename,
            dtype=torch_dtype(pick_dtype(dtype_name)),
        )
        bar.update(1)
        bar.set_postfix_str(steps[2])
        _detach_gguf_quantizer(model)
        model.save_pretrained(out)
        tokenizer.save_pretrained(out)
        bar.update(1)


def _detach_gguf_quantizer(model: Any) -> None:
    """A GGUF-loaded model refuses ``save_pretrained`` until its quantizer is detached."""
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config


@dataclass(frozen=True, slots=True)
class LoadedModel:
    model: Any
    tokenizer: Any
    dtype: DtypeName


def load_directory(directory: Path, dtype_name: DtypeName) -> LoadedModel:
    """Load a model directory (the cached copy or any configured one) for inference."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(directory)
    model = AutoModelForCausalLM.from_pretrained(directory, dtype=torch_dtype(dtype_name))
    model.train(False)
    model.requires_grad_(False)
    log.info("embedded model loaded from %s (%s)", directory, dtype_name)
    return LoadedModel(model=model, tokenizer=tokenizer, dtype=dtype_name)
