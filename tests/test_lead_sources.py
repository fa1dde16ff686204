"""Which text leads a modern news or newsletter feed's post: the description beside the content
when the content's lead is a caption, a cut teaser or a greeting; no call to pay in a summary.

Checked on real entries of carried corpus feeds (Rest of World, 404 Media), composed as on
the feed's first check.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.compose.entry import ComposedEntry, source_name
from bot.parsing.feeds import parse_feed
from bot.text.greetings import is_greeting
from bot.text.lead_sources import description_leads
from bot.text.subscribe_prompts import is_subscribe_prompt
from tests.conftest import carried
from tests.support.first_check import first_check

REST_OF_WORLD = ("fastfeedparser", "benchmark_data", "14333881097406c7")
FOUR_O_FOUR = ("fastfeedparser", "benchmark_data", "a44f75939f245a7e")


@cache
def posts_of(*path: str) -> dict[str, ComposedEntry]:
    """A carried corpus feed's entries composed by title, as on the feed's first check."""
    file = carried("corpus", *path)
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    source = source_name(parsed.title, parsed.site_url, file.as_uri())
    composed = first_check(parsed, source, summary_chars=600)
    return {e.title: c for e, c in zip(parsed.entries, composed, strict=True)}


def summary_of(path: tuple[str, ...], title_start: str) -> str:
    [found] = [c.summary for t, c in posts_of(*path).items() if t.startswith(title_start)]
    return found


def test_a_dek_leads_where_the_content_is_a_teaser_cut_mid_sentence() -> None:
    # <content:encoded> "… even though it has little..." beside a whole <description>.
    summary = summary_of(REST_OF_WORLD, "Polymarket courts Chinese users")
    assert summary == (
        "The crypto-based prediction platform is hiring Mandarin-speaking staff and adding "
        "Lunar New Year bets, even as it remains blocked in China."
    )


def test_a_photo_caption_with_its_credit_is_never_the_summary() -> None:
    # The <description> is the picture's caption, "… (Photo by SIMON MAINA / AFP)".
    summary = summary_of(REST_OF_WORLD, "How cheap Chinese phones catapulted Kenya")
    assert "medical training college students" not in summary
    assert "Photo by" not in summary


def test_a_columns_greeting_gives_way_to_the_entrys_description() -> None:
    summary = summary_of(FOUR_O_FOUR, "Astronomers Create Strange")
    assert summary.startswith("Scientists have recreated a miniature laboratory version")
    assert "Welcome back" not in summary


def test_a_paid_membership_ask_and_its_instructions_close_no_summary() -> None:
    summary = summary_of(FOUR_O_FOUR, "Podcast: Ring Is Back")
    assert summary.endswith("kept the FBI out of a Washington Post reporter’s phone.")
    assert "paid subscriber" not in summary
    assert "inbox" not in summary


@pytest.mark.parametrize(
    "sentence",
    [
        "Become a paid subscriber for access to this episode's bonus content.",
        "Become a member of the 1380 Club, support the show here.",
        "If you become a paid subscriber, check your inbox for an email.",
        "Become a Patron and hear the full episode.",
        "Upgrade to paid to read the rest.",
    ],
)
def test_calls_to_pay_for_membership_are_prompts(sentence: str) -> None:
    assert is_subscribe_prompt(sentence)


def test_becoming_a_member_in_a_story_is_no_prompt() -> None:
    assert not is_subscribe_prompt("Her campaign to become a member of Congress began in May.")
    assert not is_subscribe_prompt("In the subscribers-only section, Joseph breaks it down.")


def test_a_welcome_to_a_columns_name_is_a_greeting_but_not_a_sentence_about_one() -> None:
    assert is_greeting("Welcome back to the Abstract!")
    assert not is_greeting("Welcome to the jungle, he said, and laughed.")
    assert not is_greeting("Welcome to our new home, where we live now!")


def test_a_content_that_says_more_keeps_the_lead_over_a_description() -> None:
    story = "The council voted on Monday. It meets again in May."
    assert not description_leads(story, "A short dek about the council vote this week.")
    assert not description_leads("Welcome back to the Abstract! Studies follow.", "Too short.")


def test_a_welcome_to_the_blog_itself_keeps_its_first_posts_lead() -> None:
    # fastfeedparser benchmark_data 91fe2e483ff661a0, "Hello!": the post, not its meta description.
    post = (
        "Welcome to the pikku blog! The goal is of the blog is for me to share as much as I can "
        "about some design decisions I have taken whilst working on some of my projects/ideas."
    )
    assert not description_leads(post, "A short welcome message for user context!")
