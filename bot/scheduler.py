"""Background jobs: APScheduler with its job state in the bot's SQLite file.

Jobs are listed once in `JOBS` (one line each; the outbox delivery job first). A job function takes
`(settings, db)`; the job store keeps only the job's id, so no settings or secrets are ever pickled into the
database. Misfired runs are coalesced into one (a bot that was down for an hour delivers once, not 240 times)
and a job never overlaps itself.
"""
from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

from bot.settings import Settings
from bot.store import Database
from policy.bundle import PolicyBundle

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScheduledJob:
    id: str
    func: str                 # "module:function", called as function(settings, db)
    seconds: float            # interval
    misfire_grace: int = 300  # a run late by more than this is skipped (coalesced with the next)


def deliver_outbox(settings: Settings, db) -> None:
    from bot.outbox import Outbox

    run = Outbox(db, settings).deliver_due()
    if run.delivered or run.failed or run.dead:
        log.info("outbox: %s", run)


# One line per job (STYLE.md: explicit registration). Other areas add theirs below the outbox.
JOBS: tuple[ScheduledJob, ...] = (
    ScheduledJob("outbox-delivery", "bot.scheduler:deliver_outbox", seconds=15),
    ScheduledJob("gchat-poll", "bot.gchat.poller:poll_spaces", seconds=15),  # polls every AUPBOT_GCHAT_POLL_SECONDS
    ScheduledJob("retention", "bot.jobs.retention:run", seconds=6 * 3600),
    ScheduledJob("approval-reminders", "bot.jobs.reminders:run", seconds=3600),
    ScheduledJob("weekly-digest", "bot.jobs.digest:run", seconds=3600),   # sends once a week, Monday 07:00
)

# The running process's settings and database, for `run_job` (the job store holds only job ids).
_CONTEXT: dict[str, Any] = {}


def run_job(job_id: str) -> None:
    """What the job store references: looks the job up in `JOBS` and calls it with this process's context."""
    job = next((j for j in _CONTEXT.get("jobs", JOBS) if j.id == job_id), None)
    if job is None:
        log.warning("scheduled job %s is no longer registered; skipped", job_id)
        return
    module_name, _, func_name = job.func.partition(":")
    func = getattr(importlib.import_module(module_name), func_name)
    try:
        func(_CONTEXT["settings"], _CONTEXT["db"])
    except Exception:  # one failing run must not kill the job; the next interval tries again
        log.exception("scheduled job %s failed", job_id)


def build_scheduler(settings: Settings, db, *, jobs: tuple[ScheduledJob, ...] | None = None):
    """A BackgroundScheduler (not started) with every registered job added or updated in the job store."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    jobs = JOBS if jobs is None else jobs
    _CONTEXT.update(settings=settings, db=db, jobs=jobs)
    store = SQLAlchemyJobStore(url=f"sqlite:///{db.path}", tablename="apscheduler_jobs",
                               engine_options={"connect_args": {"timeout": 15}})
    scheduler = BackgroundScheduler(jobstores={"default": store},
                                    job_defaults={"coalesce": True, "max_instances": 1}, timezone="UTC")
    for job in jobs:
        scheduler.add_job(run_job, "interval", args=[job.id], id=job.id, name=job.id, seconds=job.seconds,
                          misfire_grace_time=job.misfire_grace, coalesce=True, max_instances=1,
                          replace_existing=True)
    return scheduler


class SchedulerComponent:
    """The scheduler as an `aupbot serve` component (bot/commands/serve.py COMPONENTS: "bot.scheduler")."""

    name = "scheduler"

    def __init__(self, settings: Settings, db) -> None:
        self.settings = settings
        self.db = db
        self.scheduler = None

    def mount(self, router) -> None:
        pass   # no HTTP endpoints

    def start(self) -> None:
        import threading

        # the start-up checks connect to SMTP, which may take the full timeout: never delay serving for it
        threading.Thread(target=self._log_problems, name="delivery-preflight", daemon=True).start()
        self.scheduler = build_scheduler(self.settings, self.db)
        self.scheduler.start()

    def _log_problems(self) -> None:
        from bot.delivery.preflight import problems

        for problem in problems(self.settings):
            log.error("delivery configuration: %s", problem)

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)
            self.scheduler = None


def component(settings: Settings, db: Database, bundle: PolicyBundle | None = None) -> SchedulerComponent:
    return SchedulerComponent(settings, db)
