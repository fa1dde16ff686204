"""The benchmark's check of class 1 (bench/post_quality.py): a credit naming a section, or a
host newsbot made up from an address, is flagged; a site's own brand written as a domain, as
its feed writes it, is not."""

from __future__ import annotations

import pytest

from bench.post_quality import Post, section_credit
from bot.render.content import PostContent


def flagged(credit: str, feed_text: str) -> bool:
    site, _, via = credit.partition(" via ")
    content = PostContent("A headline", "A summary.", None, site, carried_via=via or None)
    return section_credit(Post("feed.xml", content, "", feed_text))


@pytest.mark.parametrize(
    ("credit", "feed_text"),
    [
        # Titles and descriptions of corpus feeds, as their channels write them.
        ("Golem.de", "Golem.de\nIT-News fuer Profis"),
        ("FAZ.NET", "Aktuell - FAZ.NET\nNews, Nachrichten und aktuelle Meldungen"),
        ("news.ORF.at", "news.ORF.at\nDie aktuellsten Nachrichten auf einen Blick"),
        ("finanzen.net", "Analysen Ticker - www.finanzen.net"),
        ("Boston.com", "World News: Breaking news, politics, crime, tech, and more\nBoston.com"),
        # A product's name with a dot is no host ("Yandex.News", not a domain).
        ("Яндекс.Новости", "Яндекс.Новости: Москва"),
        ("The Economist", "Asia"),
    ],
)
def test_a_sites_own_name_is_not_flagged(credit: str, feed_text: str) -> None:
    assert not flagged(credit, feed_text)


@pytest.mark.parametrize(
    ("credit", "feed_text"),
    [
        ("economist.com", "Asia"),  # made up from the address of a section's feed
        ("rsdoiel.github.io", "Columns\nBlogs, columns and snapshots from around the web."),
        ("sacbee.com", "North America"),  # an aggregated item's host
        ("github.com via Hacker News", "Hacker News\nLinks for the intellectually curious"),
        # Written otherwise by the site: "ORF.at" is not how news.ORF.at names itself.
        ("orf.at", "news.ORF.at"),
        ("Asia", "Asia"),
        ("World - CBSNews.com", "World - CBSNews.com"),
    ],
)
def test_a_section_or_a_made_up_host_is_flagged(credit: str, feed_text: str) -> None:
    assert flagged(credit, feed_text)
