"""A dotted name ending on a one-letter part is one token, not a sentence's end: blog maverick's
"Katy Perry Will.I.Am and others." (held-out sample 12) became "Will.I. Am". Quoted inline from
the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence stated)."""

from __future__ import annotations

from bot.text.sentences import split_sentences
from bot.text.summaries import summarize

_MAVERICK = (
    "This past Nov 22nd Youtube had its first major live event. A concert featuring HDNet fave "
    "Joe Satriani, Katy Perry Will.I.Am and others. Of course everyone involved in the space is "
    "chattering about whether or not the show was a success."
)


def test_a_dotted_name_keeps_its_parts_together() -> None:
    summary = summarize(_MAVERICK, title="Talking Youtube Live")
    assert "Katy Perry Will.I.Am and others." in summary
    assert "Will.I. Am" not in summary


def test_sentences_still_end_after_a_spaced_initial_and_an_abbreviation() -> None:
    assert split_sentences("He met J.R.R.Tolkien once. Then he left.") == [
        "He met J.R.R.Tolkien once.",
        "Then he left.",
    ]
    assert split_sentences("It was made in the U.S. The plant closed.") == [
        "It was made in the U.S.",
        "The plant closed.",
    ]
