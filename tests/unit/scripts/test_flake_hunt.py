"""The flake hunter reads pytest's JUnit reports: failures and errors count, passes and
skips do not, and a run that left no report counts as a failure, never as a pass."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("flake_hunt", ROOT / "scripts" / "flake_hunt.py")
flake_hunt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(flake_hunt)

REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="4">
<testcase classname="tests.integration.router.test_health_cycle" name="test_recovers"><failure message="10 == 11"/></testcase>
<testcase classname="tests.integration.test_emitter" name="test_ok"/>
<testcase classname="tests.integration.test_emitter" name="test_skipped"><skipped message="no"/></testcase>
<testcase classname="tests.integration.metering.test_kill_restart" name="test_kill[2]"><error message="setup"/></testcase>
</testsuite></testsuites>"""


def test_failures_and_errors_are_reported_passes_and_skips_are_not(tmp_path):
    junit = tmp_path / "run01.xml"
    junit.write_text(REPORT)
    assert flake_hunt.failures(junit) == [
        "tests.integration.router.test_health_cycle::test_recovers",
        "tests.integration.metering.test_kill_restart::test_kill[2]"]


def test_a_missing_report_is_a_failure(tmp_path):
    assert flake_hunt.failures(tmp_path / "absent.xml") == ["<no report: pytest crashed before writing it>"]


def test_pytest_arguments_after_a_double_dash_pass_through():
    args, extra = flake_hunt.parse_args(["--runs", "3", "tests/integration/router", "--", "-x", "-k", "cycle"])
    assert (args.runs, args.mark, args.paths, extra) == (3, "timing", ["tests/integration/router"], ["-x", "-k", "cycle"])
