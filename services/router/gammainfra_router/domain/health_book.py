"""Every (endpoint, model) pair the router knows: its window, circuit and score.

`observe` takes the attempts of one event; `cycle` runs the time/rate rules and
scores every pair, returning one `PairReport` each; `restore` re-creates a pair
from its last routing.health.v1 value after a restart (state, score, cooldown;
the raw samples are gone, so the window starts empty). Pure: time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .circuit import DOWN, Circuit, Thresholds
from .observations import Observation
from .scoring import NEUTRAL, score
from .window import SlidingWindow, WindowStats


@dataclass(frozen=True)
class PairReport:
    endpoint: str
    provider: str
    model: str
    state: str
    score: float
    cooldown_until: float | None
    stats: WindowStats

    @property
    def pair(self) -> str:
        return f"{self.endpoint}|{self.model}"


@dataclass
class PairHealth:
    endpoint: str
    provider: str
    model: str
    window: SlidingWindow
    circuit: Circuit = field(default_factory=Circuit)
    score: float = NEUTRAL


class HealthBook:
    def __init__(self, thresholds: Thresholds, *, window_s: int, max_samples: int,
                 slow_latency_ms: float) -> None:
        self.thresholds = thresholds
        self._window_s = window_s
        self._max_samples = max_samples
        self._slow_latency_ms = slow_latency_ms
        self._pairs: dict[str, PairHealth] = {}

    def __len__(self) -> int:
        return len(self._pairs)

    def _pair(self, endpoint: str, provider: str, model: str) -> PairHealth:
        key = f"{endpoint}|{model}"
        pair = self._pairs.get(key)
        if pair is None:
            pair = self._pairs[key] = PairHealth(endpoint, provider, model,
                                                 SlidingWindow(self._window_s, self._max_samples))
        return pair

    def observe(self, obs: Observation, now: float) -> None:
        if obs.at < now - self._window_s:
            return  # older than the window (a replay or a long lag): no longer news
        pair = self._pair(obs.endpoint, obs.provider, obs.model)
        pair.window.add(obs, now)
        before = pair.circuit.state
        pair.circuit.observe(ok=obs.ok, fault=obs.fault, at=obs.at, now=now, t=self.thresholds)
        if before != DOWN and pair.circuit.state == DOWN:
            pair.score = 0.0

    def cycle(self, now: float) -> list[PairReport]:
        reports = []
        for pair in self._pairs.values():
            stats = pair.window.stats(now)
            if pair.circuit.evaluate(stats, now, self.thresholds):
                pair.window.clear()  # probing starts from a clean slate
                stats = pair.window.stats(now)
            pair.score = score(stats, pair.circuit.state, pair.score, slow_latency_ms=self._slow_latency_ms)
            reports.append(PairReport(pair.endpoint, pair.provider, pair.model, pair.circuit.state,
                                      pair.score, pair.circuit.cooldown_until, stats))
        return reports

    def restore(self, *, endpoint: str, provider: str, model: str, state: str, score_: float,
                cooldown_until: float | None, updated_at: float) -> None:
        pair = self._pair(endpoint, provider, model)
        pair.circuit = Circuit(state=state, cooldown_until=cooldown_until if state == DOWN else None,
                               since=updated_at)
        pair.score = score_
