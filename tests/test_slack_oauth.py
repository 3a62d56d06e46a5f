"""OAuth mode end to end: one real serve stack installed into two workspaces and into a Grid org through
/slack/install and /slack/oauth_redirect, against the loopback Slack API; each request is then answered with the
token of the workspace it came from, and each workspace's alerts go to its own IT channel."""
from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from bot.store.installations import SlackInstallationStore, SlackOAuthStateStore
from tests.servers.slack_api import CLIENT_ID, CLIENT_SECRET, RunningBot

ADMIN_A, ADMIN_B = "U0AADMIN", "U0BADMIN"
SSN_TEXT = "New hire paperwork: Jamie Rivera, SSN 518-24-7391"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_bot_token="", slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET,
                    slack_state_secret="test-state-secret",
                    admins=(f"slack:{ADMIN_A}", f"slack:{ADMIN_B}")) as running:
        yield running


def _get(url: str, cookie: str = "") -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def _start_install(bot) -> tuple[str, str]:
    """The install page: (state in the "Add to Slack" link, the cookie the page set)."""
    status, headers, page = _get(bot.base + "/slack/install")
    assert status == 200
    link = re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"', page).group(1).replace("&amp;", "&")
    query = parse_qs(urlsplit(link).query)
    assert query["client_id"] == [CLIENT_ID] and "chat:write" in query["scope"][0].split(",")
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    return query["state"][0], cookie


def _install(bot, code: str) -> str:
    state, cookie = _start_install(bot)
    status, _, page = _get(bot.base + "/slack/oauth_redirect?" + urlencode({"code": code, "state": state}), cookie)
    assert status == 200, page
    return page


def _tokens(bot, method: str, where=lambda p: True) -> list[str]:
    return [c.token for c in bot.api.calls_with(method) if where(c.params)]


def test_two_workspaces_installed_through_oauth_are_each_answered_with_their_own_token(bot, db):
    token_a = bot.api.add_install("code-a", "T0A")
    token_b = bot.api.add_install("code-b", "T0B")
    assert "aupbot is now installed in Team T0A" in _install(bot, "code-a")
    _install(bot, "code-b")
    store = SlackInstallationStore(db, CLIENT_ID)
    assert store.find_bot(enterprise_id=None, team_id="T0A").bot_token == token_a
    assert store.find_installation(enterprise_id=None, team_id="T0B").bot_user_id == "UBOTT0B"

    for team, trigger in (("T0A", "trig-a"), ("T0B", "trig-b")):
        status, _ = bot.slack.command("report", team_id=team, trigger_id=trigger)
        assert status == 200
    bot.api.wait_for("views.open", count=2)
    assert _tokens(bot, "views.open", lambda p: p["trigger_id"] == "trig-a") == [token_a]
    assert _tokens(bot, "views.open", lambda p: p["trigger_id"] == "trig-b") == [token_b]

    for team, channel in (("T0A", "C0AGEN"), ("T0B", "C0BGEN")):
        bot.slack.event({"type": "app_mention", "channel": channel, "user": "U0STAFF", "ts": "1700000000.000100",
                         "text": "<@UAUPBOT> can I text my team?"}, team=team)
    bot.api.wait_for("chat.postMessage", count=2)
    assert _tokens(bot, "chat.postMessage", lambda p: p["channel"] == "C0AGEN") == [token_a]
    assert _tokens(bot, "chat.postMessage", lambda p: p["channel"] == "C0BGEN") == [token_b]


def test_a_watched_message_in_team_b_alerts_team_b_it_channel_not_team_a(bot):
    token_a = bot.api.add_install("code-a", "T0A")
    token_b = bot.api.add_install("code-b", "T0B")
    _install(bot, "code-a")
    _install(bot, "code-b")
    for team, admin, command, channel in (("T0A", ADMIN_A, "it-channel", "C0AIT"),
                                          ("T0B", ADMIN_B, "it-channel", "C0BIT"),
                                          ("T0B", ADMIN_B, "watch on", "C0BWATCH")):
        bot.slack.command(command, team_id=team, user=admin, channel=channel)
    bot.api.wait_for("response_url", count=3)
    before = len(bot.api.calls)

    bot.slack.event({"type": "message", "channel": "C0BWATCH", "channel_type": "channel", "user": "U0POSTER",
                     "text": SSN_TEXT, "ts": "1700000000.000200"}, team="T0B")
    (alert,) = bot.api.wait_for("chat.postMessage")
    assert alert["channel"] == "C0BIT"
    assert _tokens(bot, "chat.postMessage") == [token_b]
    assert _tokens(bot, "chat.postEphemeral") == [token_b]   # the nudge, in team B, with team B's token
    assert "518-24-7391" not in alert["text"]
    assert token_a not in {c.token for c in bot.api.calls[before:]}


def test_only_admins_choose_a_workspace_it_channel(bot, db):
    bot.api.add_install("code-a", "T0A")
    _install(bot, "code-a")
    bot.slack.command("it-channel", team_id="T0A", user="U0STAFF", channel="C0AIT")
    (said,) = bot.api.wait_for("response_url")
    assert "Only bot administrators" in said["text"]
    from bot.store.installations import WorkspaceChannels

    assert WorkspaceChannels(db, "slack").it_channel(("T0A",)) is None


def test_an_org_wide_grid_install_answers_two_teams_of_the_org_with_the_org_token(bot, db):
    token = bot.api.add_install("code-org", None, enterprise_id="E0ORG", org_wide=True)
    assert "Org E0ORG" in _install(bot, "code-org")
    stored = SlackInstallationStore(db, CLIENT_ID).find_installation(enterprise_id="E0ORG", team_id="T0X",
                                                                      is_enterprise_install=True)
    assert stored.is_enterprise_install and stored.bot_token == token and stored.enterprise_url

    for team, trigger in (("T0X", "trig-x"), ("T0Y", "trig-y")):
        status, _ = bot.slack.command("report", team_id=team, trigger_id=trigger, enterprise_id="E0ORG",
                                      enterprise_name="Org", is_enterprise_install="true")
        assert status == 200
    bot.api.wait_for("views.open", count=2)
    assert _tokens(bot, "views.open") == [token, token]

    for team, channel in (("T0X", "C0XGEN"), ("T0Y", "C0YGEN")):
        bot.slack.event({"type": "app_mention", "channel": channel, "user": "U0STAFF", "ts": "1700000000.000100",
                         "text": "<@UAUPBOT> can I text my team?"}, team=team, enterprise="E0ORG", org_wide=True)
    bot.api.wait_for("chat.postMessage", count=2)
    assert _tokens(bot, "chat.postMessage") == [token, token]


def test_a_team_not_installed_gets_no_answer_with_another_team_token(bot):
    bot.api.add_install("code-a", "T0A")
    _install(bot, "code-a")
    status, body = bot.slack.command("report", team_id="T0NOTYET", trigger_id="trig-z")
    assert status == 200
    (told,) = bot.api.wait_for("response_url")
    assert "install" in told["text"].lower()
    assert bot.api.called("views.open") == []


@pytest.mark.parametrize("case", ["forged state", "no cookie", "replayed state", "expired state", "unknown code",
                                  "no code"])
def test_a_bad_redirect_gets_a_clear_400_page_without_a_traceback(bot, db, case):
    bot.api.add_install("code-a", "T0A")
    state, cookie = _start_install(bot)
    query = {"code": "code-a", "state": state}
    if case == "forged state":
        query["state"], cookie = "forged.0000", "slack-app-oauth-state=forged.0000"
    elif case == "no cookie":
        cookie = ""
    elif case == "replayed state":
        _get(bot.base + "/slack/oauth_redirect?" + urlencode(query), cookie)
        bot.api.add_install("code-a", "T0A")
    elif case == "expired state":
        with db.transaction() as d:
            d.execute("UPDATE slack_oauth_states SET expires_at = ?", (time.time() - 1,))
    elif case == "unknown code":
        query["code"] = "code-never-issued"
    elif case == "no code":
        del query["code"]
    status, headers, page = _get(bot.base + "/slack/oauth_redirect?" + urlencode(query), cookie)
    assert status == 400
    assert headers["Content-Type"].startswith("text/html")
    assert "Start again from /slack/install" in page
    assert "Traceback" not in page and "Error" not in page
    if case != "replayed state":
        assert SlackInstallationStore(db, CLIENT_ID).find_bot(enterprise_id=None, team_id="T0A") is None


def test_cancelling_on_slack_page_is_not_an_error(bot):
    status, _, page = _get(bot.base + "/slack/oauth_redirect?error=access_denied&state=x")
    assert status == 200 and "cancelled" in page


def test_install_pages_refuse_post(bot):
    request = urllib.request.Request(bot.base + "/slack/install", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 405


# -- the stores on their own ------------------------------------------------------------------------------------

def test_installation_store_keeps_token_rotation_fields_and_the_newest_install(db):
    from slack_sdk.oauth.installation_store import Installation

    store = SlackInstallationStore(db, CLIENT_ID)
    store.save(Installation(app_id="A1", team_id="T1", user_id="U1", bot_token="xoxe.xoxb-old", bot_id="B1",
                            bot_user_id="UB1", bot_scopes=["chat:write"], bot_refresh_token="xoxe-1-r",
                            bot_token_expires_in=43200, installed_at=1000.0))
    store.save(Installation(app_id="A1", team_id="T1", user_id="U2", bot_token="xoxe.xoxb-new", bot_id="B1",
                            bot_user_id="UB1", bot_scopes=["chat:write", "commands"], bot_refresh_token="xoxe-1-s",
                            bot_token_expires_in=43200, installed_at=2000.0))
    bot = store.find_bot(enterprise_id=None, team_id="T1")
    assert bot.bot_token == "xoxe.xoxb-new" and bot.bot_refresh_token == "xoxe-1-s"
    assert bot.bot_scopes == ["chat:write", "commands"] and bot.bot_token_expires_at > time.time()
    first = store.find_installation(enterprise_id=None, team_id="T1", user_id="U1")
    assert first.user_id == "U1" and first.bot_token == "xoxe.xoxb-new"   # the newest bot, whoever installed
    assert SlackInstallationStore(db, "another-app").find_bot(enterprise_id=None, team_id="T1") is None
    store.delete_all(enterprise_id=None, team_id="T1")
    assert store.find_bot(enterprise_id=None, team_id="T1") is None
    assert store.find_installation(enterprise_id=None, team_id="T1") is None


def test_state_store_accepts_a_state_once_and_only_with_its_signature(db):
    states = SlackOAuthStateStore(db, "secret-1")
    state = states.issue()
    assert not SlackOAuthStateStore(db, "secret-2").consume(state)
    assert not states.consume(state.split(".")[0] + ".0123")
    assert states.consume(state)
    assert not states.consume(state)


def test_a_report_filed_in_team_b_reaches_team_b_it_channel_with_team_b_token(bot, db):
    from bot.outbox import Outbox
    from bot.store import reports
    from tests.servers.slack_api import view_submission

    bot.api.add_install("code-a", "T0A")
    token_b = bot.api.add_install("code-b", "T0B")
    _install(bot, "code-a")
    _install(bot, "code-b")
    bot.slack.command("it-channel", team_id="T0A", user=ADMIN_A, channel="C0AIT")
    bot.slack.command("it-channel", team_id="T0B", user=ADMIN_B, channel="C0BIT")
    bot.api.wait_for("response_url", count=2)
    bot.slack.command("report", team_id="T0B", user="U0BSTAFF")
    view = bot.api.wait_for("views.open")[0]["view"]
    status, body = bot.slack.interaction({**view_submission(view, user="U0BSTAFF", category="misuse",
                                                            location="lincoln-park-hs",
                                                            description="Someone shared a class roster."),
                                          "team": {"id": "T0B", "domain": "b"}})
    assert status == 200 and body == ""
    ticket = reports.by_reporter(db, "slack:U0BSTAFF")[0]["ticket"]
    Outbox(db, bot.settings).deliver_all()
    (post,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == "C0BIT")
    assert ticket in post["text"]
    assert [c.token for c in bot.api.calls_with("chat.postMessage") if c.params["channel"] == "C0BIT"] == [token_b]
    assert all(p["channel"] != "C0AIT" for p in bot.api.called("chat.postMessage"))


def test_uninstalling_from_one_workspace_deletes_only_its_installation(bot, db):
    bot.api.add_install("code-a", "T0A")
    bot.api.add_install("code-b", "T0B")
    _install(bot, "code-a")
    _install(bot, "code-b")
    status, _ = bot.slack.event({"type": "app_uninstalled", "event_ts": "1733300000.000100"}, team="T0B")
    assert status == 200
    store = SlackInstallationStore(db, CLIENT_ID)
    deadline = time.monotonic() + 5
    while store.find_bot(enterprise_id=None, team_id="T0B") is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.find_bot(enterprise_id=None, team_id="T0B") is None
    assert store.find_installation(enterprise_id=None, team_id="T0B") is None
    assert store.find_bot(enterprise_id=None, team_id="T0A") is not None


def test_an_install_the_database_cannot_save_gets_a_503_page_and_leaves_nothing_half_saved(bot, db):
    bot.api.add_install("code-a", "T0A")
    state, cookie = _start_install(bot)
    with db.transaction() as d:
        d.execute("CREATE TRIGGER no_room BEFORE INSERT ON slack_bots BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    status, headers, page = _get(bot.base + "/slack/oauth_redirect?" + urlencode({"code": "code-a", "state": state}),
                                 cookie)
    assert status == 503 and headers["Content-Type"].startswith("text/html")
    assert "could not be saved" in page and "Traceback" not in page
    assert db.query("SELECT count(*) AS n FROM slack_installations")[0]["n"] == 0
