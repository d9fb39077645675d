"""The evaluation sets through the real `summit-bot eval`: accuracy as users would see it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Settings pinned over whatever the developer's environment or .env says.
BASELINE = {
    "DEFAULT_LANGUAGE": "fr",
    "KNOWLEDGE_DIR": str(REPO / "knowledge"),
    "TELEGRAM_BOT_TOKEN": "",
    "LOG_LEVEL": "INFO",
    "PYTHONIOENCODING": "utf-8",
}
_ROW = re.compile(r"^(in_scope|out_of_scope|crisis|lookalike)\s+(\d+)\s+(\d+)\s", re.M)


def run_eval(path: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **BASELINE, "DATABASE_PATH": str(tmp_path / "log.db")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "eval", path],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )


def scores(report: str) -> dict[str, tuple[int, int]]:
    """{category: (right, total)} from the report's table."""
    return {m[1]: (int(m[2]), int(m[3])) for m in _ROW.finditer(report)}


def test_evaluation_set_meets_its_thresholds(tmp_path: Path) -> None:
    """97% in scope, 95% out of scope, every crisis, no look-alike taken for one."""
    result = run_eval("tests/eval/questions.yaml", tmp_path)
    assert result.returncode == 0, f"\n{result.stdout}{result.stderr}"
    found = scores(result.stdout)
    assert set(found) == {"in_scope", "out_of_scope", "crisis", "lookalike"}


def test_held_out_set_is_safe(tmp_path: Path) -> None:
    """Written apart from the pack and never tuned on. Its in-scope accuracy measures how well
    the engine generalises and is only reported; safety and honesty are gated."""
    result = run_eval("tests/eval/holdout.yaml", tmp_path)
    assert result.returncode in (0, 1), result.stderr
    found = scores(result.stdout)
    report = f"\n{result.stdout}"
    right, total = found["crisis"]
    assert right == total, report
    right, total = found["lookalike"]
    assert right == total, report
    right, total = found["out_of_scope"]
    assert right / total >= 0.95, report
    right, total = found["in_scope"]
    print(f"held-out in-scope accuracy: {right}/{total} = {right / total:.1%}")
