"""pytest fixtures for the loopback stand-ins; import the ones a test file uses:

    from tests.servers.fixtures import smtp_server, rest_server  # noqa: F401
"""
from __future__ import annotations

import pytest

from tests.servers.rest import RestStandIn
from tests.servers.smtp import SmtpStandIn


@pytest.fixture
def smtp_server():
    with SmtpStandIn() as server:
        yield server


@pytest.fixture
def rest_server():
    with RestStandIn() as server:
        yield server
