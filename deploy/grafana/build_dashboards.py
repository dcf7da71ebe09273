"""Generates the Grafana dashboards in dashboards/*.json (committed; Grafana, compose and the
Helm chart read the JSON). Edit the panel lists here and run
`python deploy/grafana/build_dashboards.py`; tests/deploy/test_dashboards.py fails when the
JSON and this file disagree, when a panel names a metric no service exports (live scrape), or
when a metric an alert uses has no panel.

Queries aggregate by catalog ids, routes, outcomes and consumer groups only: no dashboard
needs, or shows, a customer, key or address.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).parent / "dashboards"
DS = {"type": "prometheus", "uid": "${datasource}"}
RATE = "$__rate_interval"


def panel(title: str, *queries: tuple[str, str], kind: str = "timeseries", unit: str = "short",
          description: str = "", width: int = 12, height: int = 8) -> dict:
    return {"type": kind, "title": title, "description": description, "datasource": DS,
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"]}}
            if kind == "timeseries" else {},
            "targets": [{"datasource": DS, "expr": expr, "legendFormat": legend, "refId": chr(65 + i)}
                        for i, (expr, legend) in enumerate(queries)],
            "_size": (width, height)}


def row(title: str) -> dict:
    return {"type": "row", "title": title, "collapsed": False, "panels": [], "_size": (24, 1)}


def dashboard(uid: str, title: str, description: str, panels: list[dict]) -> dict:
    x = y = line_height = 0
    laid_out = []
    for number, p in enumerate(panels, start=1):
        width, height = p.pop("_size")
        if x + width > 24:
            x, y = 0, y + line_height
            line_height = 0
        p["gridPos"] = {"x": x, "y": y, "w": width, "h": height}
        p["id"] = number
        x += width
        line_height = max(line_height, height)
        laid_out.append(p)
    return {
        "uid": uid, "title": title, "description": description, "tags": ["gammainfra"],
        "timezone": "utc", "schemaVersion": 39, "version": 1, "editable": True,
        "time": {"from": "now-6h", "to": "now"}, "refresh": "30s",
        "templating": {"list": [{"name": "datasource", "label": "Prometheus", "type": "datasource",
                                 "query": "prometheus", "current": {}, "hide": 0}]},
        "annotations": {"list": []}, "links": [], "panels": laid_out,
    }


def overview() -> dict:
    return dashboard("gammainfra-overview", "GammaInfra / Overview",
                     "Traffic, errors, added latency and spend across every gateway.", [
        row("Traffic and errors"),
        panel("Requests per second by status",
              (f"sum by (status) (rate(gi_gateway_requests_total[{RATE}]))", "{{status}}"), unit="reqps"),
        panel("Error ratio (SLO 99.9 %: errors are status=error)",
              ("gi:gateway_error_ratio:rate5m", "5m"), ("gi:gateway_error_ratio:rate1h", "1h"),
              ("gi:gateway_error_ratio:rate6h", "6h"), unit="percentunit"),
        panel("Added latency (before the first provider call)",
              (f"histogram_quantile(0.5, sum by (le) (rate(gi_gateway_added_seconds_bucket[{RATE}])))", "p50"),
              ("gi:gateway_added_seconds:p99_5m", "p99 (5m, alerting)"), unit="s",
              description="GammaInfraAddedLatencyHigh fires above 25 ms p99 for 10 min."),
        panel("Request duration p99 by route",
              (f"histogram_quantile(0.99, sum by (le, route) (rate(gi_gateway_request_seconds_bucket[{RATE}])))",
               "{{route}}"), unit="s"),
        row("Money"),
        panel("Spend per hour by provider (USD, cost + platform fee, as the gateway priced it)",
              ("sum by (provider) (increase(gi_gateway_spend_micro_usd_total[1h])) / 1e6", "{{provider}}"),
              unit="currencyUSD", description="Metering's ledger is the authority; this is the live view."),
        panel("Budget checks by outcome",
              (f"sum by (outcome) (rate(gi_budget_checks_total[{RATE}]))", "{{outcome}}"),
              (f"sum by (outcome) (rate(gi_budget_settlements_total[{RATE}]))", "settlement {{outcome}}"),
              unit="ops"),
        row("Events and protection"),
        panel("Events: emitted, delivered, failed sends",
              (f"sum(rate(gi_events_emitted_total[{RATE}]))", "emitted"),
              (f"sum(rate(gi_events_delivered_total[{RATE}]))", "delivered"),
              (f"sum by (error) (rate(gi_event_delivery_failures_total[{RATE}]))", "send failure {{error}}"),
              unit="ops"),
        panel("Event spool depth per gateway",
              ("sum by (instance) (gi_event_spool_depth_records)", "{{instance}} records"),
              ("sum by (instance) (gi_event_spool_depth_bytes)", "{{instance}} bytes"),
              description="GammaInfraEventSpoolGrowing: above 1000 and growing for 10 min."),
        panel("Lost events (spool full or spool I/O)",
              ("sum by (instance) (increase(gi_event_spool_full_total[5m]))", "{{instance}} spool full"),
              ("sum by (instance, reason) (increase(gi_gateway_event_emit_failures_total[5m]))",
               "{{instance}} {{reason}}"), description="GammaInfraEventsLost pages on any."),
        panel("Rate-limit decisions",
              (f"sum by (backend, outcome) (rate(gi_gateway_ratelimit_decisions_total[{RATE}]))",
               "{{backend}} {{outcome}}"), unit="ops"),
        panel("Scrape targets up", ('sum by (job) (up{job=~"gammainfra-.*"})', "{{job}}"),
              description="GammaInfraTargetDown: a target not answering for 2 min."),
        panel("Event send time p99", (f"histogram_quantile(0.99, sum by (le) (rate(gi_event_send_seconds_bucket[{RATE}])))",
                                      "p99"), unit="s"),
    ])


def providers() -> dict:
    return dashboard("gammainfra-providers", "GammaInfra / Providers and routing",
                     "Provider endpoints as the router scores them, and what the gateways do with it.", [
        row("Health per endpoint and model"),
        panel("Health score", ("gi_router_health_score", "{{endpoint}} {{model}}"), unit="percentunit"),
        panel("Circuit state", ("max by (endpoint, model, state) (gi_router_health_state) == 1",
                                "{{endpoint}} {{model}} {{state}}"), kind="table",
              description="GammaInfraEndpointDown (down 5 min) and GammaInfraEndpointFlapping (6 changes in 30 min)."),
        panel("Pairs changing state (healthy flag changes in 30 min)",
              ('max by (endpoint, model) (changes(gi_router_health_state{state="healthy"}[30m]))',
               "{{endpoint}} {{model}}")),
        panel("Endpoints down", ("gi:router_endpoints_down:count", "down"), kind="stat"),
        row("What the gateways see"),
        panel("Requests by provider",
              (f"sum by (provider) (rate(gi_gateway_requests_total[{RATE}]))", "{{provider}}"), unit="reqps"),
        panel("Fallbacks (served by other than the first endpoint)",
              (f"sum by (route) (rate(gi_gateway_fallbacks_total[{RATE}]))", "{{route}}"), unit="reqps"),
        panel("Failed upstream attempts by provider and error",
              (f"sum by (provider, error_type) (rate(gi_gateway_upstream_errors_total[{RATE}]))",
               "{{provider}} {{error_type}}"), unit="ops"),
        panel("Time to first byte",
              (f"histogram_quantile(0.5, sum by (le, route) (rate(gi_gateway_ttfb_seconds_bucket[{RATE}])))", "p50 {{route}}"),
              (f"histogram_quantile(0.95, sum by (le, route) (rate(gi_gateway_ttfb_seconds_bucket[{RATE}])))", "p95 {{route}}"),
              unit="s"),
        row("Health pipeline"),
        panel("Snapshot age (router wrote / gateway routes on)",
              ("max(gi_router_snapshot_age_seconds)", "router"),
              ("max by (instance) (gi_gateway_health_snapshot_age_seconds)", "gateway {{instance}}"), unit="s",
              description="GammaInfraHealthSnapshotStale: router > 30 s or a gateway > 60 s."),
        panel("Snapshot version lag (router minus gateway, ms)",
              ("max(gi_router_snapshot_version) - on() group_right min by (instance) (gi_gateway_health_snapshot_version)",
               "{{instance}}"), unit="ms"),
        panel("Router events and publish failures",
              (f"sum by (outcome) (rate(gi_router_events_total[{RATE}]))", "{{outcome}}"),
              (f"sum by (target) (rate(gi_router_publish_failures_total[{RATE}]))", "publish failed {{target}}"),
              unit="ops"),
        panel("Customers objecting to optimisation (count only)", ("max(gi_router_objecting_customers)", "objecting"),
              kind="stat"),
    ])


def consumers() -> dict:
    return dashboard("gammainfra-consumers", "GammaInfra / Consumers",
                     "Every consumer group: lag, throughput, dead letters, sink and commits; metering's ledger.", [
        row("Groups"),
        panel("Lag by group and topic", ("gi:consumer_lag:sum", "{{group}} {{topic}}"),
              description="GammaInfraConsumerLagHigh (> 50k for 10 min), GammaInfraConsumerLagGrowing."),
        panel("Lag by partition", ("sum by (group, topic, partition) (gi_consumer_lag)", "{{group}} {{topic}}/{{partition}}")),
        panel("Records per second by outcome", ("gi:consumer_records:rate5m", "{{group}} {{topic}} {{outcome}}"),
              unit="ops"),
        panel("Dead letters (to <topic>.dlq)",
              ('sum by (group, topic) (rate(gi_consumer_records_total{outcome="dead_lettered"}[5m]))', "{{group}} {{topic}}"),
              ("gi:consumer_dead_letter_ratio:rate15m", "ratio {{group}} {{topic}}"), unit="ops",
              description="GammaInfraDeadLetters (any), GammaInfraDeadLetterRateHigh (> 1 %)."),
        panel("Sink write p99 by group",
              (f"histogram_quantile(0.99, sum by (le, group) (rate(gi_consumer_sink_seconds_bucket[{RATE}])))", "{{group}}"),
              unit="s"),
        panel("Sink retries and commits",
              (f"sum by (group) (rate(gi_consumer_sink_retries_total[{RATE}]))", "retry {{group}}"),
              (f"sum by (group, outcome) (rate(gi_consumer_commits_total[{RATE}]))", "commit {{group}} {{outcome}}"),
              unit="ops", description="GammaInfraConsumerCommitsFailing: failed commits for 10 min."),
        row("Metering ledger"),
        panel("Ledger rows by outcome", (f"sum by (outcome) (rate(gi_metering_ledger_rows_total[{RATE}]))", "{{outcome}}"),
              unit="ops"),
        panel("Ledger transaction p99 and retries",
              (f"histogram_quantile(0.99, sum by (le) (rate(gi_metering_ledger_write_seconds_bucket[{RATE}])))", "p99"),
              (f"sum(rate(gi_metering_ledger_retries_total[{RATE}]))", "retries/s"), unit="s"),
        panel("Cost checks by outcome", (f"sum by (outcome) (rate(gi_metering_cost_checks_total[{RATE}]))", "{{outcome}}"),
              unit="ops", description="mismatch: the gateway's price differs from the catalog's recomputation."),
        panel("Budget syncs to Redis", (f"sum by (outcome) (rate(gi_metering_budget_sync_total[{RATE}]))", "{{outcome}}"),
              unit="ops"),
    ])


def billing_privacy() -> dict:
    return dashboard("gammainfra-billing-privacy", "GammaInfra / Billing and privacy",
                     "Invoices, credits, Stripe webhooks, the 24-month purge and GDPR erasures.", [
        row("Billing"),
        panel("Hours since the last successful billing close",
              ("(time() - max(gi_billing_close_last_success_timestamp_seconds)) / 3600", "hours"), kind="stat",
              description="GammaInfraBillingCloseMissed: more than 26 h."),
        panel("Webhook effects per day (credits granted, invoices paid, payments failed)",
              ("sum by (effect) (increase(gi_billing_webhook_effects_total[1d]))", "{{effect}}")),
        panel("Stripe calls by call and outcome",
              (f"sum by (call, outcome) (rate(gi_billing_stripe_calls_total[{RATE}]))", "{{call}} {{outcome}}"),
              unit="ops"),
        panel("Usage events billed per second and invoice reconciliation mismatches",
              (f"sum(rate(gi_billing_usage_rows_total[{RATE}]))", "usage events/s"),
              ("sum(increase(gi_billing_reconcile_mismatch_total[1d]))", "mismatches per day")),
        panel("Stripe webhooks by outcome",
              (f"sum by (outcome) (rate(gi_billing_webhooks_total[{RATE}]))", "{{outcome}}"), unit="ops",
              description="GammaInfraWebhookFailures: more than 5 % failed for 15 min."),
        row("Privacy"),
        panel("Hours since the last completed purge",
              ("(time() - max(gi_retention_purge_last_success_timestamp_seconds)) / 3600", "hours"), kind="stat",
              description="GammaInfraPurgeMissed: more than 26 h."),
        panel("Purges issued and completed per day",
              ("sum(increase(gi_retention_purges_issued_total[1d]))", "issued"),
              ("sum(increase(gi_retention_purges_completed_total[1d]))", "completed")),
        panel("Erasures open and stuck",
              ("max(gi_retention_erasures_open)", "open"),
              ("max(gi_retention_erasures_stuck)", "stuck"),
              ("sum(increase(gi_retention_erasure_retries_total[1h]))", "re-issued per hour"),
              description="GammaInfraErasureStuck: an erasure not acked by every service within the timeout, 5 min."),
        panel("Erasures completed per day", ("sum(increase(gi_retention_erasures_completed_total[1d]))", "completed")),
    ])


DASHBOARDS = {"overview": overview, "providers-routing": providers, "consumers": consumers,
              "billing-privacy": billing_privacy}


def rendered() -> dict[str, str]:
    return {f"{name}.json": json.dumps(build(), indent=2, sort_keys=True) + "\n" for name, build in DASHBOARDS.items()}


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for filename, text in rendered().items():
        (OUT / filename).write_text(text)
        print(f"wrote {OUT / filename}", file=sys.stderr)
