"""`.env.example` documents every GI_* setting each installed service reads (compose and the
chart are checked against it, so an undocumented setting would pass them silently)."""

from __future__ import annotations

import dataclasses
import importlib
import re

import pytest

from .dockerfile_checks import ROOT

SERVICES = sorted(p.name for p in (ROOT / "services").iterdir() if (p / "pyproject.toml").exists())


def _settings_variables(service: str) -> set[str]:
    try:
        module = importlib.import_module(f"gammainfra_{service}.settings")
    except ModuleNotFoundError:
        pytest.skip(f"{service} has no settings module yet")
    from gammainfra_common.settings import settings_help
    names: set[str] = set()
    for value in vars(module).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
            names |= set(re.findall(r"\b(GI_[A-Z0-9_]+)\b", settings_help(value)))
    return names


@pytest.mark.parametrize("service", SERVICES)
def test_every_setting_is_documented(service: str) -> None:
    documented = set(re.findall(r"^# (GI_[A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert _settings_variables(service) - documented == set()
