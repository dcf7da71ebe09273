"""gammainfra_common.settings: conversion, validation and secret masking."""

from __future__ import annotations

import dataclasses
import pathlib
from typing import Literal, Optional

import pytest

from gammainfra_common.settings import (
    Secret,
    SettingsError,
    Url,
    env_field,
    load_settings,
    mask_url_password,
    settings_help,
)


@dataclasses.dataclass(frozen=True)
class Settings:
    database_url: Url = env_field(schemes={"postgresql", "postgres"}, help="PostgreSQL DSN")
    stripe_key: Secret = env_field(help="Stripe API key")
    ops_port: int = env_field(default=9101, min=0, max=65535, help="ops server port")
    sample_rate: float = env_field(default=0.5, min=0.0, max=1.0)
    debug: bool = False
    data_dir: pathlib.Path = pathlib.Path("/var/lib/gammainfra")
    brokers: list[str] = env_field(default_factory=lambda: ["127.0.0.1:9092"])
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    region: Optional[str] = None
    redis_url: Url | None = env_field(default=None, env="GI_REDIS", schemes={"redis"})


REQUIRED = {
    "GI_DATABASE_URL": "postgresql://gi:s3cret@db.internal:5432/gammainfra",
    "GI_STRIPE_KEY": "sk_test_abc123",
}


def load(**env: str) -> Settings:
    return load_settings(Settings, {**REQUIRED, **env})


def test_defaults_and_required_values() -> None:
    s = load()
    assert s.database_url == "postgresql://gi:s3cret@db.internal:5432/gammainfra"
    assert isinstance(s.database_url, Url)
    assert s.stripe_key.reveal() == "sk_test_abc123"
    assert s.ops_port == 9101
    assert s.sample_rate == 0.5
    assert s.debug is False
    assert s.data_dir == pathlib.Path("/var/lib/gammainfra")
    assert s.brokers == ["127.0.0.1:9092"]
    assert s.log_level == "INFO"
    assert s.region is None
    assert s.redis_url is None


def test_every_type_converts() -> None:
    s = load(
        GI_OPS_PORT="8081",
        GI_SAMPLE_RATE="0.25",
        GI_DEBUG="yes",
        GI_DATA_DIR="/tmp/gi",
        GI_BROKERS="k1:9092, k2:9092,,",
        GI_LOG_LEVEL="DEBUG",
        GI_REGION="eu-west-1",
        GI_REDIS="redis://127.0.0.1:6379/0",
    )
    assert s.ops_port == 8081
    assert s.sample_rate == 0.25
    assert s.debug is True
    assert s.data_dir == pathlib.Path("/tmp/gi")
    assert s.brokers == ["k1:9092", "k2:9092"]
    assert s.log_level == "DEBUG"
    assert s.region == "eu-west-1"
    assert s.redis_url == "redis://127.0.0.1:6379/0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("0", False), ("true", True), ("false", False), ("yes", True),
     ("no", False), ("TRUE", True), ("No", False), ("on", True), ("off", False)],
)
def test_bools(raw: str, expected: bool) -> None:
    assert load(GI_DEBUG=raw).debug is expected


def test_bad_bool_names_variable() -> None:
    with pytest.raises(SettingsError, match=r"GI_DEBUG: expected a boolean .*got 'maybe'"):
        load(GI_DEBUG="maybe")


def test_error_names_the_variable() -> None:
    with pytest.raises(SettingsError) as info:
        load(GI_OPS_PORT="abc")
    assert "GI_OPS_PORT: expected an integer, got 'abc'" in str(info.value)
    assert info.value.errors == ["GI_OPS_PORT: expected an integer, got 'abc'"]


def test_missing_required_variable() -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(Settings, {"GI_STRIPE_KEY": "x"})
    assert info.value.errors == ["GI_DATABASE_URL: required but not set"]


def test_empty_value_counts_as_unset() -> None:
    with pytest.raises(SettingsError, match="GI_DATABASE_URL: required but not set"):
        load(GI_DATABASE_URL="  ")
    assert load(GI_OPS_PORT="").ops_port == 9101


def test_several_errors_reported_together() -> None:
    env = {
        "GI_STRIPE_KEY": "x",
        "GI_OPS_PORT": "abc",
        "GI_SAMPLE_RATE": "2.5",
        "GI_DEBUG": "perhaps",
        "GI_LOG_LEVEL": "LOUD",
    }
    with pytest.raises(SettingsError) as info:
        load_settings(Settings, env)
    message = str(info.value)
    for variable in ("GI_DATABASE_URL", "GI_OPS_PORT", "GI_SAMPLE_RATE", "GI_DEBUG", "GI_LOG_LEVEL"):
        assert f"{variable}: " in message
    assert len(info.value.errors) == 5


def test_range_checks() -> None:
    with pytest.raises(SettingsError, match=r"GI_OPS_PORT: must be <= 65535, got 70000"):
        load(GI_OPS_PORT="70000")
    with pytest.raises(SettingsError, match=r"GI_OPS_PORT: must be >= 0, got -1"):
        load(GI_OPS_PORT="-1")
    with pytest.raises(SettingsError, match=r"GI_SAMPLE_RATE: expected a finite number"):
        load(GI_SAMPLE_RATE="nan")


def test_bad_literal_lists_allowed_values() -> None:
    with pytest.raises(SettingsError) as info:
        load(GI_LOG_LEVEL="LOUD")
    assert info.value.errors == [
        "GI_LOG_LEVEL: expected one of 'DEBUG', 'INFO', 'WARNING', 'ERROR', got 'LOUD'"
    ]


def test_url_scheme_and_host_validated() -> None:
    with pytest.raises(SettingsError) as info:
        load(GI_DATABASE_URL="mysql://u:hunter2@db/x", GI_REDIS="127.0.0.1:6379")
    errors = "\n".join(info.value.errors)
    assert "GI_DATABASE_URL: expected a URL with scheme in {postgres, postgresql}" in errors
    assert "GI_REDIS: expected a URL with scheme in {redis}" in errors
    assert "hunter2" not in str(info.value)  # the echoed value has its password masked
    with pytest.raises(SettingsError, match="GI_DATABASE_URL: expected a URL with a host"):
        load(GI_DATABASE_URL="postgresql:///nohost")
    with pytest.raises(SettingsError, match="GI_DATABASE_URL: expected a URL"):
        load(GI_DATABASE_URL="postgresql://db:notaport/x")


def test_secret_never_in_repr() -> None:
    s = load()
    text = repr(s) + str(s)
    assert "sk_test_abc123" not in text
    assert "s3cret" not in text  # the DSN password is masked in the Url repr too
    assert "stripe_key='***'" in text
    assert str(s.stripe_key) == "***"
    assert s.database_url == REQUIRED["GI_DATABASE_URL"]  # still the real value for clients


def test_secret_equality_and_truthiness() -> None:
    assert Secret("a") == Secret("a")
    assert Secret("a") != Secret("b")
    assert not Secret("")


def test_env_name_override_and_default_name() -> None:
    s = load(GI_REDIS="redis://cache:6379/1", GI_REDIS_URL="redis://ignored:1/0")
    assert s.redis_url == "redis://cache:6379/1"


def test_str_default_for_url_is_wrapped_and_masked() -> None:
    @dataclasses.dataclass(frozen=True)
    class Demo:
        database_url: Url = "postgresql://gi:demo-pass@127.0.0.1/gi"

    s = load_settings(Demo, {})
    assert isinstance(s.database_url, Url)
    assert "demo-pass" not in repr(s)


def test_unsupported_type_is_a_programming_error() -> None:
    @dataclasses.dataclass(frozen=True)
    class Bad:
        things: dict[str, str] = dataclasses.field(default_factory=dict)

    with pytest.raises(TypeError, match="things"):
        load_settings(Bad, {})


def test_not_a_dataclass() -> None:
    with pytest.raises(TypeError):
        load_settings(int, {})


def test_settings_help_lists_variables() -> None:
    text = settings_help(Settings)
    assert "GI_DATABASE_URL (Url, required): PostgreSQL DSN" in text
    assert "GI_OPS_PORT (int, default 9101): ops server port" in text
    assert "GI_LOG_LEVEL (DEBUG|INFO|WARNING|ERROR, default 'INFO')" in text
    assert "GI_REDIS (Url, default None)" in text


def test_mask_url_password() -> None:
    assert mask_url_password("x postgresql://u:p@h/db y") == "x postgresql://u:***@h/db y"
    assert mask_url_password("redis://:pw@h:6379/0") == "redis://:***@h:6379/0"
    assert mask_url_password("http://h/path?a=b@c") == "http://h/path?a=b@c"
