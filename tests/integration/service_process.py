"""A real service process for tests: `python -m <module>` with its own state folder
and log file, ready when its ops server's /readyz answers 200. The gateway,
router and metering harnesses each add their own environment on top."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]


class ServiceProcess:
    def __init__(self, module: str, *, name: str, ops_port: int, env: dict[str, str]) -> None:
        self.module, self.name, self.ops_port, self.env = module, name, ops_port, env
        self.state = ROOT / ".gi" / f"test-{name}s" / uuid.uuid4().hex[:8]
        self.log_path = self.state / f"{name}.log"
        self.proc: subprocess.Popen | None = None
        self._log = None

    async def start(self, deadline_s: float = 40):
        self.state.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # appended: a restarted process keeps one log
        self.proc = subprocess.Popen([sys.executable, "-m", self.module], env=self.env, cwd=ROOT,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        try:
            await self._wait_ready(deadline_s)
        except BaseException:
            self.kill()  # never leave a half-started process behind
            raise
        return self

    async def _wait_ready(self, deadline_s: float) -> None:
        async with aiohttp.ClientSession() as http:
            loop = asyncio.get_running_loop()
            end = loop.time() + deadline_s
            while loop.time() < end:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited: {self.log_text()[-3000:]}")
                try:
                    async with http.get(f"http://127.0.0.1:{self.ops_port}/readyz") as resp:
                        if resp.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise TimeoutError(f"{self.name} not ready: {self.log_text()[-3000:]}")

    async def metrics(self) -> str:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{self.ops_port}/metrics") as resp:
                return await resp.text()

    def kill(self) -> None:
        """SIGKILL: no flush, no commit, no goodbye."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        self._close_log()

    def stop(self) -> int | None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._close_log()
        return self.proc.returncode if self.proc else None

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
