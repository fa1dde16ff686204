"""One link split in two by its editor keeps the space between its words: "the HP Magic
Giveaway", not "the HPMagic Giveaway" (held-out sample 14, a giveaway post)."""

from __future__ import annotations

from bot.text.blocks import to_blocks

_HREF = "http://www.hp.com/go/magicgiveaway"


def test_the_halves_of_one_link_are_two_words() -> None:
    markup = (
        f'<p>you can win too as part of the <a href="{_HREF}" target="_blank">HP</a>'
        f'<a href="{_HREF}">Magic Giveaway</a> 4 more blogs have launched their contests.</p>'
    )
    block = to_blocks(markup)[0]
    assert "the HP Magic Giveaway 4 more" in block.text
    assert {link.href for link in block.links} == {_HREF}


def test_a_word_spelled_across_two_links_or_two_addresses_is_left() -> None:
    one_word = f'<p>Join us on <a href="{_HREF}">Face</a><a href="{_HREF}">book</a> today.</p>'
    assert "on Facebook today." in to_blocks(one_word)[0].text
    two = '<p>See <a href="http://a.example/">Alpha</a><a href="http://b.example/">Beta</a>.</p>'
    assert "AlphaBeta" in to_blocks(two)[0].text
