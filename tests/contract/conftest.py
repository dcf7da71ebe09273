"""Fixtures shared by the contract tests: the topics and catalog as the package loads them."""

from __future__ import annotations

import pytest

from gammainfra_schemas.catalog import Catalog, load_catalog
from gammainfra_schemas.topics import TopicSpec, load_topics


@pytest.fixture(scope="session")
def topics() -> dict[str, TopicSpec]:
    return {spec.name: spec for spec in load_topics()}


@pytest.fixture(scope="session")
def newest_catalog() -> Catalog:
    return load_catalog()
