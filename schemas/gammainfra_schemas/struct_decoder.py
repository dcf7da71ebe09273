"""One-pass JSON decode + validation with msgspec, derived from a topic's JSON schema.

Why: on the metering consumer's hot path, `orjson.loads` then jsonschema-rs
converts every event to Python objects and then walks them again from Rust;
msgspec checks the shape, types and bounds WHILE it parses, in C (a few µs
less per event, measured in bench/README.md).

What it guarantees: `StructDecoder.decode(raw)` returns a msgspec Struct only
for a document the JSON schema accepts. The types are built from the schema
file itself (never written by hand), so they cannot drift from it; a schema
keyword this translator does not know (`oneOf`, `uniqueItems`, ...) raises
`UnsupportedSchema` at build time instead of being silently ignored. msgspec
may reject a document the schema accepts (an integer written `1.0`): `decode` then returns None and the caller asks the
compiled validator (the authority) — so msgspec is a fast path that can only
say "valid" when the schema agrees. tests/contract/test_struct_decoder.py runs
every example and its mutations through both and requires the same verdicts.

Pattern anchors: JSON Schema patterns are ECMA-262, where `$` matches only at
the very end; Python's `re` (which msgspec uses) also lets `$` match before a
final newline, so a trailing `$` is translated to `\\Z`.
"""

from __future__ import annotations

import keyword
import re
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any, Literal, Union

import msgspec

from .topics import load_schema

__all__ = ["StructDecoder", "UnsupportedSchema", "struct_decoder_for"]

# Keywords that carry no validation (or that this module resolves itself).
_ANNOTATIONS = {"description", "title", "$schema", "$id", "$defs", "$comment", "examples"}
_SUPPORTED = _ANNOTATIONS | {"type", "enum", "const", "pattern", "minimum", "maximum", "minItems",
                             "maxItems", "items", "format", "additionalProperties", "required",
                             "properties", "$ref"}
_SCALARS: dict[str, Any] = {"string": str, "integer": int, "boolean": bool}
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


class UnsupportedSchema(ValueError):
    """The schema uses a keyword this translator cannot mirror exactly."""


def _ecma_anchor(pattern: str) -> str:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + "\\Z"
    return pattern


class _PatternCheck:
    """A string property's `pattern` (and `format: date-time`), checked in
    `__post_init__` rather than by msgspec: msgspec would call the regex on every
    value, and most values here repeat (customer, key, model, endpoint, versions),
    so values that matched once are remembered (bounded; a pattern is a pure
    function of the value, so a remembered value is still valid)."""

    __slots__ = ("name", "_search", "_timestamp", "_seen", "_limit")

    def __init__(self, name: str, pattern: str, timestamp: bool, limit: int = 65_536) -> None:
        self.name = name
        self._search = re.compile(_ecma_anchor(pattern)).search
        self._timestamp = timestamp
        self._seen: set[str] = set()
        self._limit = limit

    @property
    def seen(self) -> set[str]:
        """Values known to match (always empty for a date-time: see `ok`). The generated
        `__post_init__` holds this very set: it is cleared in place, never rebound."""
        return self._seen

    def ok(self, value: str) -> bool:
        if value in self._seen:
            return True
        if self._search(value) is None:
            return False
        if self._timestamp:  # unique per event: not worth remembering
            try:  # the pattern fixed the shape; this rejects month 13 or 25:00 (as is_rfc3339_utc)
                datetime.fromisoformat(value)
            except ValueError:
                return False
            return True
        if len(self._seen) >= self._limit:
            self._seen.clear()
        self._seen.add(value)
        return True


def _plain_attribute(name: str) -> bool:
    # Non-ASCII names are NFKC-normalised in source code, so `self.<name>` could read another attribute.
    return name.isascii() and name.isidentifier() and not keyword.iskeyword(name)


def _post_init(checks: tuple[_PatternCheck, ...]):
    """`__post_init__` running `checks`, written out as straight-line code: one
    attribute read and one set lookup per field when the value was seen before
    (the common case), without a loop, `getattr` or a method call per check
    (~12 checks an llm.requests.v1 event). Property names come from the schema:
    one that cannot be written as `self.<name>` (not an ASCII identifier, or a
    keyword) gets the generic loop instead."""
    if not all(_plain_attribute(check.name) for check in checks):
        def post_init(self) -> None:
            for check in checks:
                value = getattr(self, check.name)
                if value is not None and not check.ok(value):
                    raise ValueError(f"{check.name}: does not match its pattern")

        return post_init
    lines, names = ["def post_init(self):"], {}
    for i, check in enumerate(checks):
        names[f"seen{i}"], names[f"ok{i}"] = check.seen, check.ok
        lines.append(f"    v = self.{check.name}")
        lines.append(f"    if v is not None and v not in seen{i} and not ok{i}(v):")
        lines.append(f"        raise ValueError({check.name + ': does not match its pattern'!r})")
    exec("\n".join(lines), names)  # noqa: S102 - code built from the schema's property names only
    return names["post_init"]


class _Builder:
    def __init__(self, root: dict[str, Any], name: str) -> None:
        self._root = root
        self._name = name
        self._count = 0

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        ref = node.get("$ref")
        if ref is None:
            return node
        if not ref.startswith("#/$defs/") or set(node) - _ANNOTATIONS - {"$ref"}:
            raise UnsupportedSchema(f"{self._name}: $ref {ref!r} (only a bare #/$defs/ reference)")
        return self._resolve(self._root["$defs"][ref.removeprefix("#/$defs/")])

    def type_of(self, node: dict[str, Any], where: str) -> tuple[Any, tuple[str, bool] | None]:
        """(msgspec type, (pattern, is date-time) left for `__post_init__` or None)."""
        node = self._resolve(node)
        unknown = set(node) - _SUPPORTED
        if unknown:
            raise UnsupportedSchema(f"{self._name}: {where} uses {sorted(unknown)}")
        if "enum" in node or "const" in node:
            if set(node) - _ANNOTATIONS - {"enum", "const"}:
                raise UnsupportedSchema(f"{self._name}: {where}: enum with other keywords")
            values = node["enum"] if "enum" in node else [node["const"]]
            if any(not isinstance(v, str) and v is not None for v in values):
                raise UnsupportedSchema(f"{self._name}: {where}: enum of non-strings")
            strings = tuple(v for v in values if v is not None)
            if not strings:
                return type(None), None
            hint: Any = Literal[strings]  # type: ignore[valid-type]
            return (Union[hint, None] if None in values else hint), None
        declared = node.get("type")
        types_ = [declared] if isinstance(declared, str) else list(declared or [])
        nullable = "null" in types_
        types_ = [t for t in types_ if t != "null"]
        if len(types_) != 1:
            raise UnsupportedSchema(f"{self._name}: {where}: type {declared!r}")
        (kind,) = types_
        check = None
        if kind == "object":
            hint = self.struct(node, where)
        elif kind == "array":
            item, item_check = self.type_of(node["items"], f"{where}[]")
            if item_check is not None:
                raise UnsupportedSchema(f"{self._name}: {where}: patterns inside arrays of strings")
            meta = {k: node[m] for k, m in (("min_length", "minItems"), ("max_length", "maxItems")) if m in node}
            hint = Annotated[list[item], msgspec.Meta(**meta)] if meta else list[item]
        elif kind in _SCALARS:
            if kind != "string" and ("pattern" in node or "format" in node):
                raise UnsupportedSchema(f"{self._name}: {where}: pattern/format on a {kind}")
            if "format" in node and (node["format"] != "date-time" or "pattern" not in node):
                raise UnsupportedSchema(f"{self._name}: {where}: format {node['format']!r} without its pattern")
            if "pattern" in node:
                check = (node["pattern"], "format" in node)
            meta = {k: node[m] for k, m in (("ge", "minimum"), ("le", "maximum")) if m in node}
            if meta and kind != "integer":
                raise UnsupportedSchema(f"{self._name}: {where}: bounds on a {kind}")
            if kind == "integer":
                # msgspec takes integers of any size; beyond 64 bits no consumer can store one, so
                # such a value goes the slow way (msgspec may refuse what the schema accepts).
                meta = {"ge": INT64_MIN, "le": INT64_MAX} | meta
            hint = Annotated[_SCALARS[kind], msgspec.Meta(**meta)] if meta else _SCALARS[kind]
        else:
            raise UnsupportedSchema(f"{self._name}: {where}: type {kind!r}")
        return (Union[hint, None] if nullable else hint), check

    def struct(self, node: dict[str, Any], where: str) -> type[msgspec.Struct]:
        if node.get("additionalProperties") is not False:
            raise UnsupportedSchema(f"{self._name}: {where}: objects must say additionalProperties: false")
        required = set(node.get("required", ()))
        properties = node.get("properties", {})
        if required - set(properties):
            raise UnsupportedSchema(f"{self._name}: {where}: required names an undeclared property")
        fields, checks = [], []
        for prop, sub in properties.items():
            hint, check = self.type_of(sub, f"{where}.{prop}")
            if check is not None:
                checks.append(_PatternCheck(prop, *check))
            if prop in required:
                fields.append((prop, hint))
            else:  # absent is not null: UNSET tells them apart, and only absence is allowed
                fields.append((prop, Union[hint, msgspec.UnsetType], msgspec.UNSET))
        # Required fields first (msgspec needs defaults last); order carries no meaning in JSON.
        fields.sort(key=lambda f: len(f) == 3)
        self._count += 1
        namespace = {"__post_init__": _post_init(tuple(checks))} if checks else {}
        # gc=False: these structs hold only strings, numbers, lists of such structs; no cycles.
        return msgspec.defstruct(f"{where.replace('.', '_') or 'root'}_{self._count}", fields,
                                 forbid_unknown_fields=True, namespace=namespace, gc=False)


class StructDecoder:
    """`decode(raw)`: the typed document if msgspec accepts it, else None (then
    only the compiled validator can tell: see the module docstring)."""

    def __init__(self, schema: dict[str, Any], name: str) -> None:
        builder = _Builder(schema, name)
        if schema.get("type") != "object":
            raise UnsupportedSchema(f"{name}: the root must be an object")
        self.type = builder.struct(schema, "")
        self._decoder = msgspec.json.Decoder(self.type)

    def decode(self, raw: bytes) -> Any | None:
        try:
            return self._decoder.decode(raw)
        except msgspec.DecodeError:  # ValidationError is a DecodeError
            return None


@lru_cache(maxsize=64)
def struct_decoder_for(topic_name: str, version: int) -> StructDecoder:
    return StructDecoder(load_schema(topic_name, version), f"{topic_name}/v{version}")
