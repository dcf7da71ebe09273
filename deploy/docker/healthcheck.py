"""Container HEALTHCHECK: exit 0 when the ops server's /healthz answers 200 within 2 s.

The port comes from GI_HEALTHCHECK_PORT (each image target sets its ops port). Standard
library only, so the check works in every target without extra packages.
"""

import os
import sys
import urllib.request

port = int(os.environ.get("GI_HEALTHCHECK_PORT", "9101"))
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
        sys.exit(0 if answer.status == 200 else 1)
except OSError:
    sys.exit(1)
