"""Sentences that send the reader down the page in Spanish, French and German go like the
English ones: a post's summary has nothing below it."""

from __future__ import annotations

from bot.text.pointers_down import without_pointers_down


def test_a_spanish_pointer_at_a_stream_below_goes() -> None:
    # kmels.net's "Último día de sesiones en Techcrunch50": the stream is an embed the post lacks.
    text = (
        "Hoy, miércoles 10 de septiembre, Techcrunch50 está en su último día de exposición. "
        "A continuación pueden ver la conferencia en vivo."
    )
    assert without_pointers_down(text) == (
        "Hoy, miércoles 10 de septiembre, Techcrunch50 está en su último día de exposición."
    )


def test_french_and_german_pointers_down_go_and_their_neighbours_stay() -> None:
    assert without_pointers_down(
        "Voici le bilan du semestre. Le tableau ci-dessous résume les chiffres. Bonne lecture."
    ) == ("Voici le bilan du semestre. Bonne lecture.")
    assert without_pointers_down("Das Update ist da. Mehr dazu weiter unten.") == (
        "Das Update ist da."
    )


def test_unten_as_a_place_stays() -> None:
    text = "Wir wohnen unten am See."
    assert without_pointers_down(text) == text
