"""What the editor rejected in audit A2 of session 11 (session 9's pool redrawn,
bench/judged/2026-12-05-s11-audit-A2, development data): a site's post kinds shown as hashtags,
standing prompts, a sentence whose link the feed lost. The category lists and sentences are
the real feeds' (quoted short), with made-up neighbours the rules must leave alone."""

from __future__ import annotations

from bot.parsing.categories import entry_categories, informative_first

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
    few = [("news", "Mars"), ("science",), ("space",), ("biology",), ("Uncategorized",)]
    assert _shown(few)[0] == ("news", "Mars")
    briefs = [("brèves", "Mars"), ("science",), ("space",), ("biology",)]
    assert _shown(briefs)[0] == ("brèves", "Mars")
    # A topic word that is no kind of post is kept however many items carry it.
    assert _shown([("Abonnements télécoms",), ("Abonnements télécoms",)])[0] == (
        "Abonnements télécoms",
    )
