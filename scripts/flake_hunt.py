"""Hunts flaky tests: runs pytest N times over the same selection and prints every test
that failed (or errored) in any run, with how often, so a flake shows up before CI
finds it. Needs the stack's infrastructure up (`make flakes` starts it).

    python scripts/flake_hunt.py [--runs N] [--mark EXPR] [--shuffle] [PATHS...] [-- PYTEST ARGS]

Defaults: 10 runs of the tests marked `timing` (those that wait on a background
refresh, relay, consumer or rebalance) under tests/integration. With --shuffle each
run orders the test files differently (seeded by the run number, printed), so an
ordering dependence between files shows up too. Writes the per-run JUnit reports and
a summary.json under .gi/flakes/<timestamp>/. Exits 1 when any test ever failed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="how many times to run the selection (default 10)")
    parser.add_argument("--mark", default="timing", help="pytest -m expression ('' for every test; default timing)")
    parser.add_argument("--shuffle", action="store_true", help="order the test files differently in each run")
    parser.add_argument("paths", nargs="*", default=["tests/integration"])
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args, extra


def collect_files(paths: list[str], mark: str, extra: list[str]) -> list[str]:
    """The test files the selection touches (for --shuffle), in collection order."""
    cmd = [sys.executable, "-m", "pytest", "--collect-only", "-q", *paths, *(["-m", mark] if mark else []), *extra]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout
    files: list[str] = []
    for line in out.splitlines():
        if "::" in line:
            name = line.split("::", 1)[0]
            if name not in files:
                files.append(name)
    return files


def failures(junit: Path) -> list[str]:
    """Node ids that failed or errored in one JUnit report."""
    if not junit.exists():
        return ["<no report: pytest crashed before writing it>"]
    found = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            found.append(f"{case.get('classname')}::{case.get('name')}")
    return found


def main(argv: list[str]) -> int:
    args, extra = parse_args(argv)
    out_dir = ROOT / ".gi" / "flakes" / time.strftime("%Y%m%dT%H%M%S")
    out_dir.mkdir(parents=True, exist_ok=True)
    selection = list(args.paths)
    if args.shuffle:
        selection = collect_files(args.paths, args.mark, extra)
        if not selection:
            print("flake-hunt: the selection collects no test", file=sys.stderr)
            return 2
    failed: Counter[str] = Counter()
    runs = []
    for n in range(1, args.runs + 1):
        order = list(selection)
        if args.shuffle:
            random.Random(n).shuffle(order)
        junit = out_dir / f"run{n:02d}.xml"
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}",
               *(["-m", args.mark] if args.mark else []), *order, *extra]
        started = time.monotonic()
        code = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        seconds = round(time.monotonic() - started, 1)
        if code == 5:
            print("flake-hunt: pytest collected no test for this selection (exit 5)", file=sys.stderr)
            return 2
        bad = failures(junit) if code else []
        if code and not bad:
            bad = [f"<pytest exit {code} without a failed test>"]
        failed.update(bad)
        runs.append({"run": n, "exit": code, "seconds": seconds, "failed": bad})
        print(f"run {n}/{args.runs}: exit {code} in {seconds} s" + (f", failed: {', '.join(bad)}" if bad else ""),
              flush=True)
    summary = {"runs": args.runs, "mark": args.mark, "paths": args.paths, "shuffle": args.shuffle,
               "ever_failed": dict(failed.most_common()), "per_run": runs}
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2))
    if failed:
        print(f"\n{len(failed)} test(s) failed at least once in {args.runs} runs:")
        for test, times in failed.most_common():
            print(f"  {times}/{args.runs}  {test}")
    else:
        print(f"\nno test failed in {args.runs} runs")
    print(f"reports: {out_dir.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
