"""Per-setting validation: `aupbot config check` names each bad variable, never a secret's value."""
import pytest

from bot.cli import main
from bot.settings import SETTINGS, Settings, SettingsError

BAD = {
    "AUPBOT_LOG_LEVEL": "LOUD",
    "AUPBOT_GCHAT_POLL_SECONDS": "-5",
    "AUPBOT_OUTBOX_MAX_ATTEMPTS": "0",
    "AUPBOT_FINDINGS_RETENTION_DAYS": "-1",
    "AUPBOT_RECORDS_RETENTION_DAYS": "0",
    "AUPBOT_DELIVERY_TIMEOUT": "0",
    "AUPBOT_PORT": "70000",
    "AUPBOT_SLACK_API_URL": "notaurl",
    "AUPBOT_SERVICEDESK_URL": "ftp://desk.example/api",
    "AUPBOT_SMTP_URL": "http://mailer:sup3rs3cret@mail.example",
}


@pytest.fixture
def clean_env(monkeypatch):
    for s in SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    return monkeypatch


def test_config_check_exits_2_naming_every_bad_variable_without_secret_values(clean_env, capsys):
    for name, value in BAD.items():
        clean_env.setenv(name, value)
    assert main(["config", "check"]) == 2
    err = capsys.readouterr().err
    for name in BAD:
        assert name in err
    assert "sup3rs3cret" not in err and "mailer" not in err


@pytest.mark.parametrize("name, value, plainly", [
    ("AUPBOT_PORT", "abc", "AUPBOT_PORT: must be a whole number"),
    ("AUPBOT_DELIVERY_TIMEOUT", "soon", "AUPBOT_DELIVERY_TIMEOUT: must be a number"),
    ("SLACK_BOT_TOKEN", "xoxp-1111-2222-abcdef",
     "SLACK_BOT_TOKEN: must be a bot token (xoxb-...); this is a user token"),
    ("SLACK_APP_TOKEN", "xoxb-1111-2222-abcdef",
     "SLACK_APP_TOKEN: must be an app-level token (xapp-...); this is a bot"),
    ("SLACK_ADMIN_USER_TOKEN", "hunter2-secret",
     "SLACK_ADMIN_USER_TOKEN: must be a user token (xoxp-...); this is not"),
])
def test_a_bad_value_is_named_plainly_and_a_token_of_the_wrong_kind_is_refused(name, value, plainly):
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({name: value})
    assert plainly in str(raised.value)
    assert "literal" not in str(raised.value)
    if name.startswith("SLACK_"):  # a secret: its kind may be named, never its value
        assert value[5:] not in str(raised.value)


@pytest.mark.parametrize("name,value", [
    ("SLACK_BOT_TOKEN", "xoxb-1-2-abc"), ("SLACK_APP_TOKEN", "xapp-1-A-2-abc"),
    ("AUPBOT_PORT", "0"), ("AUPBOT_LOG_LEVEL", "debug"), ("AUPBOT_SMTP_URL", "smtps://u:p@mail.example:465"),
    ("AUPBOT_WEBHOOK_URL", "http://127.0.0.1:9/hook"), ("AUPBOT_FINDINGS_RETENTION_DAYS", "1"),
])
def test_sensible_values_pass_validation(name, value):
    Settings.from_env({name: value})


def test_servicedesk_url_is_shown_with_its_credentials_masked():
    s = Settings.from_env({"AUPBOT_SERVICEDESK_URL": "https://bob:hunter2@desk.example:8443/api/now/table/incident"})
    shown = dict((name, value) for name, value, _ in s.masked())["AUPBOT_SERVICEDESK_URL"]
    assert shown == "https://***:***@desk.example:8443/api/now/table/incident"
    assert "hunter2" not in repr(s.masked()) and "bob" not in repr(s.masked())


def test_a_bad_servicedesk_url_error_does_not_show_its_credentials():
    with pytest.raises(SettingsError) as err:
        Settings.from_env({"AUPBOT_SERVICEDESK_URL": "desk://bob:hunter2@desk.example"})
    assert "AUPBOT_SERVICEDESK_URL" in str(err.value) and "hunter2" not in str(err.value)


def test_slack_bot_token_without_a_way_in_is_warned_about(clean_env, capsys):
    clean_env.setenv("SLACK_BOT_TOKEN", "xoxb-abc")
    assert main(["config", "check"]) == 0
    out = capsys.readouterr().out
    assert "warning: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET" in out
    assert "xoxb-abc" not in out


@pytest.mark.parametrize("env,expected", [
    ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN is not"),
    ({"AUPBOT_GCHAT_IT_SPACE": "spaces/A"}, "AUPBOT_GCHAT_AUDIENCE is not"),
    ({"AUPBOT_GCHAT_AUDIENCE": "123"}, "AUPBOT_GCHAT_CREDENTIALS is not"),
    ({"AUPBOT_SERVICEDESK_USER": "bob"}, "basic auth is incomplete"),
])
def test_half_configured_platforms_are_warned_about(env, expected):
    assert any(expected in w for w in Settings.from_env(env).warnings())


def test_a_fully_configured_slack_has_no_warning():
    s = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"})
    assert s.warnings() == []


def test_config_check_warns_when_reports_cannot_reach_the_service_desk(clean_env, capsys):
    assert main(["config", "check"]) == 0
    assert "no route to the ITS Service Desk" in capsys.readouterr().out
    clean_env.setenv("AUPBOT_SERVICEDESK_URL", "http://127.0.0.1:9/api/now/table/incident")
    assert main(["config", "check"]) == 0
    assert "no route to the ITS Service Desk" not in capsys.readouterr().out
