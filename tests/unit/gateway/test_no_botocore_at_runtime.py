"""The gateway process never imports botocore (issue 17: botocore, urllib3 and dateutil
cost it ~7 MB of RSS against a 100 MB target). botocore stays installed for the tests,
so only a fresh interpreter shows what importing the gateway pulls in."""

from __future__ import annotations

import json
import subprocess
import sys

import gammainfra_gateway

PROBE = """
import json, sys
import gammainfra_gateway, gammainfra_gateway.app
print(json.dumps({"gateway": gammainfra_gateway.__file__, "modules": sorted(sys.modules)}))
"""


def test_importing_the_gateway_app_imports_no_botocore():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    loaded = json.loads(done.stdout.splitlines()[-1])
    assert loaded["gateway"] == gammainfra_gateway.__file__  # the code under test, not another checkout
    modules = set(loaded["modules"])
    # The Bedrock adapter is loaded, so its signing and stream decoding are what is checked.
    assert {"gammainfra_gateway.providers.bedrock.adapter", "gammainfra_gateway.providers.bedrock.sigv4",
            "gammainfra_gateway.providers.bedrock.eventstream"} <= modules
    assert sorted(m for m in modules if m.split(".")[0] in ("botocore", "boto3")) == []
