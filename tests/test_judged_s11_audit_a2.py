"""What the editor rejected in audit A2 of session 11 (session 9's pool redrawn,
bench/judged/2026-12-05-s11-audit-A2, development data): a site's post kinds shown as hashtags,
standing prompts. The category lists and sentences are
the real feeds' (quoted short), with made-up neighbours the rules must leave alone."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.parsing.categories import entry_categories, informative_first
from bot.text.show_prompts import is_audience_ask

# La Revue du Digital (mmcdole/gofeed index.html.1): its ten items' categories.
_REVUE_DU_DIGITAL = [
    ("abonnement", "Evènement", "Marketing"),
    ("brèves",),
    ("abonnement", "brèves", "Objets connectés"),
    ("abonnement", "brèves", "Objets connectés"),
    ("fil d'actualité",),
    ("fil d'actualité",),
    ("fil d'actualité",),
    ("brèves",),
    ("fil d'actualité",),
    ("brèves",),
]
# Hydro74 (ruricolist/cl-feedparser hydro74.rss): "updates" on 3 of 10, the rest "Uncategorized".
_HYDRO74 = [
    ("updates",),
    ("Uncategorized",),
    ("Uncategorized",),
    ("Uncategorized", "updates"),
    ("Uncategorized",),
    ("updates",),
    ("Uncategorized",),
    ("Uncategorized",),
    ("Uncategorized",),
    ("Uncategorized",),
]


def _shown(lists: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    topics = [entry_categories({"term": t} for t in cats) for cats in lists]
    return informative_first(topics)


def test_a_sites_post_kinds_taken_together_are_no_hashtags() -> None:
    shown = _shown(_REVUE_DU_DIGITAL)
    # "brèves" (briefs) on 5 items and "fil d'actualité" (news feed) on 4 file the posts;
    # "abonnement" flags the paywalled ones.
    assert shown[0] == ("Evènement", "Marketing")
    assert shown[2] == ("Objets connectés",)
    assert shown[1] == () and shown[4] == ()


def test_items_filed_under_no_topic_do_not_outvote_a_post_kind() -> None:
    assert _shown(_HYDRO74)[0] == ()
    assert _shown(_HYDRO74)[3] == ()


def test_a_kind_on_a_few_of_the_filed_items_still_stays() -> None:
    # "news" is never a topic (session 12: tests/test_judged_s12_post_kinds.py); a column of
    # briefs on one of four items sets it apart.
    few = [("news", "Mars"), ("science",), ("space",), ("biology",), ("Uncategorized",)]
    assert _shown(few)[0] == ("Mars",)
    briefs = [("brèves", "Mars"), ("science",), ("space",), ("biology",)]
    assert _shown(briefs)[0] == ("brèves", "Mars")
    # A topic word that is no kind of post is kept however many items carry it.
    assert _shown([("Abonnements télécoms",), ("Abonnements télécoms",)])[0] == (
        "Abonnements télécoms",
    )


# A show's standing asks: its page on a social network (Zero Punctuation, The Escapist's video
# feed, mfilej/zerop), a call for material with an address (Archinect's "Get Lectured" series,
# ruricolist/cl-feedparser archinect.xml). A job post's way to apply and a sentence about a
# network's page stay.


def _cleaned(html: str) -> str:
    return read_text(html, title=None, site_name="Site", site_url="https://site.example")[0]


def test_a_call_to_the_shows_social_page_is_no_summary() -> None:
    zero = (
        "<p>This week, Zero Punctuation reviews Red Dead Redemption.</p>"
        '<p>Be sure to join the <a href="http://www.facebook.com/pages/Zero-Punctuation/1">'
        "Zero Punctuation Facebook Fan Page</a>.</p>"
    )
    assert _cleaned(zero) == "This week, Zero Punctuation reviews Red Dead Redemption."
    for ask in (
        "You can also join us on the Facebook group TaylorNetwork of podcasts",
        "Plus be sure to check out our new Facebook group for Nancy listeners.",
        "Visit MartyrMade Facebook page!",
        "For more with Count Dankula, check out his YouTube Channel!",
    ):
        assert is_audience_ask(ask), ask
    for news in (
        "The company said it would follow the Facebook page rules.",
        "They act like the Twitter account is somehow the voice of the outlet itself.",
        "It can also be the delivery channel for your content, like your YouTube channel.",
    ):
        assert not is_audience_ask(news), news


def test_a_standing_call_for_material_with_an_address_is_no_summary() -> None:
    archinect = (
        "<p>The next featured poster comes from the Syracuse University School of Architecture."
        " Send us your school's lecture series poster and details to connect@archinect.com."
        " Unless noted, events take place at 5 pm in the Slocum Hall Auditorium.</p>"
    )
    assert "connect@archinect.com" not in _cleaned(archinect)
    assert "Slocum Hall Auditorium" in _cleaned(archinect)
    assert is_audience_ask("Email your question (ideally as a voice memo) to advice@nancy.org")
    assert is_audience_ask("Please email any feedback to admin@railstutorial.org.")
    # How to apply is a job post's news.
    assert not is_audience_ask("To apply: Please send your resume to jobs@canonical.com.")
    assert not is_audience_ask("Please send your resume and portfolio to michelle@media.com")
