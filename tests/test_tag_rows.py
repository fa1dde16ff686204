"""A tag widget written into the entry is no lead: a bookmark whose only text is its "Tags:"
row posts its headline alone (held-out sample 14, a Ma.gnolia bookmark)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.tag_rows import is_tag_row

_ROW = (
    '<p><strong>Tags:</strong> <a href="http://ma.gnolia.com/people/x/tags/dataportability" '
    'rel="tag">dataportability</a>, <a href="http://ma.gnolia.com/people/x/tags/apml" rel="tag">'
    'apml</a>, <a href="http://ma.gnolia.com/people/x/tags/rant" rel="tag">rant</a>, '
    '<a href="http://ma.gnolia.com/people/x/tags/open%20standards" rel="tag">open standards</a>, '
    '<a href="http://ma.gnolia.com/people/x/tags/openID" rel="tag"></a></p>'
)


def test_a_tag_row_is_no_paragraph() -> None:
    blocks = to_blocks("<p>Chris on the new Facebook Connect and open standards.</p>" + _ROW)
    assert [b.text for b in blocks] == ["Chris on the new Facebook Connect and open standards."]


def test_rows_of_keywords_in_other_words() -> None:
    assert is_tag_row("Tagged: facebook, markup, standards, javascript, html, fbml")
    assert is_tag_row("Tags: photography · remix · skiing · Sofia Jaramillo · sports")


def test_a_sentence_after_a_label_is_no_tag_row() -> None:
    assert not is_tag_row("Tags: this post is about how I like things, and more of them")
    assert not is_tag_row("Note: we are closing early today, sorry.")
