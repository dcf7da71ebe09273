"""Policy 4.3 ("we do not sell, rent, or share your data"): the only places the services
can send anything are the providers' endpoints of the catalog, Stripe (through its SDK,
whose API host is the SDK's own default) and loopback. Every URL literal in the services'
code and the shared libraries is collected; a new outbound host fails this test until it
is added here on purpose, with a reason."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import stripe

from gammainfra_schemas.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "services", ROOT / "libs"]
URL = re.compile(r"https?://[A-Za-z0-9.{}_-]+")
# Names that appear as URLs but are never contacted: identifiers, not destinations.
IDENTIFIERS = {
    "gammainfra.com": "CloudEvents dataschema / JSON Schema $id URIs",
    "json-schema.org": "the JSON Schema dialect URI",
    "internal.amazon.com": "part of Bedrock's x-amzn-errortype header value, parsed, never fetched",
}
LOOPBACK = {"127.0.0.1", "localhost"}


def hosts_in_code() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for folder in SOURCES:
        for path in folder.rglob("*.py"):
            for url in URL.findall(path.read_text()):
                found.setdefault(urlsplit(url).hostname or url, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_outbound_host_is_a_provider_stripe_or_loopback():
    providers = {urlsplit(e.base_url).hostname for e in load_catalog().endpoints.values()}
    stripe_host = urlsplit(stripe.api_base).hostname
    allowed = providers | {stripe_host} | LOOPBACK | set(IDENTIFIERS)
    unexpected = {host: sorted(where) for host, where in hosts_in_code().items() if host not in allowed}
    assert unexpected == {}
    assert stripe_host == "api.stripe.com"
    # The catalog is the providers' list of the policy (section 4): nobody else.
    assert {e.provider for e in load_catalog().endpoints.values()} == {
        "openai", "anthropic", "google", "mistral", "groq", "deepseek", "xai", "bedrock"}


def test_the_scan_sees_the_code_it_claims_to_scan():
    found = hosts_in_code()
    assert "127.0.0.1" in found  # service defaults point at loopback
    assert any("billing" in p for p in found.get("127.0.0.1", ()))
