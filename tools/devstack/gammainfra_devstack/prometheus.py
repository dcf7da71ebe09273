"""Prometheus for the local stack: Debian's `prometheus` binary, state in `.gi/prometheus`.

It scrapes every service's ops port (as declared through the `gammainfra.services` entry
points) and loads the same rules as production (`deploy/prometheus/rules/*.yml`), so a
local user sees the targets up and the rules loaded at http://127.0.0.1:9090. The job
names (`gammainfra-<service>`) are the ones the rules, the compose file and the chart use.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time

import aiohttp
import yaml

from .paths import StackPaths
from .procs import PidRegistry, spawn

SCRAPE_INTERVAL = "5s"  # local: targets show up within seconds of `make up`


def scrape_config(targets: dict[str, list[int]], rules_glob: str) -> dict:
    """`targets`: service name -> the ops ports of its processes."""
    return {
        "global": {"scrape_interval": SCRAPE_INTERVAL, "evaluation_interval": SCRAPE_INTERVAL,
                   "external_labels": {"stack": "local"}},
        "rule_files": [rules_glob],
        "scrape_configs": [
            {"job_name": f"gammainfra-{name}", "metrics_path": "/metrics",
             "static_configs": [{"targets": [f"127.0.0.1:{port}" for port in ports],
                                 "labels": {"service": name}}]}
            for name, ports in sorted(targets.items())
        ],
    }


class PrometheusServer:
    name = "prometheus"

    def __init__(self, paths: StackPaths, pids: PidRegistry, *, port: int) -> None:
        self._paths = paths
        self._pids = pids
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    @property
    def config_path(self):
        return self._paths.data("prometheus") / "prometheus.yml"

    def write_config(self, targets: dict[str, list[int]]) -> None:
        rules = self._paths.root / "deploy" / "prometheus" / "rules" / "*.yml"
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(yaml.safe_dump(scrape_config(targets, str(rules)), sort_keys=False))

    def start(self, targets: dict[str, list[int]]) -> bool:
        """Writes the config (always: services may have moved) and starts the server unless
        it runs; a running one re-reads the config on SIGHUP."""
        self.write_config(targets)
        tracked = self._pids.running(self.name)
        if tracked:
            os.kill(tracked.pid, signal.SIGHUP)
            return False
        binary = shutil.which("prometheus")
        if binary is None:
            raise RuntimeError("prometheus: binary not found (scripts/bootstrap.sh installs Debian's prometheus)")
        data = self._paths.data("prometheus") / "data"
        data.mkdir(parents=True, exist_ok=True)
        proc = spawn([binary, f"--config.file={self.config_path}", f"--storage.tsdb.path={data}",
                      "--storage.tsdb.retention.time=2d", f"--web.listen-address=127.0.0.1:{self.port}",
                      "--web.enable-lifecycle"],
                     log_file=self._paths.logs / "prometheus.log")
        self._pids.record(self.name, proc.pid)
        return True

    def stop(self) -> bool:
        return self._pids.stop(self.name)

    async def wait_targets_up(self, expected: int, deadline_s: float = 60.0) -> dict:
        """Waits until Prometheus is ready, has loaded rules and sees `expected` targets up.
        Returns {"url", "targets_up", "rule_groups"}; raises TimeoutError naming the targets down."""
        deadline = time.monotonic() + deadline_s
        last = "no answer"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as http:
            while time.monotonic() < deadline:
                try:
                    async with http.get(f"{self.url}/api/v1/targets?state=active") as resp:
                        active = (await resp.json())["data"]["activeTargets"]
                    async with http.get(f"{self.url}/api/v1/rules") as resp:
                        groups = (await resp.json())["data"]["groups"]
                    down = [f"{t['labels']['job']} {t['scrapeUrl']}: {t['lastError'] or t['health']}"
                            for t in active if t["health"] != "up"]
                    if len(active) >= expected and not down and groups:
                        return {"url": self.url, "targets_up": len(active), "rule_groups": len(groups)}
                    last = "; ".join(down) or f"{len(active)} targets, {len(groups)} rule groups"
                except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as exc:
                    last = repr(exc)
                await asyncio.sleep(0.5)
        raise TimeoutError(f"prometheus at {self.url}: targets not all up after {deadline_s}s: {last}")
