"""Article pages: when one is fetched, and what is taken from it."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.fetching.pages import ArticlePage, page_wanted
from bot.parsing.models import FeedEntry
from bot.text.extraction import extract_article
from storage.records import ArticleMode

PAGE = (
    b"<html lang='de-DE'><head><title>Kai</title>"
    b"<meta property='og:image' content='/bilder/kai.jpg'>"
    b"<meta name='keywords' content='Hafen, Winter Olympics'></head><body>"
    b"<nav>Start | Nachrichten</nav><article><h1>Kai er\xc3\xb6ffnet</h1>"
    b"<p>Der neue Kai wurde am 3. Oktober nach zwei Jahren Bauzeit er\xc3\xb6ffnet.</p>"
    b"<p>Zuerst legten die Fischerboote an, am Nachmittag die F\xc3\xa4hre.</p>"
    b"</article><footer>Impressum</footer></body></html>"
)


def test_pages_are_fetched_for_teasers_in_auto_mode_always_or_never() -> None:
    link = "https://news.site.org/a"
    assert page_wanted(ArticleMode.AUTO, teaser=True, link=link)
    assert not page_wanted(ArticleMode.AUTO, teaser=False, link=link)
    assert page_wanted(ArticleMode.ALWAYS, teaser=False, link=link)
    assert not page_wanted(ArticleMode.NEVER, teaser=True, link=link)
    assert not page_wanted(ArticleMode.AUTO, teaser=True, link=None)
    # Names that can never resolve are not looked up at all.
    assert not page_wanted(ArticleMode.ALWAYS, teaser=True, link="https://news.example.com/a")
    assert not page_wanted(ArticleMode.ALWAYS, teaser=True, link="ftp://news.site.org/a")


def test_the_main_text_image_language_and_tags_come_from_the_page() -> None:
    extracted = extract_article(ArticlePage("https://hafen.site.org/2026/kai", PAGE))
    assert extracted is not None
    assert extracted.text.startswith("Kai eröffnet\nDer neue Kai wurde am 3. Oktober")
    assert "Impressum" not in extracted.text and "Nachrichten" not in extracted.text
    assert extracted.image_url == "https://hafen.site.org/bilder/kai.jpg"
    assert extracted.language == "de-DE"
    assert extracted.tags == ("Hafen", "Winter Olympics")
    assert extract_article(ArticlePage("https://x.org/", b"<html><body></body></html>")) is None


def test_a_teaser_entry_is_summarised_from_its_page_in_the_pages_language() -> None:
    entry = FeedEntry("1", "Kai eröffnet", "https://hafen.site.org/2026/kai", None, None, "Kurz.")
    post = compose_entry(
        entry,
        source="Hafenblatt",
        source_url=None,
        language=None,
        summary_chars=80,
        teaser_chars=100,
        page=ArticlePage("https://hafen.site.org/2026/kai", PAGE),
    )
    # German rules keep "3. Oktober" in one sentence; the heading is not repeated.
    assert post.summary == "Der neue Kai wurde am 3. Oktober nach zwei Jahren Bauzeit eröffnet."
    assert post.content is not None
    assert post.content.image_url == "https://hafen.site.org/bilder/kai.jpg"
    # The page's keywords are named by neither its headline nor its text (the tag gate).
    assert post.content.tags == ()
    assert not post.teaser


def test_a_pages_keywords_are_shown_only_where_the_post_names_them() -> None:
    # Session 17's tag gate, as for a feed's categories: "Hafen" is named, "Winter Olympics" not.
    page = PAGE.replace(b"Der neue Kai wurde", b"Der neue Kai im Hafen wurde")
    entry = FeedEntry("1", "Kai eröffnet", "https://hafen.site.org/2026/kai", None, None, "Kurz.")
    post = compose_entry(
        entry,
        source="Hafenblatt",
        source_url=None,
        language=None,
        summary_chars=80,
        teaser_chars=100,
        page=ArticlePage("https://hafen.site.org/2026/kai", page),
    )
    assert post.content is not None
    assert post.content.tags == ("#Hafen",)
