"""Reading JSON Schema nodes for the compatibility checker.

Owns the small, schema-shape-only helpers `checker` needs: resolving same-document
`$ref`s, the JSON type of a value, which types/values a node accepts, and merging
a combinator's parent keywords into each branch. Nothing here decides
compatibility. Raises `UnsupportedSchema` for what it cannot read faithfully
(a `$ref` outside the document, a `$ref` whose siblings conflict with its target);
the checker reports that as a violation, because unproven is not compatible.
"""

from __future__ import annotations

from typing import Any

# Keywords that never change which payloads validate.
ANNOTATIONS = frozenset({
    "$schema", "$id", "$anchor", "$comment", "$defs", "definitions", "title", "description",
    "examples", "default", "deprecated", "readOnly", "writeOnly", "$vocabulary",
})


class UnsupportedSchema(Exception):
    """A schema construct the checker cannot compare soundly."""


def resolve(root: Any, node: Any) -> Any:
    """Follow `$ref`s (same document only); sibling keywords are merged in."""
    hops = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise UnsupportedSchema(f"$ref {ref!r} leaves the document")
        target = _pointer(root, ref[1:])
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if isinstance(target, bool):
            if any(k not in ANNOTATIONS for k in siblings):
                raise UnsupportedSchema(f"$ref {ref!r} to a boolean schema has sibling keywords")
            node = target
        else:
            constraints = {k: v for k, v in siblings.items() if k not in ANNOTATIONS}
            clash = [k for k in constraints if k in target and target[k] != constraints[k]]
            if clash:
                raise UnsupportedSchema(f"$ref {ref!r} has sibling keywords {clash} that its target also sets")
            # Returning the target object itself keeps identities stable, which the
            # checker's recursion guard relies on for self-referencing schemas.
            node = {**target, **constraints} if constraints else target
        hops += 1
        if hops > 64:
            raise UnsupportedSchema(f"$ref chain through {ref!r} does not end")
    return node


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def accepted_types(schema: dict[str, Any]) -> set[str] | None:
    """JSON types the node can accept; None when any type is allowed."""
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else set(declared) if declared else None
    values = accepted_values(schema)
    if values is not None:
        value_types = {json_type(v) for v in values}
        # 1 is an integer and a number: a declared "number" admits integer values.
        if types is not None and "number" in types:
            types = types | {"integer"}
        return value_types if types is None else value_types & types
    return types


def accepted_values(schema: dict[str, Any]) -> list[Any] | None:
    """The finite set of values the node allows (const/enum); None when unbounded."""
    if "const" in schema:
        values = [schema["const"]]
        if "enum" in schema:
            values = [v for v in values if any(same_value(v, e) for e in schema["enum"])]
        return values
    if "enum" in schema:
        return list(schema["enum"])
    return None


def same_value(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, 1 equals 1.0."""
    return json_type(a) == json_type(b) and a == b


def type_covered(old_type: str, new_types: set[str]) -> bool:
    return old_type in new_types or (old_type == "integer" and "number" in new_types)


def discriminator(schema: Any) -> Any:
    """The `type` const of a oneOf/anyOf branch, or None."""
    if isinstance(schema, dict):
        prop = schema.get("properties", {}).get("type")
        if isinstance(prop, dict) and "const" in prop:
            return prop["const"]
    return None


def distribute(parent: dict[str, Any], branch: Any) -> Any:
    """Fold the parent's keywords (other than the combinator) into one branch.

    `properties` and `required` are unioned; for any other keyword both set,
    the branch wins (our schemas only put annotations beside a oneOf).
    """
    if isinstance(branch, bool):
        return branch
    merged = {k: v for k, v in parent.items() if k not in ("oneOf", "anyOf")}
    for key, value in branch.items():
        if key == "properties" and "properties" in merged:
            merged[key] = {**merged[key], **value}
        elif key == "required" and "required" in merged:
            merged[key] = sorted(set(merged[key]) | set(value))
        else:
            merged[key] = value
    return merged


def without_annotations(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ANNOTATIONS}


def _pointer(root: Any, pointer: str) -> Any:
    node = root
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        try:
            node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            raise UnsupportedSchema(f"$ref #{pointer} points nowhere") from None
    return node
