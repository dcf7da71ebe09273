"""Serving: one worker in this process, or N worker processes sharing the port.

With GI_GATEWAY_WORKERS=N, N processes each bind the public port with
SO_REUSEPORT (the kernel spreads connections) and their own ops port (ops_port +
index); the parent only supervises: it restarts a worker that dies and forwards
SIGTERM/SIGINT for a graceful stop. Each worker runs uvloop. Workers are started
with the `spawn` method, so `run_worker` lives in this importable module.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import secrets
import signal
import time

import structlog
import uvloop
from aiohttp import web

from gammainfra_common.logging import configure_logging

from . import appkeys as K
from .app import create_app
from .server import HardenedAppRunner
from .settings import GatewaySettings, load

log = structlog.get_logger("gammainfra_gateway")


async def serve(settings: GatewaySettings, worker: int) -> None:
    app = create_app(settings, worker=worker)
    runner = HardenedAppRunner(app, idle_timeout_s=settings.idle_timeout_s, access_log=None, shutdown_timeout=10)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port, reuse_port=True, backlog=2048)
    await site.start()
    # Everything built at start-up (modules, the catalog, the classifier's ~24k weight rows) lives
    # as long as the process: keep it out of the collector, so a full collection walks only what
    # requests allocate instead of ~110k long-lived objects (a pause of tens of ms, every few s).
    gc.collect()
    gc.freeze()
    # The requests in flight keep ~10k container objects alive, so at Python's default of 700
    # the young generation was collected every ~15 requests, walking live objects only: 5.4-6.1%
    # of the process's CPU at c=64 (gc.callbacks, 12.5 s of CPU). At 3000: 2.0%, for ~1 MB more
    # RSS (bench/README.md, issue 17).
    gc.set_threshold(settings.gc_gen0_threshold, *gc.get_threshold()[1:])
    app[K.LISTENING].set()
    log.info("gateway worker serving", worker=worker, port=settings.port, ops_port=app["ops_port"])
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("gateway worker stopping", worker=worker)
    await runner.cleanup()


def run_worker(worker: int) -> None:
    settings = load()
    configure_logging("gateway", settings.log_level)
    uvloop.run(serve(settings, worker))


def supervise(count: int) -> int:
    # Workers of one supervisor share an IP-hash key even when none is configured, so
    # the per-IP limits count one client once however the kernel spreads its connections.
    os.environ.setdefault("GI_GATEWAY_IP_HASH_KEY", secrets.token_hex(32))
    ctx = multiprocessing.get_context("spawn")
    workers: dict[int, multiprocessing.Process] = {}
    stopping = False

    def start(index: int) -> None:
        proc = ctx.Process(target=run_worker, args=(index,), name=f"gateway-worker-{index}")
        proc.start()
        workers[index] = proc

    def on_signal(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        for proc in workers.values():
            if proc.is_alive():
                proc.terminate()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    for index in range(count):
        start(index)
    while not stopping:
        time.sleep(0.5)
        for index, proc in list(workers.items()):
            if not proc.is_alive() and not stopping:
                log.error("gateway worker died; restarting", worker=index, exitcode=proc.exitcode)
                time.sleep(1)
                start(index)
    for proc in workers.values():
        proc.join(timeout=15)
    return 0
