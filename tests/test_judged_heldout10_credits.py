"""What the editors rejected for credits in held-out sample 10 (bench/judged/2026-12-06-
heldout-10b/-10d.jsonl): a platform's host or an image placeholder named as the original
publisher, and an aggregator's feed title with a variant or search label as the "via"."""

from __future__ import annotations

from bot.attribution.carriers import via_name
from bot.attribution.domains import outlet_for_domain
from bot.compose.entry import source_name
from bot.parsing.feeds import parse_feed
from bot.render.content import PostContent, credit_line
from tests.support.first_check import first_check
from tests.test_judged_dev_pool import read


def _posts(xml: str) -> list[PostContent]:
    parsed = parse_feed(xml.encode(), url="https://feeds.example/feed.xml", headers={})
    source = source_name(parsed.title, parsed.site_url, "https://feeds.example/feed.xml", None)
    return [post.content for post in first_check(parsed, source) if post.content]


# Codex Radar (tsunheimat/codex-dradar-history, no licence stated): one item, its text quoted.
_CODEX = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Codex 雷达</title><link>https://codexradar.com/</link><description>d</description>
<item><title>速蹬窗口关闭：Codex 可靠性事故补偿重置</title>
<link>https://codexradar.com/#codex-speed-window-2026-06-04-codex</link>
<description>速蹬窗口已关闭。

窗口开启：6月4日 08:25 UTC+8
适用范围：所有付费计划

来源：https://x.com/thsottiaux/status/2062329981548802523</description></item>
</channel></rss>"""


def test_a_post_quoted_from_x_credits_the_account_not_the_platform() -> None:
    [post] = _posts(_CODEX)
    assert post.original_publisher == "@thsottiaux"
    assert "x.com</a>" not in credit_line(post)


def test_an_account_is_read_from_social_platform_paths_only() -> None:
    assert outlet_for_domain("https://twitter.com/sama/status/1") == "@sama"
    assert outlet_for_domain("https://www.flickr.com/photos/marvinnet/3031/") == (
        "marvinnet on Flickr"
    )
    # The platform's own pages and numeric photostream ids name no account.
    assert outlet_for_domain("https://x.com/i/status/1") == "x.com"
    assert outlet_for_domain("https://x.com/search?q=a") == "x.com"
    assert outlet_for_domain("https://www.flickr.com/photos/12345678@N00/1/") == "flickr.com"
    assert outlet_for_domain("https://example.com/thsottiaux/status/1") == "example.com"


def test_an_image_placeholder_is_no_publisher_and_a_tag_search_feed_is_its_platform() -> None:
    # Technorati's tag search: "[IMG] Photo of homeless man …" and the feed title
    # "[Technorati] Tag results for greenbelt".
    _, posts = read("heldout10-technorati.feed")
    photo = posts[1][1]
    assert photo.original_publisher is None
    assert "IMG" not in credit_line(photo)
    # The mark of the dropped picture is not left in the text either.
    assert photo.summary.startswith("Photo of homeless man walking near the greenbelt")


def test_a_feed_variant_label_is_no_part_of_an_aggregators_name() -> None:
    # Blog Harvester's feed of every source is titled "Blog Harvester (all)".
    assert via_name("Blog Harvester (all)") == "Blog Harvester"
    assert via_name("Planet Foo (full text)") == "Planet Foo"
    assert via_name("[Technorati] Tag results for greenbelt") == "Technorati"
    assert via_name("Search results for greenbelt") is None
    # A parenthesis that is part of the name stays.
    assert via_name("Planet Entropia (CCC Karlsruhe)") == "Planet Entropia (CCC Karlsruhe)"
