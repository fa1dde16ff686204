"""Held-out sample 17's tag and headline rejects: a month's name or the front page ("A la Une")
as a tag, and a Markdown heading's "# " left at the start of every headline."""

from __future__ import annotations

from bot.compose.headlines import headline
from tests.support.tagged_feeds import TaggedItem, rss_item_tags


def _tags(*items: TaggedItem) -> list[tuple[str, ...]]:
    return rss_item_tags(*items, title="Blog")


def test_a_months_name_is_no_tag_though_the_item_names_it() -> None:
    # Hongkiat's December giveaways (s19 pool): "#december" beside "#prizes"; Working With
    # Rails' "January Hackfest Winners Announced" under "january"; an Italian blog's "Agosto".
    (giveaways, hackfest, agosto) = _tags(
        (
            "Giveaways: Win Great Prizes This December at Hongkiat",
            "Win great prizes this December.",
            ("prizes", "december", "Freebies"),
        ),
        ("January Hackfest Winners Announced", "The January hackfest.", ("january", "hackfest")),
        ("Quel giorno arriverà.", "Era agosto, il giorno arriverà.", ("Agosto",)),
    )
    assert "december" not in giveaways and "prizes" in giveaways
    assert hackfest == ("hackfest",)
    assert agosto == ()


def test_a_month_that_is_also_a_word_or_a_planet_stays() -> None:
    (mars,) = _tags(("Curiosity on Mars", "The rover landed on Mars.", ("Mars",)))
    assert mars == ("Mars",)


def test_the_front_page_without_its_accent_is_no_tag() -> None:
    # Al-Kanz (s19 pool) files front-page items under "A la Une"; Rue89 under "A la une".
    (item,) = _tags(
        (
            "L’enfant seul",
            "Je suis à la une, seul, meme au milieu d’une foule. Halal.",
            ("A la Une", "Halal"),
        )
    )
    assert item == ("Halal",)


def test_a_markdown_headings_mark_is_off_the_headline() -> None:
    # Carnet Web de Maxime Garrigues (s19 pool) writes every title "# Le Web08, ça chauffe !".
    assert headline("# Le Web08, ça chauffe !", "") == "Le Web08, ça chauffe !"
    assert headline("## Moi je …", "") == "Moi je …"


def test_a_number_sign_that_is_part_of_the_headline_stays() -> None:
    assert headline("#1 Hit of the Week", "") == "#1 Hit of the Week"
    assert headline("# of users doubled", "") == "# of users doubled"
