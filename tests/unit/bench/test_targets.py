"""bench/targets.py: one row per speed target from one run's result files; a
file from another day is `not measured`, never borrowed; the comparison of two
runs says `met in both` only when both passed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("bench_targets", ROOT / "bench" / "targets.py")
targets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(targets)


def _check(name, value, op, threshold):
    passed = value >= threshold if op == ">=" else value <= threshold
    return {"check": name, "value": value, "op": op, "threshold": threshold,
            "result": "PASS" if passed else "MISS", "detail": ""}


def write_results(folder: Path, *, portkey_ratio: float, growth_date: str, metering_when: str) -> None:
    peers = {"meta": {"date": "2026-12-07 04:00 UTC", "code_at_start": {"commit": "abc1234"},
                      "load_average_at_start": [0.5, 0.4, 0.3]},
             "checks": [_check("plain: req/s at c=64 vs Portkey", portkey_ratio, ">=", 2.5),
                        _check("max RSS under load (MB)", 96.0, "<=", 100.0)],
             "runs": [{"target": "GammaInfra", "mode": "plain", "connections": 64, "cpu_ms_per_ok": 0.9,
                       "ok_rps": 1000.0}]}
    growth = {"meta": {"date": growth_date}, "verdict": {"large_over_small": 0.97, "per_round": [0.96, 0.98]},
              "probes": {"cached_key_heap": {"bytes_per_key": 851.5, "keys": 5000}}}
    metering = {"when": metering_when, "events_per_s_sustained_10_90": 30_000, "replay_wall_s": 24.0,
                "replay_events": 1_000_000, "audit_differences": 0}
    for name, data in (("gateway_peers", peers), ("growth", growth), ("metering_throughput", metering)):
        (folder / f"{name}.json").write_text(json.dumps(data))


def rows_by_target(folder: Path) -> dict[str, dict]:
    peers = json.loads((folder / "gateway_peers.json").read_text())
    rows, anchor = targets.gateway_rows(peers)
    return {r["target"]: r for r in rows + targets.other_rows(folder, anchor)}


def test_each_target_is_judged_against_its_threshold(tmp_path):
    write_results(tmp_path, portkey_ratio=2.6, growth_date="2026-12-07 04:30 UTC",
                  metering_when="2026-12-07T03:50:00Z")
    rows = rows_by_target(tmp_path)
    assert rows["gateway plain req/s c=64 / Portkey"]["result"] == "PASS"
    assert rows["gateway max RSS under load (MB)"]["result"] == "PASS"
    assert rows["growth: req/s large case / small case"]["result"] == "PASS"
    assert rows["metering sustained events/s"]["result"] == "MISS"  # 30,000 < 35,000
    assert rows["metering replay of 1M events (s)"]["result"] == "PASS"
    assert rows["metering audit differences"]["result"] == "PASS"
    assert rows["gateway plain CPU ms per request c=64 (reported)"]["result"] == "reported"
    # No check in the file and no result file at all: not measured, not a pass.
    assert rows["gateway stream req/s c=64 / Portkey"]["result"] == "not measured"
    assert rows["two workers on two cores / one worker"]["result"] == "not measured"
    assert rows["classifier p99 at 4k tokens (ms, wall)"]["result"] == "not measured"


def test_a_result_file_from_another_day_is_not_borrowed(tmp_path):
    write_results(tmp_path, portkey_ratio=2.6, growth_date="2026-12-01 04:30 UTC",
                  metering_when="2026-11-26T20:26:26Z")
    rows = rows_by_target(tmp_path)
    assert rows["growth: req/s large case / small case"]["result"] == "not measured"
    assert rows["metering replay of 1M events (s)"]["result"] == "not measured"
    assert rows["metering replay of 1M events (s)"]["measured_at"] == "2026-11-26 20:26 UTC"


def test_two_runs_side_by_side_need_a_pass_in_both(tmp_path):
    history = tmp_path / "history.jsonl"
    for ratio in (2.6, 2.4):
        write_results(tmp_path, portkey_ratio=ratio, growth_date="2026-12-07 04:30 UTC",
                      metering_when="2026-12-07T03:50:00Z")
        subprocess.run([sys.executable, str(ROOT / "bench" / "targets.py"), "--results", str(tmp_path),
                        "--history", str(history)], check=True, capture_output=True)
    assert (tmp_path / "targets.md").read_text().count("| MISS |") >= 2
    table = subprocess.run([sys.executable, str(ROOT / "bench" / "targets.py"), "--compare", "--history",
                            str(history)], check=True, capture_output=True, text=True).stdout
    portkey = next(line for line in table.splitlines() if line.startswith("| gateway plain req/s c=64 / Portkey"))
    assert portkey.endswith("| no |") and "2.6 (PASS)" in portkey and "2.4 (MISS)" in portkey
    growth = next(line for line in table.splitlines() if line.startswith("| growth: req/s large"))
    assert growth.endswith("| yes |")
