"""`aupbot serve` start-up failures are one clear line and a non-zero exit, never a traceback."""
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

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


def _read_only_serve(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`aupbot serve` with `db` unwritable to it. Not root: the file is chmod 444, as in the issue. Root writes
    through any mode bits, so instead the child runs in its own mount namespace (`unshare --mount`) where the
    file is bind-mounted read-only: a write fails for root too, and nothing outside the child sees the mount."""
    command = [sys.executable, "-m", "bot.cli", "serve"]
    if os.geteuid() != 0:
        db.chmod(0o444)
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    import shlex
    import shutil

    if not shutil.which("unshare"):
        pytest.skip("running as root without unshare: cannot make a file read-only for root")
    probe = subprocess.run(["unshare", "--mount", "sh", "-c", f"mount --bind {db} {db} && "
                            f"mount -o remount,bind,ro {db} && ! sh -c ': >> {db}' 2>/dev/null"],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip("running as root where a read-only bind mount is not allowed")
    script = (f"mount --bind {shlex.quote(str(db))} {shlex.quote(str(db))} && "
              f"mount -o remount,bind,ro {shlex.quote(str(db))} && exec {shlex.join(command)}")
    return subprocess.run(["unshare", "--mount", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)


def test_serve_with_a_read_only_database_exits_before_listening_with_one_line(tmp_path):
    from bot.store import Database

    db = tmp_path / "serve.db"
    Database(db).close()     # a migrated database from an earlier run, now read-only (issue 12, item 10)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = _read_only_serve(db, _env(tmp_path, AUPBOT_PORT=str(port)))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if " ERROR " in line]
    assert len(errors) == 1 and f"database {db} is not writable" in errors[0]
    assert "aupbot serving" not in result.stderr     # it never opened its port
