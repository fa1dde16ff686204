"""Aggregated feeds (one feed carrying many sites' items): each post credits the site that
carried its item, not the aggregator, which stays visible when it has a name of its own; who
first published a reprint is still decided apart from that."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bench.servefeeds import news_feed_files
from bot.admin.inspect import inspect_sources
from bot.attribution.carriers import author_names_site, is_aggregated, name_in_text, venue
from bot.compose.aggregation import aggregated_feed
from bot.compose.entry import compose_entry, source_name
from bot.config import Settings
from bot.fetching.pages import ArticlePage
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.render.content import PostContent
from bot.text.cleaning import plain_text
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    carried,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.delivery import ask
from tests.support.feedserver import FeedServer

# Hacker News's front page: every item links to the story's own site.
HACKER_NEWS = "feedjira/spec/sample_feeds/RSSWithComments.xml"
HN_URL = "https://news.ycombinator.com/rss"
# boston.com's tag feed: WordPress items ending "The post … appeared first on Boston.com."
BOSTON = "fastfeedparser/benchmark_data/d2a188f20637f7a4"
# rss-parser's Herald Sun sample: an item with <source url="…">Another Site</source>.
HERALD_SUN = "rss-parser/test/input/heraldsun.rss"
ANTENNA = "https://rsdoiel.github.io/antenna/"


def parsed(path: str, url: str) -> ParsedFeed:
    return parse_feed(carried("corpus", path).read_bytes(), url=url)


def post(entry: FeedEntry, *, source: str, source_url: str | None) -> PostContent:
    composed = compose_entry(
        entry,
        source=source,
        source_url=source_url,
        language=None,
        summary_chars=600,
        aggregated=True,
    )
    assert composed.content is not None
    return composed.content


def credit(content: PostContent) -> str:
    """The credit as a reader sees it (without the links)."""
    via = f" via {content.carried_via}" if content.carried_via else ""
    return content.source_name + via


def test_of_the_carried_corpus_only_the_hacker_news_front_page_is_aggregated() -> None:
    root = carried("corpus")
    # (The carried copy lacks a few of the benchmark's news feeds: those are left out.)
    files = [*news_feed_files(root), root / HACKER_NEWS, root / BOSTON, root / HERALD_SUN]
    files = [path for path in files if path.is_file()]
    aggregated = set()
    for path in files:
        feed = parse_feed(path.read_bytes(), url=path.resolve().as_uri())
        if aggregated_feed(feed, path.resolve().as_uri()):
            aggregated.add(path.name)
    assert len(files) > 40
    assert aggregated == {"RSSWithComments.xml"}


def test_a_feed_on_a_feed_host_whose_items_are_all_on_its_site_is_not_aggregated() -> None:
    links = [f"https://www.example-news.com/story/{n}" for n in range(10)]
    assert not is_aggregated(links, None, "https://feeds.feedburner.com/ExampleNews")
    # Two partner sites now and then do not make an aggregator either.
    mixed = [*links, "https://partner-a.example.org/x", "https://partner-b.example.net/y"]
    assert not is_aggregated(mixed, "https://www.example-news.com/", "https://x.example/f")


def test_items_whose_sources_are_many_sites_make_an_aggregated_feed() -> None:
    # News aggregators link every item through their own redirector and name the item's
    # site in <source url="…">: the sources decide, not the links.
    items = "".join(
        f"<item><title>Story {n}</title><link>https://news.aggregator.example/r/{n}</link>"
        f'<source url="https://{site}/rss">{name}</source></item>'
        for n, (site, name) in enumerate(
            [("www.nytimes.com", "The New York Times"), ("www.bbc.co.uk", "BBC"),
             ("apnews.com", "AP News"), ("www.lemonde.fr", "Le Monde")]
        )
    )  # fmt: skip
    body = f"<rss version='2.0'><channel><title>Top stories</title><link>https://news.aggregator.example/</link>{items}</channel></rss>"
    feed = parse_feed(body.encode(), url="https://news.aggregator.example/rss")
    assert aggregated_feed(feed, "https://news.aggregator.example/rss")
    content = post(feed.entries[3], source="News Aggregator", source_url=feed.site_url)
    assert (credit(content), content.source_url) == (
        "Le Monde via News Aggregator",
        "https://www.lemonde.fr/",
    )


def test_each_hacker_news_item_credits_its_own_site_via_hacker_news() -> None:
    feed = parsed(HACKER_NEWS, HN_URL)
    name = source_name(feed.title, feed.site_url, HN_URL, feed.channel)
    assert name == "Hacker News"
    first, second = feed.entries[:2]
    dall_e = post(second, source=name, source_url=feed.site_url)
    assert (credit(dall_e), dall_e.source_url) == (
        "openai.com via Hacker News",
        "https://openai.com/",
    )
    lambda_urls = post(first, source=name, source_url=feed.site_url)
    assert credit(lambda_urls) == "amazon.com via Hacker News"
    assert lambda_urls.source_url == "https://aws.amazon.com/"


def test_the_aggregators_own_item_credits_the_aggregator() -> None:
    feed = parsed(HACKER_NEWS, HN_URL)
    [ask] = [e for e in feed.entries if e.title == "Ask HN: Share your personal site"]
    content = post(ask, source="Hacker News", source_url=feed.site_url)
    assert (credit(content), content.source_url) == ("Hacker News", "https://news.ycombinator.com/")


def test_an_items_cms_footer_names_the_site_that_carried_it() -> None:
    entry = parsed(BOSTON, "https://www.boston.com/tag/world-news/feed/").entries[0]
    assert "appeared first on" in entry.content_html
    content = post(entry, source="Antenna", source_url=ANTENNA)
    assert (credit(content), content.source_url) == (
        "Boston.com via Antenna",
        "https://www.boston.com/",
    )
    # The footer is the carrier's own, and is not in the summary; the item is AP copy (its
    # dateline says so), which is who first published it, apart from who carried it.
    assert "appeared first on" not in content.summary
    assert content.original_publisher == "Associated Press"


def entry_text(path: str, index: int) -> tuple[str, str]:
    """An entry's headline and plain text, and its link, as an aggregator would carry it."""
    entry = parsed(path, "https://feeds.example/feed.xml").entries[index]
    assert entry.link is not None
    return f"{entry.title}\n{plain_text(entry.content_html)}", entry.link


@pytest.mark.parametrize(
    ("path", "index", "name"),
    [
        # TIME's "Tech – TIME": "… but told TIME that its AI tools …".
        ("fastfeedparser/benchmark_data/5da3b20f957be51d", 0, "TIME"),
        # "Wigan Warriors have linked with Rugby League Ireland …".
        ("FeedReader/FeedReader.Tests/Feeds/AtomWiganwarriors.xml", 0, "Wigan Warriors"),
        # A word that is also a city's name is not taken: "Siege of Boston" on boston.com.
        (BOSTON, 1, None),
    ],
)
def test_an_items_own_text_names_its_site_when_it_spells_the_domain(
    path: str, index: int, name: str | None
) -> None:
    text, link = entry_text(path, index)
    assert name_in_text(text, link) == name


def test_an_aggregated_items_text_names_its_site_before_its_host() -> None:
    entry = parsed("fastfeedparser/benchmark_data/5da3b20f957be51d", HN_URL).entries[0]
    content = post(entry, source="Antenna", source_url=ANTENNA)
    assert (credit(content), content.source_url) == ("TIME via Antenna", "https://time.com/")


def test_an_aggregator_named_only_by_its_host_is_left_out_of_the_credit() -> None:
    entry = parsed(BOSTON, "https://www.boston.com/tag/world-news/feed/").entries[0]
    assert credit(post(entry, source="rsdoiel.github.io", source_url=ANTENNA)) == "Boston.com"


def test_an_items_source_element_names_its_site() -> None:
    feed = parsed(HERALD_SUN, "https://feeds.example/heraldsun.rss")
    entry = next(e for e in feed.entries if e.source_name)
    assert (entry.source_name, entry.source_url) == (
        "Another Site",
        "http://www.anothersite.com/index.xml",
    )
    content = post(entry, source="Antenna", source_url=ANTENNA)
    assert (credit(content), content.source_url) == (
        "Another Site via Antenna",
        "http://www.anothersite.com/",
    )


def test_an_atom_entrys_source_is_read_with_its_sites_link() -> None:
    # reader's full.atom: <source><title>Source Title</title><link href="…/source"/>…
    feed = parsed("reader/tests/data/full.atom", "https://feeds.example/full.atom")
    sources = [(e.source_name, e.source_url) for e in feed.entries if e.source_name]
    assert sources == [("Source Title", "http://example.org/source"), ("only-title", None)]


def test_a_reprint_carried_by_an_aggregator_keeps_its_original_publisher() -> None:
    # The canonical case (tests/data/seed): American Military News reprinting RFE/RL's
    # article, here as an aggregator's item linking to AMN's page.
    paragraphs = carried("seed", "amn-reprint-rferl.txt").read_text(encoding="utf-8").split("\n\n")
    link = "https://americanmilitarynews.com/2021/12/russia-china-present-unified-front/"
    entry = FeedEntry(
        key="amn-1",
        title="Russia, China present unified front amid rising tensions with West",
        link=link,
        canonical_url=link,
        published_at=None,
        content_html="".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip()),
    )
    content = post(entry, source="Antenna", source_url=ANTENNA)
    assert credit(content) == "americanmilitarynews.com via Antenna"
    assert content.original_publisher == "Radio Free Europe/Radio Liberty"


def test_a_fetched_article_page_names_the_site_its_host_stood_for() -> None:
    # The Dall-E 2 item is a teaser ("Comments"): the service fetches its page, whose
    # og:site_name is the site's own name.
    feed = parsed(HACKER_NEWS, HN_URL)
    entry = feed.entries[1]
    page = ArticlePage(
        "https://openai.com/dall-e-2/",
        b"<html><head><meta property='og:site_name' content='OpenAI'></head><body><article>"
        b"<p>DALL-E 2 is a new AI system that can create realistic images and art from a "
        b"description in natural language.</p></article></body></html>",
    )
    composed = compose_entry(
        entry,
        source="Hacker News",
        source_url=feed.site_url,
        language=None,
        summary_chars=600,
        teaser_chars=300,
        page=page,
        aggregated=True,
    )
    assert composed.content is not None
    assert credit(composed.content) == "OpenAI via Hacker News"
    assert composed.content.summary.startswith("DALL-E 2 is a new AI system")


async def test_inspect_credits_each_aggregated_item_as_its_post_would(tmp_path: Path) -> None:
    feed = tmp_path / "hn.xml"
    feed.write_bytes(carried("corpus", HACKER_NEWS).read_bytes())
    # Teasers stay teasers: no article page is fetched from the real sites they link to.
    settings = Settings(_env_file=None, teaser_chars=0)
    inspected = await inspect_sources(settings, [str(feed)])
    assert len(inspected) == 30
    assert '<a href="https://openai.com/">openai.com</a> via Hacker News' in inspected[1].message
    own = [entry.title for entry in inspected if " via Hacker News" not in entry.message]
    assert own == ["Ask HN: Share your personal site"]


async def test_the_service_posts_an_aggregated_item_crediting_its_own_site(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    document = carried("corpus", HACKER_NEWS).read_bytes()
    # The front page before its newest story (the first <item>) came in.
    start = document.index(b"<item>")
    end = document.index(b"</item>", start) + len(b"</item>")
    feed_server.set_feed("hn.xml", document[:start] + document[end:])
    await service_factory(make_settings(teaser_chars=0)).start()
    assert (await ask(bot_api, f"/add {feed_server.url('hn.xml')}")).startswith("Added #1")
    feed_server.set_feed("hn.xml", document)
    [posted] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert posted.text is not None and posted.text.startswith("AWS Lambda Function URLs")
    assert '<a href="https://aws.amazon.com/">amazon.com</a> via Hacker News' in (posted.html or "")
    # /preview renders the feed's newest item the same way.
    replies = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_message(ADMIN_ID, f"/preview {feed_server.url('hn.xml')}")
    await wait_until(lambda: len(bot_api.replies_to(ADMIN_ID)) >= replies + 2, what="preview")
    preview = bot_api.replies_to(ADMIN_ID)[replies + 1].html or ""
    assert "</a> via Hacker News" in preview


def test_a_sites_footer_in_one_item_names_its_items_without_one() -> None:
    # Items of Antenna's "Healthy Eats" (shared eval/feeds/antenna_food.xml): Taste of Home's
    # WordPress items end "The post … appeared first on Taste of Home.", its recipes do not.
    footer = (
        "<p>Integrating the Hearth calendar into our daily routine has helped my family stay "
        "organized.</p><p>The post <a href='https://www.tasteofhome.com/article/hearth-calendar"
        "-review/'>After a Major Scheduling Mishap, I Tried Fixing My Life With a Digital "
        "Display Calendar</a> appeared first on <a href='https://www.tasteofhome.com'>Taste of "
        "Home</a>.</p>"
    )
    recipe = (
        "This fried bologna sandwich is crispy, cheesy, old-school comfort food at its finest—the"
        " kind of low-effort lunch that somehow never goes out of style."
    )
    items = [
        ("https://www.tasteofhome.com/recipes/fried-bologna-sandwich/", recipe),
        ("https://www.tasteofhome.com/article/hearth-calendar-review/", footer),
        ("https://www.bonappetit.com/recipes/chicken/slideshow/chicken-breast-recipes", "Saucy."),
        ("https://dailycoffeenews.com/2025/08/21/roast-news/", "Roasters."),
        ("https://sprudge.com/a-coffee-story-123.html", "Coffee."),
    ]
    body = "<rss version='2.0'><channel><title>Healthy Eats</title>" + "".join(
        f"<item><title>Item {n}</title><link>{link}</link><description><![CDATA[{html}]]>"
        "</description></item>"
        for n, (link, html) in enumerate(items)
    )
    feed = parse_feed(
        (body + "</channel></rss>").encode(), url="https://rsdoiel.github.io/antenna/food.xml"
    )
    aggregated = aggregated_feed(feed, "https://rsdoiel.github.io/antenna/food.xml")
    assert aggregated is not None
    assert aggregated.footer_names == {"tasteofhome.com": "Taste of Home"}
    composed = compose_entry(
        feed.entries[0],
        source="Healthy Eats",
        source_url=ANTENNA,
        language=None,
        summary_chars=600,
        aggregated=aggregated,
    )
    assert composed.content is not None
    assert credit(composed.content) == "Taste of Home via Healthy Eats"
    # Without the feed's other items, the recipe is named by its host.
    assert credit(post(feed.entries[0], source="Healthy Eats", source_url=ANTENNA)) == (
        "tasteofhome.com via Healthy Eats"
    )


def test_a_platform_users_footer_names_only_their_own_venue() -> None:
    # Antenna's columns carry several Substack writers: one's name is not another's.
    assert venue("https://robertreich.substack.com/p/x") == "robertreich.substack.com"
    assert venue("https://www.tasteofhome.com/recipes/x/") == "tasteofhome.com"


@pytest.mark.parametrize(
    ("author", "link", "names"),
    [
        # Retriever's media-monitoring feed (FeedReader/…/Rss20ISO88591Intranet30.xml): each
        # item's <author> is its outlet; its click tracker carries the article's address.
        ("Höglandsnytt", "http://www.hoglandsnytt.se/svart-manad-dodsolycka-i-vetlanda/", True),
        ("Västerås Tidning", "https://www.vasterastidning.se/vasteras/det-kan-lona-sig/", True),
        ("Borås Tidning", "http://www.bt.se/ledare/naslund-markligt/", True),
        ("Sundsvalls Tidning", "http://www.st.nu/artikel/opinion/insandare/green-cargo", True),
        ("Proffs", "http://www.tidningenproffs.se/x", False),
        # A person writing on their own site is not its name.
        ("Dave Winer", "http://scripting.com/2024/01/01.html", False),
    ],
)
def test_an_items_author_names_its_site_when_it_spells_the_domain(
    author: str, link: str, names: bool
) -> None:
    assert author_names_site(author, link) is names


def _link_blog(guids: list[str]) -> str:
    # A link blog's shape (Daring Fireball, One Foot Tsunami, Pixel Envy): every post links to
    # another site's page and comments on it; its guid is minted on the blog's own site.
    sites = ["theatlas.com", "nytimes.com", "theverge.com", "tidbits.com", "nymag.com"]
    items = "".join(
        f"<item><title>Post {i}</title><link>https://{sites[i % 5]}/story-{i}</link>"
        f'<guid isPermaLink="false">{guid}</guid>'
        f"<description>&lt;p&gt;The blogger's own words on story {i}, with a view of "
        f"their own.&lt;/p&gt;</description></item>"
        for i, guid in enumerate(guids)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kafasis Links</title>'
        f"<link>https://links.example.net/</link>{items}</channel></rss>"
    )


@pytest.mark.parametrize(
    "guid",
    ["tag:links.example.net,2017:/linked//6.{i}", "https://links.example.net/?p={i}"],
)
def test_a_link_blog_is_not_an_aggregator_its_posts_are_its_own(guid: str) -> None:
    feed = parse_feed(_link_blog([guid.format(i=i) for i in range(10)]).encode(), url=FEED_URL)
    assert aggregated_feed(feed, FEED_URL) is None
    entry = feed.entries[0]
    content = post(entry, source="Kafasis Links", source_url=feed.site_url)
    assert (content.source_name, content.carried_via) == ("Kafasis Links", None)


def test_items_whose_guids_name_no_site_or_a_malformed_one_still_make_an_aggregator() -> None:
    guids = ["cid://CNA/20260822/{i}", "urn:uuid:{i}", "http://[{i}::bad/", "story-{i}"]
    feed = parse_feed(
        _link_blog([guids[i % 4].format(i=i) for i in range(12)]).encode(), url=FEED_URL
    )
    assert aggregated_feed(feed, FEED_URL) is not None


FEED_URL = "https://links.example.net/feed.xml"
