"""Session 12 audit A2: a category naming the kind of post is no hashtag, whatever its share."""

from __future__ import annotations

from collections.abc import Sequence

from bot.parsing.categories import entry_categories, informative_first
from bot.parsing.post_kinds import is_post_kind

# Categories as the feeds file them (development pool session8-dev, read with feedparser):
# Boing Boing (GetStream/Winds api/test/data/feed/boingboing, BSD-3-Clause), items 18-21 of 30;
# "Video" is on 11 of the 30, and the feed carries no video for any of them.
_BOING_BOING = [
    ("Post", "Video", "dancing", "magic", "stop-motion"),
    ("Post", "Video", "Funny", "got eeem", "horse racing", "horses", "sports"),
    ("Post", "children", "family", "gender expression", "Kids", "lgbt", "parade"),
    ("Post", "Video", "biology", "body parts", "family", "Kids", "organs", "Science", "video"),
]
# Jalopnik (rssowl/RSSOwl org.rssowl.core.tests/data/performance/34.xml, EPL-1.0), items 0-7:
# "News" on 9 of 24, beside sections ("Spy Photos", "Ad Watch", "Custom Cars/Hot Rods").
_JALOPNIK = [
    ("Novelties",),
    ("News",),
    ("Art/Illustrations",),
    ("News",),
    ("Custom Cars/Hot Rods",),
    ("News",),
    ("News",),
    ("Spy Photos",),
]
# Pocket PC Thoughts (rssowl/RSSOwl …/performance/110.xml, EPL-1.0), items 13-20.
_POCKET_PC_THOUGHTS = [
    ("SOFTWARE",),
    ("SOFTWARE",),
    ("ARTICLE",),
    ("HARDWARE",),
    ("ARTICLE",),
    ("NEWS",),
    ("SOFTWARE",),
    ("UPDATE",),
]


def _shown(lists: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return informative_first([entry_categories({"term": t} for t in cats) for cats in lists])


def test_a_post_kind_on_some_items_is_still_no_hashtag() -> None:
    # Boing Boing's "Video" on a text post about a horse race; Jalopnik's "News" on 9 of 24.
    assert _shown(_BOING_BOING)[1][:2] == ("Funny", "got eeem")
    assert not any("video" in (t.casefold() for t in cats) for cats in _shown(_BOING_BOING))
    assert _shown(_JALOPNIK)[1] == () and _shown(_JALOPNIK)[7] == ("Spy Photos",)


def test_a_post_kind_in_capitals_among_sections_is_no_hashtag() -> None:
    shown = _shown(_POCKET_PC_THOUGHTS)
    assert shown[7] == () and shown[2] == () and shown[5] == ()
    assert shown[0] == ("SOFTWARE",) and shown[3] == ("HARDWARE",)


def test_the_odd_kind_out_is_no_hashtag_either() -> None:
    # Geektopia (GetStream/Winds …/feed/geektopia.es): nine "Noticias", one "Artículos".
    geektopia = [("Noticias",)] * 5 + [("Artículos",)] + [("Noticias",)] * 4
    assert _shown(geektopia)[5] == ()


def test_kind_words_in_other_languages_and_pairs() -> None:
    for kind in (
        "Vídeos",
        "vidéos",
        "Reviews",
        "Interview",
        "Noticias y Artículos",
        "News & Updates",
    ):
        assert is_post_kind(kind), kind
    # Topics that only hold a kind word stay: the word names what the post is about here.
    for topic in ("Video Games", "Tech News", "Film", "Game Reviews Archive", "Newsom", "Updater"):
        assert not is_post_kind(topic), topic
