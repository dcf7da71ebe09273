"""The backward-compatibility checker: compatible changes pass, each kind of break fails."""

from __future__ import annotations

import copy

import pytest

from gammainfra_schemas.compat import check_backward_compatible
from gammainfra_schemas.topics import load_schema, load_topics

BASE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "count", "when", "nested", "items"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 20},
        "count": {"type": "integer", "minimum": 0, "maximum": 100},
        "ratio": {"type": "number"},
        "kind": {"enum": ["a", "b"]},
        "note": {"type": ["string", "null"], "minLength": 1},
        "version": {"const": 1},
        "when": {"$ref": "#/$defs/timestamp"},
        "nested": {
            "type": "object",
            "additionalProperties": False,
            "required": ["x"],
            "properties": {"x": {"type": "integer"}, "y": {"type": "boolean"}},
        },
        "items": {
            "type": "array",
            "maxItems": 5,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["z"],
                "properties": {"z": {"type": "string"}},
            },
        },
    },
    "$defs": {"timestamp": {"type": "string", "format": "date-time"}},
}

EVENTS = {
    "oneOf": [
        {
            "type": "object", "additionalProperties": False, "required": ["type", "id"],
            "properties": {"type": {"const": "thing.created"}, "id": {"type": "string"}},
        },
        {
            "type": "object", "additionalProperties": False, "required": ["type", "id", "flag"],
            "properties": {"type": {"const": "thing.flagged"}, "id": {"type": "string"}, "flag": {"type": "boolean"}},
        },
    ]
}


def changed(base: dict, edit) -> dict:
    new = copy.deepcopy(base)
    edit(new)
    return new


def props(schema: dict) -> dict:
    return schema["properties"]


# --- compatible changes ------------------------------------------------------------------

COMPATIBLE = {
    "identical": lambda s: None,
    "add optional property": lambda s: props(s).update(extra={"type": "string"}),
    "add optional nested property": lambda s: props(s)["nested"]["properties"].update(w={"type": "string"}),
    "add optional property in array items": lambda s: props(s)["items"]["items"]["properties"].update(q={}),
    "widen type with null": lambda s: props(s)["count"].update(type=["integer", "null"]),
    "integer to number": lambda s: props(s)["count"].update(type="number"),
    "add enum value": lambda s: props(s)["kind"].update(enum=["a", "b", "c"]),
    "lower minimum": lambda s: props(s)["count"].update(minimum=-5),
    "raise maximum": lambda s: props(s)["count"].update(maximum=1000),
    "drop maximum": lambda s: props(s)["count"].pop("maximum"),
    "raise maxLength": lambda s: props(s)["id"].update(maxLength=64),
    "raise maxItems": lambda s: props(s)["items"].update(maxItems=50),
    "drop pattern": lambda s: props(s)["id"].pop("pattern"),
    "make required optional": lambda s: s.update(required=["id", "count", "when", "nested"]),
    "edit descriptions": lambda s: props(s)["id"].update(description="the id", title="Id"),
    "open additionalProperties": lambda s: s.update(additionalProperties=True),
    "same $def under a new name": lambda s: (
        s["$defs"].update(instant=s["$defs"]["timestamp"]), props(s)["when"].update({"$ref": "#/$defs/instant"})),
}


@pytest.mark.parametrize("edit", COMPATIBLE.values(), ids=COMPATIBLE.keys())
def test_compatible_change_passes(edit):
    assert check_backward_compatible(BASE, changed(BASE, edit)) == []


def test_adding_a_discriminated_branch_passes():
    new = changed(EVENTS, lambda s: s["oneOf"].append({
        "type": "object", "additionalProperties": False, "required": ["type"],
        "properties": {"type": {"const": "thing.deleted"}},
    }))
    assert check_backward_compatible(EVENTS, new) == []


def test_reordering_branches_passes():
    assert check_backward_compatible(EVENTS, changed(EVENTS, lambda s: s["oneOf"].reverse())) == []


# --- breaking changes: one test per kind ---------------------------------------------------

def violations(edit, base=BASE) -> list[str]:
    found = check_backward_compatible(base, changed(base, edit))
    assert found, "breaking change not detected"
    return found


def test_removing_a_property_breaks():
    assert violations(lambda s: props(s).pop("ratio")) == [
        "$.ratio: property removed (or renamed): payloads carrying it are now rejected"]


def test_renaming_a_property_breaks():
    found = violations(lambda s: props(s).update(ratio_pct=props(s).pop("ratio")))
    assert found == ["$.ratio: property removed (or renamed): payloads carrying it are now rejected"]


def test_changing_a_type_breaks():
    assert violations(lambda s: props(s)["id"].update(type="integer")) == [
        "$.id: type narrowed: ['string'] no longer accepted (now ['integer'])"]


def test_narrowing_number_to_integer_breaks():
    assert violations(lambda s: props(s)["ratio"].update(type="integer")) == [
        "$.ratio: type narrowed: ['number'] no longer accepted (now ['integer'])"]


def test_removing_null_breaks():
    assert violations(lambda s: props(s)["note"].update(type="string")) == [
        "$.note: type narrowed: ['null'] no longer accepted (now ['string'])"]


def test_adding_a_required_field_breaks():
    found = violations(lambda s: (props(s).update(region={"type": "string"}), s["required"].append("region")))
    assert found == ["$.region: new required property: old payloads lack it"]


def test_making_an_optional_field_required_breaks():
    assert violations(lambda s: s["required"].append("ratio")) == ["$.ratio: optional property became required"]


def test_removing_an_enum_value_breaks():
    assert violations(lambda s: props(s)["kind"].update(enum=["a"])) == ["$.kind: enum value(s) removed: ['b']"]


def test_adding_an_enum_to_a_free_field_breaks():
    assert violations(lambda s: props(s)["id"].update(enum=["abc"])) == ["$.id: enum added: only ['abc'] accepted now"]


def test_raising_minimum_breaks():
    assert violations(lambda s: props(s)["count"].update(minimum=1)) == ["$.count: lower bound narrowed: >= 0 -> >= 1"]


def test_exclusive_minimum_at_the_same_value_breaks():
    found = violations(lambda s: props(s)["count"].update(exclusiveMinimum=0))
    assert found == ["$.count: lower bound narrowed: >= 0 -> > 0"]


def test_lowering_maximum_breaks():
    assert violations(lambda s: props(s)["count"].update(maximum=99)) == [
        "$.count: upper bound narrowed: <= 100 -> <= 99"]


def test_narrowing_lengths_and_sizes_breaks():
    assert violations(lambda s: props(s)["id"].update(maxLength=10)) == ["$.id: maxLength narrowed: 20 -> 10"]
    assert violations(lambda s: props(s)["note"].update(minLength=2)) == ["$.note: minLength narrowed: 1 -> 2"]
    assert violations(lambda s: props(s)["items"].update(maxItems=4)) == ["$.items: maxItems narrowed: 5 -> 4"]


def test_changing_a_const_breaks():
    assert violations(lambda s: props(s)["version"].update(const=2)) == ["$.version: const changed from 1 to 2"]


def test_changing_a_pattern_breaks():
    assert violations(lambda s: props(s)["id"].update(pattern="^[a-z0-9]+$")) == [
        "$.id: pattern changed: '^[a-z]+$' -> '^[a-z0-9]+$'"]


def test_changing_a_nested_property_breaks():
    assert violations(lambda s: props(s)["nested"]["properties"].pop("y")) == [
        "$.nested.y: property removed (or renamed): payloads carrying it are now rejected"]


def test_changing_array_items_breaks():
    assert violations(lambda s: props(s)["items"]["items"]["properties"]["z"].update(type="integer")) == [
        "$.items[*].z: type narrowed: ['string'] no longer accepted (now ['integer'])"]


def test_changing_a_referenced_def_breaks():
    assert violations(lambda s: s["$defs"]["timestamp"].update(format="date")) == [
        "$.when: format changed: 'date-time' -> 'date'"]


def test_closing_additional_properties_breaks():
    base = changed(BASE, lambda s: s.update(additionalProperties=True))
    assert violations(lambda s: s.update(additionalProperties=False), base=base) == [
        "$: additionalProperties closed: payloads with other properties are now rejected"]


def test_constraining_a_property_old_schema_left_open_breaks():
    base = changed(BASE, lambda s: s.update(additionalProperties=True))
    assert violations(lambda s: props(s).update(extra={"type": "string"}), base=base) == [
        "$.extra: type narrowed: now only ['string'] (was any type)"]


def test_removing_a_branch_breaks():
    assert violations(lambda s: s["oneOf"].pop(1), base=EVENTS) == [
        "$<type=thing.flagged>: oneOf branch removed: payloads of this type are rejected"]


def test_breaking_inside_a_branch_breaks():
    assert violations(lambda s: s["oneOf"][1]["properties"]["flag"].update(type="string"), base=EVENTS) == [
        "$<type=thing.flagged>.flag: type narrowed: ['boolean'] no longer accepted (now ['string'])"]


def test_an_unanalysed_new_keyword_is_not_waved_through():
    assert violations(lambda s: props(s)["id"].update({"not": {"const": "admin"}})) == [
        "$.id: keyword 'not' added or changed; compatibility cannot be proven"]


def test_an_external_ref_is_not_waved_through():
    assert violations(lambda s: props(s)["id"].update({"$ref": "other.json#/x"})) == [
        "$.id: cannot compare: $ref 'other.json#/x' leaves the document"]


TREE = {
    "$defs": {"node": {
        "type": "object", "additionalProperties": False, "required": ["id"],
        "properties": {"id": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
    }},
    "$ref": "#/$defs/node",
}


def test_recursive_schemas_terminate_and_are_still_checked():
    assert check_backward_compatible(TREE, copy.deepcopy(TREE)) == []
    broken = changed(TREE, lambda s: s["$defs"]["node"]["properties"]["id"].update(type="integer"))
    assert check_backward_compatible(TREE, broken) == [
        "$.id: type narrowed: ['string'] no longer accepted (now ['integer'])"]


# --- the real schemas ---------------------------------------------------------------------

VERSIONS = [(s.name, v.version) for s in load_topics() for v in s.versions]


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_every_real_schema_is_compatible_with_itself(name, version):
    schema = load_schema(name, version)
    assert check_backward_compatible(schema, copy.deepcopy(schema)) == []


def test_real_schema_breaks_are_found_through_refs_and_branches():
    llm = load_schema("llm.requests.v1", 1)
    broken = changed(llm, lambda s: s["$defs"]["attempt"]["properties"].pop("latency_ms"))
    assert "$.fallback_chain[*].latency_ms: property removed (or renamed): payloads carrying it are now rejected" \
        in check_backward_compatible(llm, broken)
    broken = changed(llm, lambda s: s["properties"]["task_label"]["enum"].remove("math"))
    assert check_backward_compatible(llm, broken) == ["$.task_label: enum value(s) removed: ['math']"]
    accounts = load_schema("accounts.v1", 1)
    broken = changed(accounts, lambda s: s["oneOf"][2]["properties"]["objection"].update(type="string"))
    assert check_backward_compatible(accounts, broken) == [
        "$<type=account.processing_objection_changed>.objection: type narrowed: ['boolean'] no longer accepted"
        " (now ['string'])"]
    widened = changed(llm, lambda s: s["properties"]["task_label"]["enum"].append("legal"))
    assert check_backward_compatible(llm, widened) == []
