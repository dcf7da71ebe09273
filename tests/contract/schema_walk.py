"""Walking JSON Schemas for the contract tests: every subschema, every property name."""

from __future__ import annotations

from typing import Any, Iterator

_CHILD_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_CHILD_LISTS = ("oneOf", "anyOf", "allOf", "prefixItems")
_CHILD_NODES = ("additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames")


def iter_subschemas(schema: Any, pointer: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer, node) for the schema and every subschema below it, $defs included."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _CHILD_MAPS:
        for name, child in schema.get(key, {}).items():
            yield from iter_subschemas(child, f"{pointer}/{key}/{name}")
    for key in _CHILD_LISTS:
        for i, child in enumerate(schema.get(key, [])):
            yield from iter_subschemas(child, f"{pointer}/{key}/{i}")
    for key in _CHILD_NODES:
        if key in schema:
            yield from iter_subschemas(schema[key], f"{pointer}/{key}")


def iter_property_names(schema: Any) -> Iterator[tuple[str, str]]:
    """(pointer, name) of every property declared anywhere in the schema."""
    for pointer, node in iter_subschemas(schema):
        for name in node.get("properties", {}):
            yield pointer, name


def is_object_schema(node: dict[str, Any]) -> bool:
    declared = node.get("type")
    types = [declared] if isinstance(declared, str) else declared or []
    return "object" in types or any(k in node for k in ("properties", "required", "patternProperties"))


def resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The node with a same-document $ref followed (annotations beside it kept)."""
    while "$ref" in node:
        target: Any = root
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def allows_null(node: dict[str, Any]) -> bool:
    declared = node.get("type")
    types = [declared] if isinstance(declared, str) else declared or []
    if "enum" in node:
        return None in node["enum"]
    return "null" in types
