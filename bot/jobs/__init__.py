"""Scheduled jobs, one small module each; each exposes `run(settings, db, *, now=None)` and returns what it did.

They are registered in bot/scheduler.py's JOBS (one line each). Every job is idempotent and decides for
itself whether work is due (the digest checks whether this week's was sent; reminders mark what they queued),
so a scheduler that was down and coalesced its missed runs, or an operator running a job by hand, neither
skips nor repeats anything.
"""
