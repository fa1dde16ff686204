"""Credits of held-out sample 8's rejects (bench/judged/2026-12-05-heldout-8{a,b,c}, development
data since), by family: a feed title written twice, and a feed read from a file credited by
its path. The feeds' repositories carry no licence: their short strings are quoted inline."""

from __future__ import annotations

from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.attribution.name_spellings import clean_name
from bot.attribution.notices import find_notices
from bot.attribution.site_names import derive_site_name
from bot.compose.site_naming import naming_address
from bot.config import Settings
from bot.parsing.models import ChannelNames
from bot.text.blocks import to_blocks

# nerevu/riko's feeds.feedburner.com_TheEdTechie.xml and stungeye/CommentsDashboardPeepcode's
# spec/fixtures/feed.xml: the blog software glued the title to itself, and every post credited
# 'The Ed TechieThe Ed Techie'.


def test_a_title_glued_to_itself_names_the_site_once() -> None:
    assert clean_name("The Ed TechieThe Ed Techie") == "The Ed Techie"
    doubled = "Comments for Stuff Dutch People LikeStuff Dutch People Like"
    assert clean_name(doubled) == "Comments for Stuff Dutch People Like"
    named = derive_site_name(doubled, "http://stuffdutchpeoplelike.com", "http://x.example/feed")
    assert named.name == "Stuff Dutch People Like"


def test_a_name_that_repeats_a_word_is_no_doubled_title() -> None:
    # Short halves and halves apart are names ("Duran Duran", "MahiMahi", "TomTom").
    for name in ("Duran Duran", "MahiMahi", "TomTom", "Bora Bora Daily", "New York, New York"):
        assert clean_name(name) == name


# claus437/feed-analyser's src/test/resources/feed.xml (DR Nyheder - Penge): its channel is a
# '<channelFetcher>' no parser reads, so the feed has no title and no link, and inspect
# credited '/work/pools/s10-all/…/feed.xml'. A path names no site; the items' host does.
_NO_CHANNEL = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channelFetcher>
<title>DR Nyheder - Penge</title><link>http://www.dr.dk/nyheder/?rss=true</link>
<item><title>Massefyrede er tilbage i arbejde</title>
<description>To ud af tre af de ca. 1700 fyrede i industrien i Syddanmark har
f\xc3\xa5et arbejde igen.</description>
<link>http://www.dr.dk/Nyheder/Penge/2011/06/17/233319.htm?rss=true</link></item>
<item><title>Pirataftale er et skridt p\xc3\xa5 vejen</title>
<description>Aftalen om pirater er et skridt, siger ministeren.</description>
<link>http://www.dr.dk/Nyheder/Penge/2011/06/17/200000.htm?rss=true</link></item>
</channelFetcher></rss>"""


async def test_a_feed_read_from_a_file_is_credited_by_its_items_host_not_its_path(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(_NO_CHANNEL)
    settings = Settings(_env_file=None, teaser_chars=0)
    inspected = await inspect_sources(settings, [str(feed)])
    assert len(inspected) == 2
    for entry in inspected:
        assert str(tmp_path) not in entry.message
        # The misplaced channel's own title is read since (test_judged_credits_c5): "DR".
        assert entry.message.endswith(' · <a href="http://www.dr.dk/nyheder/">DR</a>')


def test_only_a_file_is_named_from_its_items() -> None:
    links = ["https://www.dr.dk/a", "https://www.dr.dk/b", "https://other.example/c", None]
    assert naming_address("file:///srv/feeds/penge.xml", links) == "https://www.dr.dk"
    # A feed on the web is named from its own address, whatever its items link to.
    assert naming_address("https://feeds.example/penge", links) == "https://feeds.example/penge"
    # A file whose items link nowhere keeps its address: nothing better is stated.
    assert naming_address("file:///srv/feeds/penge.xml", [None]) == "file:///srv/feeds/penge.xml"


# immanent-tech/go-syndication's test/10970.rdf: a per-member page of OpenAustralia whose title
# closes on the site's name in brackets; every post credited the page's whole title.


def test_a_page_title_closing_on_the_sites_name_in_brackets_credits_the_site() -> None:
    title = "Stephen Bates's recent appearances (OpenAustralia.org)"
    named = derive_site_name(title, "http://www.openaustralia.org.au/mp/?pid=10970", "file:///f")
    assert named.name == "OpenAustralia.org"
    # A bracket that names no site is the title's own ("… (Brisbane)"), and a lower-case handle
    # beside a writer's name leaves the name (thundergolfer.com, dev pool).
    other = derive_site_name("Bates's appearances (Brisbane)", "http://www.oa.org.au/", "file:///f")
    assert other.name == "Bates's appearances (Brisbane)"
    blog = derive_site_name("Jonathon Belotti [thundergolfer]", "https://thundergolfer.com/", "x")
    assert blog.name == "Jonathon Belotti [thundergolfer]"


# kawhicurry/RssSubcriber's old_version/test/feed.xml (少数派): a figure captioned '来源：网站介绍'
# ("source: the site's about page") credited the article as 'Originally published by 网站介绍'.
_FIGURE = (
    "<p>Bangumi 番组计划是一个 <strong>ACG 亚文化资料库</strong>，"
    "涵盖动画、漫画、游戏、音乐等各领域。</p>"
    '<figure class="image ss-img-wrapper"><img src="https://cdn.sspai.com/editor/u_/c6.png">'
    "<figcaption>{caption}</figcaption></figure>"
    "<p>不过，由于 Bangumi 不是一个商业化的项目，它的更新进度比较缓慢。</p>"
)


def test_a_source_label_under_a_figure_credits_the_picture_not_the_text() -> None:
    for caption in ("来源：网站介绍", "滨海湾花园 / 来源：Miguel Sousa / Unsplash"):
        blocks = to_blocks(_FIGURE.format(caption=caption))
        assert [h for h in find_notices(blocks) if h.publisher] == []
    # The same label in the text is the article's source.
    text = _FIGURE.format(caption="") + "<p>来源：网站介绍</p>"
    [hit] = [h for h in find_notices(to_blocks(text)) if h.publisher]
    assert hit.publisher == "网站介绍"


# Shero0311/weekly-spider's atom.xml (w3cTrain): '以下内容转自 <a href=github.com/petehunt/
# webpack-howto>webpack-howto</a>' credited 'github.com': the hyphen inside the link's text was
# read as a title's separator, so the host stood in for the name the notice gives.


def test_a_notice_linking_a_hyphenated_name_credits_that_name_not_the_host() -> None:
    html = (
        '<blockquote><p>以下内容转自 <a href="https://github.com/petehunt/webpack-howto">'
        "webpack-howto</a></p></blockquote><p>这是一本教你如何应用webpack到你的项目中的工具书。</p>"
    )
    [hit] = find_notices(to_blocks(html), html)
    assert (hit.publisher, hit.url) == (
        "webpack-howto",
        "https://github.com/petehunt/webpack-howto",
    )
    # A headline joined to its site by a hyphen is still a title, not a name: the host names it.
    titled = '<p>本文转自 <a href="https://www.ifanr.com/1">苹果发布会回顾 - 爱范儿</a></p>'
    [hit] = find_notices(to_blocks(titled), titled)
    assert hit.publisher != "苹果发布会回顾 - 爱范儿"


# KDE/akregator's tests/rss2/feedster_search_akregator.xml: a search feed titled 'Feedster on:
# akregator' credited 'Feedster on', the phrase cut at its colon.


def test_a_preposition_left_hanging_by_the_separator_is_no_part_of_the_name() -> None:
    named = derive_site_name("Feedster on: akregator", "http://www.feedster.com/search/x", "f")
    assert named.name == "Feedster"
    # The last part keeps its words: nothing was cut after it.
    assert derive_site_name("Notes on", "https://notes.example/", "f").name == "Notes on"


# danjac/radiofeed-app's podcasts/tests/mocks/rss_bad_urls.xml: the show '1972' (Yhane Washington
# Smith's) was credited by its host 'yhanewashington.wixsite.com': a title of numbers read as a
# section. A podcast titles its feed by its name; a site's numbered title is still a section.


def test_a_show_named_by_a_number_is_credited_by_it() -> None:
    show = ChannelNames(description="The Davis Trial and the Chisholm Campaign Trail", podcast=True)
    wix = "https://yhanewashington.wixsite.com/1972"
    assert derive_site_name("1972", wix, "f", show).name == "1972"
    site = ChannelNames(description="The Davis Trial and the Chisholm Campaign Trail")
    assert derive_site_name("1972", "https://www.example.com/", "f", site).name != "1972"


# echosoar/dolmx's test/data/rss2.xml: smzdm's search feed '京东图书 - 什么值得买' (its page
# search.smzdm.com/?s=京东图书) credited the search word '京东图书', not the site.


def test_a_search_feeds_query_in_its_title_is_no_name_of_the_site() -> None:
    page = "http://search.smzdm.com/?c=home&s=%E4%BA%AC%E4%B8%9C%E5%9B%BE%E4%B9%A6&order=time&v=b"
    assert derive_site_name("京东图书 - 什么值得买", page, "f").name == "什么值得买"
    # Without the query in its address the first part is the name, as before.
    assert (
        derive_site_name("京东图书 - 什么值得买", "http://www.smzdm.com/", "f").name == "京东图书"
    )
