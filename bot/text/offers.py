"""Sentences that sell through a written-out address (podcast and video notes' offers), found
over the sentences of a text so an offer's next sentence can go with it."""

from __future__ import annotations

import re

from bot.text.show_prompts import is_audience_ask
from bot.text.sponsor_reads import is_sponsor_read

# The publication naming its sponsor ("The DistroWatch Weekly news feed is brought to you by
# TUXEDO COMPUTERS.", "This episode is made possible by …", "Sponsored by …"), address or not;
# a bill, a study or a race "sponsored by" someone is news and stays.
SPONSOR_LINE = re.compile(
    r"(?:(?:this|today['’]s|the)\b.{0,60}?\s)?(?:video|episode|show|podcast|newsletter|issue|feed"
    r"|edition|digest|post|stream)\s+(?:is|was)\s+(?:(?:proudly|kindly)\s+)?(?:sponsored"
    r"|brought\s+to\s+you|made\s+possible)\s+by\b.*|(?:proudly\s+)?sponsored\s+by\b.{0,80}",
    re.IGNORECASE,
)

# A sentence that sends the reader to a written-out address to subscribe, buy or take a deal
# (podcast and video notes: "Fix that today by heading over to https://x.fm/subscribe where
# you'll get …", "click https://boot.dev/?promo=ART and use my code ART"). An address given to
# read or follow a step ("go to http://localhost:4000") stays: only a sentence that also sells
# (a subscription, a code, a deal, a sponsor) goes.
_ADDRESS = re.compile(r"(?:https?://|\bwww\.)\S+")
_ADDRESS_CALL = re.compile(
    r"(?i)\b(?:subscrib(?:e|ing)|promo|coupon|discount|sponsor(?:ed|ing)?|affiliate|patreon"
    r"|use\s+(?:my|our|the)\s+code|\d+\s?%\s+off|free\s+trial|free\W{1,3}for\s+(?:a\s+)?(?:full\s+)?\d+"
    r"|exclusive\s+(?:\w+\s+)?deal|deal\s+(?:here|at|via)|support\s+(?:me|us|the\s+(?:show|channel)))\b"
)


# What the offer's next sentence adds to it ("You'll also get 20% off an annual premium
# subscription.").
_OFFER_MORE = re.compile(
    r"(?i)\b(?:\d+\s?%\s+off|free\s+trial|money-back|discount|coupon|promo\s+code|subscription)\b"
)


def address_calls(lines: list[list[str]]) -> set[tuple[int, int]]:
    """Which units sell through an address, with a next unit that only adds to the offer."""
    calls: set[tuple[int, int]] = set()
    after_call = False
    for n, units in enumerate(lines):
        for i, unit in enumerate(units):
            if _ADDRESS.search(unit) and _ADDRESS_CALL.search(unit):
                calls.add((n, i))
            elif after_call and _OFFER_MORE.search(unit) and len(unit.split()) <= 25:
                calls.add((n, i))
            after_call = (n, i) in calls
    return calls


# A show's production credits as a sentence of their own ("Music by Bimbotronic from Fugue.",
# "Theme music by …", "Music from https://filmmusic.io …", "Produced and edited by Jane Doe."):
# show-notes furniture. "Produced by Universal, the film …" goes on past a comma and stays.
_SHOW_CREDIT = re.compile(
    r"(?:(?:theme|intro|outro|background|original|our|additional)\s+)?music\s+(?:by|from"
    r"|courtesy\s+of)\s.+"
    r"|(?:episode|original)\s+(?:scoring|score|sound\s+design)\s+(?:is\s+)?by\s.+"
    # Without "episode", only a name and what follows "with additional": "Scoring by the
    # forwards has dropped" is sport.
    r"|(?:scoring|sound\s+design)\s+by\s+(?-i:[A-Z])\S*(?:\s+(?:(?-i:[A-Z])\S*|and|&)){0,5}"
    r"(?:\s+with\s+additional\s.+)?\W*"
    # The episode's art credited by name ("Original artwork by Paul Davey.", "Cover art by Jo
    # Lee."): "Artwork by the museum's staff went on show" goes on in lower case.
    r"|(?:(?:original|cover|episode|show)\s+)?(?:art|artwork|illustration|cover\s+art)\s+by\s+"
    r"(?-i:[A-Z])\S*(?:\s+(?:(?-i:[A-Z])\S*|and|&)){0,5}\W*"
    # The show's thanks to its helpers ("Special thanks to Mandy Naglich, Anna Burke, and …").
    r"|(?:(?:and\s+)?(?:a\s+)?special|extra)\s+thanks\s+(?:go(?:es)?\s+)?to\s.+"
    # "Recorded and edited by Ben Williams for Plosive Productions."
    r"|(?:(?:this\s+)?(?:episode|show|podcast)\s+(?:is\s+|was\s+)?)?(?:produced|edited|mixed"
    r"|engineered|recorded|mastered)(?:(?:\s*,\s*|\s+and\s+)(?:produced|edited|mixed|engineered"
    r"|recorded|mastered)){0,2}\s+by\s[^,;:]+",
    re.IGNORECASE,
)
_SHOW_CREDIT_WORDS = 16
# A score credit listing each piece of music used runs longer ("Episode scoring by Jeremy Bloom
# with additional music by Little Glass Men ("Dream Blaze") and Kai Engel ("Snowmen")."); the
# two credits in one sentence are signal enough.
_SCORE_AND_MUSIC = re.compile(r"(?i)\bscoring\s+by\s.+\bmusic\s+(?:by|from)\s")
_SCORE_AND_MUSIC_WORDS = 40
# A media file's size written after its description ("Kite surfing pictures Size: 20.7 Mb").
_FILE_SIZE = re.compile(r"\s*[(\[]?\b(?:file\s+)?size:\s*[\d.,]+\s*[KMG]i?B[)\]]?\.?\s*$", re.I)


# A music credit that lists only names and titles ("Music from Blue Dot Sessions, Yo La Tengo, and
# “Blaze & Sybil's Lullaby” by Alia Shawkat & Ben Dickey."), however many: "Music from the film
# has topped the charts" goes on in lower-case words and stays.
_MUSIC_CREDIT = re.compile(
    r"(?:(?:theme|intro|outro|background|original|additional|our)\s+)?music\s+(?:by|from"
    r"|courtesy\s+of)\s+(?P<names>.+)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"«„][^”\"»“]{1,80}[”\"»“]")
_NAME_JOINS = frozenset("and & by from with of the feat feat. featuring courtesy".split())
_MUSIC_CREDIT_WORDS = 40


def _is_music_credit(unit: str) -> bool:
    """Whether a sentence credits the music by names (and quoted titles) alone."""
    found = _MUSIC_CREDIT.fullmatch(unit)
    if not found or len(unit.split()) > _MUSIC_CREDIT_WORDS:
        return False
    words = [w.strip(".,;:()'’") for w in _QUOTED.sub(" ", found["names"]).split()]
    return all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_JOINS for w in words)


def is_sponsor_or_credit(unit: str) -> bool:
    """True for a sponsor line, a show's production credit or an ask of its audience
    (text/show_prompts), as one sentence."""
    unit = unit.strip()
    if SPONSOR_LINE.match(unit) or is_audience_ask(unit) or is_sponsor_read(unit):
        return True
    if _is_music_credit(unit):
        return True
    words = len(unit.split())
    if words > _SHOW_CREDIT_WORDS and not (
        words <= _SCORE_AND_MUSIC_WORDS and _SCORE_AND_MUSIC.search(unit)
    ):
        return False
    return bool(_SHOW_CREDIT.fullmatch(unit))


def without_file_size(line: str) -> str:
    """The line without a media file's size written at its end."""
    return _FILE_SIZE.sub("", line)
