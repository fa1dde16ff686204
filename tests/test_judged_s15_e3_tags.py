"""Hashtags held-out sample 13 rejected (bench/judged/2026-12-06-heldout-13*.jsonl, feeds of the
2008 crawl in kalv/ruby-feed-parser-benchmark, which states no licence: short strings are quoted
inline)."""

from __future__ import annotations

from tests.support.tagged_feeds import entry_tags, tagged_atom

# The items name their tags, as session 17's tag gate shows only the tags an item names.
_MOVE = "Allgemein: OSHELPDESK.org ist im Internet umgezogen."


def test_the_sites_address_as_a_tag_is_no_hashtag_on_any_share() -> None:
    # oshelpdesk.org files one post of ten "OSHELPDESK.org" (its title spaces the letters out:
    # "o s h e l p d e s k . o r g : ~ $"): an address names the site, not the item.
    body = tagged_atom(
        "o s h e l p d e s k . o r g : ~ $",
        ("Umzug abgeschlossen", ("Allgemein", "OSHELPDESK.org", "Internet"), _MOVE),
        ("Firefox 3.1 Beta 2", ("Firefox", "Internet"), "Firefox im Internet."),
        home="http://oshelpdesk.org",
    )
    assert entry_tags(body) == [("Internet",), ("Firefox", "Internet")]


def test_a_long_part_of_the_title_on_every_item_is_no_hashtag() -> None:
    # A VC files every post under its title's tagline; Ferenc Ecseki's site under his name.
    # Each item names its tags: session 17's tag gate shows only the tags an item names.
    vc = "Venture Capital and Technology"
    avc: list[tuple[str, tuple[str, ...], str]] = [
        (f"Post {n}", (vc,), f"{vc}, part {n}.") for n in range(7)
    ]
    avc += [("NYC", (vc, "NYC"), f"{vc} in NYC.")] * 2
    avc += [("Blogging", (vc, "Blogging On The Road"), f"{vc}: blogging on the road.")]
    body = tagged_atom(
        "A VC : Venture Capital and Technology", *avc, home="http://www.avc.com/a_vc/"
    )
    assert entry_tags(body) == [()] * 7 + [("NYC",)] * 2 + [("Blogging On The Road",)]
    name = "photographer ferenc ecseki"
    ecseki = [("Tokyo", (name, "digital photography"), f"{name}: digital photography.")] * 3
    ecseki += [("Wish", (name, "non-photography"), f"{name}: non-photography.")]
    title = "Photographer Ferenc Ecseki | Fashion Model Portrait Travel Photographer"
    assert entry_tags(tagged_atom(title, *ecseki, home="http://ferenc.biz")) == [
        ("digital photography",)
    ] * 3 + [("non-photography",)]


def test_a_short_section_name_in_the_title_stays_a_hashtag() -> None:
    # "SitePoint » Ruby", "UK news | guardian.co.uk": a section feed's subject, a word or two.
    for title, tag in (("SitePoint » Ruby", "Ruby"), ("UK news | guardian.co.uk", "UK news")):
        # Each item names its tags: session 17's tag gate shows only the tags an item names.
        items: list[tuple[str, tuple[str, ...], str]]
        items = [(f"Item {n}", (tag,), f"On {tag}.") for n in range(3)]
        items += [("Rails", (tag, "Rails"), f"{tag} on Rails.")]
        body = tagged_atom(title, *items, home="http://x.com/s")
        assert entry_tags(body) == [(tag,)] * 3 + [("Rails", tag)]


def test_a_picture_or_a_notice_as_the_posts_kind_is_no_hashtag() -> None:
    # Waylon Coats's "photo" beside "Uncategorized", skate infusion's "pics" beside "feeble",
    # Yahoo! Search Blog's "News/Announcements", Matt Cutts's "Weblog/blog" beside "Chrome".
    body = tagged_atom(
        "Blog",
        # Each item names its tags: session 17's tag gate shows only the tags an item names.
        ("Waylon 9 months", ("Uncategorized", "photo"), "A photo of Waylon."),
        ("Fernando Martins", ("pics", "feeble"), "Pics of a feeble grind."),
        ("Yahoo! Glue", ("News/Announcements",), "News: Yahoo! Glue."),
        ("Chrome market share", ("Chrome", "Weblog/blog"), "Chrome, on the blog."),
        ("Shots", ("Photography",), "Photography."),
    )
    assert entry_tags(body) == [(), ("feeble",), (), ("Chrome",), ("Photography",)]
