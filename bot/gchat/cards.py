"""Cards v2 renderings of the neutral replies: answers, the report dialog, report lists and details.

No decisions are made here: the handlers decide, these functions only lay the result out. Every string shown
comes from the reply itself (policy wording from the policy file) or from bot/gchat/messages.yaml, and
is HTML-escaped because card text fields accept a small HTML subset.

`Response` is what an interaction returns; it is shaped for the classic Chat app reply (`to_classic`) or the
Workspace add-on reply (`to_addon`) at the very end.
"""
from __future__ import annotations

import html
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from bot.delivery import markup
from bot.texts import district_values, text
from policy.document import PolicyDocument
from policy.redaction import redact

ERROR_COLOR = "#d93025"
MAX_PARAM_CHARS = 2000  # a clarify button carries the question back; Chat keeps parameters small

# The icon beside each verdict (Material Symbols names, which Cards v2 accept as materialIcon).
VERDICT_ICONS = {
    "allowed": "check_circle",
    "conditional": "rule",
    "prohibited": "block",
    "under_review": "pending",
    "clarify": "help",
    "not_covered": "info",
    "report": "report",     # a reporting answer: "Report it", not a green check
}


@dataclass(frozen=True)
class Response:
    kind: str                        # message | update | dialog | close_dialog | empty
    message: dict | None = None      # a Chat Message body: text, cardsV2, privateMessageViewer
    dialog: dict | None = None       # the dialog's card
    notice: str = ""                 # the toast shown when a dialog closes

    def _body(self) -> dict:
        """An update keeps the privacy of the message it replaces; Chat refuses `privateMessageViewer` on
        UPDATE_MESSAGE, so it is sent only when a message is created."""
        body = dict(self.message or {})
        if self.kind == "update":
            body.pop("privateMessageViewer", None)
        return body

    def to_classic(self) -> dict:
        if self.kind == "message":
            return self._body()
        if self.kind == "update":
            return {"actionResponse": {"type": "UPDATE_MESSAGE"}, **self._body()}
        if self.kind == "dialog":
            return {"actionResponse": {"type": "DIALOG", "dialogAction": {"dialog": {"body": self.dialog}}}}
        if self.kind == "close_dialog":
            return {"actionResponse": {"type": "DIALOG", "dialogAction": {"actionStatus": {
                "statusCode": "OK", "userFacingMessage": self.notice}}}}
        return {}

    def to_addon(self) -> dict:
        if self.kind in ("message", "update"):
            action = "createMessageAction" if self.kind == "message" else "updateMessageAction"
            return {"hostAppDataAction": {"chatDataAction": {action: {"message": self._body()}}}}
        if self.kind == "dialog":
            return {"action": {"navigations": [{"pushCard": self.dialog}]}}
        if self.kind == "close_dialog":
            return {"action": {"navigations": [{"endNavigation": {"action": "CLOSE_DIALOG"}}],
                               "notification": {"text": self.notice}}}
        return {}


# -- small builders -------------------------------------------------------------------------------------------


def esc(value: Any) -> str:
    """Text inside a card widget (Chat's HTML subset): escaped by the same owner as Slack and mail text
    (bot.delivery.markup.neutralise), so a tag or an entity a person typed is shown, never rendered."""
    return markup.neutralise(str(value))


def header_text(value: Any) -> str:
    """Card header titles and subtitles are shown as typed (Chat formats no HTML there, so an escaped `&`
    would show as `&amp;`): neutralised as Chat text, not HTML-escaped; line breaks, which a header cannot
    show, are folded."""
    return markup.chat_text(" ".join(str(value).split()))


def chat_text(value: str) -> str:
    """Outbox text arrives neutralised for Slack and mail (bot.delivery.markup); as Chat text it is decoded and
    neutralised for Chat by the same module, so reporter-written text cannot ping anyone or hide a link."""
    return markup.from_outbox_to_chat(value)


def paragraph(value: str) -> dict:
    return {"textParagraph": {"text": esc(value).replace("\n", "<br>")}}


def button(label: str, function: str, parameters: dict[str, str] | None = None, *,
           opens_dialog: bool = False, filled: bool = False) -> dict:
    action: dict[str, Any] = {"function": function,
                              "parameters": [{"key": k, "value": v} for k, v in (parameters or {}).items()]}
    if opens_dialog:
        action["interaction"] = "OPEN_DIALOG"
    b: dict[str, Any] = {"text": label, "onClick": {"action": action}}
    if filled:
        b["type"] = "FILLED"
    return b


def card_message(card_id: str, card: dict, fallback: str, *, private_to: str | None = None) -> dict:
    # the fallback is Chat message text (notifications, clients without cards): neutralised like every reply
    message: dict[str, Any] = {"text": markup.chat_text(fallback), "cardsV2": [{"cardId": card_id, "card": card}]}
    if private_to:
        message["privateMessageViewer"] = {"name": private_to}
    return message


def no_mentions(value: str) -> str:
    """A handler's plain text that repeats what a user typed (an approval's subject), as Chat text that cannot
    ping anyone or hide a link (bot.delivery.markup.chat_text, the one owner)."""
    return markup.chat_text(value)


def text_response(value: str, *, private_to: str | None = None, update: bool = False) -> Response:
    """A plain Chat reply. Replies repeat what people typed (a ticket, a subject, a reason) and the bot's own
    wording has no Chat markup, so the whole text is neutralised here, once, for every synchronous reply."""
    message: dict[str, Any] = {"text": markup.chat_text(value)}
    if private_to:
        message["privateMessageViewer"] = {"name": private_to}
    return Response("update" if update else "message", message=message)


# -- answers (handlers.ask.AskReply) -----------------------------------------------------------------------------


def answer_message(reply, policy: PolicyDocument, *, question_ref: int | None, private_to: str | None = None,
                   mentions: Iterable[str] = ()) -> dict:
    """`mentions`: the asker's registered approvals that meet the answer's conditions
    (handlers.approvals.mentions_for), shown as a section of their own under the conditions."""
    sections: list[dict] = [{"widgets": [
        {"decoratedText": {"text": f"<b>{esc(text('gchat.verdict_heading', label=reply.verdict_label))}</b>",
                           "startIcon": {"materialIcon": {"name": VERDICT_ICONS.get(
                               "report" if getattr(reply, "kind", "") == "report" else reply.verdict, "info")}}}},
        paragraph(reply.answer),
    ]}]
    question = masked(str(reply.question), policy)
    if reply.options:
        question = question[:MAX_PARAM_CHARS]
        sections.append({"header": esc(text("gchat.choose_heading")), "widgets": [{"buttonList": {"buttons": [
            button(o.label, "aup_choose", {"question": question, "choice": o.choice_id}) for o in reply.options]}}]})
    if reply.conditions:
        sections.append({"header": esc(text("gchat.conditions_heading")), "widgets": [
            {"decoratedText": {"text": esc(c), "wrapText": True, "startIcon": {"materialIcon": {"name": "check"}}}}
            for c in reply.conditions]})
    mentions = list(mentions)
    if mentions:
        sections.append({"header": esc(text("gchat.approvals_heading")), "widgets": [
            {"decoratedText": {"text": esc(m), "wrapText": True, "startIcon": {"materialIcon": {"name": "verified"}}}}
            for m in mentions]})
    if reply.citations:
        sections.append({"header": esc(text("gchat.policy_heading")), "collapsible": len(reply.citations) > 1,
                         "uncollapsibleWidgetsCount": 1, "widgets": [_citation(q) for q in reply.citations]})
    if question_ref is not None and not reply.options:  # rate the verdict, not the question back
        sections.append({"header": esc(text("gchat.feedback_heading")), "widgets": [{"buttonList": {"buttons": [
            button(text("gchat.feedback_yes"), "aup_feedback", {"ref": str(question_ref), "helpful": "yes"}),
            button(text("gchat.feedback_no"), "aup_feedback", {"ref": str(question_ref), "helpful": "no"}),
        ]}}]})
    card = {"header": {"title": header_text(_clip(question, 200)), "subtitle": header_text(reply.verdict_label)},
            "sections": sections}
    fallback = f"{reply.verdict_label}: {reply.answer}"
    return card_message("aup-answer", card, fallback, private_to=private_to)


def masked(question: str, policy: PolicyDocument) -> str:
    """The question as the card may repeat it: a value pasted into a question (an SSN, a password) is masked,
    so the bot's card never becomes a second copy of it. The clarify buttons carry this masked form too; the
    verdict does not depend on the value itself."""
    shown = redact(question, policy=policy)
    # the answer must still be shown when the question could not be checked: it is just not repeated
    return text("gchat.question_hidden") if shown.withheld else shown.text


def _citation(quote) -> dict:
    label = (text("gchat.citation_label", section=quote.section, item=quote.item) if quote.item is not None
             else quote.section)
    return {"textParagraph": {"text": f"<b>{esc(label)}</b><br>{esc(quote.text)}"}}


# -- reports (handlers.report) -------------------------------------------------------------------------------------


def report_prompt(private_to: str | None = None, district: dict[str, str] | None = None) -> dict:
    """The report button; `district` names the district's policy (bot.texts.district_values)."""
    intro = text("gchat.report_intro", **(district or district_values(None)))
    card = {"sections": [{"widgets": [paragraph(intro), {"buttonList": {"buttons": [
        button(text("gchat.report_button"), "report_open", opens_dialog=True, filled=True)]}}]}]}
    return card_message("aup-report-prompt", card, intro, private_to=private_to)


def report_dialog(fields: Iterable, values: dict[str, str] | None = None,
                  errors: dict[str, str] | None = None, district: dict[str, str] | None = None) -> dict:
    """The report form as a dialog card; after a failed submission it comes back with what was typed and the
    problem written above each field."""
    values = values or {}
    errors = errors or {}
    widgets: list[dict] = [paragraph(text("gchat.report_intro", **(district or district_values(None))))]
    if errors:
        widgets.append(_error(text("gchat.report_fix")))
    known = set()
    for f in fields:
        known.add(f.name)
        if f.name in errors:
            widgets.append(_error(errors[f.name]))
        widgets.append(_input(f, values.get(f.name, "")))
    for name, problem in errors.items():  # a problem not tied to a field shown in the form
        if name not in known:
            widgets.append(_error(problem))
    return {
        "header": {"title": header_text(text("gchat.report_dialog_title"))},
        "sections": [{"widgets": widgets}],
        "fixedFooter": {"primaryButton": button(text("gchat.report_submit"), "report_submit", filled=True)},
    }


def _error(problem: str) -> dict:
    return {"textParagraph": {"text": f'<font color="{ERROR_COLOR}">{esc(problem)}</font>'}}


def _input(f, value: str) -> dict:
    label = f.label
    if f.kind == "select":
        return {"selectionInput": {"name": f.name, "label": label, "type": "DROPDOWN", "items": [
            {"text": opt_label, "value": opt_value, "selected": opt_value == value}
            for opt_value, opt_label in f.options]}}
    if f.kind == "datetime":
        picker: dict[str, Any] = {"name": f.name, "label": label, "type": "DATE_AND_TIME"}
        millis = _millis(value)
        if millis is not None:
            picker["valueMsEpoch"] = str(millis)
        return {"dateTimePicker": picker}
    widget: dict[str, Any] = {"name": f.name, "label": label,
                              "type": "MULTIPLE_LINE" if f.kind == "multiline" else "SINGLE_LINE"}
    if value:
        widget["value"] = value
    if f.max_length:
        widget["validation"] = {"characterLimit": int(f.max_length)}
    return {"textInput": widget}


def _millis(value: str) -> int | None:
    from datetime import datetime

    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def reports_list(summaries: list, private_to: str | None = None) -> dict:
    if not summaries:
        return {"text": text("gchat.reports_none"), **({"privateMessageViewer": {"name": private_to}}
                                                       if private_to else {})}
    widgets = [{"decoratedText": {
        "topLabel": esc(s.ticket), "text": esc(s.category_label), "wrapText": True,
        "bottomLabel": esc(_status_label(s.status) + " · " + _when(s.updated_at)),
        "button": button(s.ticket, "report_show", {"ticket": s.ticket})}} for s in summaries]
    lines = "\n".join(text("gchat.report_line", ticket=s.ticket, category=s.category_label,
                           status=_status_label(s.status), updated=_when(s.updated_at)) for s in summaries)
    card = {"header": {"title": header_text(text("gchat.reports_heading"))}, "sections": [{"widgets": widgets}]}
    return card_message("aup-reports", card, lines, private_to=private_to)


# Report fields shown on the detail card, in order (keys of handlers.report.show()).
DETAIL_FIELDS = (("category_label", "report.field_category"), ("description", "report.field_description"),
                 ("when", "report.field_when"), ("location", "report.field_location"),
                 ("people_involved", "report.field_people_involved"), ("urgency", "report.field_urgency"),
                 ("evidence", "report.field_evidence"))


def report_detail(report: dict, *, reviewer: bool, statuses: tuple[str, ...],
                  private_to: str | None = None) -> dict:
    widgets: list[dict] = [{"decoratedText": {"text": esc(text("gchat.report_status_line",
                                                                  status=_status_label(report["status"]))),
                                              "startIcon": {"materialIcon": {"name": "confirmation_number"}}}}]
    for key, label_key in DETAIL_FIELDS:
        if report.get(key):
            widgets.append({"decoratedText": {"topLabel": esc(text(label_key)), "text": esc(report[key]),
                                              "wrapText": True}})
    sections = [{"widgets": widgets}]
    if reviewer:
        reporter = report.get("reporter") or {}
        if reporter.get("name") or reporter.get("id"):
            sections[0]["widgets"].append({"decoratedText": {"topLabel": esc(text("gchat.report_reporter")),
                                                              "text": esc(reporter.get("name") or reporter["id"])}})
        sections.append({"header": esc(text("gchat.report_set_status")), "widgets": [{"buttonList": {"buttons": [
            button(_status_label(s), "report_status", {"ticket": report["ticket"], "status": s})
            for s in statuses if s != report["status"]]}}]})
    card = {"header": {"title": header_text(text("gchat.report_detail_title", ticket=report["ticket"]))},
            "sections": sections}
    fallback = text("gchat.report_detail_title", ticket=report["ticket"]) + " · " + \
        text("gchat.report_status_line", status=_status_label(report["status"]))
    return card_message("aup-report", card, fallback, private_to=private_to)


def _status_label(status: str) -> str:
    try:
        return text(f"report.status_{status}")
    except KeyError:
        return status


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(float(epoch)))


def _clip(value: Any, limit: int) -> str:
    value = str(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def it_report_message(message: str, ticket: str) -> dict:
    """A new report or incident as posted in the IT space: the routed text plus the reviewers' status buttons
    (the handler checks the clicker's role)."""
    from handlers.report import STATUSES

    buttons = [button(_status_label(s), "report_status", {"ticket": ticket, "status": s})
               for s in STATUSES if s not in ("received", "routed")]
    buttons.append(button(text("gchat.report_detail_title", ticket=ticket), "report_show", {"ticket": ticket}))
    card = {"header": {"title": header_text(text("gchat.report_detail_title", ticket=ticket))},
            "sections": [{"widgets": [paragraph(html.unescape(message))]},
                         {"header": esc(text("gchat.report_set_status")),
                          "widgets": [{"buttonList": {"buttons": buttons}}]}]}
    return card_message(f"aup-it-{ticket}"[:60], card, chat_text(message))


# -- findings (handlers.watch) ---------------------------------------------------------------------------------------


def finding_message(message: str, finding_id: str) -> dict:
    """A nudge or an IT alert, with the "Not sensitive" button the nudge's wording promises (it opens a dialog
    asking why; the handler decides who may mark it)."""
    card = {"sections": [{"widgets": [paragraph(html.unescape(message)), {"buttonList": {"buttons": [
        button(text("gchat.not_sensitive_button"), "finding_review", {"finding": finding_id}, opens_dialog=True)]}}]}]}
    return card_message(f"aup-finding-{finding_id}"[:60], card, chat_text(message))


# -- posts with a chart (the weekly digest) ----------------------------------------------------------------------

FIGURE_BAR = "\u2588"     # a full block: a bar drawn in text
FIGURE_BAR_WIDTH = 12


def figures_message(message: str, image) -> dict:
    """A post whose picture an app cannot attach (Chat's media upload needs user authentication): the title as
    the message text, the rest in a card, and each chart panel as a section with one line per bar. Lines that
    name the picture's file are left out, since no file comes with this post."""
    lines = [line for line in html.unescape(message).split("\n") if image.filename not in line]
    title, body = (lines[0] if lines else ""), "\n".join(lines[1:])
    sections: list[dict] = [{"widgets": [paragraph(body)]}] if body.strip() else []
    for panel, rows in image.figures:
        if not rows:
            continue
        biggest = max(n for _, n in rows) or 1
        table = "<br>".join(f"{esc(label)}: <b>{n}</b> {FIGURE_BAR * max(1, round(FIGURE_BAR_WIDTH * n / biggest))}"
                            for label, n in rows)
        sections.append({"header": esc(panel), "widgets": [{"textParagraph": {"text": table}}]})
    card = {"header": {"title": header_text(title)}, "sections": sections}
    card_id = "aup-" + "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in image.filename.rsplit(".", 1)[0])
    return card_message(card_id[:60], card, chat_text(title))


def not_sensitive_dialog(finding_id: str, problem: str = "") -> dict:
    widgets: list[dict] = [paragraph(text("gchat.not_sensitive_intro"))]
    if problem:
        widgets.append(_error(problem))
    widgets.append({"textInput": {"name": "reason", "label": text("gchat.not_sensitive_reason"),
                                  "type": "MULTIPLE_LINE", "validation": {"characterLimit": 1000}}})
    return {"header": {"title": header_text(text("gchat.not_sensitive_title"))}, "sections": [{"widgets": widgets}],
            "fixedFooter": {"primaryButton": button(text("gchat.not_sensitive_submit"), "finding_not_sensitive",
                                                    {"finding": finding_id}, filled=True)}}
