"""Summaries: lead sentences within the budget, ending on a sentence, in the article's language."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from bot.compose.entry import compose_entry
from bot.parsing.models import FeedEntry
from bot.render.content import PostContent, render_post
from bot.text.sentences import split_sentences
from bot.text.summaries import shorten_at_word, summarize
from tests import conftest
from tests.conftest import carried
from tests.support.telegram_html import parse_html

LEAD = (
    "The council met on Tuesday to vote on the harbour plan. "
    "Nine members voted for it and two against. "
    "Work on the new quay will start in the spring, the mayor said. "
    "The old customs house will become a library."
)


def seed_article() -> str:
    """The canonical reprint; a missing copy fails the test rather than skipping it."""
    return carried("seed", "amn-reprint-rferl.txt").read_text(encoding="utf-8")


def seed_body() -> str:
    """The seed's article body: from its first real paragraph (cleaning is tested elsewhere)."""
    text = seed_article()
    return text[text.index("The leaders of Russia and China") :]


def test_the_summary_is_the_lead_sentences_within_the_budget() -> None:
    summary = summarize(LEAD, max_chars=110)
    assert summary == (
        "The council met on Tuesday to vote on the harbour plan. "
        "Nine members voted for it and two against."
    )


def test_the_summary_ends_on_a_sentence_boundary_for_every_budget() -> None:
    sentences = split_sentences(LEAD)
    for budget in range(60, len(LEAD) + 20, 7):
        summary = summarize(LEAD, max_chars=budget)
        assert len(summary) <= budget
        assert summary in {" ".join(sentences[:n]) for n in range(1, len(sentences) + 1)}


def test_an_over_long_first_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    sentence = "The leaders of Russia and China sought to display a unified front " * 3 + "today."
    summary = summarize(sentence, max_chars=100)
    assert summary.endswith("…") and len(summary) <= 100
    words = set(sentence.split())
    # Every word before the ellipsis is whole.
    assert all(word in words for word in summary.removesuffix("…").split())


def test_shortening_never_cuts_inside_a_word() -> None:
    text = "internationalisation of the committee's responsibilities"
    for limit in range(len("internationalisation…") + 1, len(text)):
        cut = shorten_at_word(text, limit)
        assert len(cut) <= limit
        assert all(word in text.split() for word in cut.removesuffix("…").split()), cut
    # Only a single word longer than the limit has to be cut inside.
    assert shorten_at_word(text, 10) == "internati…"


def test_the_title_is_not_repeated_as_the_first_sentence() -> None:
    title = "Council approves the harbour plan"
    assert summarize(f"{title}\n\n{LEAD}", title=title).startswith("The council met")
    # A heading that ran into the lead without punctuation is dropped too.
    assert summarize(f"{title} {LEAD}", title=title).startswith("The council met")
    # A one-word title that merely starts the lead is kept.
    assert summarize("Putin said he would go. He went.", title="Putin").startswith("Putin said")


def test_entities_are_decoded_before_the_cut_and_escaped_whole_after_it() -> None:
    entry = FeedEntry(
        key="1",
        title="AT&T",
        link="https://news.example/a",
        canonical_url="https://news.example/a",
        published_at=None,
        content_html="<p>AT&amp;T &lt;b&gt; wins the R&amp;D prize. "
        + "More &amp; more text follows here. " * 40
        + "</p>",
    )
    post = compose_entry(entry, source="S & Co", source_url=None, language="en", summary_chars=120)
    assert post.summary.startswith("AT&T <b> wins the R&D prize.")
    assert len(post.summary) <= 120 and post.summary.endswith(".")
    # Every "&" in the HTML starts a whole entity, and Telegram's parser accepts it.
    assert not re.search(r"&(?!(amp|lt|gt|quot);)", post.html)
    assert "AT&T <b> wins" in parse_html(post.html).text


def test_a_cut_to_fit_the_message_never_splits_an_entity() -> None:
    summary = "R&D <tags> & more. " * 400
    html = render_post(PostContent("T", summary, "https://e.example/x", "Source"))
    assert "&amp;" in html and not re.search(r"&(?!(amp|lt|gt|quot);)", html)
    assert unescape(html).count("<tags>") >= 1
    parse_html(html)


def test_sentences_are_split_with_the_rules_of_the_articles_language() -> None:
    german = "Die Sitzung begann am 3. Oktober um 10 Uhr. Der Minister sprach lange."
    assert split_sentences(german, "de-DE") == [
        "Die Sitzung begann am 3. Oktober um 10 Uhr.",
        "Der Minister sprach lange.",
    ]
    # English rules take an ordinal's "3." for the end of a sentence (before a month it ends
    # none in any language since session 26: bot/text/written_stops).
    assert split_sentences("Die 3. Sitzung begann um 10 Uhr.", "en")[0] == "Die 3."
    assert summarize(german, max_chars=50, language="de") == (
        "Die Sitzung begann am 3. Oktober um 10 Uhr."
    )
    # Unknown languages fall back to English rules rather than failing.
    assert split_sentences("One. Two.", "xx") == ["One.", "Two."]


def test_the_entry_language_wins_over_the_feed_language() -> None:
    entry = FeedEntry(
        key="1",
        title="Sitzung",
        link=None,
        canonical_url=None,
        published_at=None,
        content_html="<p>Die Sitzung begann am 3. Oktober um 10 Uhr. Der Minister sprach.</p>",
        language="de",
    )
    post = compose_entry(entry, source="S", source_url=None, language="en", summary_chars=50)
    assert post.summary == "Die Sitzung begann am 3. Oktober um 10 Uhr."


def test_the_seed_article_summary_is_its_lead_within_600_characters() -> None:
    summary = summarize(
        seed_body(),
        title="Russia, China present unified front amid rising tensions with West",
        max_chars=600,
    )
    assert summary.startswith(
        "The leaders of Russia and China sought to display a unified front in the face of both"
    )
    assert summary.endswith("democracy summit last week.")
    assert len(summary) <= 600
    # A tighter budget keeps only the first sentence; a tiny one shortens it at a word.
    assert summarize(seed_body(), max_chars=250).endswith("on December 15.")
    short = summarize(seed_body(), max_chars=80)
    assert short.endswith("…") and len(short) <= 80
    words = short.removesuffix("…").split()
    assert words == seed_body().split()[: len(words)]


@pytest.mark.parametrize("budget", [100, 300, 600, 1000])
def test_the_whole_seed_page_gives_a_summary_that_keeps_the_rules(budget: int) -> None:
    from bot.compose.reading import read_text

    title = "Russia, China present unified front amid rising tensions with West"
    text, _ = read_text(seed_article(), title=title, site_name=None, site_url=None)
    summary = summarize(text, title=title, max_chars=budget)
    assert 0 < len(summary) <= budget
    assert not summary.startswith(title)
    # Whole sentences (paragraph ends count), or the first one shortened at a word.
    sentences = split_sentences(text)
    sentences = sentences[1:] if sentences[0] == title else sentences
    whole = {" ".join(sentences[:n]) for n in range(1, len(sentences) + 1)}
    assert summary in whole or (
        summary.endswith("…") and sentences[0].startswith(summary.removesuffix("…"))
    ), summary


def test_the_seed_folder_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(conftest, "DATA", tmp_path / "missing")
    with pytest.raises(FileNotFoundError, match="carried test data missing"):
        seed_article()
