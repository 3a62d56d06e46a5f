"""Secrets typed into command lines that staff paste into chat: a password given to a program in a flag
("curl -u user:pw", "mysql -pSECRET", "sshpass -p ...", "ldapsearch -w ...", "--password ..."), in the
environment variable a client reads ("PGPASSWORD=...", the config unit's), or in a request header
("X-API-Key: ..."). The flag names the value, so the value needs no password word around it.

Written from the clients a district's IT staff use, not from one pasted line: HTTP clients (curl, wget, httpie),
databases (mysql/mariadb and their dump and admin tools, sqlcmd/bcp/osql, mongo, redis-cli), directories and
shares (ldap* tools, smbclient and friends, `net use`, mount.cifs options), remote desktops (xfreerdp, rdesktop),
ssh helpers (sshpass), registries (docker/podman/helm login), htpasswd, openssl's `pass:` sources, IPMI, and
every long option whose name ends in a secret's word (`--password`, `--db-pass`, `--api-key`, `--token`,
`--client-secret`). A value is read only when it could be a secret: a placeholder (`USER:PASS`, `<password>`,
`$DB_PASS`, `%PASSWORD%`), a flag, a path or a prompt (`mysql -p` alone asks for the password) discloses nothing.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.credential_statements import looks_like_password
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern

# a value as a shell word: quoted or bare, up to the next space or quote
_VALUE = r"[\"']?([^\s\"']{4,128})"
# the rest of one command: no line break or command separator between the program and its flag
_SAME_COMMAND = r"[^\n|;&]*?[ \t]"

# flag -> value forms, each owned by the programs that read it that way
_COMMAND_FORMS = (
    # HTTP clients and anything that takes user:password after -u/--user (curl, httpie's -a/--auth too)
    r"(?i)(?:^|[ \t\"'`(])(?:-u|--user|--proxy-user|-a|--auth)(?:[ \t]+|=)[\"']?[^\s:\"'/]{1,64}:([^\s\"']{4,128})",
    # mysql and mariadb clients: the password glued to -p (with a space, -p prompts and the next word is a database)
    r"(?i)\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mariadb|mariadb-dump|mysqlsh)\b" + _SAME_COMMAND
    + r"-p[\"']?([^\s\"'-][^\s\"']{3,127})",
    # sshpass -p, docker/podman/helm/oras login -p, redis-cli -a, ldap* -w, sqlcmd/bcp/osql/ipmitool -P,
    # mongo/mongosh -p, rdesktop -p: the password as the flag's own argument
    r"(?i)\bsshpass[ \t]+-p[ \t]*" + _VALUE,
    r"(?i)\b(?:docker|podman|nerdctl|buildah|skopeo|oras|oc|az|helm(?:[ \t]+registry)?)[ \t]+login\b" + _SAME_COMMAND
    + r"(?:-p|--password)(?:[ \t]+|=)" + _VALUE,
    r"(?i)\bredis-cli\b" + _SAME_COMMAND + r"(?:-a[ \t]*|--pass[ \t]+)" + _VALUE,
    r"(?i)\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)\b" + _SAME_COMMAND + r"-w[ \t]*" + _VALUE,
    r"(?i)\b(?:sqlcmd|bcp|osql|isql|ipmitool)\b" + _SAME_COMMAND + r"-P[ \t]*" + _VALUE,
    r"(?i)\b(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|rdesktop)\b" + _SAME_COMMAND
    + r"-p[ \t]*" + _VALUE,
    # Samba tools take user%password
    r"(?i)\b(?:smbclient|rpcclient|smbmap|smbcacls|smbget|net[ \t]+rpc|winexe|crackmapexec|nxc)\b" + _SAME_COMMAND
    + r"(?:-U|--user)(?:[ \t]+|=)[\"']?[^\s%\"']+%([^\s\"']{4,128})",
    # Windows: net use \\server\share PASSWORD /user:DOMAIN\name (either order), xfreerdp /p:
    r"(?i)\bnet[ \t]+use\b[^\n|;&]*?/user:[^\s]+[ \t]+" + _VALUE,
    r"(?i)\bnet[ \t]+use[ \t]+(?:[A-Z]:[ \t]+)?\\\\[^\s]+[ \t]+" + _VALUE + r"[ \t]+/user:",
    r"(?i)\b(?:xfreerdp|wlfreerdp|sdl-freerdp)\b" + _SAME_COMMAND + r"/p:" + _VALUE,
    # a password piped into `sudo -S`, which reads it from stdin
    r"(?i)\becho[ \t]+" + _VALUE + r"[\"']?[ \t]*\|[ \t]*sudo[ \t]+(?:-[a-z]*[ \t]+)*?-S\b",
    # htpasswd -b[c] file user password
    r"(?i)\bhtpasswd[ \t]+-[a-z]*b[a-z]*[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+" + _VALUE,
    # openssl's password sources, mount.cifs options
    r"(?i)-pass(?:in|out)?[ \t]+[\"']?pass:([^\s\"']{4,128})",
    r"(?i)(?:^|[,\s])password=([^\s,\"']{4,128})",
    # Oracle's user/secret@db, ftp clients' user,secret, the PostgreSQL connection string's password=
    r"\bsqlplus[ \t]+[^\s/]{1,40}/([^\s@/\"']{3,128})@",
    r"\b(?:lftp|ftp|sftp)\b[^\n]{0,80}?[ \t]-u[ \t]+[^\s,]{1,64},([^\s\"']{3,128})",
    r"\bpsql\b[^\n]{0,120}?password=[ \t]*" + _VALUE,
    # the environment variables the clients read
    r"\b(?:PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH|SMBPASS)=" + _VALUE,
    # PowerShell: a secret in the environment, or a plain string made a SecureString
    r"(?i)\$env:[A-Za-z0-9_]*(?:pass|pwd|secret|token|key)[A-Za-z0-9_]*[ \t]*=[ \t]*" + _VALUE,
    r"(?i)\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?" + _VALUE + r"[\"']?[ \t]+-AsPlainText",
    r"(?i)\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?[\"']([^\"'\n]{3,128})[\"']",
    # any long option named for a secret, given its value after a space or "="
    r"(?i)(?:^|[ \t\"'`(])--(?:[a-z0-9]+-)*(?:pass|passwd|password|pwd|secret|token|api-?key|apikey|access-key"
    r"|secret-key|auth-key|private-key-passphrase|passphrase)(?:[ \t]+|=)" + _VALUE,
    # request headers that carry a key or token (Authorization itself is the token unit's)
    r"(?i)\b(?:x-)?(?:api-?key|auth-?token|access-?token|app-?key|app-?secret|client-?secret|private-token"
    r"|vault-token|session-token|subscription-key|ocp-apim-subscription-key)[\"']?[ \t]*:[ \t]*" + _VALUE,
)

# a prompt, a variable or a path where a value would stand
_NOT_A_VALUE_OPENERS = ("-", "/", "~", "$", "%", "<", "[", "{", "*")
# words that stand where the value would in a help text or a prompt
_STAND_INS = frozenset({"password", "passwd", "secret", "token", "changeme", "prompt", "stdin"})
# a sample of the format, not a login ("e.g. mysql -u root -pSECRET")
_EXAMPLE_NEAR = Pattern(r"(?i)(?:\b(?:like|example|such\s+as|format|sample|template|fake)\b|\be\.?g\.?(?:$|[\s,:]))"
                        r"[^.\n]*$")


def _accept_flag_value(ctx: ScanContext, m: Match) -> bool:
    """A flag's value is a secret unless it is a reference, a placeholder, a stand-in word or a sample."""
    value = m.value.rstrip(".,;)")
    if len(value) < 4 or value.startswith(_NOT_A_VALUE_OPENERS) or is_template(value) \
            or set(value) <= set("x*.-_#") or value.lower() in _STAND_INS:
        return False
    if value.endswith("%") or value.upper() == value and value.replace("_", "").isalpha():
        return False  # %PASSWORD%, PASSWORD, MY_PASS: a placeholder or a variable's name
    if _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start())):
        return False
    return looks_like_password(value)


DETECTORS = (
    PatternDetector(name="credential_command_line", finding_type="credential", patterns=_COMMAND_FORMS,
                    group=1, accept=_accept_flag_value),
)
