"""The outlet a post came from, in held-out sample 24's rejects (/work/judge2z/rejects-24-25.jsonl,
the 2008 crawl, which states no licence: short strings quoted inline): a vote-based link site's
titles keep the linked page's site ("… - ReadWriteWeb", "… | Mashable"), its story's original
publisher, which was left in the headline and not credited."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.render.content import render_post
from tests.support.first_check import aggregated_contents

_SITE = "http://microblogging.com"
# Microblogging.com / Published News (sample 24, feed--5985296): each item is the site's page
# about a linked story, its title the story page's own.
_TITLES = (
    "BrightKite iPhone App Goes Live (Finally) - ReadWriteWeb",
    "25+ Celebrity Twitter Users | Mashable",
    "Twingr: Create Your Own Twitter | Mashable",
    "Microblogging Defined | Microblink",
    "Location-based Microblogging | Microblink",
    "Twitter Planning to Implement OpenMicroblogging Standard | louisgray.com",
    "Twitterers Stage Mock Martian Invasion a la 'War of the Worlds' | Wired.com",
    "Selling Ads on Your Twitter Background? You'll Love Magpie - ReadWriteWeb",
    "Rakawa.net - Microblogging as Conceptual Art",
    "Twitter CEO Jack Dorsey steps down | CNET",
)


def _feed(titles: tuple[str, ...], site: str = _SITE, name: str = "Microblogging.com") -> bytes:
    items = "".join(
        f"<item><title>{title.replace('&', '&amp;')}</title>"
        f"<link>{site}/General-News/story-{n}/</link>"
        f"<description>Corvida of ReadWriteWeb reviews the new app, story {n}.</description>"
        "</item>"
        for n, title in enumerate(titles)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>{name} / Published News</title><link>{site}</link>{items}</channel></rss>"
    ).encode()


def test_a_link_sites_title_suffix_is_the_original_publisher() -> None:
    posts = [render_post(c) for c in aggregated_contents(_feed(_TITLES), f"{_SITE}/rss")]
    brightkite, celebrities, *_, rakawa, cnet = posts
    assert brightkite.startswith("<b>BrightKite iPhone App Goes Live (Finally)</b>")
    assert "Originally published by ReadWriteWeb · via " in brightkite
    assert celebrities.startswith("<b>25+ Celebrity Twitter Users</b>")
    assert "Originally published by Mashable · via " in celebrities
    # A suffix the feed names once and no address is left as it was: "Microblogging as
    # Conceptual Art" closes a title opening on its site's name.
    assert "Originally published" not in rakawa
    assert "Originally published" not in cnet and "steps down | CNET</b>" in cnet


def test_titles_closing_on_the_feeds_own_name_or_a_guest_credit_no_one_else() -> None:
    own = tuple(f"Story number {n} about the news | Microblogging.com" for n in range(8))
    parsed = parse_feed(_feed(own), url=f"{_SITE}/rss")
    assert all(e.titled_origin is None for e in parsed.entries)
    # A podcast's episodes close on their guests' names: no addresses among them.
    guests = tuple(
        f"Episode {n} - {who}" for n, who in enumerate(["Rick Doblin"] * 2 + ["Naval"] * 6)
    )
    parsed = parse_feed(
        _feed(guests, "http://after-on.com", "After On"), url="http://after-on.com/rss"
    )
    assert all(e.titled_origin is None for e in parsed.entries)


def test_an_aggregator_linking_the_outlets_pages_keeps_its_source_names() -> None:
    # Google News: the item is on the outlet's site, its <source>-like name taken by
    # source_suffixes; the link site rule only reads items on the feed's own site.
    items = "".join(
        f"<item><title>Headline number {n} - {name}</title>"
        f"<link>http://www.{name.lower().replace(' ', '')}.com/a/{n}</link>"
        "<description>A story.</description></item>"
        for n, name in enumerate(["Le Monde", "Le Figaro", "Le Monde", "Libération", "AFP"] * 2)
    )
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Google News</title>"
        f"<link>http://news.google.fr</link>{items}</channel></rss>"
    ).encode()
    parsed = parse_feed(body, url="http://news.google.fr/rss")
    assert all(e.titled_origin is None for e in parsed.entries)
