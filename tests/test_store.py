from bot.store import Database, audit


def test_migrations_run_once_and_are_recorded(tmp_path):
    path = tmp_path / "x.db"
    first = Database(path)
    assert "audit/0001" in first.applied_migrations()
    first.close()
    again = Database(path)
    assert again.migrate() == []
    assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_failed_transaction_leaves_nothing_behind(db):
    try:
        with db.transaction() as d:
            d["audit_log"].insert({"at": 1, "actor": "a", "action": "x"})
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert db.query("SELECT count(*) AS n FROM audit_log")[0]["n"] == 0


def test_audit_entries_are_read_back_newest_first(db):
    audit.record(db, "console:alice", "first", "AUP-1")
    audit.record(db, "console:alice", "second", "AUP-1", status="closed")
    assert [e["action"] for e in audit.entries(db, "AUP-1")] == ["second", "first"]
