"""Hashtags the session 16 corpus development sample rejected: a feed's catch-all in other
languages, a source platform's name, a post-kind label, a plural beside its singular."""

from __future__ import annotations

from functools import cache

from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from bot.render.content import hashtags
from tests.conftest import carried
from tests.support.tagged_feeds import entry_tags, tagged_atom


@cache
def _corpus_feed(*path: str) -> ParsedFeed:
    return parse_feed(carried("corpus", *path).read_bytes(), url="http://example.com/feed")


def _tags(feed: ParsedFeed, entry: int) -> tuple[str, ...]:
    return hashtags(feed.entries[entry].categories, 3)


def test_a_topic_bucket_named_topic_in_another_language_is_no_hashtag() -> None:
    # CityDog files its features "Тема" ("Topic") beside their subject "Люди" ("People").
    feed = _corpus_feed("FeedReader", "FeedReader.Tests", "Feeds", "Rss20CityDog.xml")
    assert _tags(feed, 1) == ()  # no item names its tags: session 17's tag gate
    posts = [
        ("Учителя", ("Тема", "Люди"), "Тема недели: люди и учителя."),
        ("Группа", ("События",), "События недели."),  # its events section stays
    ]
    assert entry_tags(tagged_atom("CityDog", *posts)) == [("Люди",), ("События",)]


def test_news_in_afrikaans_is_a_post_kind() -> None:
    # Koerant files 4 of 5 items "Nuus" (news) beside "Sake", "Reis"; "Wêreld Nuus" is a section.
    feed = _corpus_feed("FeedReader", "FeedReader.Tests", "Feeds", "Rss20NuusInAfrikaans.xml")
    assert _tags(feed, 2) == ("#Suid_Afrika",)  # "Sake" unnamed: session 17's tag gate
    posts = [
        ("Kredietgradering", ("Nuus", "Sake", "Suid-Afrika"), "Nuus oor sake in Suid-Afrika."),
        ("Castro", ("Wêreld Nuus",), "Wêreld nuus: Castro."),
    ]
    assert entry_tags(tagged_atom("Koerant", *posts)) == [("Sake", "Suid-Afrika"), ("Wêreld Nuus",)]


def test_a_tag_naming_the_platform_a_post_was_copied_from_is_no_hashtag() -> None:
    # Jessica Temporal files her copies of Medium posts "medium"; each links the original there.
    feed = _corpus_feed("fastfeedparser", "benchmark_data", "6d28cf55da15a12d")
    # "development" unnamed by the post: session 17's tag gate.
    assert _tags(feed, 232) == ("#serenata_de_amor", "#python", "#data_science")


def test_a_platform_tag_on_a_post_not_linking_there_stays() -> None:
    body = tagged_atom("Blog", ("Why I left", ("medium", "writing"), "I left medium, on writing."))
    assert entry_tags(body)[0] == ("medium", "writing")


def test_an_explainer_label_alone_names_no_topic() -> None:
    # TIME tags "What We Learned From Marco Rubio's Foreign Policy Speech" "Explainer" alone.
    body = tagged_atom(
        "TIME",
        ("What We Learned From Marco Rubio's Speech", ("Explainer",)),
        ("Europe's answer", ("Explainer", "Europe")),
    )
    assert entry_tags(body) == [(), ("Europe",)]


def test_a_plural_beside_its_singular_is_one_hashtag() -> None:
    # Jessica Temporal's Hacktoberfest list: "pull request" and "pull requests".
    feed = _corpus_feed("fastfeedparser", "benchmark_data", "6d28cf55da15a12d")
    # "contribuitions" unnamed by the post: session 17's tag gate.
    assert _tags(feed, 76) == ("#pull_request", "#open_source", "#hacktoberfest")
    assert hashtags(("News", "New"), 3) == ("#News", "#New")  # no plural of four letters
    assert hashtags(("Class", "Glass"), 3) == ("#Class", "#Glass")


def test_an_explainer_of_something_stays_a_topic() -> None:
    # Inexpensive Explainer Videos (a marketing blog): "explainer video" is what the post is about.
    body = tagged_atom(
        "Blog",
        (
            "Inexpensive Explainer Videos",
            ("Marketing", "explainer video"),
            "Marketing with an explainer video.",
        ),
    )
    assert entry_tags(body)[0] == ("Marketing", "explainer video")
