"""Per task label and model: how often attempts succeeded and how fast, over a
sliding window. This is the non-essential optimisation data `model: "auto"`
ranks with, so events of customers who objected to non-essential processing are
never fed here (the caller filters; see consumer/sink.py). Request-caused
failures (upstream_client_error, content_filtered) are left out. Each series is a
`Ring` of (at, ok, latency_ms) rows (ring.py says why). Pure.
"""

from __future__ import annotations

from .observations import Observation
from .ring import Ring
from .window import percentile

_TYPECODES = "dbq"  # at, ok, latency_ms


class LabelStats:
    def __init__(self, *, window_s: int, max_samples: int) -> None:
        self._window_s = window_s
        self._max_samples = max_samples
        self._series: dict[tuple[str, str], Ring] = {}

    def observe(self, label: str, obs: Observation, now: float) -> None:
        if obs.at < now - self._window_s or not (obs.ok or obs.fault):
            return
        series = self._series.get((label, obs.model))
        if series is None:
            series = self._series[(label, obs.model)] = Ring(_TYPECODES, self._max_samples)
        series.append(obs.at, obs.ok, obs.latency_ms)

    def summary(self, now: float) -> dict[str, dict[str, dict]]:
        """{label: {model: {requests, success_rate, latency_p50_ms}}} of the window."""
        horizon = now - self._window_s
        out: dict[str, dict[str, dict]] = {}
        for (label, model), series in list(self._series.items()):
            while series and series.first(0) < horizon:
                series.popleft()
            if not series:
                del self._series[(label, model)]
                continue
            ok_latencies = sorted(lat for _, ok, lat in series.rows() if ok)
            n = len(series)
            out.setdefault(label, {})[model] = {
                "requests": n, "success_rate": round(len(ok_latencies) / n, 4),
                "latency_p50_ms": percentile(ok_latencies, 50)}
        return out
