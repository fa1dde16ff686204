"""A CMS's badge for the media an item carried, opening its text ("[Son] …", "[Vidéo] …"), marks
a sound or a video the post does not carry, as "[IMG]" marks a picture: it goes; the same word
inside a sentence, or a link's, stays."""

from __future__ import annotations

from bot.compose.reading import read_text

_LEAD = "Le ministre de l'Agriculture a présenté mercredi son plan pour les éleveurs de montagne."


def _read(html: str) -> str:
    return read_text(html, title="Plan montagne", site_name=None, site_url=None)[0]


def test_a_media_badge_opening_the_text_goes() -> None:
    for badge in ("[Son]", "[Vidéo]", "[VIDEO]", "[Photos]", "[audio]", "[Diaporama]"):
        assert _read(f"<p>{badge} {_LEAD}</p>") == _LEAD


def test_the_word_in_a_sentence_or_a_linked_badge_stays() -> None:
    inside = "Écoutez l'entretien [son] du ministre, diffusé ce matin sur notre antenne."
    assert _read(f"<p>{inside}</p>") == inside
    linked = '<p><a href="https://example.org/v">[Video]</a> The talk, in full.</p>'
    assert _read(linked).startswith("[Video]")


def test_a_badge_of_a_series_of_labels_stays() -> None:
    # AppLoad's episode notes (davinkevin/Podcast-Server's rss.appload.xml): categories.
    notes = "[Photos] Gorillacam (Gratuit), Hipstamatic (1,59€). [Retouches] Photogene (1,59€)."
    assert _read(f"<p>{notes}</p>") == notes
