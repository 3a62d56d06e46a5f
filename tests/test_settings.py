import pytest

from bot.settings import SETTINGS, Settings, SettingsError


def test_invalid_setting_is_named_without_its_value():
    with pytest.raises(SettingsError) as err:
        Settings.from_env({"AUPBOT_PORT": "eighty", "AUPBOT_SMTP_URL": "smtp://h:1"})
    assert "AUPBOT_PORT" in str(err.value)


def test_secrets_are_masked_in_config_check():
    s = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-very-secret", "AUPBOT_PORT": "8080"})
    shown = dict((name, value) for name, value, _ in s.masked())
    assert shown["SLACK_BOT_TOKEN"] == "(set, hidden)"
    assert shown["AUPBOT_PORT"] == "8080"
    assert "xoxb-very-secret" not in repr(s.masked())


def test_every_setting_is_documented_in_the_readme():
    from bot.settings import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.env for s in SETTINGS if s.env not in readme]
    assert not missing, f"README.md does not document {missing}"
