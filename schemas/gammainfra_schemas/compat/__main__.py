"""CLI: python -m gammainfra_schemas.compat [--against GIT_REF] [--no-history]

Exit status: 0 all contracts compatible, 1 violations found (listed on stderr),
2 the check could not run (bad ref, malformed topic folder, git failure).
"""

from __future__ import annotations

import argparse
import sys

from ..topics import TopicSpecError
from .history import GitError
from .repository import check_repository


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gammainfra_schemas.compat",
        description=(
            "Check that every topic's schema versions are backward compatible "
            "(v(N) vs v(N-1)) and that no published schema or catalog version file "
            "broke, lost or rewrote its committed past."
        ),
    )
    parser.add_argument(
        "--against", metavar="GIT_REF",
        help="compare with the history reachable from this ref (default HEAD), e.g. origin/main",
    )
    parser.add_argument("--no-history", action="store_true", help="skip the git history checks")
    args = parser.parse_args(argv)
    try:
        report = check_repository(against=args.against, history=not args.no_history)
    except (GitError, TopicSpecError) as exc:
        print(f"compat: cannot run: {exc}", file=sys.stderr)
        return 2
    for note in report.notes:
        print(f"note: {note}")
    if report.violations:
        print(f"compat: {len(report.violations)} backward-compatibility violation(s):", file=sys.stderr)
        for violation in report.violations:
            print(f"  {violation}", file=sys.stderr)
        return 1
    print(f"compat: OK ({report.comparisons} comparison(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
