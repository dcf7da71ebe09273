"""Every speed target of issues 17 and 18 in one table, read from the result
files of one `make bench` run:

    .venv/bin/python bench/targets.py [--results DIR] [--history FILE]

Reads bench/results/{gateway_peers,growth,metering_throughput,classifier}.json
and workers.json (bench/gateway_peers/workers.py), prints one row per
target with its value and PASS/MISS, writes bench/results/targets.md and
targets.json, and appends the run to bench/results/targets_history.jsonl so two
consecutive runs can be put side by side (`--compare`: the last two runs).

A target whose result file is missing, or older than the gateway comparison by
more than MAX_SPREAD_H hours (so not from the same run), is reported as
`not measured` rather than borrowed from another day. Exit status 0 always:
misses are results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
MAX_SPREAD_H = 6.0

GATEWAY_CHECKS = {  # check name in gateway_peers.json -> row label
    "plain: req/s at c=64 vs Portkey": "gateway plain req/s c=64 / Portkey",
    "stream: req/s at c=64 vs Portkey": "gateway stream req/s c=64 / Portkey",
    "plain: req/s at c=64 vs bare aiohttp proxy": "gateway plain req/s c=64 / bare proxy",
    "stream: req/s at c=64 vs bare aiohttp proxy": "gateway stream req/s c=64 / bare proxy",
    "plain: added p50 at c=1 (ms)": "gateway plain added p50 at c=1 (ms)",
    "plain: added p99 at c=1 (ms)": "gateway plain added p99 at c=1 (ms)",
    "stream: added p50 at c=1 (ms)": "gateway stream added p50 at c=1 (ms)",
    "stream: added p99 at c=1 (ms)": "gateway stream added p99 at c=1 (ms)",
    "max RSS under load (MB)": "gateway max RSS under load (MB)",
}


def _load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _when(data: dict | None, *keys: str) -> dt.datetime | None:
    """The run time a result file records (its formats differ), as UTC."""
    for key in keys:
        node = data
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            text = node.replace(" UTC", "").replace("Z", "")
            for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S.%f"):
                try:
                    return dt.datetime.strptime(text, fmt).replace(tzinfo=dt.UTC)
                except ValueError:
                    continue
    return None


def _row(target: str, value, op: str, threshold, when, detail: str = "") -> dict:
    if value is None:
        result = "not measured"
    elif threshold is None:
        result = "reported"
    else:
        result = "PASS" if (value >= threshold if op == ">=" else value <= threshold) else "MISS"
    return {"target": target, "value": value, "op": op, "threshold": threshold, "result": result,
            "measured_at": when.strftime("%Y-%m-%d %H:%M UTC") if when else None, "detail": detail}


def _same_run(when: dt.datetime | None, anchor: dt.datetime | None) -> bool:
    return when is not None and (anchor is None or abs((when - anchor).total_seconds()) <= MAX_SPREAD_H * 3600)


def gateway_rows(peers: dict | None) -> tuple[list[dict], dt.datetime | None]:
    when = _when(peers, "meta.date")
    by_name = {c["check"]: c for c in (peers or {}).get("checks", [])}
    rows = []
    for name, label in GATEWAY_CHECKS.items():
        check = by_name.get(name)
        rows.append(_row(label, check and check["value"], check["op"] if check else ">=",
                         check["threshold"] if check else None, when, check["detail"] if check else "")
                    if check else _row(label, None, ">=", None, when, "no such check in gateway_peers.json"))
    for run in (peers or {}).get("runs", []):
        if run["target"] == "GammaInfra" and run["connections"] == 64:
            rows.append(_row(f"gateway {run['mode']} CPU ms per request c=64 (reported)", run["cpu_ms_per_ok"],
                             "", None, when, f"{run['ok_rps']:.0f} good req/s"))
    return rows, when


def other_rows(results: Path, anchor: dt.datetime | None) -> list[dict]:
    rows = []
    workers = _load(results / "workers.json")
    w_when = _when(workers, "meta.date", "when")
    ratio = workers.get("two_over_one") if workers and _same_run(w_when, anchor) else None
    rows.append(_row("two workers on two cores / one worker", ratio, ">=", 1.7, w_when,
                     (workers or {}).get("how", "no workers.json from this run")))

    growth = _load(results / "growth.json")
    g_when = _when(growth, "meta.date")
    fresh = growth is not None and _same_run(g_when, anchor)
    verdict = (growth or {}).get("verdict", {})
    rows.append(_row("growth: req/s large case / small case", verdict.get("large_over_small") if fresh else None,
                     ">=", 0.95, g_when, f"per round {verdict.get('per_round')}"))
    heap = ((growth or {}).get("probes") or {}).get("cached_key_heap") or {}
    rows.append(_row("growth: heap bytes per cached key (stated)", heap.get("bytes_per_key") if fresh else None,
                     "", None, g_when, f"over {heap.get('keys')} keys"))

    metering = _load(results / "metering_throughput.json")
    m_when = _when(metering, "when")
    fresh = metering is not None and _same_run(m_when, anchor)
    m = metering or {}
    rows.append(_row("metering sustained events/s", m.get("events_per_s_sustained_10_90") if fresh else None,
                     ">=", 35_000, m_when, f"per process {m.get('per_process')}"))
    rows.append(_row("metering replay of 1M events (s)", m.get("replay_wall_s") if fresh else None,
                     "<=", 25, m_when, f"{m.get('replay_events')} events"))
    rows.append(_row("metering audit differences", m.get("audit_differences") if fresh else None,
                     "<=", 0, m_when, ""))

    classifier = _load(results / "classifier.json")
    c_when = _when(classifier, "when")
    latency = ((classifier or {}).get("latency") or {}).get("4000_tokens") or {}
    fresh = classifier is not None and _same_run(c_when, anchor)
    rows.append(_row("classifier p99 at 4k tokens (ms, wall)", latency.get("p99_ms") if fresh else None,
                     "<=", 0.5, c_when, f"CPU p99 {latency.get('cpu_p99_ms')} ms"))
    return rows


def markdown(run: dict) -> str:
    lines = [f"# Speed targets, `make bench` of {run['date']}", "",
             f"Code {run['code']}; load average at the gateway comparison's start {run['load_average']}.", "",
             "| target | value | target | result | measured | detail |", "|---|--:|--:|---|---|---|"]
    for r in run["rows"]:
        value = "–" if r["value"] is None else (f"{r['value']:,.3f}" if isinstance(r["value"], float)
                                               else f"{r['value']:,}")
        threshold = "–" if r["threshold"] is None else f"{r['op']} {r['threshold']}"
        lines.append(f"| {r['target']} | {value} | {threshold} | {r['result']} | {r['measured_at'] or '–'} | "
                     f"{r['detail']} |")
    return "\n".join(lines) + "\n"


def compare(history: Path) -> str:
    runs = [json.loads(line) for line in history.read_text().splitlines() if line.strip()][-2:]
    if len(runs) < 2:
        return "fewer than two runs in the history\n"
    first, second = ({r["target"]: r for r in run["rows"]} for run in runs)
    lines = [f"| target | {runs[0]['date']} | {runs[1]['date']} | met in both |", "|---|--:|--:|---|"]
    for name, a in first.items():
        b = second.get(name, {})
        both = "yes" if a["result"] == "PASS" and b.get("result") == "PASS" else "no"
        lines.append(f"| {name} | {a['value']} ({a['result']}) | {b.get('value')} ({b.get('result')}) | {both} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--history", type=Path, default=RESULTS / "targets_history.jsonl")
    parser.add_argument("--compare", action="store_true", help="print the last two runs of the history side by side")
    args = parser.parse_args()
    if args.compare:
        print(compare(args.history), end="")
        return
    peers = _load(args.results / "gateway_peers.json")
    rows, anchor = gateway_rows(peers)
    rows += other_rows(args.results, anchor)
    meta = (peers or {}).get("meta", {})
    code = meta.get("code_at_start") or {}
    run = {"date": meta.get("date"), "code": code.get("commit") if isinstance(code, dict) else code,
           "load_average": meta.get("load_average_at_start"), "rows": rows}
    text = markdown(run)
    print(text, end="")
    (args.results / "targets.md").write_text(text)
    (args.results / "targets.json").write_text(json.dumps(run, indent=1) + "\n")
    with args.history.open("a") as fh:
        fh.write(json.dumps(run) + "\n")


if __name__ == "__main__":
    main()
