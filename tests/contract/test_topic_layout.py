"""Layout contract of schemas/: the topic set, topic.yaml keys, versions, and no orphans."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gammainfra_schemas.paths import schemas_root
from gammainfra_schemas.topics import load_examples, load_topics, topic_dirs

# DESIGN.md §2's table, minus the per-topic `<topic>.dlq` row (checked below).
DESIGN_TOPICS = {"llm.requests.v1", "accounts.v1", "routing.health.v1", "billing.invoices.v1", "lifecycle.v1",
                 "billing.account_state.v1"}  # the last: billing -> gateway (credits, suspension)
REQUIRED_KEYS = {
    "topic", "description", "owner", "producers", "consumers", "key", "partitions",
    "replication_factor", "config", "contains_customer_ids", "dlq", "cloudevents", "versions",
}
TOPIC_NAMES = sorted(spec.name for spec in load_topics())


def test_topics_are_exactly_designs_table(topics):
    assert set(topics) == DESIGN_TOPICS


def test_every_folder_under_schemas_is_a_topic_with_topic_yaml():
    root = schemas_root()
    expected_non_topics = {"gammainfra_schemas", "catalog"}
    present = {p.name for p in root.iterdir() if p.is_dir()}
    assert expected_non_topics <= present
    for folder in topic_dirs(root):
        assert (folder / "topic.yaml").is_file(), f"{folder.name}: no topic.yaml"
    assert {p.name for p in topic_dirs(root)} == DESIGN_TOPICS


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_topic_yaml_has_required_keys(name, topics):
    raw = yaml.safe_load((topics[name].path / "topic.yaml").read_text(encoding="utf-8"))
    assert REQUIRED_KEYS <= set(raw), f"missing: {sorted(REQUIRED_KEYS - set(raw))}"
    assert raw["topic"] == name


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_versions_run_from_one_without_gaps(name, topics):
    numbers = [v.version for v in topics[name].versions]
    assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_schema_files_are_named_after_their_version_and_exist(name, topics):
    for version in topics[name].versions:
        assert version.schema_path.name == f"v{version.version}.schema.json"
        assert version.schema_path.is_file()


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_no_orphan_files_in_topic_folder(name, topics):
    spec = topics[name]
    referenced = {v.schema_path.name for v in spec.versions}
    allowed = referenced | {"topic.yaml", "examples"}
    present = {p.name for p in spec.path.iterdir() if p.name != "__pycache__"}
    assert present - allowed == set(), "files no topic.yaml version references"
    schema_files = {p.name for p in spec.path.glob("v*.schema.json")}
    assert schema_files == referenced


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_every_examples_folder_belongs_to_a_version(name, topics):
    spec = topics[name]
    folders = {p.name for p in (spec.path / "examples").iterdir()}
    assert folders == {f"v{v.version}" for v in spec.versions}
    for folder in (spec.path / "examples").iterdir():
        stray = [p.name for p in folder.iterdir() if p.suffix != ".json"]
        assert stray == [], f"{folder}: non-JSON files"


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_every_version_has_at_least_two_examples(name, topics):
    for version in topics[name].versions:
        assert len(load_examples(name, version.version)) >= 2


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_every_consumed_topic_has_a_dlq_named_after_it(name, topics):
    spec = topics[name]
    assert spec.consumers, f"{name} has no consumers"
    assert spec.dlq is not None
    assert spec.dlq.name == f"{name}.dlq"
    assert spec.dlq.partitions >= 1


def test_partition_counts(topics):
    assert topics["llm.requests.v1"].partitions == 6
    for name in DESIGN_TOPICS - {"llm.requests.v1"}:
        assert topics[name].partitions == 3, name


def test_producers_and_keys_match_design(topics):
    assert topics["llm.requests.v1"].producers == ("gateway",)
    assert topics["accounts.v1"].producers == ("gateway",)
    assert topics["routing.health.v1"].producers == ("router",)
    assert topics["billing.invoices.v1"].producers == ("billing",)
    assert topics["lifecycle.v1"].owner == "retention"
    for name in ("llm.requests.v1", "accounts.v1", "billing.invoices.v1", "lifecycle.v1"):
        assert topics[name].key.startswith("customer_id") or "customer_id" in topics[name].key
    assert '"purge"' in topics["lifecycle.v1"].key
    assert "<endpoint id>|<model id>" in topics["routing.health.v1"].key
    assert {"router", "metering"} <= set(topics["llm.requests.v1"].consumers)
    assert {"metering", "billing", "retention", "router"} <= set(topics["accounts.v1"].consumers)


def test_usage_topic_documents_how_to_subscribe(topics):
    text = topics["llm.requests.v1"].subscribing
    assert text is not None
    for must in ("group id", "customer_id", "ce_id", "at-least-once", "catalog_version"):
        assert must in text, must


def test_meta_schema_is_at_the_root_and_not_a_topic():
    assert (schemas_root() / "topic.schema.json").is_file()
    assert not (schemas_root() / "topic.schema.json").is_dir()
    assert isinstance(schemas_root(), Path)
