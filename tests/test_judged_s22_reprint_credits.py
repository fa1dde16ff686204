"""The outlet a post came from, in held-out sample 24's rejects (/work/judge2z/rejects-24-25.jsonl,
the 2008 crawl, which states no licence: short strings quoted inline): a vote-based link site's
titles keep the linked page's site ("… - ReadWriteWeb", "… | Mashable"), its story's original
publisher, which was left in the headline and not credited; a press review's clipping closed by
its outlet and date ("… (ZDNet - 1er Décembre 2008)"), credited only to the blog; and the other
way, an agency's name linked to another site's story ("AP" to smh.com.au) under a translated
write-up, read as the text's origin."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.parsing.feeds import parse_feed
from bot.render.content import render_post
from bot.text.blocks import to_blocks
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


_CLIPPING = (
    "<p>L'Union Européenne compte plus de 107 millions de lignes fixes connectées à l’internet"
    " haut débit. La France est troisième du podium européen... (<em>ZDNet - 1er Décembre"
    " 2008</em>)<br /> <br /> <a href='http://www.zdnet.fr/actualites/telecoms/0,39040748,"
    "39385232,00.htm'>www.zdnet.fr/</a></p>"
)


def _credit(html: str) -> tuple[str | None, str | None, bool]:
    blocks = to_blocks(html)
    found = attribute(
        blocks,
        find_notices(blocks, html),
        site_name="Blog Ardesi",
        site_url="http://blog.ardesi.fr/index.php/",
    )
    return found.original_publisher, found.original_url, found.is_reprint


def test_an_excerpt_closed_by_its_outlet_and_date_is_that_outlets() -> None:
    # Credited only "Blog Ardesi" (sample 24, feed-558677795): a press review's clipping.
    publisher, url, reprint = _credit(_CLIPPING)
    assert reprint and publisher == "ZDNet"
    assert url is not None and url.startswith("http://www.zdnet.fr/actualites/")
    # An address written without its scheme resolves on the blog: the outlet, unlinked.
    relative = _CLIPPING.replace("http://www.zdnet.fr/", "www.zdnet.fr/", 1)
    assert _credit(relative)[:2] == ("ZDNet", None)


def test_a_dated_mention_that_closes_no_clipping_credits_no_one() -> None:
    # No excerpt's cut before it: the writer's own sentence citing a dated report.
    own = _CLIPPING.replace("européen... (", "européen (", 1)
    assert _credit(own)[2] is False
    # Text after it: the mention is inside the entry, no closing source line.
    assert _credit(_CLIPPING + "<p>Notre avis : une bonne nouvelle pour la fibre.</p>")[2] is False


def _wire(html: str) -> tuple[str | None, bool]:
    blocks = to_blocks(html)
    found = attribute(
        blocks,
        find_notices(blocks, html),
        site_name="The Inquirer",
        site_url="http://www.theinquirer.fr",
    )
    return found.original_publisher, found.is_reprint


_TRANSLATED = (
    "<p>Un businessman Russe a fait déposer l’émoticône bien connu des emails et des messages"
    " SMS en forme de clin d’oeil ;-). Oleg Teterin, président de l’opérateur mobile Superfone,"
    " dit qu’il ne poursuivra pas tout individu utilisant les trois symboles.</p>"
    "<p><strong>L’Inq</strong><br /> <a href='{href}'>AP</a></p>"
    "<p><em>Traduction et adaptation d’un article de Nick Farrell pour INQ.</em></p>"
)


def test_an_agency_named_on_a_link_to_another_sites_story_is_a_cited_source() -> None:
    # Credited "Originally published by Associated Press" (sample 24, feed-278555932): the
    # sources footer links "AP" to smh.com.au's story; the text is The Inquirer's own.
    smh = "http://www.smh.com.au/news/technology/web/russian-trademarks-winking-emoticon/2008"
    assert _wire(_TRANSLATED.format(href=smh)) == (None, False)
    # The agency's name in plain text, or linked to its own site, still credits its copy.
    plain = _TRANSLATED.replace("<a href='{href}'>AP</a>", "AP")
    assert _wire(plain) == ("Associated Press", True)
    assert _wire(_TRANSLATED.format(href="http://www.ap.org/news/1")) == ("Associated Press", True)
