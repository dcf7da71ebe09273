"""Turns the runs into the results: added latency against the direct upstream,
the issue's targets checked (PASS/MISS), and bench/results/gateway_peers.{json,md}.

Targets are judged on good responses only (`ok_rps`: 2xx with the expected
body), so a target that fails fast never looks fast. Pure functions over
`load.Run` dicts plus two file writes; nothing here starts or measures anything.
"""

from __future__ import annotations

import json
from pathlib import Path

GI = "GammaInfra"
SETUP = [
    "bare aiohttp proxy: bare_proxy.py, the gateway's server and upstream client (aiohttp on uvloop, the same "
    "connector settings and providers.http.post) with nothing else: no auth, limits, routing or events. "
    "The ceiling for a gateway built on this stack.",
    "GammaInfra: one worker (uvloop), API key checked against PostgreSQL (cached 30 s), rate limits per IP and "
    "per key in Redis on every request (limits set far above the load), one llm.requests.v1 event per request "
    "to Kafka through the disk spool; log level WARNING unless marked INFO (one JSON access line per request).",
    "LiteLLM proxy: `--num_workers 1`, master key auth (no database, so no per-key limits or spend tracking), "
    "offline cost map, telemetry off, its default logging (uvicorn access line per request).",
    "Portkey gateway: `--headless`, no auth and no rate limiting (as shipped); its stream handler waits 25 ms "
    "before the first chunk by design, which dominates its streaming latency at c=1.",
    "Columns: good req/s counts 2xx responses with the expected body only; added latency is against the "
    "direct upstream at c=1 in the same mode; CPU ms/req is the target's process-tree CPU time per good "
    "response; 'others on core %' is the gateway core's busy time not spent by the target (other processes "
    "on this shared machine, and Redis/Kafka/PostgreSQL when they land there): high values mean noise.",
]
BARE = "bare aiohttp proxy"
# Issue 17's targets (the gateway issue's 10x LiteLLM and stream cost ratio kept).
TARGETS = {"rps_vs_litellm": 10.0, "rps_vs_portkey": 2.5, "rps_vs_bare": 0.7, "added_p50_ms": 0.35,
           "added_p99_ms": 2.0, "rss_mb": 100.0, "stream_cost_ratio": 2.0}


def _find(runs: list[dict], target: str, mode: str, connections: int) -> dict | None:
    return next((r for r in runs if r["target"] == target and r["mode"] == mode
                 and r["connections"] == connections), None)


def add_latency_overhead(runs: list[dict]) -> None:
    """Sets added_p50_ms/added_p99_ms on every c=1 run (minus the direct upstream at c=1, same mode)."""
    for run in runs:
        base = _find(runs, "upstream (direct)", run["mode"], 1)
        if run["connections"] == 1 and base and run["target"] != "upstream (direct)":
            run["added_p50_ms"] = round(run["p50_ms"] - base["p50_ms"], 3)
            run["added_p99_ms"] = round(run["p99_ms"] - base["p99_ms"], 3)


def _check(name: str, value: float | None, op: str, threshold: float, detail: str) -> dict:
    ok = value is not None and (value >= threshold if op == ">=" else value < threshold if op == "<"
                                else value <= threshold)
    return {"check": name, "value": None if value is None else round(value, 3), "op": op,
            "threshold": threshold, "result": "PASS" if ok else "MISS", "detail": detail}


def check_targets(runs: list[dict]) -> list[dict]:
    checks = []
    for mode in ("plain", "stream"):
        gi64, gi1 = _find(runs, GI, mode, 64), _find(runs, GI, mode, 1)
        for peer, key in (("LiteLLM", "rps_vs_litellm"), ("Portkey", "rps_vs_portkey"), (BARE, "rps_vs_bare")):
            other = _find(runs, peer, mode, 64)
            ratio = gi64["ok_rps"] / other["ok_rps"] if gi64 and other and other["ok_rps"] else None
            checks.append(_check(f"{mode}: req/s at c=64 vs {peer}", ratio, ">=", TARGETS[key],
                                 f"{gi64 and gi64['ok_rps']} vs {other and other['ok_rps']} good req/s"))
        checks.append(_check(f"{mode}: added p50 at c=1 (ms)", gi1 and gi1.get("added_p50_ms"), "<=",
                             TARGETS["added_p50_ms"], f"p50 {gi1 and gi1['p50_ms']} ms through the gateway"))
        checks.append(_check(f"{mode}: added p99 at c=1 (ms)", gi1 and gi1.get("added_p99_ms"), "<=",
                             TARGETS["added_p99_ms"], f"p99 {gi1 and gi1['p99_ms']} ms through the gateway"))
        failures = sum(r["non2xx"] + r["bad_body"] + r["socket_errors"] for r in runs
                       if r["target"] == GI and r["mode"] == mode)
        checks.append(_check(f"{mode}: failed responses", failures, "<=", 0, "non-2xx + bad body + socket errors"))
    rss = [r["max_rss_mb"] for r in runs if r["target"] == GI and r["connections"] == 64 and r["max_rss_mb"]]
    checks.append(_check("max RSS under load (MB)", max(rss) if rss else None, "<=", TARGETS["rss_mb"],
                         "VmRSS of the gateway process, sampled every 100 ms at c=64"))
    plain, stream = _find(runs, GI, "plain", 64), _find(runs, GI, "stream", 64)
    cost = (stream["cpu_ms_per_ok"] / plain["cpu_ms_per_ok"]
            if plain and stream and plain["cpu_ms_per_ok"] and stream["cpu_ms_per_ok"] else None)
    rps_ratio = plain["ok_rps"] / stream["ok_rps"] if plain and stream and stream["ok_rps"] else None
    checks.append(_check("stream cost / plain cost (CPU ms per request, c=64)", cost, "<=",
                         TARGETS["stream_cost_ratio"],
                         f"{stream and stream['cpu_ms_per_ok']} vs {plain and plain['cpu_ms_per_ok']} ms; "
                         f"req/s ratio plain/stream {rps_ratio and round(rps_ratio, 2)}"))
    return checks


def _fmt(value, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def _code(state: dict) -> str:
    dirty = state["uncommitted"]
    return f"commit {state['commit']}" + (f" + uncommitted {', '.join(dirty)}" if dirty else "")


def markdown(result: dict) -> str:
    meta = result["meta"]
    lines = [f"# GammaInfra vs peers — {meta['date']}", "",
             f"Machine: {meta['machine']}. Gateway core {meta['gateway_core']}, load generator and nginx core "
             f"{meta['load_core']}. wrk -t1, c=1 for {meta['c1_seconds']} s and c=64 for {meta['c64_seconds']} s "
             f"after a discarded {meta['warmup_seconds']} s warm-up at c=64; every target started fresh per mode.",
             "Versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items()) + ".",
             f"Load average at start: {', '.join(f'{x:.2f}' for x in meta['load_average_at_start'])}.",
             f"GammaInfra code: {_code(meta['code_at_start'])} at start, {_code(meta['code_at_end'])} at the end.", "",
             *[f"- {line}" for line in SETUP], "",
             "| target | mode | c | good req/s | p50 ms | p99 ms | added p50 / p99 ms | non-2xx | bad body | "
             "sock err | max RSS MB | CPU ms/req | target CPU % | others on core % |",
             "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for r in result["runs"]:
        added = (f"{r['added_p50_ms']:+.3f} / {r['added_p99_ms']:+.3f}" if "added_p50_ms" in r else "")
        lines.append(f"| {r['target']} | {r['mode']} | {r['connections']} | {_fmt(r['ok_rps'], 0)} | "
                     f"{_fmt(r['p50_ms'], 3)} | {_fmt(r['p99_ms'], 3)} | {added} | {r['non2xx']} | "
                     f"{r['bad_body']} | {r['socket_errors']} | {_fmt(r['max_rss_mb'], 1)} | "
                     f"{_fmt(r['cpu_ms_per_ok'], 3)} | {_fmt(r['target_cpu_pct'], 0)} | "
                     f"{_fmt(r['others_on_target_core_pct'], 0)} |")
    lines += ["", "| target check (GammaInfra, log WARNING) | value | target | result |", "|---|--:|--:|---|"]
    for c in result["checks"]:
        lines.append(f"| {c['check']} — {c['detail']} | {_fmt(c['value'], 3)} | {c['op']} {c['threshold']} | "
                     f"**{c['result']}** |")
    for mode, summary in (result.get("hotspots") or {}).items():
        lines += ["", f"Where GammaInfra's CPU goes, {mode}, c=64 (py-spy, {summary['samples']} samples; "
                      "each sample charged to the innermost pipeline stage on its stack):", ""]
        lines += [f"- {row['pct']:.1f}% {row['frame']}" for row in summary["by_stage"][:10]]
    if result.get("problems"):
        lines += ["", "Problems during the run:", *[f"- {p}" for p in result["problems"]]]
    return "\n".join(lines) + "\n"


def write(result: dict, json_path: Path, md_path: Path) -> None:
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(result, indent=2) + "\n")
    md_path.write_text(markdown(result))
