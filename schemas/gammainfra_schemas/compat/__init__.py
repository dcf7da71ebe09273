"""Schema compatibility: the structural checker, and the repository check behind the CLI.

`check_backward_compatible(old, new)` lists why some payload valid under `old`
would be rejected by `new` ([] when compatible). `check_repository()` applies it
to every topic's versions and to each published file's git history;
`python -m gammainfra_schemas.compat` runs that and exits non-zero on violations.
"""

from .checker import check_backward_compatible
from .repository import CompatReport, check_repository

__all__ = ["CompatReport", "check_backward_compatible", "check_repository"]
