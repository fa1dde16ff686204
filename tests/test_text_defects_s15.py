"""Text defects of held-out sample 13: MS Word's conditional comments are no summary, a home-page
address inside a sentence reads as its host, a reprint's link loses the feed's flag. Quoted
inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence stated)."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.prose_addresses import hosts_in_prose
from bot.text.summaries import summarize


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, max_chars=600)


# sud-technology.blogspot.com (feed-44323209, entry 3): a text summary of Word's pasted markup,
# cut by the feed inside a second conditional comment.
_WORD_JUNK = (
    "<!--[if gte mso 9]>     Normal   0         21         false   false   false      ES   "
    "X-NONE   X-NONE     <![endif]--><!--[if gte mso 9]>"
)


def test_word_conditional_comments_are_no_text() -> None:
    assert _summary(_WORD_JUNK, "Incorporar el buscador de Google a tu pagina") == ""


def test_text_after_a_conditional_comment_is_the_summary() -> None:
    closed = _WORD_JUNK.removesuffix("<!--[if gte mso 9]>")
    html = closed + "<p>Hoy les traigo el buscador de Google para su blog.</p>"
    assert _summary(html, "Incorporar el buscador") == (
        "Hoy les traigo el buscador de Google para su blog."
    )


def test_a_home_page_address_in_a_sentence_reads_as_its_host() -> None:
    # isthisnikhil.com (feed--203856203, entry 8).
    html = (
        "<p>Jim Kukral and Paul Richlovsky of http://www.fathomseo.com talk about what really "
        "makes a good blog.</p>"
    )
    assert _summary(html, "Blogging Tips From an Expert Blogger") == (
        "Jim Kukral and Paul Richlovsky of fathomseo.com talk about what really makes a good blog."
    )


def test_a_page_address_or_a_local_server_stays_as_written() -> None:
    # Which page, or code: podcast show notes and a tutorial's "running on http://localhost:4646".
    for text in (
        "go to http://www.FreshBooks.com/Diaries and enter the code",
        "running on http://localhost:4646, which shows the jobs",
    ):
        assert hosts_in_prose(text) == text
    assert hosts_in_prose("Be sure to check out the XPRIZE at http://www.xprize.org") == (
        "Be sure to check out the XPRIZE at xprize.org"
    )


def test_a_reprints_original_link_drops_the_feeds_flag() -> None:
    # Standblog (feed-293941733, entry 19): "paru sur 01Net : <a …/?rss>…</a>".
    html = (
        '<p>Voici donc mon 2eme article paru sur 01Net&nbsp;: <a href="http://www.01net.com/'
        'editorial/397684/monsieur-jourdain-et-l-open-source/?rss">Monsieur Jourdain et '
        "l'open source</a>. Je tiens à préciser que je touche là-bas une audience différente.</p>"
    )
    blocks = to_blocks(html)
    verdict = attribute(
        blocks, find_notices(blocks, html), site_name="Standblog", site_url="http://standblog.org/"
    )
    assert verdict.original_url == (
        "http://www.01net.com/editorial/397684/monsieur-jourdain-et-l-open-source/"
    )
