"""Personal e-mail addresses: an address outside the district's domains that belongs to a person.

District addresses (the policy file's `district.email_domains`, subdomains included), role mailboxes
(orders@, no-reply@, support@, events@ ...) and reserved example domains are not personal.
"""
from __future__ import annotations

import re
import string

from policy.detectors.base import Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.exclusions import is_district_email
from policy.detectors.names import is_given_name
from policy.detectors.patterns import Pattern

# Role mailboxes: the offices of a school (front desk, nurse, payroll ...), the officers of a parent group,
# booster club or committee (president, treasurer, secretary, chair ...) and the functions of any organisation
# (donations, communications, yearbook ...; a firm's accounts payable and receivable, "ar@", "ap@"; an agency's or a
# court's intake, referrals, notices and outreach): an address for a role, whoever holds it, is no person's own.
ROLE_MAILBOXES = frozenset("""
admin administrator abuse accounts accounting billing booking bookings careers contact customerservice
events frontdesk frontoffice hello help helpdesk hr info information inquiries jobs mail mailer marketing
news newsletter noreply no-reply donotreply do-not-reply notifications office orders payments postmaster
press pta pto reception registrar registration sales security service servicedesk support team tickets
webmaster enroll enrollment admissions attendance nurse principal library volunteer volunteers
alerts alert monitoring reports scanner scans printer backups noc sysadmin itsupport techsupport facilities
transportation purchasing receiving payroll benefits finance feedback bounces tech techteam it devices
president vicepresident vp treasurer treasury secretary chair chairs cochair co-chair board boardmembers members
membership fundraising fundraiser donations donate sponsors sponsorship director directors coordinator
coordinators committee officers officer exec executive communications comms media socialmedia yearbook editor
editors auction giving ambassador ambassadors captain captains coaches coaching counseling counselors guidance
cafeteria foodservice kitchen nutrition maintenance custodial grounds dispatch safety operations ops main general
bursar cashier treasurerpta dean deans superintendent schoolboard trustees clerk records hiring recruiting
bookfair carnival funrun fieldday spiritwear pictureday pictures boxtops walkathon gala raffle bakesale
roomparents roomparent teacherappreciation staffappreciation lostandfound afterschool aftercare camp tutoring
athletics sports band choir orchestra drama theater theatre artsfest sciencefair musical concessions
bot bots robot svc daemon automation integration integrations sync scheduler
ar ap payables receivables accountspayable accountsreceivable remittance remit invoices invoicing collections
intake referrals referral notices notice outreach programs education liaison partnerships partners casework
""".split())
# A parent group's, club's or foundation's own domain ("harmonpta.org", "lincolnboosters.org"): it issues its
# officers' and volunteers' boxes, as the district does its staff's, so no address on it is a person's own.
_ORGANISATION_DOMAIN = re.compile(r"(?:pta|pto|ptsa|ptc|booster|boosters|foundation|alumni|league)\.[a-z.]+$"
                                  r"|^(?:pta|pto|ptsa|boosters?)\.")
ORGANISATION_WORDS = ("pta", "pto", "booster", "office", "school", "dept", "department", "frontdesk",
                      # a team's, club's or classroom's shared account ("lhsrobotics2026@", "room112@")
                      "robotics", "athletic", "team", "club", "classroom", "subteacher", "substitute")
_ROOM_ACCOUNT = re.compile(r"(?:^|[._-])(?:room|rm)\d{1,4}(?:$|[._-])")
# Consumer mail services: an address there is a person's own beyond doubt (an address on an organisation's
# domain may be a school's or a vendor's shared login)
FREE_MAIL_DOMAINS = frozenset("""
gmail.com googlemail.com yahoo.com ymail.com rocketmail.com hotmail.com outlook.com live.com msn.com icloud.com
me.com mac.com aol.com protonmail.com proton.me pm.me gmx.com gmx.net mail.com zoho.com yandex.com fastmail.com
comcast.net att.net sbcglobal.net verizon.net charter.net cox.net earthlink.net bellsouth.net
""".split())
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "example.edu", "test", "example",
                    "invalid", "localhost",
                    # machines' accounts, read by no person: cloud service accounts ("forms@proj.iam.gserviceaccount
                    # .com" in a pasted key file), OAuth clients, bounce and relay domains, a code host's no-reply
                    "gserviceaccount.com", "googleusercontent.com", "amazonses.com", "noreply.github.com",
                    "bounces.google.com", "sendgrid.net", "mailgun.org", "cloudbuild.gserviceaccount.com")
# the same lists as one set, one suffix tuple and one alternation: a C-level test each instead of a Python loop
# over the words for every address found
_RESERVED_SET = frozenset(RESERVED_DOMAINS)
_RESERVED_SUFFIXES = tuple("." + d for d in RESERVED_DOMAINS)
_ORGANISATION_WORD = re.compile("|".join(re.escape(word) for word in ORGANISATION_WORDS))


def _accept(ctx: ScanContext, m: Match) -> bool:
    # "postgres://user:secret@db.host/...": a link's user and password before its host, no mailbox (a password
    # there is the credential unit's)
    text = ctx.text
    word_start = max(text.rfind(" ", 0, m.start), text.rfind("\n", 0, m.start), text.rfind("\t", 0, m.start)) + 1
    if "://" in text[word_start:m.start]:
        return False
    if _login_of_a_shared_account(ctx, m.start, m.end) and not _handle_of_a_person_near(ctx, m.start, m.end, m.value):
        return False
    if personal_mailbox(ctx, m.value):
        return True
    # "under my personal gmail, first.last.pta@gmail.com": the writer says the box is someone's own, whatever role
    # word its name carries (a consumer mail service only: an organisation's domain stays the organisation's)
    domain = m.value.rpartition("@")[2].lower().rstrip(".")
    if domain not in FREE_MAIL_DOMAINS:
        return False
    return _SAID_TO_BE_OWN.search(ctx.window(m.start - 48, m.start)) is not None \
        or _named_for_the_person_before(ctx, m.start, m.value) or _handle_of_a_person_near(ctx, m.start, m.end, m.value)


# "Kahoot acct for the 4th grade team: rm4kahoot@gmail.com / ...", "demo parent account: ...": the address is the
# user name of a login pair, in a clause that calls the account a group's (shared, a team's, a staff's, a demo): the
# account's name, whoever made it, not a person's own box (a box built from a person's name beside it still is)
_SHARED_ACCOUNT_BEFORE = Pattern(r"(?i)\b(?:shared|team|teams|staff|teachers['\x{2019}]?|coaches['\x{2019}]?"
                                 r"|department|dept"
                                 r"|demo|grade[ \t-]+level|common|group)\b[^\n.!?]{0,60}$")
_ACCOUNT_WORD = Pattern(r"(?i)\b(?:acct|account|log-?in|sign-?in|creds|credentials|g-?mail|user(?:name)?)\b")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SAID_PERSONAL = Pattern(r"(?i)\b(?:personal|private)[ \t]+(?:gmail|yahoo|hotmail|outlook|icloud|e-?mail|address"
                         r"|account|inbox)\b")
_PAIR_AFTER = Pattern(r"^[\"'`>]?[ \t]*(?:/|\|)[ \t]*[\"'`]?[^\s/|]{4,}")
_SHARED_REACH = 100


def _login_of_a_shared_account(ctx: ScanContext, start: int, end: int) -> bool:
    """`_SHARED_ACCOUNT_BEFORE`: unless the box carries the name of someone the message names ("fatima.ahmed.k@" for
    "the Ahmed family") or the message says it is someone's personal box ("the rep set it up with her personal
    gmail")."""
    if _PAIR_AFTER.search(ctx.window(end, end + 40)) is None:
        return False
    local = ctx.text[start:end].rpartition("@")[0].lower()
    names = {word.lower() for word in _CAPITALISED_WORD.findall(ctx.text[:start] + " " + ctx.text[end:])}
    if any(part in names for part in re.split(r"[._\-+\d]+", local) if len(part) > 2) \
            or _SAID_PERSONAL.search(ctx.text) is not None:
        return False
    line_start = ctx.text.rfind("\n", max(0, start - _SHARED_REACH), start) + 1 or max(0, start - _SHARED_REACH)
    before = ctx.text[line_start:start]
    return _SHARED_ACCOUNT_BEFORE.search(before) is not None and _ACCOUNT_WORD.search(before) is not None


# a person's whole name near the address ("Treasurer is Dana Whitlock, ..., danaw.boosters@...", "... (at) outlook
# [dot] com, that's Rob Jackson")
_WHOLE_NAMES = Pattern(r"\b(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.?[ \t]+)?(\p{Lu}(?:['\x{2019}]\p{Lu})?[\p{Ll}'\-]+)")
_NAME_REACH = 120
_TRAILING_DIGITS = re.compile(r"\d+$")
# the address as a form's field at the start of its line ("Email: ...", "E-mail address - ...")
_FORM_FIELD_BEFORE = Pattern(r"(?i)^[ \t*>\-]*(?:personal[ \t]+)?e-?mail(?:[ \t]+address)?[ \t]*[:\-=][ \t]*$")
_RECORD_REACH = 160


def _handle_of_a_person_near(ctx: ScanContext, start: int, end: int, value: str) -> bool:
    """A free-mail box whose name joins a club's or a role's word to a handle made from the name of a person named
    beside it in the same line (initial and surname, first name and initial, or the whole name run together:
    "rcalloway.boosters@" beside Renee Calloway) is that person's own box: a handle built from one person's name
    identifies that person, where a bare surname ("rivera.team@") may name a team. A form's field ("Email: ...")
    reads the name from the record's lines above it too ("Name: Renee Calloway" / "Phone: ..." / "Email: ...")."""
    local = value.rpartition("@")[0].lower().split("+")[0]
    pieces = {_TRAILING_DIGITS.sub("", piece) for piece in re.split(r"[._-]", local)}
    pieces = {piece for piece in pieces if len(piece) >= 4 and piece not in ROLE_MAILBOXES
              and _ORGANISATION_WORD.search(piece) is None}
    if not pieces:
        return False
    text = ctx.text
    lo = text.rfind("\n", max(0, start - _NAME_REACH), start) + 1 or max(0, start - _NAME_REACH)
    if _FORM_FIELD_BEFORE.search(text[lo:start]):
        block = text.rfind("\n\n", max(0, lo - _RECORD_REACH), lo)
        lo = block + 2 if block >= 0 else max(0, lo - _RECORD_REACH)
    hi = text.find("\n", end, end + _NAME_REACH)
    window = text[lo:hi if hi >= 0 else min(len(text), end + _NAME_REACH)]
    for name in _WHOLE_NAMES.finditer(window):
        first, last = name.group(1).lower(), name.group(2).lower().replace("'", "").replace("\u2019", "")
        if pieces & {first[0] + last, first + last[0], first + last, last + first[0], last + first}:
            return True
    return False


# a person named by a title before the address, in the same line ("Coach Dee, ..., dee.coaching@...", "Ms. Varga -
# varga.tutoring@..."): a free-mail box that carries that person's name is theirs, whatever role word it carries too
_TITLED_NAMES = Pattern(r"\b(?:Ms|Mrs|Mr|Miss|Mx|Dr|Coach|Prof|Pastor|Aunt|Uncle)\.?[ \t]+(\p{Lu}\p{Ll}+)"
                        r"(?:[ \t]+(\p{Lu}\p{Ll}+))?")
_LOCAL_PARTS = re.compile(r"[a-z]+")
_TITLE_WORDS = ("Ms", "Mr", "Mx", "Dr", "Miss", "Coach", "Prof", "Pastor", "Aunt", "Uncle")


def _named_for_the_person_before(ctx: ScanContext, start: int, value: str) -> bool:
    line_start = ctx.text.rfind("\n", max(0, start - 120), start) + 1 or max(0, start - 120)
    before = ctx.text[line_start:start]
    if not any(title in before for title in _TITLE_WORDS):
        return False  # no title: no RE2 pass
    local = value.rpartition("@")[0].lower()
    if _ORGANISATION_WORD.search(local) is not None:
        return False  # "lincoln.pta@", "rivera.team@": a body's box, whoever of that name is about
    parts = set(_LOCAL_PARTS.findall(local))
    for m in _TITLED_NAMES.finditer(before):
        if any(name and len(name) > 2 and name.lower() in parts for name in (m.group(1), m.group(2))):
            return True
    return False


_SAID_TO_BE_OWN = Pattern(r"(?i)\b(?:personal|private|(?:my|his|her)[ \t]+own)[ \t]+(?:gmail|yahoo|hotmail|outlook"
                          r"|icloud|e-?mail|address|account|inbox)\b[^@\n]{0,24}$")


def personal_mailbox(ctx: ScanContext, value: str) -> bool:
    """Whether an e-mail address is a person's own: not the district's, a reserved example, a role mailbox or an
    organisation's box (other units ask too: an address in the same contact line as a person's mailbox is theirs)."""
    local, _, domain = value.rpartition("@")
    domain = domain.lower().rstrip(".")
    if is_district_email(ctx.district, domain):
        return False
    if domain in _RESERVED_SET or domain.endswith(_RESERVED_SUFFIXES):
        return False
    if domain not in FREE_MAIL_DOMAINS and _ORGANISATION_DOMAIN.search(domain):
        return False
    local = local.lower().split("+")[0]
    if local in ROLE_MAILBOXES:
        return False
    if domain not in FREE_MAIL_DOMAINS and _FUNCTION_NOUN.fullmatch(local) and not is_given_name(local):
        return False  # "scheduling@", "referrals@" on an organisation's own domain: a function's box
    # "harmon-office@", "lincoln.pta@", "eaglesboosters@": an organisation's box on a free-mail domain
    parts = set(local.replace("-", ".").replace("_", ".").split("."))
    if _ORGANISATION_WORD.search(local) is not None \
            or (("room" in local or "rm" in local) and _ROOM_ACCOUNT.search(local) is not None):
        return False
    # "ryan.whitlock.dean@", "mrs.okafor.tutoring@": on a consumer mail service, a box that carries a person's given
    # name or a title is that person's own, whatever word of their job it carries too
    if parts & ROLE_MAILBOXES and domain in FREE_MAIL_DOMAINS and len(parts) > 1 \
            and any(part in _TITLE_PARTS or is_given_name(part) for part in parts - ROLE_MAILBOXES):
        return True
    return not parts & ROLE_MAILBOXES


# a function's box named as one word of a job done or of what it receives: a gerund or a plural of the kinds that
# name an activity ("scheduling@", "referrals@", "registrations@", "appointments@"), not a person's name
_FUNCTION_NOUN = re.compile(r"[a-z]{4,}(?:ing|als|ions|ments|ies)")
_TITLE_PARTS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "coach", "prof", "profe", "maestra", "maestro"})


DETECTORS = (
    PatternDetector(
        name="personal_email",
        finding_type="personal_email",
        # the address after one character of left context, none of its own first characters: found by DFA alone
        patterns=(r"(?:^|[^A-Za-z0-9._%+\-])(?:[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}"
                  r"\.)+[A-Za-z]{2,24})\b",),
        opens_with=frozenset(string.ascii_letters + string.digits),
        accept=_accept,
    ),
)
