"""Site names that name the site: read from the home page, else derived from the feed's title
(never a bare section word), else the domain."""

from __future__ import annotations

import csv
import html
import json
import unicodedata

import ftfy
import pytest

from bot.attribution.home_pages import home_page_url, name_from_page
from bot.attribution.name_spellings import compact, fold
from bot.attribution.site_names import (
    BadSiteName,
    NameSource,
    SiteName,
    clean_name,
    derive_site_name,
    editor_site_name,
)
from tests.conftest import carried

# Written from the issue, independently of bot/attribution/section_words.py: names of
# sections and streams a post must never credit as the site (lower case, any language of
# the corpus).
BARE_SECTIONS = {
    "world", "asia", "top stories", "stem", "news", "latest", "home", "tech", "technology",
    "business", "culture", "sport", "sports", "science", "politics", "opinion", "health",
    "world news", "breaking news", "front page", "home page", "all posts", "articles",
    "feed", "rss", "rss feed", "a la une", "à la une", "actualités", "nachrichten", "aktuell",
    "noticias", "últimas notícias", "новости", "cronache", "mondo", "international",
    "latest news", "top news", "headlines", "wellness", "blog", "changelog", "cataluña",
}  # fmt: skip


def corpus_feed_titles() -> list[dict[str, str]]:
    """Every titled feed of the shared corpus: file, title, link, feed URL (SOURCES.md)."""
    path = carried("site-names", "corpus-feed-titles.tsv")
    with path.open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def derived(row: dict[str, str]) -> str:
    feed_url = row["feed_url"] or f"file:///corpus/{row['file']}"
    return derive_site_name(row["title"], row["link"] or None, feed_url).name


def by_title(title: str) -> dict[str, str]:
    [row] = [r for r in corpus_feed_titles() if r["title"] == title]
    return row


def test_no_name_derived_from_a_corpus_feed_title_is_a_bare_section_word() -> None:
    rows = corpus_feed_titles()
    assert len(rows) > 300
    bare = [(r["title"], derived(r)) for r in rows if derived(r).casefold() in BARE_SECTIONS]
    assert bare == []
    # The titles that are only a section word are in there, and are named otherwise.
    sections = [r for r in rows if r["title"].casefold() in BARE_SECTIONS]
    assert {r["title"] for r in sections} >= {"World", "Asia", "Top Stories", "Cataluña"}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Tech – TIME", "TIME"),
        ("World – TIME", "TIME"),
        (
            "LE FIGARO - Le Figaro - Culture : Cinéma, théâtre, arts, expositions, musique "
            "et télévision",
            "Le Figaro",
        ),
        ("World", "The Washington Post"),
        ("Asia", "The Economist"),
        ("Top Stories", "ABC News (Australia)"),
        ("NDTV News Search Records Found 1000", "NDTV News"),
        ("TheWeek feed", "TheWeek"),
        ("Home | Mail Online", "Mail Online"),
        ("WSJ.com: World News", "WSJ.com"),
        (
            "Wellness: Health, Fitness, Nutrition & More - The Washington Post",
            "The Washington Post",
        ),
        ("Business: BreakingNews.ie", "BreakingNews.ie"),
        ("Le Parisien  - A la une", "Le Parisien"),
        ("Aktuell - FAZ.NET", "FAZ.NET"),
        ("Analysen Ticker - www.finanzen.net", "finanzen.net"),
        ("Japan Times latest articles", "Japan Times"),
        ("CTVNews.ca - Top Stories - Public RSS", "CTVNews.ca"),
        ("Cataluña", "20minutos.es"),
        ("Le fil info Culture du JDD", "JDD"),
        ("Food in Invironment on Medium", "Invironment on Medium"),
        ("NPR Topics: World", "NPR"),
        ("BBC News", "BBC News"),
        ("Hacker News", "Hacker News"),
        ("404 Media", "404 Media"),
        ("Al-Monitor: The Pulse of The Middle East", "Al-Monitor"),
    ],
)
def test_the_site_is_named_from_real_feed_titles(title: str, name: str) -> None:
    assert derived(by_title(title)) == name


@pytest.mark.parametrize(
    ("title", "site", "name"),
    [
        # Held-out feeds (NetNewsWire's parser test feeds): a forum's "--" separator, a title
        # led by the site's host and a description in lower case.
        (
            "投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文",
            "http://www.kc0011.net",
            "投资资讯网交易在线",
        ),
        ("www.fcutrecht.net voetbalnieuws", "https://www.fcutrecht.net/", "fcutrecht.net"),
        # A name that carries its host stays whole.
        ("DB-Engines.com Blog", "https://db-engines.com/en/blog", "DB-Engines.com Blog"),
    ],
)
def test_separators_and_hosts_in_titles_of_unseen_feeds(title: str, site: str, name: str) -> None:
    assert derive_site_name(title, site, site + "/rss").name == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # One region or stream word after a name is part of it.
        ("Voice of America", "Voice of America"),
        ("Radio Free Asia", "Radio Free Asia"),
        ("Sky News", "Sky News"),
        # Section titles of an aggregator (../shared/eval/feeds, rsdoiel/antenna).
        ("STEM", "rsdoiel.github.io"),
        ("North America", "rsdoiel.github.io"),
        ("Columns", "rsdoiel.github.io"),
    ],
)
def test_a_section_word_after_a_name_stays_and_a_section_title_gives_the_domain(
    title: str, name: str
) -> None:
    home = "https://rsdoiel.github.io/antenna/"
    assert derive_site_name(title, home, home + "feed.xml").name == name


def test_what_a_derived_name_came_from_is_kept() -> None:
    time = derive_site_name("Tech – TIME", "https://time.com", "https://time.com/tech/feed/")
    assert time == SiteName("TIME", NameSource.TITLE, "the part that names the domain")
    world = derive_site_name("World", "https://www.washingtonpost.com", "https://x.example/f")
    # A title of section words: the domain, named by the outlets table where it knows it.
    assert world == SiteName(
        "The Washington Post", NameSource.DOMAIN, "a title of section words: the outlets table"
    )
    asia = derive_site_name("Asia", "https://www.economist.com/asia", "https://x.example/f")
    assert (asia.name, asia.source) == ("The Economist", NameSource.DOMAIN)
    # A domain the table does not know is the name itself.
    region = derive_site_name(
        "Cataluña", "http://www.20minutos.es/cataluna/", "https://x.example/f"
    )
    rule = "a title of section words: the domain"
    assert region == SiteName("20minutos.es", NameSource.DOMAIN, rule)
    # A local file with a title of section words only has its address left.
    local = derive_site_name("Top Stories", None, "file:///srv/feeds/top.xml")
    assert (local.name, local.source) == ("file:///srv/feeds/top.xml", NameSource.ADDRESS)


def _page(head: str, body: str = "") -> bytes:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


def _json_ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (_page('<meta property="og:site_name" content="The Example Times">'), "The Example Times"),
        (_page('<meta name="application-name" content="Gazette">'), "Gazette"),
        (
            _page(
                _json_ld(
                    {
                        "@context": "https://schema.org",
                        "@graph": [
                            {"@type": "WebPage", "name": "Home"},
                            {"@type": "NewsArticle", "publisher": {"name": "Daily Planet"}},
                        ],
                    }
                )
            ),
            "Daily Planet",
        ),
        (_page("", _json_ld({"@type": "NewsMediaOrganization", "name": "Le Bugle"})), "Le Bugle"),
        # A section word in og:site_name is skipped for the JSON-LD name after it.
        (
            _page(
                '<meta property="og:site_name" content="World">'
                + _json_ld({"@type": "WebSite", "name": "Planet Post"})
            ),
            "Planet Post",
        ),
        # Entities decoded once, spaces collapsed; broken JSON-LD says nothing.
        (
            _page(
                '<script type="application/ld+json">{broken</script>'
                '<meta content="Smith &amp;  Sons" property="OG:SITE_NAME">'
            ),
            "Smith & Sons",
        ),  # fmt: skip
        (
            '<meta property="og:site_name" content="Le Télégramme">'.encode("cp1252"),
            "Le Télégramme",
        ),
        (_page("<title>Home</title>"), None),
        (b"", None),
        (b"\x00\xff<<<>>>", None),
    ],
)
def test_the_home_page_states_the_name(page: bytes, name: str | None) -> None:
    assert name_from_page(page, "https://site.example/") == name


def test_the_home_page_is_the_feeds_link_else_the_origin_of_its_address() -> None:
    assert home_page_url("https://time.com", "https://time.com/tech/feed/") == "https://time.com"
    assert home_page_url(None, "https://feeds.site.example/x/rss") == "https://feeds.site.example/"
    assert home_page_url("urn:uuid:1", "https://a.example/f") == "https://a.example/"
    assert home_page_url(None, "file:///srv/feed.xml") is None


def test_an_editors_name_is_trimmed_and_bounded() -> None:
    assert editor_site_name("  The   Washington Post ") == "The Washington Post"
    with pytest.raises(BadSiteName, match="empty"):
        editor_site_name("   ")
    with pytest.raises(BadSiteName, match="at most 80"):
        editor_site_name("x" * 81)


@pytest.mark.parametrize(
    "written",
    [
        "The Washington Post",
        "Ars Technica - All content",
        "AT&amp;T News",  # an entity: fix_text decodes what html.unescape left
        "AT&T",
        "Tech\tCrunch\r\n",  # control characters and line breaks
        "Bell\x07 Labs",
        "Le Monde.fr - Actualités",
        "lâ€™Express",  # mojibake
        "ＦＵＬＬ Width",
        "Caf\u0065\u0301 Society",  # decomposed: NFC composes it
    ],
)
def test_a_name_is_cleaned_as_ftfy_cleans_it_ascii_or_not(written: str) -> None:
    config = ftfy.TextFixerConfig(normalization="NFC", fix_character_width=False)
    expected = " ".join(ftfy.fix_text(html.unescape(written), config).split())
    assert clean_name(written) == expected.strip(" -–—|:·•»/")


@pytest.mark.parametrize(
    "title",
    [
        # A held-out feed's title (anyant/rssant's kilerd-me-rss.xml, sample 27): an editor
        # rejected the credit "你好,耳先生" as a misspelling of the site's name.
        "你好，耳先生",
        "极客公园：科技创新者的大本营",
        "ＩＴ之家（ＩＴｈｏｍｅ）",
    ],
)
def test_full_width_forms_stay_as_the_site_writes_them(title: str) -> None:
    assert clean_name(title) == title


@pytest.mark.parametrize(
    "name", ["CBSNews.com", "The Washington Post", "www.finanzen.net", "AT&T\t2", "Le Monde.fr"]
)
def test_an_ascii_name_folds_and_compacts_as_by_unicode_rules(name: str) -> None:
    # The ASCII shortcut of fold/compact against the general rule they apply to any text.
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c)
    )
    assert fold(name) == folded
    assert compact(name) == "".join(c for c in folded if c.isalnum())
