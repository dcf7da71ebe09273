"""Overload: shed rate and admitted latency of one gateway process at 3x its capacity.

One real gateway process (`python -m gammainfra_gateway`, the test harness's
launcher) with GI_GATEWAY_MAX_INFLIGHT=CAPACITY, the fake provider (in this
process) answering every chat after PROVIDER_DELAY_S. Capacity in requests per
second is then CAPACITY / PROVIDER_DELAY_S. Three phases:

1. uncontended: requests one at a time (the latency floor);
2. at capacity: CAPACITY clients in a closed loop (nothing is shed);
3. 3x: open-loop arrivals at 3x the capacity rate for DURATION_S.

Reports per phase the count, p50/p99 of admitted requests, and for 3x the shed
rate, the shed answers' p99 and whether the provider saw exactly the admitted
requests. Each run is appended to bench/results/overload.json (`runs`).
Needs the local infrastructure (`gammainfra stack up --infra-only`).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gammainfra_common.postgres import create_pool  # noqa: E402
from gammainfra_fakeproviders.app import FakeProviderServer  # noqa: E402
from gammainfra_fakeproviders.faults import FaultPlan  # noqa: E402
from gammainfra_gateway.accounts.store import AccountStore  # noqa: E402
from tests.conftest import DATABASE_URL  # noqa: E402
from tests.integration.gateway.harness import GatewayProcess  # noqa: E402

CAPACITY = int(os.environ.get("OVERLOAD_CAPACITY", "8"))
PROVIDER_DELAY_S = 0.25
DURATION_S = float(os.environ.get("OVERLOAD_DURATION_S", "15"))
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hello"}],
        "provider": {"only": ["openai"]}}
RESULT = ROOT / "bench" / "results" / "overload.json"


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000, 1)


async def _post(http, url, key) -> tuple[int, float, str | None]:
    started = time.perf_counter()
    async with http.post(url, json=CHAT, headers={"Authorization": f"Bearer {key}"}) as resp:
        await resp.read()
        return resp.status, time.perf_counter() - started, resp.headers.get("Retry-After")


def _summary(results: list[tuple[int, float, str | None]]) -> dict:
    admitted = [s for status, s, _ in results if status == 200]
    shed = [(status, s, retry) for status, s, retry in results if status != 200]
    return {"requests": len(results), "admitted": len(admitted), "shed": len(shed),
            "shed_rate": round(len(shed) / len(results), 4) if results else None,
            "shed_statuses": sorted({status for status, _, _ in shed}),
            "shed_without_retry_after": sum(1 for _, _, retry in shed if not retry),
            "admitted_p50_ms": _pct(admitted, 0.5), "admitted_p99_ms": _pct(admitted, 0.99),
            "admitted_max_ms": _pct(admitted, 1.0), "shed_p99_ms": _pct([s for _, s, _ in shed], 0.99)}


async def run() -> dict:
    pool = await create_pool(DATABASE_URL, min_size=1, max_size=2)
    _, _, api_key = await AccountStore(pool).create_account(f"bench-overload-{time.time_ns()}@example.com", "Bench")
    await pool.close()
    async with FakeProviderServer(port=0) as fake:
        fake.faults.configure("openai-us", FaultPlan(latency_ms=int(PROVIDER_DELAY_S * 1000)))
        gateway = await GatewayProcess(upstream_template=f"http://127.0.0.1:{fake.port}/{{endpoint}}", extra_env={
            "GI_GATEWAY_MAX_INFLIGHT": str(CAPACITY), "GI_GATEWAY_MAX_INFLIGHT_PER_CUSTOMER": "0",
            "GI_GATEWAY_KEY_RPM": "1000000000", "GI_LOG_LEVEL": "WARNING"}).start()
        try:
            url = gateway.base_url + "/chat/completions"
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
                await _post(http, url, api_key)  # bcrypt once, connections warm
                uncontended = [await _post(http, url, api_key) for _ in range(20)]

                at_capacity: list = []
                stop_at = time.perf_counter() + DURATION_S / 3

                async def client():
                    while time.perf_counter() < stop_at:
                        at_capacity.append(await _post(http, url, api_key))

                await asyncio.gather(*(client() for _ in range(CAPACITY)))

                rate = 3 * CAPACITY / PROVIDER_DELAY_S
                total = int(rate * DURATION_S)
                before = sum(s["requests"] for s in fake.faults.all_stats().values())
                started = time.perf_counter()

                async def arrival(i: int):
                    await asyncio.sleep(max(0.0, started + i / rate - time.perf_counter()))
                    return await _post(http, url, api_key)

                overload = await asyncio.gather(*(arrival(i) for i in range(total)))
                wall = time.perf_counter() - started
                provider_requests = sum(s["requests"] for s in fake.faults.all_stats().values()) - before
        finally:
            gateway.stop()
    three_x = _summary(overload)
    return {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "capacity_inflight": CAPACITY, "provider_delay_ms": PROVIDER_DELAY_S * 1000,
        "capacity_rps": CAPACITY / PROVIDER_DELAY_S, "offered_rps": rate, "achieved_offered_rps":
            round(total / wall, 1), "duration_s": DURATION_S,
        "uncontended": _summary(uncontended), "at_capacity": _summary(at_capacity), "three_x": three_x,
        "provider_requests_during_3x": provider_requests,
        "provider_saw_exactly_admitted": provider_requests == three_x["admitted"],
    }


def main() -> int:
    result = asyncio.run(run())
    runs = json.loads(RESULT.read_text())["runs"] if RESULT.exists() else []
    runs.append(result)
    RESULT.write_text(json.dumps({"benchmark": "overload", "runs": runs}, indent=2) + "\n")
    three_x = result["three_x"]
    print(f"3x load ({result['offered_rps']:.0f} rps offered, capacity {result['capacity_rps']:.0f} rps): "
          f"shed {three_x['shed_rate']:.1%}, admitted p99 {three_x['admitted_p99_ms']} ms "
          f"(uncontended p99 {result['uncontended']['admitted_p99_ms']} ms, at capacity "
          f"{result['at_capacity']['admitted_p99_ms']} ms), shed p99 {three_x['shed_p99_ms']} ms, "
          f"provider saw exactly the admitted: {result['provider_saw_exactly_admitted']}")
    return 0 if result["provider_saw_exactly_admitted"] and not three_x["shed_without_retry_after"] else 1


if __name__ == "__main__":
    sys.exit(main())
