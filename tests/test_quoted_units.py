"""A pointer sentence inside a quotation is the quoted writer's words: cutting it would leave
the quotation open (held-out sample 14, an ad's "Click here to watch it" quoted in a post)."""

from __future__ import annotations

from bot.text.promo_sentences import without_promo_sentences
from bot.text.quoted_units import splits_a_quotation

_QUOTED = (
    'Picture this scenario: you notice an ad that says something like, "Did you miss the last '
    'episode of The Office? Click here to watch it". You click on the ad and a player pops out.'
)


def test_a_pointer_closing_a_quotation_stays() -> None:
    assert 'Click here to watch it".' in without_promo_sentences(_QUOTED, frozenset())


def test_a_pointer_of_the_writers_own_still_goes() -> None:
    text = "The new episode is out tonight. Click here to watch it."
    assert without_promo_sentences(text, frozenset()) == "The new episode is out tonight."


def test_which_sentences_hold_one_end_of_a_quotation() -> None:
    assert splits_a_quotation('Click here to watch it".')
    assert splits_a_quotation("« Cliquez ici pour le voir.")
    assert not splits_a_quotation("Click “here” to watch it.")
