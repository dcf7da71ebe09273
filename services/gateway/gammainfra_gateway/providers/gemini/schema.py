"""JSON Schema (as OpenAI tools and response formats carry it) -> Gemini `Schema`.

Gemini's `Schema` is a subset of OpenAPI 3.0 and answers 400 `Unknown name ...` for
any other keyword, so `to_gemini_schema` keeps only the keywords Gemini knows and
rewrites the common JSON Schema idioms it lacks: local `$ref`s are inlined (to a
bounded depth: recursive types are cut off there), `oneOf` becomes `anyOf`,
`type: [T, "null"]` and an `anyOf` branch `{"type": "null"}` become `nullable`,
`const` becomes a one-value `enum`. Pure; never modifies its input.
"""

from __future__ import annotations

from typing import Any

# Gemini Schema fields (generativelanguage v1beta); everything else is dropped.
KEPT = frozenset({"type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems",
                  "properties", "required", "minProperties", "maxProperties", "minLength", "maxLength",
                  "pattern", "example", "anyOf", "propertyOrdering", "default", "items", "minimum", "maximum"})
MAX_REF_DEPTH = 8  # deep enough for real tool schemas, finite for self-referencing ones


def to_gemini_schema(schema: Any) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {}
    defs = {**(schema.get("definitions") or {}), **(schema.get("$defs") or {})}
    return _convert(schema, defs, 0)


def _resolve(ref: Any, defs: dict[str, Any]) -> dict[str, Any] | None:
    if not isinstance(ref, str):
        return None
    for prefix in ("#/$defs/", "#/definitions/"):
        if ref.startswith(prefix):
            target = defs.get(ref[len(prefix):])
            return target if isinstance(target, dict) else None
    return None


def _convert(schema: dict[str, Any], defs: dict[str, Any], depth: int) -> dict[str, Any]:
    if "$ref" in schema:
        target = _resolve(schema["$ref"], defs)
        if target is None or depth >= MAX_REF_DEPTH:
            return {"type": "object"}
        merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return _convert(merged, defs, depth + 1)
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEPT:
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _convert(sub, defs, depth) if isinstance(sub, dict) else {}
                        for name, sub in value.items()}
        elif key == "items" and isinstance(value, dict):
            out[key] = _convert(value, defs, depth)
        elif key == "anyOf" and isinstance(value, list):
            out[key] = [_convert(sub, defs, depth) for sub in value if isinstance(sub, dict)]
        else:
            out[key] = value
    if "anyOf" not in out and isinstance(schema.get("oneOf"), list):
        out["anyOf"] = [_convert(sub, defs, depth) for sub in schema["oneOf"] if isinstance(sub, dict)]
    if "const" in schema and "enum" not in out:
        out["enum"] = [schema["const"]]
    _nullable_type(out)
    _nullable_any_of(out)
    return out


def _nullable_type(out: dict[str, Any]) -> None:
    kind = out.get("type")
    if not isinstance(kind, list):
        return
    real = [k for k in kind if k != "null"]
    if len(real) < len(kind):
        out["nullable"] = True
    if len(real) == 1:
        out["type"] = real[0]
    else:
        del out["type"]
        out["anyOf"] = [{"type": k} for k in real]


def _nullable_any_of(out: dict[str, Any]) -> None:
    branches = out.get("anyOf")
    if not isinstance(branches, list):
        return
    real = [b for b in branches if b.get("type") != "null"]
    if len(real) == len(branches):
        return
    out["nullable"] = True
    if len(real) == 1 and "type" not in out:
        # Optional[X] from pydantic: X itself, nullable, instead of a one-branch anyOf.
        del out["anyOf"]
        out.update({k: v for k, v in real[0].items() if k not in out})
    else:
        out["anyOf"] = real
