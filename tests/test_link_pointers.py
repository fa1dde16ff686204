"""A sentence that only hands over a link ("voici même le lien", "le lien suivant", "suivez ce
lien !") goes: a post's text carries no such link. One naming what the link is for stays."""

from __future__ import annotations

from bot.text.pointers_down import without_pointers_down


def test_a_sentence_presenting_the_link_goes_and_the_story_stays() -> None:
    # kelloucqenvoyage.viabloga.com's "OLPC : un chez toi, un chez moi" (sample 17).
    text = (
        "Je vous avais déjà parlé de l'OLPC, ces petits ordinateurs portables à oreilles vertes. "
        "Si, si et voici même le lien. En 2007, les Américains généreux avaient eu l'opportunité "
        "d'en acheter deux modèles."
    )
    assert without_pointers_down(text) == (
        "Je vous avais déjà parlé de l'OLPC, ces petits ordinateurs portables à oreilles vertes. "
        "En 2007, les Américains généreux avaient eu l'opportunité d'en acheter deux modèles."
    )
    assert without_pointers_down("It shipped today. Here's the link:\n") == "It shipped today.\n"


def test_a_sentence_sending_to_the_following_link_goes() -> None:
    # buzzimie.net's "Les origines du SIDA" (sample 17): the address after it is dropped.
    text = (
        "La vingtième journée contre le SIDA s’est ouverte lundi 1er décembre. Découvrez sur le "
        "lien suivant un reportage intéressant sur les possibles origines de la maladie."
    )
    assert without_pointers_down(text) == (
        "La vingtième journée contre le SIDA s’est ouverte lundi 1er décembre."
    )
    assert without_pointers_down("Es gibt ein Update. Details unter dem folgenden Link.") == (
        "Es gibt ein Update."
    )


def test_links_named_for_what_they_are_and_missed_news_stay() -> None:
    kept = (
        "Here is the link to the report. The link between smoking and cancer is clear. "
        "In case you missed it: logs are stable in OTel. "
        "In case you missed the news, the release is out."
    )
    assert without_pointers_down(kept) == kept


def test_a_call_to_follow_this_link_goes_and_a_warning_stays() -> None:
    # A kickstarter plug and an invitation (pools feeds): the link each calls to follow is gone.
    assert without_pointers_down(
        "We made a game. If you're interested in supporting a great kickstarter follow this link:"
        "\nThanks!"
    ) == ("We made a game.\nThanks!")
    assert without_pointers_down("Pour nous rejoindre, suivez ce lien ! Merci.") == "Merci."
    kept = "Don't click on the link. Follow this link to the report if you must."
    assert without_pointers_down(kept) == kept
