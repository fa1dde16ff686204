"""The site name newsbot derives for a one-item RSS channel, for the credit tests of the
held-out samples (each quotes a real channel's strings)."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.parsing.feeds import parse_feed

_FEED_URL = "https://feeds.example/feed.xml"
_ITEM = "<item><title>t</title><link>{site}a.html</link><description>d</description></item>"


def derived_site_name(channel: str, site: str) -> str:
    """The name derived for a channel of these elements whose <link> is `site`."""
    xml = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel>{channel}<link>{site}</link>{_ITEM.format(site=site)}</channel></rss>"
    )
    parsed = parse_feed(xml.encode(), url=_FEED_URL, headers={})
    return derive_site_name(parsed.title, parsed.site_url, _FEED_URL, parsed.channel).name
