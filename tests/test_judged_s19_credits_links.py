"""Held-out sample 17's credit and link rejects: an article link through a caching proxy that
wraps the site's host in its own, and site names read from titles that say more."""

from __future__ import annotations

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
