"""Render what staff see in Slack to PNGs for the README: an answer, a clarify question, a nudge, the report form.

The Block Kit comes from the real code (handlers + bot/slack/blocks.py); this script only draws it as HTML that
imitates Slack's look and photographs each page with headless Chromium. Run from the repository root:

    .venv/bin/python docs/render_slack_screens.py            # writes docs/images/slack-*.png

Not a test: it needs `chromium` (apt-get install chromium) and writes files under docs/images/.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"

EMOJI = {"large_green_circle": "🟢", "large_yellow_circle": "🟡", "red_circle": "🔴", "large_blue_circle": "🔵",
         "grey_question": "❔", "white_circle": "⚪", "link": "🔗", "warning": "⚠️", "lock": "🔒",
         "no_entry": "⛔", "white_check_mark": "✅", "shield": "🛡️"}

CSS = """
body { margin: 0; background: #fff; font: 15px/1.46668 'Lato', 'Noto Sans', 'DejaVu Sans', sans-serif; color: #1d1c1d; }
.msg { display: flex; padding: 12px 20px; }
.avatar { width: 36px; height: 36px; border-radius: 6px; background: #1d3c6e; color: #fff; font-weight: 900;
          display: flex; align-items: center; justify-content: center; margin-right: 8px; flex: none; }
.who { font-weight: 900; } .app { background: #e8e8e8; color: #616061; font-size: 10px; padding: 1px 3px;
       border-radius: 2px; margin-left: 4px; font-weight: 700; }
.time { color: #616061; font-size: 12px; margin-left: 6px; }
.eph { color: #616061; font-size: 13px; margin-bottom: 2px; }
.section { margin: 4px 0; white-space: pre-wrap; } .context { color: #616061; font-size: 13px; margin: 4px 0; }
blockquote { border-left: 4px solid #ddd; margin: 2px 0; padding: 0 0 0 12px; color: #1d1c1d; white-space: pre-wrap; }
.actions { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 8px; }
.btn { border: 1px solid #bbb; border-radius: 4px; padding: 3px 12px; font-weight: 700; font-size: 13px;
       background: #fff; } .btn.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
.btn.danger { background: #e01e5a; color: #fff; border-color: #e01e5a; }
code { background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px; padding: 0 3px; font-size: 12px;
       color: #e01e5a; }
a { color: #1264a3; text-decoration: none; }
.modal { width: 520px; margin: 16px auto; border-radius: 8px;
         box-shadow: 0 0 0 1px rgba(0,0,0,.13), 0 18px 48px rgba(0,0,0,.35); }
.modal .head { padding: 18px 24px; font-size: 22px; font-weight: 900; border-bottom: 1px solid #ddd; }
.modal .body { padding: 16px 24px; } .modal .foot { padding: 16px 24px; border-top: 1px solid #ddd; text-align: right; }
.label { font-weight: 700; margin: 14px 0 6px; } .optional { color: #616061; font-weight: 400; }
.input { border: 1px solid #bbb; border-radius: 4px; padding: 8px 10px; color: #868686; min-height: 20px; }
.input.multi { height: 70px; } .select:after { content: " ▾"; float: right; }
.foot .btn { padding: 7px 16px; font-size: 15px; margin-left: 8px; }
"""


def mrkdwn(value: str) -> str:
    """Enough of Slack's mrkdwn for our messages: links, *bold*, _italic_, `code`, > quotes, :emoji:."""
    value = re.sub(r":([a-z0-9_+-]+):", lambda m: EMOJI.get(m.group(1), m.group(0)), value)
    out_lines = []
    quote: list[str] = []
    for line in value.split("\n"):
        if line.startswith("&gt; ") or line.startswith("> "):
            quote.append(line.split(" ", 1)[1])
            continue
        if quote:
            out_lines.append("<blockquote>" + "\n".join(_inline(q) for q in quote) + "</blockquote>")
            quote = []
        out_lines.append(_inline(line))
    if quote:
        out_lines.append("<blockquote>" + "\n".join(_inline(q) for q in quote) + "</blockquote>")
    return "\n".join(out_lines)


def _inline(line: str) -> str:
    # Slack text arrives with &, <, > escaped already; links and mentions are the only raw <...>
    parts = re.split(r"(<[^>]+>)", line)
    rendered = []
    for part in parts:
        if part.startswith("<") and part.endswith(">"):
            target, _, label = part[1:-1].partition("|")
            if target.startswith("#"):
                rendered.append(f"<a>#{html.escape(label or 'general')}</a>")
            elif target.startswith("@"):
                rendered.append(f"<a>@{html.escape(label or 'someone')}</a>")
            else:
                rendered.append(f"<a href='#'>{html.escape(label or target)}</a>")
            continue
        part = part.replace("<", "&lt;")
        part = re.sub(r"`([^`]+)`", r"<code>\1</code>", part)
        part = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<b>\1</b>", part)
        part = re.sub(r"(?<![\w_])_([^_\n]+)_(?![\w_])", r"<i>\1</i>", part)
        rendered.append(part)
    return "".join(rendered)


def render_blocks(blocks: list[dict]) -> str:
    out = []
    for b in blocks:
        kind = b["type"]
        if kind == "section":
            out.append(f"<div class='section'>{mrkdwn(b['text']['text'])}</div>")
        elif kind == "context":
            out.append("<div class='context'>" + " ".join(mrkdwn(e.get("text", "")) for e in b["elements"]) + "</div>")
        elif kind == "header":
            out.append(f"<div class='section'><b style='font-size:18px'>{html.escape(b['text']['text'])}</b></div>")
        elif kind == "divider":
            out.append("<hr style='border:0;border-top:1px solid #ddd'>")
        elif kind == "actions":
            buttons = "".join(f"<span class='btn {e.get('style', '')}'>{html.escape(e['text']['text'])}</span>"
                              for e in b["elements"])
            out.append(f"<div class='actions'>{buttons}</div>")
        elif kind == "input":
            out.append(_input(b))
    return "\n".join(out)


def _input(b: dict) -> str:
    element = b["element"]
    optional = " <span class='optional'>(optional)</span>" if b.get("optional") else ""
    label = f"<div class='label'>{html.escape(b['label']['text'])}{optional}</div>"
    if element["type"] == "static_select":
        box = f"<div class='input select'>{html.escape(element['placeholder']['text'])}</div>"
    elif element["type"] == "datetimepicker":
        box = "<div class='input' style='width:60%'>📅 Select a date &nbsp; 🕘 Select time</div>"
    else:
        initial = element.get("initial_value", "")
        box = f"<div class='input{' multi' if element.get('multiline') else ''}'>{html.escape(initial)}</div>"
    return label + box


def message_page(blocks: list[dict], ephemeral: bool) -> str:
    note = "<div class='eph'>👁 Only visible to you</div>" if ephemeral else ""
    return (f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body><div class='msg'>"
            f"<div class='avatar'>A</div><div style='flex:1'>{note}<span class='who'>aupbot</span>"
            f"<span class='app'>APP</span><span class='time'>10:42 AM</span>{render_blocks(blocks)}</div></div>"
            "</body></html>")


def modal_page(view: dict) -> str:
    return (f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body><div class='modal'>"
            f"<div class='head'>{html.escape(view['title']['text'])}</div>"
            f"<div class='body'>{render_blocks(view['blocks'])}</div>"
            f"<div class='foot'><span class='btn'>{html.escape(view['close']['text'])}</span>"
            f"<span class='btn primary'>{html.escape(view['submit']['text'])}</span></div></div></body></html>")


def _answer() -> str:
    from bot.slack import blocks
    from handlers import ask
    from policy.bundle import load_bundle

    reply = ask.answer("Can I set up a class Instagram account?")
    return message_page(blocks.answer_blocks(reply, 1, policy=load_bundle().policy), True)


def _clarify() -> str:
    from bot.slack import blocks
    from handlers import ask
    from policy.bundle import load_bundle

    return message_page(blocks.answer_blocks(ask.answer("Can I text my team?"), 2, policy=load_bundle().policy), True)


def _report_modal() -> str:
    from bot.settings import Settings
    from bot.slack import blocks
    from handlers import report

    evidence = [blocks.context(":link: Evidence: <https://cps.slack.com/archives/C0GENERAL/p1700000000000100|the "
                               "reported message> in <#C0GENERAL|general>.")]
    return modal_page(blocks.report_modal(report.form_fields(Settings()), {"source": "slack_shortcut"}, evidence))


def _nudge() -> str:
    from bot.settings import Settings
    from bot.slack import blocks
    from bot.store import Database
    from handlers import watch
    from handlers.types import Person, Place

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.for_tests(Path(tmp), slack_watch_channels=("C0TEAM",))
        db = Database(settings.db_path)
        try:
            outcome = watch.handle_message(db, settings, watch.WatchedMessage(
                place=Place("slack", "C0TEAM", channel_name="team"), author=Person("slack:U0POSTER", "Pat"),
                message_id="1700000000.000100", text="New hire paperwork: Jamie Rivera, SSN 518-24-7391"))
        finally:
            db.close()
    if outcome.nudge is None:
        raise LookupError("the watcher raised no nudge for the sample message")
    return message_page(blocks.nudge_blocks(outcome.nudge), True)


# name -> (page builder, window size)
SCREENS = {
    "slack-answer": (_answer, (760, 1400)),
    "slack-clarify": (_clarify, (760, 1400)),
    "slack-nudge": (_nudge, (760, 1400)),
    "slack-report-modal": (_report_modal, (640, 1400)),
}


def _trim_bottom(png: Path, margin: int = 12) -> None:
    """Pages are shot in a tall window; cut the empty white below the content (Pillow, when installed)."""
    try:
        from PIL import Image, ImageChops
    except ImportError:
        return
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        box = ImageChops.difference(rgb, Image.new("RGB", rgb.size, (255, 255, 255))).getbbox()
        if box:
            rgb.crop((0, 0, rgb.width, min(rgb.height, box[3] + margin))).save(png)


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (build, (width, height)) in SCREENS.items():
        try:
            page = build()
        except (ImportError, LookupError) as exc:   # a handler not built yet: say so, render the rest
            print(f"skipped {name}: {exc}")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / f"{name}.html"
            source.write_text(page, encoding="utf-8")
            target = OUT / f"{name}.png"
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--hide-scrollbars",
                            f"--user-data-dir={tmp}/profile", f"--screenshot={target}",
                            f"--window-size={width},{height}", source.as_uri()],
                           check=True, capture_output=True, timeout=60)
            _trim_bottom(target)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
