"""Held-out sample 16's rejects: tags naming a post's kind or a "to discover" section, Ziff
Davis's "kc" tracking code on links, and a quoted article credited only to the blog."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.parsing.urls import canonical_url, without_trackers
from tests.support.tagged_feeds import TaggedItem, rss_item_tags


def _tags(*items: TaggedItem) -> list[tuple[str, ...]]:
    return rss_item_tags(*items, title="A blog")


def test_a_review_of_a_medium_a_report_and_a_best_of_are_kinds_of_post() -> None:
    # A marketing blog's "book review" repeats its headline's "Book Review -"; a music blog's
    # "Report" beside "News"; Mahalo's "best of" roundup: how the post was written, not what about.
    book, report, best = _tags(
        (
            "Book Review - The Breakthrough Company",
            "A book review of a marketing book about branding.",
            ("book review", "branding"),
        ),
        (
            "Finals in Berlin!",
            "Our report from the Berlin finals of the jam.",
            ("Report", "Berlin"),
        ),
        (
            "Best of Mahalo, September 24",
            "The best of the day: Barack Obama.",
            ("best of", "Barack Obama"),
        ),
    )
    assert (book, report, best) == (("branding",), ("Berlin",), ("Barack Obama",))


def test_a_pen_review_names_what_is_reviewed_and_stays() -> None:
    (tags,) = _tags(("A pen", "My pen review of the Caran d'Ache.", ("Pen Review", "Caran d'Ache")))
    assert "Pen Review" in tags


def test_a_to_discover_section_is_a_catch_all() -> None:
    # A Disney fan site's "A découvrir" section on 3 of its 10 posts, beside their topics.
    (tags,) = _tags(
        (
            "La Fan Page Disney Pixar sur Facebook",
            "A découvrir : la page Facebook de Disney Pixar.",
            ("A découvrir", "Facebook"),
        )
    )
    assert tags == ("Facebook",)


def test_ziff_davis_key_code_is_tracking_on_article_and_site_links() -> None:
    # eWeek's Google Watch: every link of the feed ends "?kc=rss"; a link in the text carries
    # the same code twice ("kc=eweekarticle112608&src=eweekarticle112608").
    link = "http://googlewatch.eweek.com/content/google_reader/revamp.html?kc=rss"
    assert canonical_url(link) == "http://googlewatch.eweek.com/content/google_reader/revamp.html"
    assert (
        without_trackers("http://googlewatch.eweek.com/?kc=rss") == "http://googlewatch.eweek.com/"
    )
    inline = (
        "http://www.webbuyersguide.com/company?id=4274&kc=eweekarticle112608&src=eweekarticle112608"
    )
    assert canonical_url(inline) == "http://www.webbuyersguide.com/company?id=4274"


def test_a_source_key_with_its_own_value_stays() -> None:
    assert without_trackers("http://example.com/a?src=photos&id=3") == (
        "http://example.com/a?src=photos&id=3"
    )


# 0307.fr's item (held-out sample 16): the whole text a blockquote, then a paragraph that is
# only the link to the quoted page, titled as that page is.
_QUOTED = (
    "<blockquote><p>Le duo de choc Laure Manoudou-Philippe Lucas devrait se reformer. Selon Me"
    " Didier Poulmaire, l'avocat de Laure Manaudou, contacté ce matin par eurosport.fr, la"
    " “réflexion se poursuit.”</p><p>Philippe Lucas a été son entraîneur pendant sept ans, de"
    " 2000 à 2007.</p></blockquote>"
    '<p><a href="http://www.eurosport.fr/natation/manaudou-vers-lucas_sto1700547/story.shtml">'
    "Manaudou-Lucas, ça se précise - NATATION - Eurosport</a>.</p>"
)


def test_a_quoted_article_with_its_source_link_is_a_reprint_of_that_site() -> None:
    text, result = read_text(
        _QUOTED, title=None, site_name="0307.fr", site_url="http://www.0307.fr"
    )
    assert result.is_reprint and result.original_publisher == "Eurosport"
    assert result.original_url and result.original_url.startswith("http://www.eurosport.fr/")
    assert "NATATION" not in text


def test_a_quote_the_writer_then_comments_on_is_no_reprint() -> None:
    # The writer's own paragraphs outweigh the quote: a post about the linked page.
    own = (
        "<p>"
        + "Voici mon avis sur cette affaire, qui me semble bien plus compliquée. " * 4
        + "</p>"
    )
    result = read_text(
        own + _QUOTED, title=None, site_name="0307.fr", site_url="http://www.0307.fr"
    )[1]
    assert not result.is_reprint
