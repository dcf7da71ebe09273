"""`python -m gammainfra_fakestripe --port 12111 [--webhook-url URL] [--webhook-secret S]`:
serve the Stripe fake until SIGINT/SIGTERM. No access log, never a body."""

from __future__ import annotations

import argparse
import logging

from aiohttp import web

from .server import FakeStripe, create_app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m gammainfra_fakestripe", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=12111)
    parser.add_argument("--webhook-url", default=None, help="where signed webhook deliveries go")
    parser.add_argument("--webhook-secret", default="whsec_local_fake")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    fake = FakeStripe(webhook_url=args.webhook_url, webhook_secret=args.webhook_secret)
    fake.state.base_url = f"http://{args.host}:{args.port}"
    logging.getLogger("gammainfra_fakestripe").info("fake Stripe on http://%s:%d (admin: /_fake/)", args.host, args.port)
    web.run_app(create_app(fake), host=args.host, port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
