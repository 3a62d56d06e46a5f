"""Home addresses: a street address ("3918 N Kimball Ave", "3342 w. 63rd pl., garden apt") that the text
ties to where a person lives or gets mail.

Schools, stadiums, offices and the district's public addresses (policy file, `district.public_addresses`)
are not homes, so the nearest place word before the address must be a home word (lives, staying, home,
house, address, mailing) or the address must carry an apartment or unit; intersections and ZIP codes alone
have no house number and street type and never match.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector
from policy.detectors.exclusions import is_public_address

LABELS = (
    ("home", r"\b(?:home\s+address|mailing\s+address|(?:new|current|street|home|his|her|their|my|family'?s?)"
             r"\s+address|address|addr|lives?(?:\s+at)?|living(?:\s+at)?|resides?(?:\s+at)?|residence|staying"
             r"|stays|home|house|apartment|apt|place|moved(?:\s+to)?|mail(?:\s+it)?(?:\s+to)?|send\s+it\s+to"
             r"|shelter|aunt'?s|uncle'?s|grandma'?s|grandmother'?s|mom'?s|dad'?s)\b"),
)

_SUFFIX = (r"(?:st|street|ave|avenue|av|blvd|boulevard|rd|road|dr|drive|pl|place|ct|court|ln|lane|way|pkwy"
           r"|parkway|ter|terrace|hwy|highway|cir|circle|sq|square|trl|trail|pkway|row|crescent|cres)")
_UNIT = r"(?:,?\s*(?:apt|apartment|unit|suite|ste|fl|floor|#|garden\s+apt|basement|rear|bsmt)\.?(?:\s*[A-Za-z0-9][A-Za-z0-9\-]*)?)"
PATTERN = (r"(?i)\b(\d{1,6}[A-Za-z]?\s+(?:(?:[nsew]|north|south|east|west)\.?\s+)?"
           r"(?:[A-Za-z0-9][A-Za-z0-9'\-]*\.?\s+){0,3}?" + _SUFFIX + r"\b\.?" + _UNIT + r"?)")
_PUBLIC_KINDS = frozenset({"public_place", "office_line"})


def _accept(ctx, m: Match) -> bool:
    if is_public_address(ctx.district, m.value):
        return False
    labels = [label for label in ctx.labels_before(m.start, 80) if label.kind in ("home", *_PUBLIC_KINDS)]
    cell = ctx.cell_label(m.start)
    if cell:
        return cell == "home"
    if labels and labels[-1].kind == "home":
        return True
    has_unit = any(w in m.value.lower() for w in ("apt", "unit", "#", "apartment", "basement", "rear"))
    return has_unit and not labels


DETECTORS = (
    PatternDetector(name="home_address", finding_type="home_address", patterns=(PATTERN,), group=1,
                    accept=_accept),
)
