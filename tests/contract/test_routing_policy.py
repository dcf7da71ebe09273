"""The routing policy of model "auto": every published version loads, validates and
names only chat models of its catalog; bad policies are refused with a reason."""

from __future__ import annotations

import copy

import pytest
import yaml

from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.llm_requests_v1 import TaskLabel
from gammainfra_schemas.routing_policy import (RoutingPolicyError, load_routing_policy, parse_routing_policy,
                                               policy_dir, policy_versions)

VERSIONS = policy_versions()


def raw(version: str) -> dict:
    return yaml.safe_load((policy_dir() / "versions" / f"{version}.yaml").read_text(encoding="utf-8"))


def test_there_is_a_policy_and_the_gateway_reports_the_newest():
    from gammainfra_gateway.routing.candidates import ROUTING_VERSION
    assert VERSIONS and ROUTING_VERSION == VERSIONS[-1]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_loads_and_covers_every_task_label(version):
    policy = load_routing_policy(version)
    assert policy.version == version
    assert set(policy.labels) == {label.value for label in TaskLabel}
    catalog = load_catalog(policy.catalog_version)
    for candidates in policy.labels.values():
        assert all(catalog.models[c.model].kind == "chat" for c in candidates)


@pytest.mark.parametrize(("mutate", "reason"), [
    (lambda d: d["labels"]["code"].append({"model": "openai/gpt-17", "quality": 0.5}), "not in catalog"),
    (lambda d: d["labels"]["code"].append({"model": "openai/text-embedding-3-small", "quality": 0.5}),
     "not a chat model"),
    (lambda d: d["labels"]["code"].append(dict(d["labels"]["code"][0])), "listed twice"),
    (lambda d: d["weights"]["cost"].update(price=0.9), "sum to"),
    (lambda d: d["labels"].pop("math"), "math"),
    (lambda d: d.update(extra=1), "extra"),
    (lambda d: d["labels"]["chat"][0].update(quality=1.5), "1.5"),
])
def test_inconsistent_policies_are_refused(mutate, reason):
    data = copy.deepcopy(raw(VERSIONS[-1]))
    mutate(data)
    with pytest.raises(RoutingPolicyError, match=reason):
        parse_routing_policy(data)


def test_version_must_match_the_file_name():
    with pytest.raises(RoutingPolicyError, match="file name"):
        parse_routing_policy(raw(VERSIONS[-1]), expected_version="2000-01-01.1")


def published() -> dict[str, str]:
    lines = (policy_dir() / "published.sha256").read_text(encoding="utf-8").splitlines()
    return {version: digest for digest, version in (line.split() for line in lines if line and not line.startswith("#"))}


def test_a_published_version_never_changes_so_every_change_is_a_new_routing_version():
    # routing_version in every event names one exact policy: editing a published file would
    # make the same version mean two policies. The lock lists each file's sha256.
    import hashlib
    locked = published()
    assert sorted(locked) == sorted(VERSIONS), "every policy file is listed in published.sha256, and only those"
    for version in VERSIONS:
        digest = hashlib.sha256((policy_dir() / "versions" / f"{version}.yaml").read_bytes()).hexdigest()
        assert digest == locked[version], (f"{version}.yaml changed after publication: publish the change as a "
                                           f"new version instead (docs/routing-policy.md)")

