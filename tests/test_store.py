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


def test_a_batched_delete_removes_only_matching_rows_a_batch_per_transaction(db, monkeypatch):
    with db.transaction() as d:
        d["audit_log"].insert_all([{"at": at, "actor": "a", "action": "x"} for at in range(12)])
    opened = []
    real = db.transaction

    def counting(**kw):
        opened.append(1)
        return real(**kw)

    monkeypatch.setattr(db, "transaction", counting)
    assert db.delete_in_batches("audit_log", "at < ?", (7,), batch=3) == 7
    assert len(opened) == 3                       # 3 + 3 + 1: the short batch ends it
    assert sorted(r["at"] for r in db.query("SELECT at FROM audit_log")) == list(range(7, 12))


def test_every_retention_purge_deletes_through_the_one_batched_delete(db, monkeypatch):
    """audit, questions and the outbox's settled rows are purged by Database.delete_in_batches, not each by a loop
    of its own (one owner for how a purge holds the write lock)."""
    from bot.store import outbox, questions

    tables = []
    monkeypatch.setattr(db, "delete_in_batches",
                        lambda table, where, params=(), *, batch=500: tables.append(table) or 0)
    audit.purge(db, 100.0)
    questions.purge(db, 100.0)
    outbox.purge_settled_without_ticket(db, 100.0)
    assert tables == ["audit_log", "questions", "outbox"]
