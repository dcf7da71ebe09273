"""The model/price catalog: every version validates, cross-references hold, lookups work."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
import yaml
from jsonschema import Draft202012Validator

from gammainfra_schemas.catalog import (
    CatalogError, Offering, catalog_versions, load_catalog, parse_catalog,
)
from gammainfra_schemas.paths import schemas_root

from .schema_walk import is_object_schema, iter_subschemas

CATALOG_DIR = schemas_root() / "catalog"
VERSIONS = catalog_versions()
PROVIDER_STYLES = {
    "openai": "openai_compatible", "anthropic": "anthropic_messages", "google": "gemini",
    "mistral": "openai_compatible", "groq": "openai_compatible", "deepseek": "openai_compatible",
    "xai": "openai_compatible", "bedrock": "bedrock_converse",
}
ENDPOINTS = {
    "openai-us", "anthropic-us", "google-gemini", "mistral-eu", "groq-us", "deepseek-cn", "xai-us",
    "bedrock-us-east-1", "bedrock-us-west-2", "bedrock-eu-central-1",
}


def _raw(version: str) -> dict:
    return yaml.safe_load((CATALOG_DIR / "versions" / f"{version}.yaml").read_text(encoding="utf-8"))


def test_catalog_schema_is_valid_and_closed_everywhere():
    schema = json.loads((CATALOG_DIR / "catalog.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    objects = [ptr for ptr, node in iter_subschemas(schema) if is_object_schema(node)]
    assert len(objects) >= 7
    assert [p for p, n in iter_subschemas(schema) if is_object_schema(n) and n.get("additionalProperties") is not False] == []


def test_only_version_files_in_the_catalog_folder():
    assert {p.name for p in CATALOG_DIR.iterdir() if p.name != "__pycache__"} == {"catalog.schema.json", "versions"}
    assert VERSIONS, "no catalog version published"
    assert sorted(p.stem for p in (CATALOG_DIR / "versions").iterdir()) == sorted(VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_loads_and_names_itself(version):
    catalog = load_catalog(version)
    assert catalog.version == version
    assert "list prices" in catalog.notes.lower()


@pytest.mark.parametrize("version", VERSIONS)
def test_every_version_has_the_eight_providers_with_their_api_style(version):
    catalog = load_catalog(version)
    assert {p.id: p.api_style for p in catalog.providers.values()} == PROVIDER_STYLES
    assert {e.provider for e in catalog.endpoints.values()} == set(PROVIDER_STYLES)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_price_and_fee_is_an_int(version):
    raw = _raw(version)
    prices = [
        (model["id"], key, value)
        for model in raw["models"] for offering in model["offerings"]
        for key, value in offering.items() if key.endswith("_price")
    ]
    assert len(prices) >= 4 * 15
    assert [p for p in prices if type(p[2]) is not int] == []
    assert all(type(v) is int for v in raw["fees"].values())


def test_newest_catalog_content(newest_catalog):
    catalog = newest_catalog
    assert catalog.version == VERSIONS[-1]
    assert set(catalog.endpoints) == ENDPOINTS
    assert len(catalog.models) >= 15
    assert catalog.endpoint("bedrock-us-east-1").region == "us-east-1"
    assert catalog.endpoint("openai-us").base_url == "https://api.openai.com/v1"
    assert all(e.base_url.startswith("https://") for e in catalog.endpoints.values())
    assert catalog.fees.managed_bps == 500 and catalog.fees.byok_bps == 100
    assert catalog.model("openai/text-embedding-3-small").capabilities.embeddings is True
    assert catalog.model("openai/gpt-4o").offerings[0].input_price == 2_500_000


def test_models_offered_by_several_providers_allow_cross_provider_fallback(newest_catalog):
    sonnet = newest_catalog.offerings("anthropic/claude-sonnet-4")
    assert {o.endpoint for o in sonnet} >= {"anthropic-us", "bedrock-us-east-1", "bedrock-eu-central-1"}
    llama = newest_catalog.offerings("meta/llama-3.3-70b")
    assert {o.provider for o in llama} == {"groq", "bedrock"}
    offering = newest_catalog.offering("anthropic/claude-sonnet-4", "bedrock-us-east-1")
    assert offering.upstream_model.endswith("anthropic.claude-sonnet-4-20250514-v1:0")
    assert offering.provider == "bedrock"


def test_unknown_ids_raise_key_error_naming_the_version(newest_catalog):
    with pytest.raises(KeyError, match="unknown model 'openai/gpt-9'"):
        newest_catalog.model("openai/gpt-9")
    with pytest.raises(KeyError, match="unknown offering"):
        newest_catalog.offering("openai/gpt-4o", "groq-us")
    with pytest.raises(KeyError, match="unknown endpoint"):
        newest_catalog.endpoint("azure-eu")


def test_catalog_is_immutable(newest_catalog):
    with pytest.raises(TypeError):
        newest_catalog.models["x/y"] = None  # type: ignore[index]
    with pytest.raises(AttributeError):
        newest_catalog.version = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c["models"][0]["offerings"][0].update(endpoint="azure-eu"), "unknown endpoint 'azure-eu'"),
        (lambda c: c["endpoints"][0].update(provider="azure"), "unknown provider 'azure'"),
        (lambda c: c["models"].append(copy.deepcopy(c["models"][0])), "duplicate id 'openai/gpt-4o'"),
        (lambda c: c["models"][0]["offerings"].append(copy.deepcopy(c["models"][0]["offerings"][0])), "offered twice"),
        (lambda c: c["models"][0]["offerings"][0].update(input_price=2.5), "is not of type 'integer'"),
        (lambda c: c["models"][0].update(default_max_tokens=10**6), "default_max_tokens > max_output_tokens"),
        (lambda c: c["models"][0].update(vendor_notes="x"), "Additional properties are not allowed"),
        (lambda c: c.update(version="2026-11-27.1"), "!= file name"),
    ],
)
def test_invalid_catalogs_are_refused_with_a_clear_error(mutate, message):
    data = _raw(VERSIONS[0])
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_catalog(data, expected_version=VERSIONS[0])
    assert message in str(info.value)


def test_versions_sort_by_date_then_number_and_none_means_newest(tmp_path, monkeypatch):
    shutil.copytree(CATALOG_DIR, tmp_path / "catalog")
    source = (CATALOG_DIR / "versions" / f"{VERSIONS[0]}.yaml").read_text(encoding="utf-8")
    for name in ("2026-11-26.9", "2026-11-26.10", "2026-11-27.2"):
        text = source.replace(f'version: "{VERSIONS[0]}"', f'version: "{name}"')
        (tmp_path / "catalog" / "versions" / f"{name}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("GI_SCHEMAS_DIR", str(tmp_path))
    assert catalog_versions()[-3:] == ["2026-11-26.9", "2026-11-26.10", "2026-11-27.2"]
    assert load_catalog().version == "2026-11-27.2"
    assert load_catalog("2026-11-26.10").version == "2026-11-26.10"
    with pytest.raises(CatalogError, match="unknown catalog version"):
        load_catalog("2020-01-01.1")


def test_offering_is_a_plain_value():
    offering = Offering("m/x", "e", "openai", "x", 1, 2, 3, 4)
    assert offering == Offering("m/x", "e", "openai", "x", 1, 2, 3, 4)
    assert hash(offering) == hash(Offering("m/x", "e", "openai", "x", 1, 2, 3, 4))
