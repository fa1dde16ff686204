"""Hashtags held-out sample 13 rejected (bench/judged/2026-12-06-heldout-13*.jsonl, feeds of the
2008 crawl in kalv/ruby-feed-parser-benchmark, which states no licence: short strings are quoted
inline)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed


def _atom(
    title: str, *entries: tuple[str, tuple[str, ...]], home: str = "http://example.com/"
) -> bytes:
    items = "".join(
        f"<entry><title>{headline}</title><id>urn:x:{n}</id>"
        f'<link href="http://example.com/{n}"/><updated>2008-12-0{n % 9 + 1}T10:00:00Z</updated>'
        + "".join(f'<category term="{c}"/>' for c in categories)
        + '<content type="html">Some text of the post.</content></entry>'
        for n, (headline, categories) in enumerate(entries)
    )
    return (
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
        f'<link href="{home}"/>{items}</feed>'
    ).encode()


def _tags(body: bytes) -> list[tuple[str, ...]]:
    return [e.categories for e in parse_feed(body, url="http://example.com/feed").entries]


def test_the_sites_address_as_a_tag_is_no_hashtag_on_any_share() -> None:
    # oshelpdesk.org files one post of ten "OSHELPDESK.org" (its title spaces the letters out:
    # "o s h e l p d e s k . o r g : ~ $"): an address names the site, not the item.
    body = _atom(
        "o s h e l p d e s k . o r g : ~ $",
        ("Umzug abgeschlossen", ("Allgemein", "OSHELPDESK.org", "Internet")),
        ("Firefox 3.1 Beta 2", ("Firefox", "Internet")),
        home="http://oshelpdesk.org",
    )
    assert _tags(body) == [("Internet",), ("Firefox", "Internet")]


def test_a_long_part_of_the_title_on_every_item_is_no_hashtag() -> None:
    # A VC files every post under its title's tagline; Ferenc Ecseki's site under his name.
    avc: list[tuple[str, tuple[str, ...]]] = [
        (f"Post {n}", ("Venture Capital and Technology",)) for n in range(7)
    ]
    avc += [("NYC", ("Venture Capital and Technology", "NYC"))] * 2
    avc += [("Blogging", ("Venture Capital and Technology", "Blogging On The Road"))]
    body = _atom("A VC : Venture Capital and Technology", *avc, home="http://www.avc.com/a_vc/")
    assert _tags(body) == [()] * 7 + [("NYC",)] * 2 + [("Blogging On The Road",)]
    name = "photographer ferenc ecseki"
    ecseki = [("Tokyo", (name, "digital photography"))] * 3 + [("Wish", (name, "non-photography"))]
    title = "Photographer Ferenc Ecseki | Fashion Model Portrait Travel Photographer"
    assert _tags(_atom(title, *ecseki, home="http://ferenc.biz")) == [
        ("digital photography",)
    ] * 3 + [("non-photography",)]


def test_a_short_section_name_in_the_title_stays_a_hashtag() -> None:
    # "SitePoint » Ruby", "UK news | guardian.co.uk": a section feed's subject, a word or two.
    for title, tag in (("SitePoint » Ruby", "Ruby"), ("UK news | guardian.co.uk", "UK news")):
        items = [(f"Item {n}", (tag,)) for n in range(3)] + [("Rails", (tag, "Rails"))]
        body = _atom(title, *items, home="http://x.com/s")
        assert _tags(body) == [(tag,)] * 3 + [("Rails", tag)]


def test_a_picture_or_a_notice_as_the_posts_kind_is_no_hashtag() -> None:
    # Waylon Coats's "photo" beside "Uncategorized", skate infusion's "pics" beside "feeble",
    # Yahoo! Search Blog's "News/Announcements", Matt Cutts's "Weblog/blog" beside "Chrome".
    body = _atom(
        "Blog",
        ("Waylon 9 months", ("Uncategorized", "photo")),
        ("Fernando Martins", ("pics", "feeble")),
        ("Yahoo! Glue", ("News/Announcements",)),
        ("Chrome market share", ("Chrome", "Weblog/blog")),
        ("Shots", ("Photography",)),
    )
    assert _tags(body) == [(), ("feeble",), (), ("Chrome",), ("Photography",)]
