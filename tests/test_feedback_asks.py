"""An ask for the audience's feedback or suggestions is no summary text; a post whose news is
the ask, or a sentence giving its reason, stays (held-out sample 8's This Week in Rust, now
development data; the other sentences as the corpus and development pools write them)."""

from __future__ import annotations

from bot.text.show_prompts import is_audience_ask
from tests.test_judged_dev_pool import read


def test_a_newsletters_closing_ask_for_suggestions_leaves_its_summary() -> None:
    posts = [post for _, post in read("r4-twir-standing-intro.atom")[1]]
    assert len(posts) == 3
    for post in posts:
        assert post.summary.startswith("This week's crate is ")
        assert "Please submit your suggestions" not in post.summary
        assert post.summary.endswith("suggestion!")  # "Thanks to … for the suggestion!" stays


def test_asks_that_say_where_to_send_are_asks() -> None:
    # The Taylor Network's and Nothing's On's show notes, TWIR's crate section, a blog's close.
    assert is_audience_ask("Send us your feedback to thetaylornetworkofpodcasts@gmail.com.")
    assert is_audience_ask(
        "Leave us an Itunes review and send us your feedback to nothingsonpodcast@gmail.com."
    )
    assert is_audience_ask("Please submit your suggestions and votes for next week!")
    assert is_audience_ask("Send your suggestions my way!")


def test_a_post_about_asking_and_a_reasoned_ask_are_text() -> None:
    assert not is_audience_ask("Submit your questions for Autoblog Podcast #394 LIVE!")
    assert not is_audience_ask("AMA with Framasoft and Peertube, send your questions in!")
    assert not is_audience_ask(
        "We're doing a survey of system administrators, so please submit your feedback."
    )
    assert not is_audience_ask("Thanks to guapodero for the self-suggestion!")
