"""Where the contract files live.

Owns the single rule for locating the `schemas/` folder: the directory that holds
this package (the package sits beside the topic folders), unless the environment
variable GI_SCHEMAS_DIR names another one (a packaged install, or a test fixture).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "GI_SCHEMAS_DIR"
PACKAGE_DIR_NAME = "gammainfra_schemas"
CATALOG_DIR_NAME = "catalog"
TOPIC_META_SCHEMA = "topic.schema.json"


def schemas_root() -> Path:
    """Return the absolute `schemas/` folder (GI_SCHEMAS_DIR wins when set)."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parent.parent
