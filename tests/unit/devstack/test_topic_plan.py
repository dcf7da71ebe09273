"""Fitting the contract's production topic settings to a smaller cluster."""

from gammainfra_devstack.topics import TopicPlan, planned_topics


def test_single_broker_clamps_replication_and_min_isr():
    plan = TopicPlan("t", 6, {"min.insync.replicas": "2", "retention.ms": "5"}, replication_factor=3)
    fitted = plan.fitted_to(1)
    assert fitted.replication_factor == 1
    assert fitted.config == {"min.insync.replicas": "1", "retention.ms": "5"}
    assert plan.fitted_to(5).replication_factor == 3
    assert plan.fitted_to(5).config["min.insync.replicas"] == "2"


def test_every_consumed_topic_has_a_dlq_planned():
    names = {p.name for p in planned_topics()}
    for name in ("llm.requests.v1", "accounts.v1", "lifecycle.v1"):
        assert f"{name}.dlq" in names
