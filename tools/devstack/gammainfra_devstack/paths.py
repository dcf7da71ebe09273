"""Where the local stack keeps its state.

Everything the stack writes lives under `.gi/` (pids, data directories, logs) and
`.cache/` (downloaded Kafka jars) at the repository root, both git-ignored, so
`make down` plus deleting those folders returns the checkout to a clean clone.
A second, isolated stack (the e2e test of up/down) uses another state folder and
shares the jar cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def repo_root() -> Path:
    # tools/devstack/gammainfra_devstack/paths.py -> repository root
    return Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class StackPaths:
    state: Path
    cache: Path
    scripts: Path
    root: Path

    @property
    def pids(self) -> Path:
        return self.state / "pids"

    @property
    def logs(self) -> Path:
        return self.state / "logs"

    def data(self, component: str) -> Path:
        return self.state / component

    def ensure(self) -> None:
        for folder in (self.state, self.pids, self.logs, self.cache):
            folder.mkdir(parents=True, exist_ok=True)


def default_paths(state: Path | None = None) -> StackPaths:
    root = repo_root()
    return StackPaths(state=state or root / ".gi", cache=root / ".cache",
                      scripts=root / "scripts", root=root)
