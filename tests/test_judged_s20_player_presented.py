"""Sample 18's posts about a video they do not have (the entry embeds it: Vimeo, YouTube): a
sentence presenting the player by what it is ("This is the result.", "Here's the second to last
part of iSundae II!") or pointing at "this video" anywhere in it goes; the story stays."""

from __future__ import annotations

from bot.text.absent_media import without_player_pointers
from bot.text.absent_parts import dropped_parts

_VIMEO = '<object><embed src="http://vimeo.com/moogaloop.swf?clip_id=2025673"></embed></object>'
PLAYER = dropped_parts(f"<p>Text.</p><p>{_VIMEO}</p>")


def test_a_sentence_presenting_the_player_as_a_result_goes() -> None:
    # phantommoose.com's "The Guard Movie" (feed-52844903, sample 18).
    text = (
        "When we were all together in the South for the iSundae II premier, we thought it’d be "
        "fun to make a short, just-for-fun movie. This is the result. Please keep in mind that "
        "we did this whole thing in a week."
    )
    assert without_player_pointers(text, PLAYER) == (
        "When we were all together in the South for the iSundae II premier, we thought it’d be "
        "fun to make a short, just-for-fun movie. Please keep in mind that we did this whole "
        "thing in a week."
    )
    assert without_player_pointers("Et voilà le résultat : une belle balade.", PLAYER) == ""


def test_here_is_the_part_or_episode_presents_the_player() -> None:
    # phantommoose.com's "iSundae II - Part 9 of 10" (feed-52844903, sample 18).
    text = (
        "Here’s the second to last part of iSundae II! Be sure to stick around for a peek behind "
        "the scenes of the flying machine sequence."
    )
    assert without_player_pointers(text, PLAYER) == (
        "Be sure to stick around for a peek behind the scenes of the flying machine sequence."
    )


def test_this_video_anywhere_in_a_sentence_points_at_the_player() -> None:
    # freddymini.blogspot.com's "Have you seen what everybody has already seen?" (a YouTube
    # embed) and ablogwithadifference.com's "Thakur Ki Shaadi" (sample 18).
    text = (
        "74M views and counting. It's really funny but it brings one comment: have you seen that "
        "video before? Is it because popular has a more long tail sense on the Internet?"
    )
    assert without_player_pointers(text, PLAYER) == (
        "74M views and counting. Is it because popular has a more long tail sense on the Internet?"
    )
    posting = (
        "Since most of my readers are from India i thought of posting this video, this is one of "
        "the funniest animated video ever."
    )
    assert without_player_pointers(posting, PLAYER) == ""


def test_a_but_answering_the_cut_sentence_goes_with_it() -> None:
    # korben.info's "Le gel qui stoppe net les hémorragies" (pools/all): "le" is the meat seen.
    text = (
        "Et bien, je suis un ouf et je poste cette vidéo où on voit un gros bout de barbaque "
        "sanguinolent.... Mais attention, ici pas question de le manger. Il s'agit plutôt d'une "
        "démonstration d'un gel baptisé Veti-Gel."
    )
    assert without_player_pointers(text, PLAYER) == (
        "Il s'agit plutôt d'une démonstration d'un gel baptisé Veti-Gel."
    )


def test_results_and_keys_the_text_speaks_of_stay() -> None:
    kept = (
        "This is the result of years of neglect. Here's the translation key: replace it. Here's "
        "a nice surprise. That video game sold well."
    )
    assert without_player_pointers(kept, PLAYER) == kept
    # fubiz.net's "Bless You Animation" (pools/all): the sentence names the item, a video.
    named = (
        "« Bless You », c’est le nom de cette vidéo combinant animation classique et images "
        "capturées en tilt-shift. Dans cette création drôle de Philip Watts, un géant imagine "
        "une société comme la nôtre."
    )
    assert without_player_pointers(named, PLAYER) == named
    # Without a player in the entry, "this video" is the text's own (a linked one, say).
    assert without_player_pointers(
        "I thought of posting this video today.", dropped_parts("<p>Text.</p>")
    ) == ("I thought of posting this video today.")
