"""Held-out samples 24 and 25's tag rejects, by family, precision first (a missing tag was
never a reject, a wrong one always is): a column the headlines open with
(inflected or whole), one tag inflected twice."""

from __future__ import annotations

from bot.render.content import hashtags
from tests.support.tagged_feeds import rss_item_tags


def test_a_column_the_headline_opens_inflected_or_is_whole_is_no_topic() -> None:
    # Christian's blog (feed-100947990): "Offener Brief an …" filed "Offene Briefe" twice.
    uwe, wlan, demo = rss_item_tags(
        ("Offener Brief an Uwe Döring (SPD)", "Sehr geehrter Herr Döring.", ("Offene Briefe",)),
        ("Offener Brief an die Redaktion des WLAN Report", "Herr Gebert.", ("Offene Briefe",)),
        ("Demo Freiheit statt Angst", "Datenschutz in Berlin.", ("Datenschutz",)),
    )
    assert (uwe, wlan, demo) == ((), (), ("Datenschutz",))
    # Blog de tecnología (feed--1060064991): two link roundups headed "Enlaces Interesantes",
    # the label also closing their texts ("… Adseok Enlaces Interesantes").
    first, second = rss_item_tags(
        (
            "Enlaces Interesantes",
            "Los mejores 5 firewalls. Enlaces Interesantes",
            ("Enlaces Interesantes",),
        ),
        (
            "Enlaces Interesantes",
            "Themes para wordpress. Enlaces Interesantes",
            ("Enlaces Interesantes", "Wordpress"),
        ),
    )
    assert (first, second) == ((), ("Wordpress",))


def test_one_tag_inflected_twice_is_shown_once() -> None:
    # Artiklz (feed-153122889) "Conversation Search", "Conversational Search"; a politics blog
    # (feed-960334581) "democratic", "Democrats".
    assert hashtags(["Conversation Search", "reactions", "Conversational Search"], 3) == (
        "#Conversation_Search",
        "#reactions",
    )
    assert hashtags(["democratic", "Democrats", "obama"], 3) == ("#democratic", "#obama")
    assert hashtags(["Apple", "Applications"], 3) == ("#Apple", "#Applications")
