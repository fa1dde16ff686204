"""Credits of held-out sample 14's rejects (/work/judge16/s16-heldout-*, the 2008 crawl, which
states no licence: short strings quoted inline): site names cut wrongly or left as a domain, a
comment feed's title, a video host as the original, a Chinese "本文引自" notice."""

from __future__ import annotations

from bot.attribution.feed_spellings import with_items_spelling
from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.attribution.site_names import derive_site_name
from bot.parsing.feeds import parse_feed
from bot.text.blocks import to_blocks


def _credited(html: str) -> str | None:
    """The original an entry's HTML credits (None: the site's own)."""
    blocks = to_blocks(html)
    verdict = attribute(
        blocks, find_notices(blocks, html), site_name="Blog", site_url="https://blog.example/"
    )
    return verdict.original_publisher if verdict.is_reprint else None


def test_a_lower_case_word_and_colon_open_a_name_not_a_section() -> None:
    # blog.parasight.de had "position" as its credit.
    named = derive_site_name(
        "position: absolute - Stuff for Creative Freaks", "http://blog.parasight.de", "x"
    )
    assert named.name == "position: absolute"
    # A site and its section keep their colon: "WSJ.com: World News", "Dicas-L: Dicas técnicas".
    assert derive_site_name("Dicas-L: Dicas técnicas", "http://www.dicas-l.com.br", "x").name == (
        "Dicas-L"
    )


def test_a_long_title_is_cut_at_its_taglines_dash_not_mid_phrase() -> None:
    title = (
        "Interactive Traffic Strategy- Le blog du marketing interactif et des stratégies de trafic"
    )
    named = derive_site_name(title, "http://blog.synodiance.com/interactive_traffic_strat/", "x")
    assert named.name == "Interactive Traffic Strategy"


def test_a_site_comment_feed_named_site_then_comments_credits_the_site() -> None:
    named = derive_site_name("Valleywag Comments", "http://valleywag.com", "x")
    assert named.name == "Valleywag"
    assert derive_site_name("Recent Comments", "http://valleywag.com", "x").name != "Recent"


_STREAM = """<?xml version="1.0"?><rss version="2.0"><channel><title>Latest challenges</title>
<link>http://www.crowdspirit.com/</link><description>Latest posted challenges</description>
<item><title>Participez à la nouvelle version de CrowdSpirit</title>
<link>http://www.crowdspirit.com/ideas/98</link><description>x</description></item>
<item><title>Introduce 2 people</title><link>http://www.crowdspirit.com/ideas/87</link>
<description>CrowdSpirit is celebrating the launch of its platform.</description></item>
</channel></rss>"""


def test_a_stream_titled_feed_credits_the_items_spelling_not_the_bare_domain() -> None:
    parsed = parse_feed(_STREAM.encode(), url="http://www.crowdspirit.com/rss")
    named = derive_site_name(parsed.title, parsed.site_url, "http://www.crowdspirit.com/rss")
    assert named.name == "crowdspirit.com"
    assert with_items_spelling(named, parsed, "http://www.crowdspirit.com/rss").name == (
        "CrowdSpirit"
    )


def test_a_source_label_naming_a_video_host_credits_no_original() -> None:
    for host, href in (
        ("video.google.com", "http://video.google.com/videoplay?docid=-1366947672411220392"),
        ("hobnox.com", "http://www.hobnox.com/index.1042.html?stg[content_id]=47febe"),
    ):
        html = f'<p>Vortrag auf der re:publica’08</p><p>Quelle: <a href="{href}">{host}</a></p>'
        assert _credited(html) is None
    # A source label naming an outlet still credits it.
    html = '<p>Ein Bericht.</p><p>Quelle: <a href="http://www.spiegel.de/a">Spiegel Online</a></p>'
    assert _credited(html) == "Spiegel Online"


def test_a_chinese_quoted_from_notice_credits_the_outlet_before_its_address() -> None:
    html = (
        "<p>本文引自ftchinese http://www.ftchinese.com/story.php?storyid=001022921</p>"
        "<p>一些中国家长非常希望自己的孩子能够接受英式教育。</p>"
    )
    assert _credited(html) == "ftchinese"
    # "引自" quoting a person inside a sentence is no reprint notice.
    assert _credited("<p>这句话引自孔子，意思是学习要经常复习。</p>") is None
