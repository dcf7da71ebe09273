"""The Redis budget key layout shared by the gateway and metering."""

from gammainfra_schemas.budget_keys import month_keys, reservation_keys, scope_keys, scope_prefix


def test_a_customer_s_keys_share_one_cluster_slot():
    keys = scope_keys("cus_1", None, "202611") + scope_keys("cus_1", "k", "202611")
    assert {k.split("{")[1].split("}")[0] for k in keys} == {"cus_1"}


def test_scopes_and_months_name_distinct_keys():
    customer, key = scope_keys("cus_1", None, "202611"), scope_keys("cus_1", "k7Qx2LmP9a", "202611")
    assert len(set(customer) | set(key)) == 14
    assert month_keys("cus_1", None, "202611") != month_keys("cus_1", None, "202612")
    assert scope_prefix("cus_1", "k7Qx2LmP9a") == "gi:budget:{cus_1}:k:k7Qx2LmP9a"
    assert reservation_keys("cus_1", None)[0] == "gi:budget:{cus_1}:c:reserved"
