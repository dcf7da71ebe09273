"""Services whose code is being written on other branches while this one is.

Their images, compose services, chart workloads and scrape jobs exist already; what
cannot be verified before their code lands is checked only once it is there:
- the Dockerfile checks accept a missing `python -m gammainfra_<svc>` module;
- the dashboard and alert checks verify their metric names only when the service's ops
  server is part of the live scrape (tests/integration/deploy/test_dashboards_live.py).
When a service merges: start its process in that live test (beside gateway, router and
metering) and remove its name here; the checks then become strict for it.
"""

PENDING_SERVICES = frozenset({"billing"})
