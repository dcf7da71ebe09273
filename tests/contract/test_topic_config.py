"""Kafka configuration contract: retention limits, compaction, replication, CloudEvents types."""

from __future__ import annotations

import pytest

from gammainfra_schemas.topics import load_schema, load_topics

from .schema_walk import iter_property_names, iter_subschemas

MAX_CUSTOMER_RETENTION_MS = 63_072_000_000  # 24 months (730 days): privacy policy §5
TOPIC_NAMES = sorted(spec.name for spec in load_topics())
CUSTOMER_TOPICS = sorted(spec.name for spec in load_topics() if spec.contains_customer_ids)


def _schema_has_customer_ids(name: str, version: int) -> bool:
    return any(prop == "customer_id" for _, prop in iter_property_names(load_schema(name, version)))


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_contains_customer_ids_flag_matches_the_schemas(name, topics):
    spec = topics[name]
    carried = any(_schema_has_customer_ids(name, v.version) for v in spec.versions)
    assert spec.contains_customer_ids is carried


def test_customer_topics_are_the_ones_design_keys_by_customer():
    assert CUSTOMER_TOPICS == ["accounts.v1", "billing.account_state.v1", "billing.invoices.v1", "lifecycle.v1",
                               "llm.requests.v1"]


@pytest.mark.parametrize("name", CUSTOMER_TOPICS)
def test_customer_topics_keep_at_most_24_months(name, topics):
    spec = topics[name]
    assert spec.config["cleanup.policy"] == "delete"
    assert int(spec.config["retention.ms"]) <= MAX_CUSTOMER_RETENTION_MS
    assert int(spec.dlq.config["retention.ms"]) <= MAX_CUSTOMER_RETENTION_MS


def test_usage_topic_keeps_the_full_24_months_for_audit_replay(topics):
    assert topics["llm.requests.v1"].config["retention.ms"] == str(MAX_CUSTOMER_RETENTION_MS)


def test_routing_health_is_compacted_and_customer_free(topics):
    spec = topics["routing.health.v1"]
    assert spec.config["cleanup.policy"] == "compact"
    assert spec.contains_customer_ids is False
    assert "retention.ms" not in spec.config  # compaction, not time, bounds it


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_config_values_are_strings_and_replication_survives_one_broker(name, topics):
    spec = topics[name]
    for config in (spec.config, spec.dlq.config):
        assert all(isinstance(v, str) for v in config.values())
        assert int(config["min.insync.replicas"]) < spec.replication_factor
        assert "retention.ms" in config or config["cleanup.policy"] == "compact"


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_ce_types_match_the_data_types(name, topics):
    spec = topics[name]
    for version in spec.versions:
        schema = load_schema(name, version.version)
        data_types = set()
        for _, node in iter_subschemas(schema):
            type_prop = node.get("properties", {}).get("type", {})
            data_types |= {type_prop["const"]} if "const" in type_prop else set(type_prop.get("enum", []))
        if data_types:
            assert set(version.ce_types) == {f"com.gammainfra.{t}" for t in data_types}
        else:
            assert len(version.ce_types) == 1


@pytest.mark.parametrize("name", TOPIC_NAMES)
def test_ce_source_names_the_owner(name, topics):
    assert topics[name].ce_source == f"/gammainfra/{topics[name].owner}"
