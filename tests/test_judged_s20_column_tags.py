"""Held-out samples 20 and 21's tag rejects: a tag whose words hold another shown tag's
("#design #design_change"), and a tag repeating the label a feed's headlines open with (a
column, a weekly series, a bracketed kind)."""

from __future__ import annotations

from bot.render.content import hashtags
from tests.support.tagged_feeds import TaggedItem, rss_item_tags


def _tags(*items: TaggedItem) -> list[tuple[str, ...]]:
    return rss_item_tags(*items, title="Blog")


def test_a_tag_inside_another_shown_tag_names_one_topic_twice() -> None:
    # NSpeaks (s23 pool) "design", "design change"; B2B Marketing (s22) "business training",
    # "training"; NSpeaks "Blogging Contests", "contest" (singular of the other's word).
    assert hashtags(["design", "design change"], 3) == ("#design",)
    assert hashtags(["business training", "training"], 3) == ("#business_training",)
    # The twin keeps its place: the feed's next tag is one it ranked lower.
    assert hashtags(["ninja affiliate plugin", "Blogging Contests", "contest", "nspeaks"], 3) == (
        "#ninja_affiliate_plugin",
        "#Blogging_Contests",
    )


def test_tags_sharing_a_word_only_both_stay() -> None:
    assert hashtags(["Google Maps", "Street View"], 3) == ("#Google_Maps", "#Street_View")
    assert hashtags(["Wordpress Themes", "wordpress upgrade"], 3) == (
        "#Wordpress_Themes",
        "#wordpress_upgrade",
    )


def test_a_column_the_headlines_open_with_is_no_topic() -> None:
    # Bike Snob NYC (s22 pool): "this just in" on the two "This Just In: …" posts only.
    recess, votin, other = _tags(
        ("This Just In: Recess!", "Time for a short leave of absence.", ("this just in",)),
        ("This Just In: Gone Votin'", "I am off to vote.", ("this just in",)),
        ("Moxie: Who Needs It?", "Trek's marketing.", ("trek",)),
    )
    assert (recess, votin, other) == ((), (), ("trek",))


def test_a_weekly_series_headline_and_a_bracketed_kind_are_no_topics() -> None:
    # GeoInWeb's weekly "Revue du Geoweb et de la géolocalisation de la semaine" filed "Revue
    # du Geoweb"; Application iPhone's "[Preview] …" headlines filed "Preview" (s22 pool).
    week = ("Revue du Geoweb et de la géolocalisation de la semaine", "Street View.")
    assert _tags((*week, ("Revue du Geoweb",)), (*week, ("Revue du Geoweb",))) == [(), ()]
    (dial, bee, card) = _tags(
        ("[Preview] Visual Dial une application", "Une app simple.", ("Preview", "Utilitaires")),
        ("[Preview] Dizzy Bee 2 bientôt sur iPhone", "Un jeu.", ("Preview", "Jeux")),
        ("GreenCard, carte de visite", "Une carte.", ("Preview", "Productivité")),
    )
    assert "Preview" not in dial + bee + card


def test_a_topic_the_headlines_open_with_and_the_texts_name_stays() -> None:
    items = _tags(
        ("Google Maps: transit in Bordeaux", "Google Maps adds transit.", ("Google Maps",)),
        ("Google Maps: street view in Italy", "Google Maps shows Rome.", ("Google Maps",)),
    )
    assert items == [("Google Maps",), ("Google Maps",)]
