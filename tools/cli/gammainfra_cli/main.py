"""Entry point of the `gammainfra` operator CLI.

Subcommands come from installed packages through the `gammainfra.commands`
entry-point group (each entry is `register(subparsers)`), so the CLI itself
knows no service and a service never imports another. Failures exit non-zero
with one clear line on stderr; `--debug` shows the traceback.
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import entry_points

from gammainfra_common.logging import configure_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gammainfra", description="GammaInfra operator CLI")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on failure")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for ep in sorted(entry_points(group="gammainfra.commands"), key=lambda e: e.name):
        ep.load()(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Log lines go to stderr: stdout is for the command's answer (JSON with --json).
    configure_logging("cli", "INFO", json=False, stderr=True)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI's boundary: one clear line, non-zero exit
        if args.debug:
            raise
        print(f"gammainfra {args.command}: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
