"""A GitHub Pages project site's address keeps its user's host: a path segment that spells
another user's site ("/TuneCode.github.io/…") is the project's name, not a mirror's target."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.mirrored_paths import mirrored_target

# acindia/TuneCode.github.io (sample 31, judged): a Jekyll project site under its user's host.
_PAGE = "https://acindia.github.io/TuneCode.github.io/about-javascript/"
_FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>TuneCode</title>
<link>https://acindia.github.io/TuneCode.github.io/</link>
<item><title>About JavaScript</title><link>{_PAGE}</link>
<description>JavaScript is the language of the web.</description></item>
</channel></rss>"""


def test_a_project_sites_link_is_its_own_page() -> None:
    parsed = parse_feed(_FEED.encode(), url="https://acindia.github.io/TuneCode.github.io/feed.xml")
    assert [entry.link for entry in parsed.entries] == [_PAGE]
    assert parsed.site_url == "https://acindia.github.io/TuneCode.github.io/"


def test_a_counting_mirror_on_its_own_site_still_names_the_page() -> None:
    # The family mirrored_paths is for: one registered domain, the page's host in the path.
    mirror = "http://rss.01net.com/www.01net.com/telecharger/page.html?r=/rss/x.xml"
    assert mirrored_target(mirror) == "http://www.01net.com/telecharger/page.html"
    # On a public suffix shared by many sites, two hosts are two sites.
    assert mirrored_target(_PAGE) == _PAGE
