"""Loopback stand-ins for the outside world (SMTP, a ServiceNow-like REST API), shared by every area's tests
and by the benchmarks. Each binds 127.0.0.1 on a free port, counts what it received by idempotency key, and
can be told to fail, hang or answer 500."""
from tests.servers.rest import RestStandIn
from tests.servers.smtp import SmtpStandIn, self_signed_certificate

__all__ = ["RestStandIn", "SmtpStandIn", "self_signed_certificate"]
