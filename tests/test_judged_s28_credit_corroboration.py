"""The site credit checked against the site's own evidence (sample 30, family credit): a title's
words the domain corroborates stay, the rest saying what the feed lists goes ("Codewalkers
Tutorial List", RSSOwl's performance/74.xml); a calendar feature's name the address spells no
word of gives way to the site's name ("Motivational Quotes of the Day", horde Feed's mqotd.rss);
a hosting service's shared root is no publisher (filtered-alert-hub's rss.xml on
s3.amazonaws.com); a planet-style label given items on many sites is a kind of post, not a
blog ("Launch: …", horde Feed's google.blogspace.com feed); an agency signing a story off before
the photo's credit and the site's name is the wire's (lavinotinto.com's "EFE / Foto: … /
Lavinotinto.com"). Short strings quoted inline."""

from __future__ import annotations

from html import escape

from bot.attribution.notices import find_notices
from bot.compose.aggregation import title_names
from bot.compose.site_naming import derived_site_name
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from bot.text.blocks import to_blocks


def _feed(title: str, link: str, items: list[str], description: str = "") -> ParsedFeed:
    body = "".join(
        f"<item><title>Item {n}</title><link>{escape(item)}</link>"
        f"<description>Text {n}.</description></item>"
        for n, item in enumerate(items)
    )
    feed = (
        f'<rss version="2.0"><channel><title>{escape(title)}</title><link>{escape(link)}</link>'
        f"<description>{escape(description)}</description>{body}</channel></rss>"
    )
    return parse_feed(feed.encode(), url="file:///feeds/feed.xml", headers={})


def _credit(title: str, link: str, items: list[str], description: str = "") -> str:
    parsed = _feed(title, link, items, description)
    return derived_site_name(parsed, "file:///feeds/feed.xml").name


def test_a_title_keeps_the_words_its_domain_spells_before_what_the_feed_lists() -> None:
    items = ["http://codewalkers.com/tutorials.php?show=89"]
    # Was "Codewalkers Tutorial List": the site is Codewalkers, the list its section.
    assert _credit("Codewalkers Tutorial List", "http://codewalkers.com/", items) == "Codewalkers"


def test_a_host_named_before_a_stream_of_comments_is_the_credit() -> None:
    items = ["http://www.macosxhints.com/article.php?story=2008"]
    link = "http://www.macosxhints.com"
    assert _credit("The macosxhints.com New Comments", link, items) == "macosxhints.com"


def test_a_name_the_domain_spells_whole_stays() -> None:
    items = ["https://www.smashingmagazine.com/2008/01/a/"]
    link = "https://www.smashingmagazine.com/"
    assert _credit("Smashing Magazine", link, items) == "Smashing Magazine"


def test_a_title_whose_other_words_name_more_than_a_list_stays() -> None:
    # "Research" is no kind of listed item: "Microsoft Research Blog" is a name of its own.
    items = ["https://www.microsoft.com/en-us/research/blog/a/"]
    link = "https://www.microsoft.com/en-us/research/blog/"
    assert _credit("Microsoft Research Blog", link, items) == "Microsoft Research Blog"


def test_a_calendar_features_name_gives_way_to_the_sites() -> None:
    link = "http://www.quotationspage.com/mqotd.html"
    items = ["http://www.quotationspage.com/quotes/Og_Mandino"]
    about = "Four motivational quotations each day from The Quotations Page"
    # Was "Motivational Quotes of the Day": no word of it is the address's.
    assert _credit("Motivational Quotes of the Day", link, items, about) == "Quotations Page"
    assert _credit("Motivational Quotes of the Day", link, items) == "quotationspage.com"


def test_a_feature_named_with_the_sites_name_keeps_the_site() -> None:
    items = ["https://www.dictionary.com/browse/a"]
    link = "https://www.dictionary.com/"
    assert _credit("Dictionary.com Word of the Day", link, items) == "Dictionary.com"


def test_a_hosting_services_shared_root_gives_way_to_the_host_its_items_are_on() -> None:
    link = "https://s3.amazonaws.com/alert-feeds/unfiltered/rss.xml"
    items = [f"https://alert-hub.s3.amazonaws.com/us-noaa-nws-en/2016-05-31-{n}" for n in "12"]
    title = "Latest alerts uploaded to the Alert Hub"
    about = "This news feed lists the most recent alerts uploaded to the Alert Hub."
    parsed = _feed(title, link, items, about)
    # Was "s3.amazonaws.com", linking the object store's root.
    assert parsed.site_url == "https://alert-hub.s3.amazonaws.com/"
    assert derived_site_name(parsed, "file:///feeds/feed.xml").name == "Alert Hub"


def test_a_user_host_on_a_hosting_service_stays_the_site() -> None:
    link = "https://jorge.github.io/"
    parsed = _feed("Jorge's notes", link, ["https://jorge.github.io/2024/a/"])
    assert parsed.site_url == "https://jorge.github.io/"


def test_a_label_the_titles_give_items_on_many_sites_is_a_kind_of_post() -> None:
    items = [
        ("http://www.searchmash.com/", "Launch: searchmash, an experimental site by Google"),
        ("http://www.google.com/codesearch", "Launch: Google Code Search"),
        ("http://www.frappr.com/", "Launch: Frappr, place photos of you and your friends"),
        ("http://www.jamesyu.org/archives/2006/03/a", "Preview: Google testing new site design"),
        ("http://www.nytimes.com/2005/10/30/business/a", "Preview: Google on the future of ads"),
        ("http://www.mercurynews.com/mld/a", "Announce: Google to unwire Mountain View"),
    ]
    # Was "Launch" credited as searchmash.com's (and Frappr's, and Google's) publisher.
    assert title_names(items) == {}


def test_a_planets_writers_each_on_their_own_blog_stay_named() -> None:
    items = [
        ("http://on-ruby.blogspot.com/2008/01/a.html", "Pat Eyler: Pragmatic Thinking"),
        ("http://on-ruby.blogspot.com/2008/01/b.html", "Pat Eyler: Interview with a Rubyist"),
        ("http://www.mikeperham.com/2008/01/a/", "Mike Perham: Memcached and Rails"),
        ("http://www.mikeperham.com/2008/01/b/", "Mike Perham: Scaling with threads"),
    ]
    assert title_names(items) == {
        "on-ruby.blogspot.com": "Pat Eyler",
        "mikeperham.com": "Mike Perham",
    }


def _wires(html: str) -> list[str]:
    blocks = to_blocks(html)
    return [h.publisher or "" for h in find_notices(blocks, html) if h.family == "wire"]


def test_an_agency_signing_off_before_the_photo_credit_and_the_sites_name_is_credited() -> None:
    # lavinotinto.com's EFE stories (tirsope rspec-right-way's feed.xml): the agency, the
    # photo's credit and the site's own name, a line each.
    html = (
        "<p>Entre esos artistas estarán Pirulo y su Tribu, Andy Montañez y Terraplén.</p>"
        "<p>EFE<br /><span>Foto: groundskeeper.mlblogs.com</span><br />\nLavinotinto.com</p>"
        "<p>&nbsp;</p>"
    )
    assert _wires(html) == ["Agencia EFE"]


def test_an_agency_named_earlier_in_the_story_is_no_sign_off() -> None:
    html = (
        "<p>Lo dijo a EFE</p><p>La liga anunció el calendario de la final.</p>"
        "<p>Los boletos salen a la venta el lunes.</p><p>Foto: Archivo</p><p>Lavinotinto.com</p>"
    )
    assert _wires(html) == []


def test_an_acronym_glossing_the_words_before_it_is_no_agencys_dateline() -> None:
    # catalysis-blog's feed.xml: was "Originally published by Shared Security Abstraction", the
    # lead cut to "a concept designed …".
    text = (
        "Introducing Shared Security Abstraction (SSA) - a concept designed to abstract the "
        "complexities of underlying restaking protocols for AVS networks."
    )
    assert _wires(text) == []
    assert _wires("WASHINGTON (AP) - The Senate voted on Tuesday to pass the bill.") == [
        "Associated Press"
    ]
