"""Addresses a feed's text stripping glued onto the word before them ("Sharpttp://…") are cut
from the lead, the sentence kept whole; real addresses and attributes stay."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.link_remnants import without_glued_addresses

# Short strings from hobeone/rss2go's testdata/rapha_all.xml (Rapha's blog feed), quoted inline.


def test_an_address_whose_h_was_eaten_is_cut_from_the_word() -> None:
    text = "champions Rapha Condor Sharpttp://www.raphacondorsharp.cc/ may have had"
    assert without_glued_addresses(text) == "champions Rapha Condor Sharp may have had"


def test_after_a_number_and_before_a_stop_the_sentence_stays_whole() -> None:
    assert without_glued_addresses("Rapha Women's 100ttp://www.rapha.cc/womens100 rides") == (
        "Rapha Women's 100 rides"
    )
    assert without_glued_addresses("our good friends at Soigneurttp://soigneur.dk.") == (
        "our good friends at Soigneur."
    )


def test_real_addresses_and_link_targets_stay() -> None:
    html = 'See <a href="http://www.rapha.cc/">Rapha</a> at http://www.rapha.cc/london now.'
    assert without_glued_addresses(html) == html
    assert without_glued_addresses("url=http://a.example/c") == "url=http://a.example/c"
    # Markdown's emphasis mark is no word: "[_https://…_](…)" is a whole address.
    markdown = "_Originally published at_ [_https://x.substack.com_](https://open.substack.com/p)"
    assert without_glued_addresses(markdown) == markdown


def test_the_lead_block_has_no_remnant() -> None:
    blocks = to_blocks("<p>Ian Boswellttp://www.teamsky.com/profile/0,27291.html is hoping.</p>")
    assert [b.text for b in blocks] == ["Ian Boswell is hoping."]
