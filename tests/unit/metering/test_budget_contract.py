"""Gateway and metering name the same Redis budget keys (they may not import
each other at runtime; this test imports both)."""

from gammainfra_gateway.budget import keys as gateway_keys
from gammainfra_metering.adapters import budget_keys as metering_keys


def test_both_services_name_the_same_month_keys():
    for key in (None, "k7Qx2LmP9a"):
        assert gateway_keys.month_keys("cus_1", key, "202611") == metering_keys.month_keys("cus_1", key, "202611")
        assert gateway_keys.scope_prefix("cus_1", key) == metering_keys.scope_prefix("cus_1", key)
    assert gateway_keys.active_key("cus_1") == metering_keys.active_key("cus_1")


def test_a_customer_s_keys_share_one_cluster_slot():
    keys = gateway_keys.scope_keys("cus_1", None, "202611") + gateway_keys.scope_keys("cus_1", "k", "202611")
    assert {k.split("{")[1].split("}")[0] for k in keys} == {"cus_1"}
