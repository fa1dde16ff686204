"""Held-out sample 17's credit and link rejects: an article link through a caching proxy that
wraps the site's host in its own, and site names read from titles that say more."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.parsing.feeds import parse_feed


def _rss(link: str, guid: str, site: str = "http://willemkossen.nl/b") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Willem's Internet Blog</title><link>{site}</link>
<description>It's my opinion</description>
<item><title>OpenID</title><link>{link}</link>
<guid isPermaLink="false">{guid}</guid>
<description>Since some time I have been using OpenID to log into some services.</description>
</item></channel></rss>""".encode()


def test_a_link_through_a_proxy_wrapping_the_sites_host_is_the_sites_own_page() -> None:
    # Willem's Internet Blog linked every post through Coral CDN ("<host>.nyud.net:8080");
    # its guid and channel link name the site's own host. The page is the site's.
    body = _rss("http://willemkossen.nl.nyud.net:8080/b/?p=22", "http://willemkossen.nl/b/?p=22")
    (entry,) = parse_feed(body, url="http://willemkossen.nl/b/?feed=rss2").entries
    assert entry.link == "http://willemkossen.nl/b/?p=22"


def test_the_channel_link_names_the_wrapped_host_when_the_guid_is_no_address() -> None:
    body = _rss("http://willemkossen.nl.nyud.net:8080/b/?p=22", "22")
    (entry,) = parse_feed(body, url="http://willemkossen.nl/b/?feed=rss2").entries
    assert entry.link == "http://willemkossen.nl/b/?p=22"


def test_a_country_domain_after_the_sites_name_is_another_site() -> None:
    # "site.com" and "site.com.au" are two sites: one label after the host is no proxy.
    body = _rss("http://www.example.com.au/news/1", "http://www.example.com/news/1")
    (entry,) = parse_feed(body, url="http://www.example.com/feed").entries
    assert entry.link == "http://www.example.com.au/news/1"


def _credit(title: str, site: str) -> str:
    return derive_site_name(title, site, site + "/feed").name


def test_a_persons_name_before_what_they_are_is_the_sites_name() -> None:
    # A politician's blog on his surname's domain, titled with his name and his office.
    title = "Daniel Mouratidis Landesvorsitzender Bündnis 90/Die Grünen in Baden-Württemberg"
    assert _credit(title, "http://www.mouratidis.de") == "Daniel Mouratidis"


def test_a_name_before_its_slogan_in_lower_case_is_the_sites_name() -> None:
    assert _credit("Buzzimie c'est ici que ça se passe", "http://www.buzzimie.net") == "Buzzimie"


def test_a_title_that_is_a_name_in_a_few_words_stays_whole() -> None:
    # A blog's name that opens with its author's ("Paul Dix Explains Nothing"), a name with its
    # author, a user's listing on a platform: no slogan or office after a name.
    assert _credit("Paul Dix Explains Nothing", "http://www.pauldix.net") == (
        "Paul Dix Explains Nothing"
    )
    assert _credit("Slash7 with Amy Hoy", "http://slash7.com") == "Slash7 with Amy Hoy"
    assert _credit("Advogato diary for sopwith", "http://www.advogato.org/person/sopwith/") == (
        "Advogato diary for sopwith"
    )
