"""Hashtags by evidence (session 17): a label on nearly every item of a feed that no item's
headline or text names is the feed's label, not a topic; a tag the items name stays."""

from __future__ import annotations

from bot.parsing.tag_evidence import names, said
from tests.support.tagged_feeds import entry_tags, tagged_atom

# Web2Null (kalv/ruby-feed-parser-benchmark feed--224173361.rss20) files all 10 of its
# service reviews under "Galerie" beside their topics; no review says "Galerie".
_WEB2NULL = [
    (
        "Perkler",
        ("Community", "Galerie"),
        "Perkler ist eine Community für Leute, die Vergünstigungen und Bonusprogramme nutzen.",
    ),
    ("thumbtack", ("Texte", "Galerie"), "Microsofts thumbtack ist ein online Notizbuch."),
    (
        "LucidCharts",
        ("Grafik", "Galerie"),
        "LucidCharts ist eine kollaborative FlowCharts-Anwendung für Grafiken.",
    ),
    ("Zehn.de", ("Bewertungen", "Galerie"), "Zehn.de sammelt Bewertungen von Produkten."),
    ("fonolo", ("Wissen", "Galerie"), "fonolo führt durch Telefonmenüs: Wissen per Klick."),
]


def test_a_label_on_every_item_that_no_item_names_is_not_shown() -> None:
    tags = entry_tags(tagged_atom("Web2Null", *_WEB2NULL))
    assert all("Galerie" not in t for t in tags)
    assert tags[0] == ("Community",)


def test_a_label_on_every_item_stays_where_some_item_names_it() -> None:
    # A podcast about Perl files every episode "Perl"; the episodes say "Perl".
    posts = [
        (f"Perlcast Interview {n}", ("Perl", topic), f"We talk about {topic} and Perl {n}.")
        for n, topic in enumerate(("WebGUI", "SVK", "Rails", "CPAN", "Moose"))
    ]
    tags = entry_tags(tagged_atom("Perlcast", *posts))
    assert all("Perl" in t for t in tags)


def test_an_item_names_a_tag_inflected_or_accented() -> None:
    item = said("Les galeries de Séville", "<p>Political news from Égypte.</p>")
    assert names(item, "Galerie") and names(item, "Sevilla") and not names(item, "Madrid")
    assert names(item, "Politics") and names(item, "Egypte") and names(item, "égypte")
    assert names(said("東京の天気"), "東京") and not names(said("sunny"), "Rain")
