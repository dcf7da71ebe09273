"""The router is a stack service (make up starts it) with its own ops port."""

from gammainfra_devstack.services import declared_services


def test_router_is_declared_with_ops_port_9102(monkeypatch):
    monkeypatch.delenv("GI_ROUTER_OPS_PORT", raising=False)
    (router,) = [s for s in declared_services() if s.name == "router"]
    assert router.ops_port == 9102
    assert router.argv[1:] == ["-m", "gammainfra_router"]
    assert router.ops_port not in {s.ops_port for s in declared_services() if s.name != "router"}
