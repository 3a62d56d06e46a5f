"""Questions written for the sixth review: asking whom to contact about one's own leave, pay, benefits or
evaluation, with no recipient named or only an office (HR, payroll, the district), is not a question about talking
to students, staff or parents over a channel, so the bot neither asks who it is for nor which app: the policy does
not cover it. Only some of the parents on the Exception's group thread fails its condition. A school, district,
department or library account named as the owner is the district account, not a question of which kind. A parent's or relative's gift card is a gift (not covered), not the gift-card scam. Everyday
questions near these cues stay not covered. None is copied from the development set or a held-out set.

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest
from test_policy_paraphrases import A, C, N, P, U, _check, _ids  # tests/ is on sys.path (not a package)

OWN_EMPLOYMENT = [
    ("who should I contact about my pension?", {N}, set()),
    ("can I contact the district about my maternity leave?", {N}, set()),
    ("who do I call about a mistake on my paycheck?", {N}, set()),
    ("is it ok to reach out to the benefits office about my dental plan?", {N}, set()),
    ("who do I message about my retirement date?", {N}, set()),
    ("Can I call payroll about my direct deposit?", {N}, set()),
    ("who can I talk to about switching to part time?", {N}, set()),
    ("who do I contact about updating my address in the HR system?", {N}, set()),
    ("can I contact someone about my sick days balance?", {N}, set()),
    ("Who should I reach out to about my teaching license renewal?", {N}, set()),
    ("Can I contact my union rep about my evaluation?", {N}, set()),
    ("Can I call in sick the morning of?", {N}, set()),
    ("Who do I see about my retirement paperwork?", {N}, set()),
    ("Can I reach out to the district about a change to my health insurance?", {N}, set()),
]

GIFTS = [
    ("My mother-in-law (not a parent at our school) gave me a gift card for my birthday, can I keep it?", {N}, set()),
    ("A parent gave me a $20 Starbucks gift card for teacher appreciation week. Is that ok to accept?", {N}, set()),
    ("a family sent in an amazon gift card as a holiday present, am I allowed to keep it?", {N}, set()),
    ("Can I accept a Target gift card a student's grandma gave me at the end of the year?", {N}, set()),
    ("The PTA gave every teacher a $10 gift card. Can I use it?", {N}, set()),
    ("can I accept flowers from a parent on the last day?", {N}, set()),
]

# the employment cue must not hide the channel rules when a recipient and a channel are named
STILL_ANSWERED = [
    ("Can I email HR about my FMLA paperwork?", {A}, {"staff"}),
    ("Can I text my principal about taking a personal day?", {U}, {"staff"}),
]


@pytest.mark.parametrize("question,verdicts,cites", OWN_EMPLOYMENT, ids=_ids)
def test_contacting_someone_about_ones_own_employment_is_not_covered(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", GIFTS, ids=_ids)
def test_a_gift_card_from_a_family_is_a_gift_not_the_scam(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", STILL_ANSWERED, ids=_ids)
def test_a_named_colleague_and_channel_still_get_the_channel_rule(question, verdicts, cites):
    _check(question, verdicts, cites)


PARENTS_PARTLY_ON_THE_THREAD = [
    ("I text my 11th grade robotics team as a group under the Exception, but only about half their parents are on the thread. Is that ok?", {P}, {"exception"}),
    ("Our 10th grade travel team group text has the kids plus most of the parents, a few parents never got added. Fine under the exception?", {P}, {"exception"}),
    ("For my 12th grade debate group text (principal approved, forms signed), I left some of the parents off because the thread was getting too big. Ok?", {P}, {"exception"}),
    ("Can I keep texting my 9th grade cross country runners as a group if a couple of the parents dropped off the chat?", {P}, {"exception"}),
    ("I added the seniors on my yearbook staff to a group text but didn't add their parents yet. Allowed under the exception?", {P}, {"exception"}),
    ("Group text for my varsity swimmers (grades 9-12) includes the kids and only some parents. Is that within the exception?", {P}, {"exception"}),
    ("Our 11th grade field trip group text has all the students but just three of the parents. is that ok?", {P}, {"exception"}),
    ("Does the exception still apply if not every parent is on my group text with my 10th grade band kids?", {P}, {"exception"}),
    ("My group text with my 12th grade mock trial team leaves out the parents who don't have cell phones. Ok?", {P}, {"exception"}),
]

SCHOOL_OWNED_ACCOUNTS = [
    ("Our department runs the district-approved YouTube channel; can my 7th graders appear in our lab videos on it?", {C}, {"social"}),
    ("The library's Instagram account belongs to the school. Can I post photos of middle schoolers at our book fair?", {C}, {"social"}),
    ("Can I post my 3rd graders' reading videos on the school library's YouTube channel?", {C}, {"social"}),
    ("The school library runs an Instagram. Can I share photos of 11th graders at the poetry slam there?", {C}, {"social"}),
    ("The district's YouTube channel is filming my high school chemistry class. Can my students be in it?", {C}, {"social"}),
]

NEAR_MISSES = [
    ("Only a few parents came to open house. Any ideas for next time?", {N}, set()),
    ("Half the parents didn't sign up for conferences. What's the deadline?", {N}, set()),
    ("Not every parent speaks English; can I get a translator for conferences?", {N}, set()),
    ("most parents prefer morning conferences, can I schedule them before school?", {N}, set()),
    ("Some of the parents want to volunteer at field day; who coordinates that?", {N}, set()),
    ("Can I check out library books for my own kids?", {N}, set()),
    ("Can I take a personal day the Friday before spring break?", {N}, set()),
]


@pytest.mark.parametrize("question,verdicts,cites", PARENTS_PARTLY_ON_THE_THREAD, ids=_ids)
def test_only_some_parents_on_the_exception_thread_is_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", SCHOOL_OWNED_ACCOUNTS, ids=_ids)
def test_an_account_the_school_or_library_owns_is_the_district_account(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", NEAR_MISSES, ids=_ids)
def test_everyday_questions_near_the_new_cues_stay_not_covered(question, verdicts, cites):
    _check(question, verdicts, cites)
