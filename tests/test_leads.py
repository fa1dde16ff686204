"""Leads from the article's structure: what a summary is made of, and what it never is.

Each class of defect is checked on real entries of carried corpus feeds, composed as on the
feed's first check (its boilerplate learned from what it holds, no article pages fetched).
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.compose.entry import ComposedEntry, source_name
from bot.parsing.feeds import parse_feed
from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.summaries import is_complete, summarize
from tests.conftest import carried
from tests.support.first_check import first_check

TIME_TECH = ("fastfeedparser", "benchmark_data", "5da3b20f957be51d")
THE_WEEK = ("fastfeedparser", "benchmark_data", "16dc10cf98d1ee82")
AL_MONITOR = ("fastfeedparser", "benchmark_data", "72fea1ebfd02e90a")
STRATECHERY = ("fastfeedparser", "benchmark_data", "73c63ac29e5d1dc8")
GUARDIAN = ("rss-parser", "test", "input", "guardian.rss")
MINUTOS_CATALANS = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss10Minutos20Catalans.xml")
KOERANT = ("FeedReader", "FeedReader.Tests", "Feeds", "Rss20NuusInAfrikaans.xml")
TECHCRUNCH = ("feedjira", "spec", "sample_feeds", "TechCrunch.xml")
FORAGER = ("rss-parser", "test", "input", "content-encoded.rss")
WAPO_WELLNESS = ("node-feedparser", "test", "feeds", "wapowellness.xml")
SUMMARY_CHARS = 600


@cache
def posts_of(*path: str) -> dict[str, ComposedEntry]:
    """A carried corpus feed's entries composed by title, as on the feed's first check."""
    file = carried("corpus", *path)
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    source = source_name(parsed.title, parsed.site_url, file.as_uri())
    composed = first_check(parsed, source, summary_chars=SUMMARY_CHARS)
    return {e.title: c for e, c in zip(parsed.entries, composed, strict=True)}


def summary_of(path: tuple[str, ...], title_start: str) -> str:
    """The summary of the one entry whose title starts with `title_start`."""
    [found] = [c.summary for t, c in posts_of(*path).items() if t.startswith(title_start)]
    return found


# Class 7: structure kept. Standfirsts, subheads, headings and list items are not glued into
# sentences, and a summary keeps to its article's first section.


def test_a_standfirst_without_a_full_stop_is_not_glued_to_the_lead() -> None:
    summary = summary_of(GUARDIAN, "'This is over': Puigdemont")
    assert summary.startswith("The ousted Catalan president, Carles Puigdemont, has admitted")
    assert "admission of defeat" not in summary


def test_a_summary_keeps_to_the_first_section_of_a_headed_article() -> None:
    iran = summary_of(THE_WEEK, "Will increasing tensions with Iran")
    assert iran.endswith("the prospect of war with Iran remains unlikely.")
    assert "What did the commentators say" not in iran
    # "What happened … Who said what": the section headings are never lead text.
    judge = summary_of(THE_WEEK, "Judge blocks Hegseth")
    assert judge.startswith("U.S. District Judge Richard Leon Thursday blocked the Pentagon")
    assert "What happened" not in judge and "Who said what" not in judge


def test_no_summary_of_the_week_holds_a_section_heading() -> None:
    for title, post in posts_of(*THE_WEEK).items():
        for heading in ("What happened", "Who said what", "What next?"):
            assert heading not in post.summary, title


def test_list_items_of_a_standfirst_and_a_site_label_are_not_the_lead() -> None:
    summary = summary_of(MINUTOS_CATALANS, "Los Reyes Magos piden")
    assert summary.startswith("Los Reyes Magos de Oriente han pedido este jueves")
    assert not summary.startswith("EFE") and "Han llegado por mar" not in summary


def test_a_changelog_made_only_of_list_items_is_read_from_them() -> None:
    html = "<h2>Improvements</h2><ul><li>Search is faster now.</li><li>Fixed a crash.</li></ul>"
    text = clean_article_text(to_blocks(html), cuts=())
    assert summarize(text) == "Search is faster now. Fixed a crash."


def test_a_summary_never_ends_on_a_title_cut_by_the_sentence_splitter() -> None:
    text = "The award went to the Hon. Mulipola Anarosa Ale Molioo. She thanked her staff."
    assert (
        summarize(text, max_chars=60) == "The award went to the Hon. Mulipola Anarosa Ale Molioo."
    )
    assert not is_complete("The minister thanked the Hon.")
    assert summarize("Guests included Mr.\n\nJane Doe arrived late.") == "Jane Doe arrived late."


# Class 6: boilerplate, widgets, navigation, shortcodes and embedded posts are not lead text.


def test_shortcodes_are_never_lead_text() -> None:
    for title, post in posts_of(*TIME_TECH).items():
        assert "[time-brightcove" not in post.summary, title
    html = (
        '<p>Prices rose. [time-brightcove not-tgx="true"] They fell again.</p>'
        '<p>[caption id="x1" align="left"]A photo.[/caption] Markets closed [sic] early.</p>'
        "<p>[embed-video id=7/] Trading resumed.</p>"
    )
    text = clean_article_text(to_blocks(html), cuts=())
    assert (
        text == "Prices rose. They fell again.\n\nMarkets closed [sic] early.\n\nTrading resumed."
    )


def test_a_newsletter_intro_learned_from_the_feed_is_not_the_lead() -> None:
    orb = summary_of(TIME_TECH, "Sam Altman’s Orb Was Built for the Bot Era")
    assert orb.startswith("When Moltbook, a social network for AI agents, went viral")
    for title, post in posts_of(*TIME_TECH).items():
        assert "Welcome back to In the Loop" not in post.summary, title
        assert "Subscribe to In the Loop" not in post.summary, title


def test_a_company_widget_is_not_lead_text() -> None:
    summary = summary_of(TECHCRUNCH, "Here’s The First GTA:V Trailer")
    assert summary.endswith("until it’s hyped to unreasonable levels.")
    assert "Crunchbase" not in summary and "Company:" not in summary


def test_a_table_of_contents_is_not_lead_text() -> None:
    for title, post in posts_of(*FORAGER).items():
        assert "TABLE OF CONTENTS" not in post.summary.upper(), title
        assert "INTRODUCTION" not in post.summary, title


def test_an_audio_player_is_not_lead_text() -> None:
    for title, post in posts_of(*STRATECHERY).items():
        assert "Listen to this post" not in post.summary, title
        assert "Log in to listen" not in post.summary, title
    assert summary_of(STRATECHERY, "An Interview with Ben Thompson").startswith(
        "Today’s Stratechery Interview is with me!"
    )


def test_an_embedded_post_is_not_lead_text() -> None:
    summary = summary_of(GUARDIAN, "Lorde takes out newspaper advert")
    assert "pic.twitter.com" not in summary and "@lorde" not in summary
    html = (
        "<p>The minister resigned on Friday.</p>"
        '<blockquote class="twitter-tweet"><p>Goodbye, all.</p>&mdash; A Minister</blockquote>'
    )
    assert clean_article_text(to_blocks(html), cuts=()) == "The minister resigned on Friday."


@pytest.mark.parametrize(
    "menu",
    [
        # APOD's site menu, flattened into an aggregator's text (issue 11's example).
        "Today’s APOD Archive Submissions Index Search Calendar RSS Education About Discuss",
        "Home About Archive Contact Subscribe",
    ],
)
def test_a_site_menu_flattened_into_the_text_is_not_lead_text(menu: str) -> None:
    text = clean_article_text(to_blocks(f"<p>{menu} The comet returns in May.</p>"), cuts=())
    assert "Archive" not in text


def test_read_full_article_and_feed_version_notices_are_not_lead_text() -> None:
    for title, post in posts_of(*WAPO_WELLNESS).items():
        assert "Read full article" not in post.summary, title
    # Sprudge's line (issue 11's example), recognised as its family without learning.
    html = "<p>This is the RSS feed version.</p><p>Milk Brew in Pasadena, California.</p>"
    assert clean_article_text(to_blocks(html), cuts=()) == "Milk Brew in Pasadena, California."


# Class 8: bylines and site labels at the start.


def test_a_byline_paragraph_is_not_the_lead() -> None:
    summary = summary_of(AL_MONITOR, "Analysis-US envoys juggle two crisis talks")
    assert summary.startswith("Even for a U.S. president long fixated on deal-making")
    assert "Spetalnick" not in summary


@pytest.mark.parametrize(
    ("html", "lead"),
    [
        ("<p>By Lagi Keresoma/ Apia, SAMOA – 4 August 2026: The board met.</p>", "Apia, SAMOA"),
        ("<p>By Pacific Island Times News Staff The store opens on Aug. 28.</p>", "The store"),
        ("<p>Por Matt Spetalnick e Jason Szep</p><p>O relatório saiu hoje.</p>", "O relatório"),
        ("<p>20MINUTOS.ES</p><p>Durante la retransmisión, dijo algo.</p>", "Durante la"),
    ],
)
def test_bylines_and_site_labels_do_not_start_a_summary(html: str, lead: str) -> None:
    text = clean_article_text(to_blocks(html), cuts=())
    assert summarize(text).startswith(lead)


# Class 2: teasers cut mid-sentence end at their last complete sentence, or not at all.


def test_a_cut_teaser_ends_at_its_last_complete_sentence_without_the_tagline() -> None:
    summary = summary_of(KOERANT, "Dr Bennie Cilliers moordverhoor")
    assert summary.endswith("wel skuldig is.")
    assert "Gratis Afrikaanse Nuus" not in summary and "…" not in summary


def test_a_teaser_without_a_complete_sentence_posts_headline_and_link() -> None:
    post = posts_of(*KOERANT)["WEES OP DIE UITKYK OP DIE SOSIALE MEDIA !"]
    assert post.summary == ""
    assert post.content is not None and post.content.link
    assert "…" not in post.html and "Gratis Afrikaanse" not in post.html


@pytest.mark.parametrize("cut", ["…", "...", " […]", " [...]", "… Read more"])
def test_every_form_of_cut_is_dropped(cut: str) -> None:
    text = clean_article_text(to_blocks(f"<p>It rained. The river rose by two{cut}</p>"), cuts=())
    assert summarize(text) == "It rained."


def test_a_one_line_description_without_a_full_stop_is_still_a_summary() -> None:
    # Ended with a full stop, as a sub-editor would (see tests/test_lead_edges.py).
    assert summarize("President Trump has recently been threatening the country") == (
        "President Trump has recently been threatening the country."
    )


# Class 9 (part): the headline is not repeated as the summary's start.


def test_the_headline_is_not_repeated_even_after_a_kicker() -> None:
    text = "Perseids from Perseus Explanation: This was a good year for the meteor shower."
    title = "APOD: 2026 August 18 – Perseids from Perseus"
    assert (
        summarize(text, title=title) == "Explanation: This was a good year for the meteor shower."
    )
    for title, post in posts_of(*GUARDIAN).items():
        assert not post.summary.startswith(title), title
