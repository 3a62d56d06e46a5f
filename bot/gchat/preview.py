"""An approximate HTML rendering of Cards v2, for the pictures in docs/gchat.md and for eyeballing a card
without a Workspace account. It draws only the widgets aupbot uses; Chat's own rendering is the reference.

`python -m bot.gchat.preview OUT_DIR` writes one HTML page per sample card (built by the real renderers from
real handler replies) and, where headless Chromium is installed, a PNG screenshot of each.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

STYLE = """
body { font-family: 'Google Sans', Roboto, Arial, sans-serif; background: #f1f3f4; margin: 0; padding: 16px; }
.card { background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.2); width: 520px; }
.header { padding: 14px 16px 8px; } .title { font-size: 16px; font-weight: 500; color: #202124; }
.subtitle { font-size: 13px; color: #5f6368; margin-top: 2px; }
.section { padding: 8px 16px; border-top: 1px solid #e8eaed; } .section:first-of-type { border-top: none; }
.sheader { font-size: 13px; font-weight: 500; color: #5f6368; margin-bottom: 6px; }
.para { font-size: 14px; color: #202124; line-height: 20px; margin: 6px 0; }
.dt { display: flex; gap: 10px; align-items: flex-start; margin: 6px 0; font-size: 14px; color: #202124; }
.dt .icon { font-size: 12px; color: #1a73e8; min-width: 18px; } .top { font-size: 12px; color: #5f6368; }
.bottom { font-size: 12px; color: #5f6368; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.btn { border: 1px solid #dadce0; color: #1a73e8; border-radius: 18px; padding: 6px 14px; font-size: 14px; }
.btn.filled { background: #1a73e8; color: #fff; border-color: #1a73e8; }
.input { border: 1px solid #dadce0; border-radius: 4px; padding: 8px; margin: 8px 0; font-size: 14px; }
.input .label { font-size: 12px; color: #5f6368; } .input.multi { min-height: 56px; }
.footer { padding: 10px 16px; border-top: 1px solid #e8eaed; display: flex; justify-content: flex-end; }
.private { font-size: 12px; color: #5f6368; margin: 0 0 6px 4px; }
"""

ICONS = {"check_circle": "✔", "rule": "☑", "block": "⛔", "pending": "⏳", "help": "?", "info": "ℹ",
         "check": "•", "confirmation_number": "#"}


def _text(value: str) -> str:
    return value  # card text is already escaped by the renderers (a small HTML subset is allowed)


def _button(b: dict) -> str:
    return f'<span class="btn{" filled" if b.get("type") == "FILLED" else ""}">{html.escape(b["text"])}</span>'


def _widget(w: dict) -> str:
    if "textParagraph" in w:
        return f'<div class="para">{_text(w["textParagraph"]["text"])}</div>'
    if "decoratedText" in w:
        d = w["decoratedText"]
        icon = ICONS.get(d.get("startIcon", {}).get("materialIcon", {}).get("name", ""), "")
        top = f'<div class="top">{_text(d["topLabel"])}</div>' if d.get("topLabel") else ""
        bottom = f'<div class="bottom">{_text(d["bottomLabel"])}</div>' if d.get("bottomLabel") else ""
        side = _button(d["button"]) if d.get("button") else ""
        return (f'<div class="dt"><span class="icon">{icon}</span><div style="flex:1">{top}{_text(d["text"])}'
                f'{bottom}</div>{side}</div>')
    if "buttonList" in w:
        return '<div class="buttons">' + "".join(_button(b) for b in w["buttonList"]["buttons"]) + "</div>"
    if "textInput" in w:
        t = w["textInput"]
        multi = " multi" if t.get("type") == "MULTIPLE_LINE" else ""
        return (f'<div class="input{multi}"><div class="label">{html.escape(t["label"])}</div>'
                f'{html.escape(t.get("value", ""))}</div>')
    if "selectionInput" in w:
        s = w["selectionInput"]
        chosen = next((i["text"] for i in s["items"] if i.get("selected")), "")
        return (f'<div class="input"><div class="label">{html.escape(s["label"])} ▾</div>'
                f'{html.escape(chosen)}</div>')
    if "dateTimePicker" in w:
        return f'<div class="input"><div class="label">{html.escape(w["dateTimePicker"]["label"])} 📅</div></div>'
    return ""


def card_html(card: dict, *, private: bool = False) -> str:
    parts = []
    if private:
        parts.append('<div class="private">Only visible to you</div>')
    parts.append('<div class="card">')
    header = card.get("header")
    if header:
        sub = f'<div class="subtitle">{header["subtitle"]}</div>' if header.get("subtitle") else ""
        parts.append(f'<div class="header"><div class="title">{header["title"]}</div>{sub}</div>')
    for section in card.get("sections", []):
        title = f'<div class="sheader">{section["header"]}</div>' if section.get("header") else ""
        parts.append(f'<div class="section">{title}{"".join(_widget(w) for w in section["widgets"])}</div>')
    footer = card.get("fixedFooter")
    if footer:
        parts.append(f'<div class="footer">{_button(footer["primaryButton"])}</div>')
    parts.append("</div>")
    return f"<!doctype html><meta charset='utf-8'><style>{STYLE}</style>" + "".join(parts)


def samples(settings: Settings) -> dict[str, tuple[dict, bool]]:
    """name -> (card, private): the cards a person meets, rendered from real handler output."""
    from bot.gchat import cards
    from bot.texts import district_values, text
    from handlers import ask, report
    from handlers.types import Person
    from policy.bundle import load_bundle

    bundle = load_bundle(settings.policy_path)
    person = Person("gchat:users/100", "Dana Teacher")
    found: dict[str, tuple[dict, bool]] = {}
    for name, question, private in (("answer", "Can I set up a social media account for my class?", False),
                                    ("clarify", "can I text my team?", True)):
        message = cards.answer_message(ask.answer(question, person, bundle=bundle), bundle.policy, question_ref=1)
        found[name] = (message["cardsV2"][0]["card"], private)
    choice = ask.answer("can I text my team?", person, bundle=bundle).options[1].choice_id
    final = cards.answer_message(ask.answer("can I text my team?", person, choice_id=choice, bundle=bundle),
                                 bundle.policy, question_ref=2)
    found["clarified"] = (final["cardsV2"][0]["card"], True)
    fields = report.form_fields(settings)
    found["report-dialog"] = (cards.report_dialog(fields), False)
    found["report-dialog-errors"] = (cards.report_dialog(fields, {"description": "too short"}, {
        "category": text("report.required", label="What kind of problem"),
        "description": text("report.too_short", label="What happened", limit=10)}), False)
    nudge = text("watch.nudge", place="#Grade 5 team", labels="Social Security number", masked="***-**-4321",
                 items="15, 17, 26, 36", **district_values(bundle.district))
    found["nudge"] = (cards.finding_message(nudge, "F-0123456789ab")["cardsV2"][0]["card"], False)
    return found


def _trim(png: Path, margin: int = 16) -> None:
    """Crop the page's empty background below the card (Pillow when installed; otherwise left as is)."""
    try:
        from PIL import Image, ImageChops
    except ImportError:
        return
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        box = ImageChops.difference(rgb, Image.new("RGB", rgb.size, (0xF1, 0xF3, 0xF4))).getbbox()
        if box:
            rgb.crop((0, 0, rgb.width, min(rgb.height, box[3] + margin))).save(png)


def main(argv: list[str]) -> int:
    from bot.settings import Settings

    out = Path(argv[0] if argv else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    for name, (card, private) in samples(Settings.from_env()).items():
        page = out / f"gchat-{name}.html"
        page.write_text(card_html(card, private=private), encoding="utf-8")
        if browser:
            png = out / f"gchat-{name}.png"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--screenshot={png}", "--window-size=560,900", page.resolve().as_uri()],
                           check=False, capture_output=True, timeout=60)
            page.unlink()
            _trim(png)
        print(out / f"gchat-{name}.{'png' if browser else 'html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
