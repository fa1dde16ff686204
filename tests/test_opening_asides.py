"""A blogger's one-paragraph aside set above the article it comments on (a rule or a heading
between them) leans on what follows ("This certainly gives us …", "The results of this study
…"): the article's own lead is the post's. An opening that says something, or a date, stays."""

from __future__ import annotations

from bot.text.cleaning import SECTION_BREAK
from bot.text.opening_asides import without_opening_aside

_ARTICLE = (
    "Results of a recent study of nematode worms has found that antioxidants have no effect on "
    "lifespan.\n\nDavid Gems and colleagues genetically engineered nematode worms."
)


def test_an_aside_on_the_article_below_gives_way_to_its_lead() -> None:
    # imdocmac.com's antiaging posts (sample 17): the note in an <h3>, a dashed rule, the study.
    aside = (
        "This certainly gives us something to think about; however, do not go throwing all your "
        "vitamins and other supplements out the window yet."
    )
    assert without_opening_aside(aside + SECTION_BREAK + _ARTICLE) == _ARTICLE
    study = (
        "The results of this study could also be applied to the benefits of exercise on blood "
        "flow to other organs."
    )
    assert without_opening_aside(study + SECTION_BREAK + _ARTICLE) == _ARTICLE


def test_an_opening_that_says_something_or_has_nothing_after_it_stays() -> None:
    for opening in (
        "This week the council voted to close the library on Sundays.",
        "The council voted to close the library on Sundays.",
        # Intros of the post itself (pools): the series' part, a recipe post.
        "In the series about the internals of geoWrite, this article discusses its zero page.",
        "This is a recipe post. I loathe and despise recipe sites.",
    ):
        text = opening + SECTION_BREAK + _ARTICLE
        assert without_opening_aside(text) == text
    alone = "This certainly gives us something to think about." + SECTION_BREAK + "Tags: health"
    assert without_opening_aside(alone) == alone
