"""The console's files, read once at start into memory (a fixed allowlist: nothing
else under `static/` can be asked for, no path is ever joined from a request).

Versioning: `content_version` is a hash of every file's content with its own
`?v=...` references blanked, so it changes exactly when some asset does. Every
reference between the files carries `?v=<that hash>` (written by `python -m
gammainfra_gateway.console.stamp`, committed with the files; a unit test fails
when it is stale), so a browser holding an old `app.js` can never mix it with a
new `api.js`: versioned URLs are cached as immutable, the page itself never.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
VERSION_REF = re.compile(rb"\?v=[0-9a-f]*")


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str


def asset_files(root: Path = STATIC) -> dict[str, Path]:
    """{path relative to static/ ('pages/keys.js'): file} of every servable file."""
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and p.suffix in CONTENT_TYPES}


def content_version(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + VERSION_REF.sub(b"?v=", files[name]) + b"\0")
    return digest.hexdigest()[:12]


def load_assets(root: Path = STATIC) -> tuple[str, dict[str, Asset]]:
    """(content version, {name: Asset}) of the console as it is on disk."""
    raw = {name: path.read_bytes() for name, path in asset_files(root).items()}
    return content_version(raw), {name: Asset(body, CONTENT_TYPES[Path(name).suffix])
                                  for name, body in raw.items()}
