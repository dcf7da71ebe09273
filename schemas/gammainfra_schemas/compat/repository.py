"""The repository-wide compatibility check behind `python -m gammainfra_schemas.compat`.

Owns the two promises a published contract makes:
(a) for every topic whose topic.yaml says `compatibility: backward`, version N
    accepts every payload version N-1 accepts;
(b) a published file never breaks its past: each `v<N>.schema.json` is backward
    compatible with every earlier committed state of itself, no published schema
    file or catalog version is ever deleted, and a catalog version file is never
    edited (events name the version their cost used).
Guarantees: read-only; checks what git can show and records in `notes` what it
could not (no git, no commits, shallow clone). Raises `GitError` for a bad ref.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import CATALOG_DIR_NAME, schemas_root
from ..topics import load_schema, load_topics
from .checker import check_backward_compatible
from .history import GitRepo


@dataclass
class CompatReport:
    violations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comparisons: int = 0

    @property
    def ok(self) -> bool:
        return not self.violations


def check_repository(against: str | None = None, history: bool = True) -> CompatReport:
    """Run checks (a) and (b) on the schemas under `schemas_root()`."""
    report = CompatReport()
    _check_version_chains(report)
    if history:
        _check_history(report, against)
    return report


def _check_version_chains(report: CompatReport) -> None:
    for spec in load_topics():
        for previous, current in zip(spec.versions, spec.versions[1:]):
            if current.compatibility != "backward":
                report.notes.append(f"{spec.name} v{current.version}: compatibility {current.compatibility}, not checked")
                continue
            report.comparisons += 1
            old = load_schema(spec.name, previous.version)
            new = load_schema(spec.name, current.version)
            prefix = f"{spec.name} v{current.version} vs v{previous.version}"
            report.violations += [f"{prefix}: {v}" for v in check_backward_compatible(old, new)]


def _check_history(report: CompatReport, against: str | None) -> None:
    root = schemas_root()
    repo, why = GitRepo.find(root)
    if repo is None:
        report.notes.append(f"history not checked: {why}")
        return
    if not repo.has_commits():
        report.notes.append("history not checked: the repository has no commits yet (working tree only)")
        return
    ref = repo.resolve_ref(against or "HEAD")
    if repo.is_shallow():
        report.notes.append("shallow clone: only the fetched part of history was checked")
    for spec in load_topics():
        for version in spec.versions:
            current = json.loads(version.schema_path.read_text(encoding="utf-8"))
            states = repo.file_states(version.schema_path, ref)
            if not states:
                report.notes.append(f"{repo.relative(version.schema_path)}: not committed yet, no history to check")
            seen: set[str] = set()
            for sha, text in states:
                if text in seen:
                    continue
                seen.add(text)
                report.comparisons += 1
                prefix = f"{repo.relative(version.schema_path)} vs {sha[:12]}"
                try:
                    old = json.loads(text)
                except json.JSONDecodeError:
                    report.notes.append(f"{prefix}: earlier state is not JSON, skipped")
                    continue
                report.violations += [f"{prefix}: {v}" for v in check_backward_compatible(old, current)]
    _check_published_files_kept(report, repo, root, ref)


def _check_published_files_kept(report: CompatReport, repo: GitRepo, root: Path, ref: str) -> None:
    base = repo.relative(root)
    prefix = "" if base == "." else f"{base}/"
    for rel in sorted(repo.paths_ever_added(f"{prefix}*/v*.schema.json", ref)):
        if not (repo.top / rel).is_file():
            report.violations.append(f"{rel}: published schema version deleted (add a new topic instead)")
    catalog_versions = root / CATALOG_DIR_NAME / "versions"
    for rel in sorted(repo.paths_ever_added(f"{prefix}{CATALOG_DIR_NAME}/versions/*.yaml", ref)):
        path = repo.top / rel
        if not path.is_file():
            report.violations.append(f"{rel}: published catalog version deleted")
            continue
        current = path.read_text(encoding="utf-8")
        edits = [sha[:12] for sha, text in repo.file_states(path, ref) if text != current]
        if edits:
            report.violations.append(
                f"{rel}: published catalog version edited (differs from commit(s) {', '.join(edits)});"
                f" publish a new version file instead"
            )
    if not catalog_versions.is_dir():
        report.notes.append(f"no catalog versions folder at {catalog_versions}")
