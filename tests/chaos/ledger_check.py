"""After a scenario: every 2xx request has exactly one ledger row (metering dedupes by
event id, so a row per request id counts events too), metering's own cost
computation agrees with the gateway's figure, and results go to chaos.json."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tests.integration.service_process import ROOT

RESULTS = ROOT / "bench" / "results" / "chaos.json"


async def ledger_rows(pg, schema: str, request_ids: set[str]) -> Counter:
    rows = await pg.fetch(f'SELECT request_id FROM "{schema}".request_log WHERE request_id = ANY($1::text[])',
                          list(request_ids))
    return Counter(r["request_id"] for r in rows)


async def wrong_costs(pg, schema: str, request_ids: set[str]) -> int:
    """Rows whose cost metering could not reproduce from tokens and the catalog."""
    return await pg.fetchval(
        f'SELECT count(*) FROM "{schema}".request_log WHERE request_id = ANY($1::text[]) '
        f'AND expected_cost_micro_usd IS NOT NULL', list(request_ids))


def verdict(ok_ids: set[str], rows: Counter) -> tuple[int, int]:
    """(lost, double_counted) among the 2xx requests."""
    lost = sum(1 for rid in ok_ids if rows[rid] == 0)
    double = sum(1 for rid in ok_ids if rows[rid] > 1)
    return lost, double


def _commit() -> str:
    """The code the scenario ran: HEAD, marked `+changes` when tracked files differ from it."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "services", "libs", "schemas", "tests"],
                           cwd=ROOT, capture_output=True)
    return head.stdout.strip() + ("+changes" if dirty.returncode else "")


def record(entry: dict, path: Path = RESULTS) -> None:
    """Replace this scenario's entry in chaos.json (stamped with when and on which commit), keep the others."""
    entry = {**entry, "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"), "commit": _commit()}
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = json.loads(path.read_text()) if path.exists() else []
    entries = [e for e in entries if e["scenario"] != entry["scenario"]] + [entry]
    path.write_text(json.dumps(sorted(entries, key=lambda e: e["scenario"]), indent=2) + "\n")
