"""Held-out samples 18 and 19's tag and headline rejects: a question word as a tag, a singular
beside its plural, a blog's daily feature or picture post as a tag, and a feed's stand-in
headline cut with ASCII dots that the summary repeats."""

from __future__ import annotations

from bot.compose.headlines import headline, summary_beside
from tests.support.tagged_feeds import TaggedItem, rss_item_tags


def _tags(*items: TaggedItem) -> list[tuple[str, ...]]:
    return rss_item_tags(*items, title="Blog")


def test_a_question_word_made_a_label_is_no_tag() -> None:
    # Arrindell Training & Consultancy's Blogger labels (s20 pool): "hoe" on "Hoe werkt …",
    # "wie" on "Wie is …".
    (how, who) = _tags(
        ("Hoe werkt Arrindell", "Arrindell consultancy.", ("consultancy", "hoe")),
        ("Wie is Arrindell", "Een training.", ("wie", "training")),
    )
    assert how == ("consultancy",)
    assert who == ("training",)


def test_the_health_organisation_stays() -> None:
    (item,) = _tags(("Flu season", "The WHO warns.", ("WHO", "flu")))
    assert item == ("WHO", "flu")


def test_a_singular_beside_its_plural_is_one_tag() -> None:
    # Amnesty's isavelives.be (s20 pool) files Ji Sizun under both forms.
    (item,) = _tags(
        (
            "Ji Sizun (h), 59 ans",
            "Le prisonnier d’opinion Ji Sizun a été arrêté en Chine.",
            ("Prisonniers d'opinion", "Chine", "Prisonnier d'opinion"),
        ),
    )
    assert item == ("Prisonniers d'opinion", "Chine")


def test_a_blogs_daily_feature_and_its_picture_posts_are_no_topics() -> None:
    # Scout Labs' "Disney: All In" under "Quote of the Day" with no quote in it; a travel
    # blog's "San Francisco en images…" filed "images" (s20 and s21 pools).
    (disney, gallery) = _tags(
        (
            "Disney: All In",
            "A lesson in product development.",
            ("Product Development", "Quote of the Day"),
        ),
        ("San Francisco en images…", "Photos.", ("images",)),
    )
    assert disney == ("Product Development",)
    assert gallery == ()


def test_a_shoutbox_line_cut_with_two_dots_gives_way_to_its_text() -> None:
    # Liščí doupě's shoutbox (s21 pool): "user: text.." over the whole line.
    text = 'is listening to "Hosi od Bobri reky" right now!'
    assert headline('The Dude: is listening to "Hosi od Bobri..', text) == ""
    assert (
        headline(
            "Bobo: raspi: zvaz zapujceni lyzi. V ..", "raspi: zvaz zapujceni lyzi. V pujcovne."
        )
        == ""
    )
    assert (
        summary_beside(
            "Bobo: raspi: zvaz zapujceni lyzi. V ..",
            lambda _: "raspi: zvaz zapujceni lyzi. V pujcovne.",
        )
        == "raspi: zvaz zapujceni lyzi. V pujcovne."
    )


def test_a_tumblr_auto_title_cut_inside_its_quote_gives_way_to_the_quote() -> None:
    # Phonkmeister (s20 pool): straight quotes in the title, typeset ones in the text.
    title = '"We, as rational customers have likely come to understand that if a company is..."'
    text = "“We, as rational customers have likely come to understand that if a company is willing."
    assert headline(title, text) == ""


def test_a_headline_of_its_own_ending_in_dots_stays() -> None:
    assert headline("Wow..", "Wow.. what a day it was.") == "Wow.."
    assert headline("Waiting for the release...", "The new version is late.") == (
        "Waiting for the release..."
    )
