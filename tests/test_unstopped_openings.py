"""An opening sentence its writer left without a full stop is still the lead's opening."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

# A blog post (kalv ruby-feed-parser-benchmark feed-899675723, entry 10; no licence: quoted):
# the first line closes on its parenthesis, no stop, and the next goes on from it ("it's").
PODCASTS = (
    "So I realized that I was subscribing to a lot of podcasts but was really only regularly "
    "listening to the music-related ones (with one exception: RTL 19:00-20:00 that I listen to "
    "from time to time to get news from France)<br />I guess it's because I usually listen to my "
    "podcasts behind my desk at work and can't concentrate on spoken worlds while working. Too "
    "bad, I am subscribing to great content like ITC, but I end-up very rarely listening to "
    "them. <br />"
)


def _summary(markup: str, title: str) -> str:
    text, _ = read_text(markup, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, max_chars=400)


def test_the_unstopped_opening_sentence_opens_the_lead_with_its_stop() -> None:
    summary = _summary(PODCASTS, "The podcasts I listen to")
    assert summary.startswith("So I realized that I was subscribing to a lot of podcasts")
    assert "to get news from France). I guess it's because" in summary


def test_a_headline_in_title_case_over_the_text_is_no_sentence() -> None:
    markup = (
        "<p>The Ten Best Places To Eat Breakfast In The City Of Paris This Coming Spring "
        "Season For Families</p><p>We tried them all over three weeks. Here is what we found.</p>"
    )
    assert _summary(markup, "Breakfast").startswith("We tried them all")


def test_a_short_line_without_a_stop_is_no_sentence() -> None:
    markup = "<p>Hillary Clinton in Des Moines on Monday</p><p>She spoke for an hour.</p>"
    assert _summary(markup, "Clinton") == "She spoke for an hour."
