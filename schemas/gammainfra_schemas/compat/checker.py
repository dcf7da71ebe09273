"""Backward compatibility of two JSON Schemas (draft 2020-12).

Owns the rule "a new schema version is backward compatible when every payload
valid under the old one is still valid under the new one", checked structurally.
Guarantees: sound for the constructs it understands (types, const/enum, numeric
and length bounds, pattern/format, objects with properties/required/
additionalProperties, arrays, oneOf/anyOf branches matched by their `type`
const, allOf, same-document $ref). Anything it cannot prove - a new or changed
keyword it does not analyse, an external $ref - is reported as a violation,
never waved through. Pure; never raises for a well-formed schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .schema_nodes import (
    UnsupportedSchema, accepted_types, accepted_values, discriminator, distribute,
    resolve, same_value, type_covered, without_annotations,
)

_LOWER_LIMITS = ("minLength", "minItems", "minProperties", "minContains")
_UPPER_LIMITS = ("maxLength", "maxItems", "maxProperties", "maxContains")
_HANDLED = frozenset({
    "type", "const", "enum", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
    "multipleOf", "pattern", "format", "uniqueItems", "properties", "required",
    "additionalProperties", "items", "prefixItems", "oneOf", "anyOf", "allOf", "$ref",
    *_LOWER_LIMITS, *_UPPER_LIMITS,
})


@dataclass
class _Run:
    old_root: Any
    new_root: Any
    violations: list[str] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)

    def report(self, path: str, message: str) -> None:
        self.violations.append(f"{path}: {message}")


def check_backward_compatible(old_schema: Any, new_schema: Any) -> list[str]:
    """Human-readable violations (each prefixed with a payload JSON path); [] if compatible."""
    run = _Run(old_schema, new_schema)
    _compare(run, old_schema, new_schema, "$")
    return run.violations


def _compare(run: _Run, old: Any, new: Any, path: str) -> None:
    try:
        old, new = resolve(run.old_root, old), resolve(run.new_root, new)
    except UnsupportedSchema as exc:
        run.report(path, f"cannot compare: {exc}")
        return
    key = (id(old), id(new))
    if key in run.seen:  # recursive schemas: this pair is already being compared
        return
    run.seen.add(key)
    try:
        _compare_resolved(run, old, new, path)
    finally:
        run.seen.discard(key)


def _compare_resolved(run: _Run, old: Any, new: Any, path: str) -> None:
    if old is False or new is True:
        return
    if new is False:
        run.report(path, "schema became `false`: nothing is accepted any more")
        return
    old = {} if old is True else old
    if not without_annotations(new):
        return
    if "allOf" in old:  # an old allOf only narrows; folding it in keeps the check sound
        try:
            old = _fold_all_of(run, old)
        except UnsupportedSchema as exc:
            run.report(path, f"cannot compare: {exc}")
            return
    if "allOf" in new:
        rest = {k: v for k, v in new.items() if k != "allOf"}
        for i, part in enumerate(new["allOf"]):
            _compare(run, old, part, f"{path}<allOf[{i}]>")
        new = rest
    for combinator in ("oneOf", "anyOf"):
        if combinator in old or combinator in new:
            _compare_branches(run, old, new, combinator, path)
            return
    _compare_types_and_values(run, old, new, path)
    old_types = accepted_types(old)
    if old_types is None or old_types & {"integer", "number"}:
        _compare_numbers(run, old, new, path)
    _compare_limits_and_strings(run, old, new, path)
    if old_types is None or "object" in old_types:
        _compare_objects(run, old, new, path)
    if old_types is None or "array" in old_types:
        _compare_arrays(run, old, new, path)
    for keyword in sorted(k for k in without_annotations(new) if k not in _HANDLED):
        if keyword not in old or old[keyword] != new[keyword]:
            run.report(path, f"keyword {keyword!r} added or changed; compatibility cannot be proven")


def _compare_types_and_values(run: _Run, old: dict, new: dict, path: str) -> None:
    old_types, new_types = accepted_types(old), accepted_types(new)
    if new_types is not None:
        if old_types is None:
            run.report(path, f"type narrowed: now only {sorted(new_types)} (was any type)")
        else:
            lost = sorted(t for t in old_types if not type_covered(t, new_types))
            if lost:
                run.report(path, f"type narrowed: {lost} no longer accepted (now {sorted(new_types)})")
    new_values = accepted_values(new)
    if new_values is None:
        return
    old_values = accepted_values(old)
    if old_values is None:
        kind = "const" if "const" in new else "enum"
        run.report(path, f"{kind} added: only {new_values!r} accepted now")
        return
    removed = [v for v in old_values if not any(same_value(v, n) for n in new_values)]
    if not removed:
        return
    if "const" in old and "const" in new:
        run.report(path, f"const changed from {old['const']!r} to {new['const']!r}")
    else:
        run.report(path, f"enum value(s) removed: {removed!r}")


def _compare_numbers(run: _Run, old: dict, new: dict, path: str) -> None:
    old_low, new_low = _bound(old, "minimum", "exclusiveMinimum", max), _bound(new, "minimum", "exclusiveMinimum", max)
    if new_low is not None and (old_low is None or new_low > old_low):
        run.report(path, f"lower bound narrowed: {_show(old_low)} -> {_show(new_low)}")
    old_high = _bound(old, "maximum", "exclusiveMaximum", min, upper=True)
    new_high = _bound(new, "maximum", "exclusiveMaximum", min, upper=True)
    if new_high is not None and (old_high is None or new_high < old_high):
        run.report(path, f"upper bound narrowed: {_show(old_high, True)} -> {_show(new_high, True)}")
    if "multipleOf" in new:
        old_step, new_step = old.get("multipleOf"), new["multipleOf"]
        if old_step is None or Fraction(str(old_step)) % Fraction(str(new_step)) != 0:
            run.report(path, f"multipleOf narrowed: {old_step!r} -> {new_step!r}")


def _bound(schema: dict, inclusive: str, exclusive: str, pick: Any, upper: bool = False) -> Any:
    # A bound is (value, strictness): for a lower bound exclusive is stricter (+1),
    # for an upper bound exclusive is stricter (-1), so tuples order by strictness.
    candidates = []
    if isinstance(schema.get(inclusive), (int, float)):
        candidates.append((Fraction(str(schema[inclusive])), 0))
    if isinstance(schema.get(exclusive), (int, float)):
        candidates.append((Fraction(str(schema[exclusive])), -1 if upper else 1))
    return pick(candidates) if candidates else None


def _show(bound: Any, upper: bool = False) -> str:
    if bound is None:
        return "none"
    value, strict = bound
    op = ("<" if strict else "<=") if upper else (">" if strict else ">=")
    return f"{op} {value}"


def _compare_limits_and_strings(run: _Run, old: dict, new: dict, path: str) -> None:
    for keyword in _LOWER_LIMITS:
        default = 1 if keyword == "minContains" else 0
        if keyword in new and new[keyword] > old.get(keyword, default):
            run.report(path, f"{keyword} narrowed: {old.get(keyword, default)} -> {new[keyword]}")
    for keyword in _UPPER_LIMITS:
        if keyword in new and (keyword not in old or new[keyword] < old[keyword]):
            run.report(path, f"{keyword} narrowed: {old.get(keyword, 'none')} -> {new[keyword]}")
    for keyword in ("pattern", "format"):
        if keyword in new and new[keyword] != old.get(keyword):
            run.report(path, f"{keyword} changed: {old.get(keyword)!r} -> {new[keyword]!r}")
    if new.get("uniqueItems") is True and old.get("uniqueItems") is not True:
        run.report(path, "uniqueItems added")


def _compare_objects(run: _Run, old: dict, new: dict, path: str) -> None:
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_extra, new_extra = old.get("additionalProperties", True), new.get("additionalProperties", True)
    for name, old_sub in old_props.items():
        where = f"{path}.{name}"
        if name in new_props:
            _compare(run, old_sub, new_props[name], where)
        elif new_extra is False:
            run.report(where, "property removed (or renamed): payloads carrying it are now rejected")
        else:
            _compare(run, old_sub, new_extra, where)
    for name, new_sub in new_props.items():
        if name not in old_props and old_extra is not False:
            _compare(run, old_extra, new_sub, f"{path}.{name}")
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for name in sorted(new_required - old_required):
        if name in old_props:
            run.report(f"{path}.{name}", "optional property became required")
        else:
            run.report(f"{path}.{name}", "new required property: old payloads lack it")
    if old_extra is not False and new_extra is False:
        run.report(path, "additionalProperties closed: payloads with other properties are now rejected")
    elif old_extra is not False:
        _compare(run, old_extra, new_extra, f"{path}.*")
    if new.get("patternProperties", {}) != old.get("patternProperties", {}):
        run.report(path, "patternProperties changed; compatibility cannot be proven")


def _compare_arrays(run: _Run, old: dict, new: dict, path: str) -> None:
    old_prefix, new_prefix = old.get("prefixItems", []), new.get("prefixItems", [])
    old_items, new_items = old.get("items", True), new.get("items", True)
    for i in range(max(len(old_prefix), len(new_prefix))):
        _compare(
            run,
            old_prefix[i] if i < len(old_prefix) else old_items,
            new_prefix[i] if i < len(new_prefix) else new_items,
            f"{path}[{i}]",
        )
    _compare(run, old_items, new_items, f"{path}[*]")


def _compare_branches(run: _Run, old: dict, new: dict, combinator: str, path: str) -> None:
    old_branches = [distribute(old, b) for b in old.get(combinator, [old])]
    new_branches = [distribute(new, b) for b in new.get("oneOf", new.get("anyOf", [new]))]
    by_type = {discriminator(b): b for b in new_branches if discriminator(b) is not None}
    for i, branch in enumerate(old_branches):
        tag = discriminator(branch)
        if tag is not None:
            if tag not in by_type:
                run.report(f"{path}<type={tag}>", f"{combinator} branch removed: payloads of this type are rejected")
            else:
                _compare(run, branch, by_type[tag], f"{path}<type={tag}>")
            continue
        # No discriminator: the old branch must fit wholly inside some new branch.
        trials = [_trial(run, branch, candidate) for candidate in new_branches]
        if all(trials):
            best = min(trials, key=len)
            run.violations.extend(f"{path}<{combinator}[{i}]>{v[1:]}" for v in best)
    untagged_old = sum(discriminator(b) is None for b in old_branches)
    untagged_new = sum(discriminator(b) is None for b in new_branches)
    if "oneOf" in new and untagged_new > untagged_old:
        run.report(path, "oneOf branch without a `type` const added: an old payload may now match two branches")


def _trial(run: _Run, old: Any, new: Any) -> list[str]:
    """Compare two subschemas of the current documents without reporting."""
    trial = _Run(run.old_root, run.new_root, seen=set(run.seen))
    _compare(trial, old, new, "$")
    return trial.violations


def _fold_all_of(run: _Run, schema: dict) -> dict:
    folded = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = resolve(run.old_root, part)
        folded = distribute(folded, part) if isinstance(part, dict) else folded
    return folded
