from gammainfra_metering.domain.audit import TOTAL_FIELDS, compare_totals


def _t(**kw):
    return {**dict.fromkeys(TOTAL_FIELDS, 0), **kw}


def test_equal_totals_have_no_differences():
    live = {"a": _t(requests=2, cost_micro_usd=10), "b": _t(requests=1)}
    assert compare_totals(live, {k: dict(v) for k, v in live.items()}) == []


def test_every_differing_field_and_missing_customer_is_reported_sorted():
    live = {"b": _t(requests=2, cost_micro_usd=11), "a": _t(requests=1)}
    replay = {"b": _t(requests=2, cost_micro_usd=10), "c": _t(requests=3)}
    assert compare_totals(live, replay) == [
        {"customer_id": "a", "field": "requests", "live": 1, "replay": 0, "difference": 1},
        {"customer_id": "b", "field": "cost_micro_usd", "live": 11, "replay": 10, "difference": 1},
        {"customer_id": "c", "field": "requests", "live": 0, "replay": 3, "difference": -3},
    ]
