from gammainfra_schemas.catalog import load_catalog
from gammainfra_metering.domain.cost_check import MISMATCH, OK, UNPRICED, CostChecker
from tests.integration.metering.events import request_event


def _checker():
    return CostChecker(load_catalog)


def test_a_correct_event_passes():
    assert _checker().check(request_event(customer_id="c", prompt_tokens=1234, completion_tokens=99)).outcome == OK


def test_a_wrong_cost_or_fee_is_a_mismatch_with_the_expected_figures():
    event = request_event(customer_id="c", prompt_tokens=1000, completion_tokens=100)
    right_cost, right_fee = event["cost_micro_usd"], event["platform_fee_micro_usd"]
    event["cost_micro_usd"] += 1
    verdict = _checker().check(event)
    assert (verdict.outcome, verdict.expected_cost, verdict.expected_fee) == (MISMATCH, right_cost, right_fee)
    event = request_event(customer_id="c", prompt_tokens=1000, completion_tokens=100)
    event["platform_fee_micro_usd"] += 1
    assert _checker().check(event).outcome == MISMATCH


def test_byok_uses_the_byok_fee_rate():
    event = request_event(customer_id="c", byok=True, prompt_tokens=50_000, completion_tokens=2000)
    assert _checker().check(event).outcome == OK
    event["byok"] = False
    assert _checker().check(event).outcome == MISMATCH


def test_nothing_attempted_costs_nothing():
    event = request_event(customer_id="c")
    event.update(model_dispatched=None, endpoint=None, provider=None, prompt_tokens=0, completion_tokens=0,
                 cost_micro_usd=0, platform_fee_micro_usd=0)
    assert _checker().check(event).outcome == OK
    event["cost_micro_usd"] = 5
    assert _checker().check(event).outcome == MISMATCH


def test_unknown_version_or_offering_or_bad_counts_are_unpriced_and_loaded_once():
    loads = []

    def loader(version):
        loads.append(version)
        return load_catalog(version)

    checker = CostChecker(loader)
    event = request_event(customer_id="c")
    event["catalog_version"] = "1999-01-01.1"
    assert checker.check(event).outcome == UNPRICED
    assert checker.check(event).outcome == UNPRICED
    assert loads == ["1999-01-01.1"]
    event = request_event(customer_id="c")
    event["endpoint"] = "nowhere-1"
    assert checker.check(event).outcome == UNPRICED
    event = request_event(customer_id="c", prompt_tokens=10)
    event["cache_read_tokens"] = 11
    assert checker.check(event).outcome == UNPRICED
