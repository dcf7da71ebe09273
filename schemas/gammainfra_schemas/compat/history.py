"""Earlier committed states of contract files, read with the `git` CLI.

Owns every `git` call of the compat checks. Guarantees: read-only (log, show,
rev-parse); `GitRepo.find` returns None plus the reason when git is missing or
the folder is not in a work tree, so callers can check what is available and say
so; a shallow clone or a repository without commits is reported via
`is_shallow()` / `has_commits()`, not hidden. Raises `GitError` for a bad ref or
an unexpected git failure.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(RuntimeError):
    """git failed in a way the caller must hear about (e.g. an unknown ref)."""


@dataclass(frozen=True)
class GitRepo:
    top: Path

    @classmethod
    def find(cls, folder: Path) -> tuple["GitRepo | None", str]:
        """The work tree holding `folder`, or (None, why not)."""
        if shutil.which("git") is None:
            return None, "git is not installed"
        done = _git(folder, "rev-parse", "--show-toplevel")
        if done.returncode != 0:
            return None, f"{folder} is not inside a git work tree"
        return cls(Path(done.stdout.strip()).resolve()), ""

    def is_shallow(self) -> bool:
        return self._run("rev-parse", "--is-shallow-repository").strip() == "true"

    def has_commits(self) -> bool:
        return _git(self.top, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode == 0

    def resolve_ref(self, ref: str) -> str:
        done = _git(self.top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        if done.returncode != 0:
            raise GitError(f"unknown git ref {ref!r}")
        return done.stdout.strip()

    def relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.top).as_posix()

    def file_states(self, path: Path, ref: str = "HEAD") -> list[tuple[str, str]]:
        """(commit, text) for every commit reachable from `ref` that changed `path`, newest first.

        A commit that deleted the file has no text for it and is left out.
        """
        rel = self.relative(path)
        shas = self._run("log", "--format=%H", ref, "--", rel).split()
        states = []
        for sha in shas:
            done = _git(self.top, "show", f"{sha}:{rel}")
            if done.returncode == 0:
                states.append((sha, done.stdout))
        return states

    def paths_ever_added(self, pathspec: str, ref: str = "HEAD") -> set[str]:
        """Repository-relative paths matching `pathspec` that any commit added."""
        out = self._run("log", "--format=", "--name-only", "--diff-filter=A", ref, "--", pathspec)
        return {line.strip() for line in out.splitlines() if line.strip()}

    def _run(self, *args: str) -> str:
        done = _git(self.top, *args)
        if done.returncode != 0:
            raise GitError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # core.quotepath=off: paths with non-ASCII bytes come back verbatim, not quoted.
    return subprocess.run(
        ["git", "-c", "core.quotepath=off", *args],
        cwd=cwd, capture_output=True, text=True, check=False,
    )
