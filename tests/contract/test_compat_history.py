"""The repository check (`python -m gammainfra_schemas.compat`): version chains and git history."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from gammainfra_schemas.compat import check_repository
from gammainfra_schemas.compat.__main__ import main
from gammainfra_schemas.paths import schemas_root

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
DATA = ["topic.schema.json", "catalog", "llm.requests.v1", "accounts.v1", "lifecycle.v1",
        "billing.invoices.v1", "billing.account_state.v1", "routing.health.v1"]


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=contract-test", "-c", "user.email=contract-test@invalid",
         "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", *args],
        cwd=repo, check=True, capture_output=True,
    )


def copy_schemas(target: Path) -> Path:
    schemas = target / "schemas"
    schemas.mkdir(parents=True)
    for name in DATA:
        source = schemas_root() / name
        if source.is_dir():
            shutil.copytree(source, schemas / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, schemas / name)
    return schemas


@pytest.fixture
def committed_copy(tmp_path, monkeypatch) -> Path:
    """A throwaway git repository holding a committed copy of the schemas."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    schemas = copy_schemas(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "publish v1")
    monkeypatch.setenv("GI_SCHEMAS_DIR", str(schemas))
    return schemas


def edit_json(path: Path, edit) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


@needs_git
def test_this_repository_passes(capsys):
    report = check_repository()
    assert report.violations == []
    assert main([]) == 0
    assert "compat: OK" in capsys.readouterr().out


@needs_git
def test_a_breaking_edit_of_a_committed_schema_fails(committed_copy, capsys):
    schema = committed_copy / "llm.requests.v1" / "v1.schema.json"
    edit_json(schema, lambda s: (s["properties"].pop("ttfb_ms"), s["required"].remove("ttfb_ms")))
    report = check_repository()
    assert len(report.violations) == 1
    assert report.violations[0].startswith("schemas/llm.requests.v1/v1.schema.json vs ")
    assert report.violations[0].endswith("$.ttfb_ms: property removed (or renamed): payloads carrying it are now rejected")
    assert main([]) == 1
    assert "1 backward-compatibility violation" in capsys.readouterr().err


@needs_git
def test_a_compatible_committed_change_passes_and_is_compared_to_every_state(committed_copy):
    schema = committed_copy / "routing.health.v1" / "v1.schema.json"
    edit_json(schema, lambda s: s["properties"]["state"]["enum"].append("draining"))
    git(committed_copy.parent, "commit", "-qam", "compatible: add a state")
    edit_json(schema, lambda s: s["properties"]["score"].update(maximum=2))
    report = check_repository()
    assert report.violations == []
    assert report.comparisons == 6 + 1  # one state per file (six schema files), two for the edited one


@needs_git
def test_every_earlier_state_is_checked_not_just_the_last(committed_copy):
    schema = committed_copy / "accounts.v1" / "v1.schema.json"
    edit_json(schema, lambda s: s["oneOf"].pop(8))  # drop budget.changed ...
    git(committed_copy.parent, "commit", "-qam", "break it")
    report = check_repository()
    assert [v.split(": ", 1)[1] for v in report.violations] == [
        "$<type=budget.changed>: oneOf branch removed: payloads of this type are rejected"]


@needs_git
def test_deleting_a_published_schema_or_catalog_version_fails(committed_copy):
    (committed_copy / "catalog" / "versions" / "2026-11-26.1.yaml").unlink()
    report = check_repository()
    assert report.violations == ["schemas/catalog/versions/2026-11-26.1.yaml: published catalog version deleted"]


@needs_git
def test_editing_a_published_catalog_version_fails(committed_copy):
    path = committed_copy / "catalog" / "versions" / "2026-11-26.1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("input_price: 2500000", "input_price: 2400000", 1))
    report = check_repository()
    assert len(report.violations) == 1
    assert "published catalog version edited" in report.violations[0]


@needs_git
def test_against_an_unknown_ref_cannot_run(committed_copy, capsys):
    assert main(["--against", "no-such-branch"]) == 2
    assert "unknown git ref 'no-such-branch'" in capsys.readouterr().err


@needs_git
def test_history_is_limited_to_the_ref_given(committed_copy):
    git(committed_copy.parent, "tag", "published")
    schema = committed_copy / "lifecycle.v1" / "v1.schema.json"
    edit_json(schema, lambda s: s["$defs"]["service"]["enum"].append("dashboards"))
    git(committed_copy.parent, "commit", "-qam", "add a service")
    assert check_repository(against="published").comparisons == 6
    assert check_repository().comparisons == 7


def test_without_git_history_the_check_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.setenv("GI_SCHEMAS_DIR", str(copy_schemas(tmp_path)))
    report = check_repository()
    assert report.violations == []
    assert len(report.notes) == 1 and report.notes[0].startswith("history not checked:")


@needs_git
def test_a_repository_without_commits_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.setenv("GI_SCHEMAS_DIR", str(copy_schemas(tmp_path)))
    git(tmp_path, "init", "-q")
    assert check_repository().notes == ["history not checked: the repository has no commits yet (working tree only)"]
