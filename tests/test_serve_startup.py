"""`aupbot serve` start-up failures are one clear line and a non-zero exit, never a traceback."""
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUPBOT_", "SLACK_", "GOOGLE_"))}
    env.update({"AUPBOT_DB": str(tmp_path / "serve.db"), "AUPBOT_HASH_SECRET": "test-hash-secret",
                "AUPBOT_HOST": "127.0.0.1", **extra})
    return env


def _serve(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)


def test_serve_on_a_port_in_use_prints_one_line_and_exits_non_zero(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve(_env(tmp_path, AUPBOT_PORT=str(port)))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "in use" in result.stderr


def test_serve_with_a_corrupt_database_prints_one_line_and_exits_non_zero(tmp_path):
    (tmp_path / "serve.db").write_bytes(b"this is not a database header" * 200)
    result = _serve(_env(tmp_path, AUPBOT_PORT="0"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "cannot open database" in result.stderr and "not a database" in result.stderr


def test_serve_logs_a_half_configured_slack(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve(_env(tmp_path, AUPBOT_PORT=str(port), SLACK_BOT_TOKEN="xoxb-half"))
    assert "SLACK_BOT_TOKEN is set but neither" in result.stderr
    assert "xoxb-half" not in result.stderr
