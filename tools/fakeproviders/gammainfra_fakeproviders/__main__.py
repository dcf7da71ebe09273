"""`python -m gammainfra_fakeproviders --host 127.0.0.1 --port 9900`: serve every fake
endpoint (`/<endpoint_id>/v1/...`) and the `/_fake/` admin API until SIGINT/SIGTERM.

Logs one line at start, nothing per request (no access log, never a body).
"""

from __future__ import annotations

import argparse
import logging

from aiohttp import web

from gammainfra_fakeproviders.app import RUNNER_OPTIONS, create_app

log = logging.getLogger("gammainfra_fakeproviders")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m gammainfra_fakeproviders", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=9900, help="port to bind (default 9900)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    log.info("fake providers on http://%s:%d/<endpoint>/v1 (admin: /_fake/)", args.host, args.port)
    web.run_app(create_app(), host=args.host, port=args.port, print=None, **RUNNER_OPTIONS)


if __name__ == "__main__":
    main()
