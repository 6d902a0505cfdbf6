"""Tool schemas from type hints and docstrings, and validated invocation.

A tool is a plain typed ``async def`` (a function or a bound method). Its signature is
its JSON schema; its docstring's first paragraph is the description and an ``Args:``
section describes each parameter::

    async def convert(value: float, source: str, target: str) -> Conversion:
        \"\"\"Convert a quantity between units.

        Args:
            value: the number to convert
            source: the unit it is in, e.g. "km"
        \"\"\"

``tool_spec(fn)`` gives the :class:`~core.models.base.ToolSpec` offered to a backend;
``await invoke(fn, arguments)`` checks a model-made JSON arguments dict against the same
schema (unknown, missing or mistyped arguments raise :class:`ToolArgumentError`) before
calling the tool.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Awaitable, Callable
from typing import Any, Literal, Union, get_args, get_origin

from core.models.base import ToolSpec

Tool = Callable[..., Awaitable[Any]]
MAX_STRING = 20_000
_PRIMITIVES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


class ToolArgumentError(ValueError):
    """Arguments that do not match a tool's schema; the message names the problem."""


def tool_spec(fn: Tool) -> ToolSpec:
    hints = typing.get_type_hints(fn)
    described = _arg_docs(inspect.getdoc(fn) or "")
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name, param in inspect.signature(fn).parameters.items():
        schema = _schema(hints.get(name, str))
        if name in described:
            schema["description"] = described[name]
        properties[name] = schema
        if param.default is inspect.Parameter.empty:
            required.append(name)
    parameters = {"type": "object", "properties": properties, "required": required,
                  "additionalProperties": False}
    return ToolSpec(name=fn.__name__, description=_summary(fn), parameters=parameters)


def _summary(fn: Tool) -> str:
    doc = inspect.getdoc(fn) or fn.__name__
    return " ".join(doc.split("\n\n")[0].split())


def _arg_docs(doc: str) -> dict[str, str]:
    _, found, rest = doc.partition("Args:")
    if not found:
        return {}
    out: dict[str, str] = {}
    for line in rest.splitlines():
        match = re.match(r"\s+(\w+):\s*(.+)", line)
        if match:
            out[match.group(1)] = match.group(2).strip()
        elif line.strip() and not line.startswith(" "):
            break
    return out


def _schema(hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if hint in _PRIMITIVES:
        return {"type": _PRIMITIVES[hint]}
    if origin is Literal:
        values = list(get_args(hint))
        return {"type": _PRIMITIVES[type(values[0])], "enum": values}
    if origin in (list, tuple):
        args = [a for a in get_args(hint) if a is not Ellipsis]
        return {"type": "array", "items": _schema(args[0]) if args else {}}
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        if len(options) == 1:
            return {**_schema(options[0]), "nullable": True}
    raise TypeError(f"unsupported tool parameter type {hint!r}")


async def invoke(fn: Tool, arguments: dict[str, Any]) -> Any:
    """Validate ``arguments`` against ``fn``'s schema, then await the tool."""
    return await fn(**validate_arguments(fn, arguments))


def validate_arguments(fn: Tool, arguments: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(arguments, dict):
        raise ToolArgumentError("arguments must be a JSON object")
    spec = tool_spec(fn).parameters
    props: dict[str, Any] = spec["properties"]
    unknown = sorted(set(arguments) - set(props))
    if unknown:
        raise ToolArgumentError(f"unknown argument {unknown[0][:40]!r}")
    missing = [name for name in spec["required"] if name not in arguments]
    if missing:
        raise ToolArgumentError(f"missing argument {missing[0]!r}")
    return {name: _coerce(name, value, props[name]) for name, value in arguments.items()}


def _coerce(name: str, value: Any, schema: dict[str, Any]) -> Any:
    if value is None and schema.get("nullable"):
        return None
    kind = schema.get("type")
    if kind == "array":
        if not isinstance(value, list) or len(value) > 10_000:
            raise ToolArgumentError(f"{name} must be a list")
        return [_coerce(name, item, schema.get("items", {})) for item in value]
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda v: isinstance(v, str) and len(v) <= MAX_STRING,
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
    }
    check = checks.get(str(kind))
    if check is not None and not check(value):
        raise ToolArgumentError(f"{name} must be a {kind}")
    if "enum" in schema and value not in schema["enum"]:
        raise ToolArgumentError(f"{name} must be one of {schema['enum']}")
    return float(value) if kind == "number" else value
