"""Memory and time of reading shared files: a ~10 MB roster as XLSX and as CSV, through handlers.attachments.

Each measurement runs in its own Python process, so the peak resident set (resource.getrusage ru_maxrss) is that
file's alone: the figures are the RSS growth while reading (peak minus the RSS before, with the file's bytes
already loaded), the traced Python heap peak (tracemalloc; C allocations in lxml and zlib are not in it, which
is why the RSS is reported too) and the time. Two runs per file: with the default character cap (what the
watcher does; reading stops at AUPBOT_ATTACHMENT_MAX_CHARS) and uncapped (every row read, the worst case),
plus the time to scan the capped text.

`python -m bench attachments` (ATTACHMENT_MB=N to change the size; default 10).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = float(os.environ.get("ATTACHMENT_MB", "10"))

MEASURE = r"""
import json, resource, sys, time, tracemalloc
from bot.settings import Settings
from handlers.attachments import extract
from policy.scanner import scan
path, mimetype, max_chars, do_scan = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
data = open(path, "rb").read()
import openpyxl, docx, pypdf  # libraries loaded before the baseline, as in a running bot
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
start = time.perf_counter()
found = extract(path, mimetype, data, max_bytes=len(data), max_chars=max_chars)
seconds = time.perf_counter() - start
_, traced = tracemalloc.get_traced_memory()
tracemalloc.stop()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
chars = sum(len(s.text) + 1 for s in found.segments)
scanned = None
if do_scan:
    text = "\n".join(s.text for s in found.segments)
    t = time.perf_counter(); findings = scan(text); scanned = [time.perf_counter() - t, len(findings)]
print(json.dumps({"rss_growth_kb": peak - before, "rss_peak_kb": peak, "traced_peak_bytes": traced,
                  "seconds": seconds, "segments": len(found.segments), "chars": chars, "note": found.note,
                  "scan": scanned}))
"""


def _rows(rng: random.Random):
    """Roster rows with a free-text comment, so the file compresses as a real gradebook export does."""
    words = ["missing", "late", "excellent", "retake", "quiz", "essay", "lab", "project", "absent", "improving"]
    yield ("Name", "Student ID", "DOB", "Period", "Grade", "Comment")
    n = 0
    while True:
        n += 1
        yield (f"Student{n} Lee", str(20_000_000 + n), f"2011-{1 + n % 12:02d}-{1 + n % 28:02d}", str(1 + n % 7),
               str(rng.randint(40, 100)), " ".join(rng.choice(words) for _ in range(rng.randint(3, 9))))


def make_csv(path: Path, size: int) -> None:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        for row in _rows(random.Random(1)):
            writer.writerow(row)
            if f.tell() >= size:
                break


def make_xlsx(path: Path, size: int) -> None:
    """Written in openpyxl's write-only mode in batches until the saved file reaches the size."""
    from openpyxl import Workbook

    rows = _rows(random.Random(1))
    header = next(rows)
    count = 50_000
    while True:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Grades")
        sheet.append(header)
        rows = _rows(random.Random(1))
        next(rows)
        for _, row in zip(range(count), rows, strict=False):
            sheet.append([int(row[1]) if i == 1 else row[i] for i in range(len(row))])
        book.save(path)
        got = path.stat().st_size
        if got >= size * 0.97:
            return
        count = int(count * size / got * 1.02)


def measure(path: Path, mimetype: str, max_chars: int, do_scan: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path), mimetype, str(max_chars), "1" if do_scan else "0"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from bot.settings import Settings

    cap = Settings().attachment_max_chars
    size = int(TARGET_MB * 1024 * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        files = [(Path(tmp) / "roster.csv", "text/csv", make_csv),
                 (Path(tmp) / "grades.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  make_xlsx)]
        for path, mimetype, make in files:
            make(path, size)
            mb = path.stat().st_size / 1024 / 1024
            for label, chars, do_scan in (("default cap", cap, True), ("uncapped", 10**12, False)):
                r = measure(path, mimetype, chars, do_scan)
                scan_part = (f", scan {r['scan'][0]:.1f} s ({r['scan'][1]} findings)" if r["scan"] else "")
                print(f"{path.suffix[1:].upper():4} {mb:5.1f} MB, {label:11}: RSS +{r['rss_growth_kb'] / 1024:6.1f} MB "
                      f"(peak {r['rss_peak_kb'] / 1024:6.1f} MB), "
                      f"traced heap peak {r['traced_peak_bytes'] / 1e6:6.1f} MB, "
                      f"{r['segments']:,} rows, {r['chars']:,} chars, read {r['seconds']:.1f} s{scan_part}", flush=True)


if __name__ == "__main__":
    main()
