"""A reply's quote of an earlier post (a quote box under "BCaseyHanks wrote:" or "Quote:") is
another's words: the reply leads with its own, and its "In reply to …:" line is a label.

Strings quoted from a Drupal site's comment feed (2008, in the ruby-feed-parser benchmark crawl,
which states no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.summaries import summarize
from bot.text.whole_items import whole_item_summary

REPLY = (
    '<p>In reply to <a href="/node/3248">message not getting delivered to bare id</a>:</p>'
    '<div class="quote-msg"><div class="quote-author"><em>BCaseyHanks</em> wrote:</div>'
    "<p>The message is NOT delivered to (#2) when it should be</p>"
    "<p>This leads me to believe that the issue is not that the message is only being sent to "
    "the highest priority user - because there is ONLY one recieving user logged on.</p></div>"
    "<p>I tried and the message is delivered if destination@server/custom has a positive "
    "priority (zero or higher).</p>"
    "<p>If priority of destination is negative, the message is not delivered.</p>"
)
SIGNED_OFF = (
    '<p>In reply to <a href="/node/3007">How to install ejabberd 2.0.0 with PostgreSQL support '
    "on Ubuntu</a>:</p><p>cheers,</p><p>r.</p>"
)


def _text(html: str, title: str) -> str:
    return read_text(html, title=title, site_name=None, site_url=None)[0]


def test_a_reply_leads_with_its_own_words_not_the_post_it_quotes() -> None:
    title = "Comment by badlop on Destination will receive if priority is not negative"
    summary = summarize(_text(REPLY, title), title=title, language="en")
    assert summary.startswith("I tried and the message is delivered")
    assert "BCaseyHanks" not in summary and "This leads me" not in summary


def test_a_reply_of_a_sign_off_alone_has_no_summary() -> None:
    title = "Comment by ostinelli on changed url"
    text = _text(SIGNED_OFF, title)
    assert "In reply to" not in text
    assert not summarize(text, title=title) and not whole_item_summary(text, title, 600)


def test_a_div_nested_in_a_quote_box_does_not_end_the_box() -> None:
    roles = [(b.text, b.role) for b in to_blocks(REPLY)]
    assert roles[1:3] == [
        ("BCaseyHanks wrote:", "quote"),
        ("The message is NOT delivered to (#2) when it should be", "quote"),
    ]


def test_a_blockquote_without_whom_it_quotes_stays() -> None:
    html = (
        "<blockquote><p>We choose to go to the Moon in this decade.</p></blockquote>"
        "<p>Kennedy said it at Rice University in 1962.</p>"
    )
    assert "We choose to go to the Moon" in _text(html, "Moon speech")
