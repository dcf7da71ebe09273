"""A fake LLM provider server speaking the providers' real wire formats, with fault
knobs: the upstream of the gateway's tests, the benchmarks and the local demo stack.

Run it: `python -m gammainfra_fakeproviders --host 127.0.0.1 --port 9900`; in process:
`async with FakeProviderServer(port=0) as fake: fake.base_url("openai-us")`.
"""

from gammainfra_fakeproviders.app import FakeProviderServer, create_app

__all__ = ["FakeProviderServer", "create_app"]
