"""Hashtags held-out sample 10 rejected (bench/judged/2026-12-06-heldout-10*.jsonl): a blog's
personal catch-alls shown as topics, and one tag shown twice in two spellings."""

from __future__ import annotations

from bot.parsing.categories import entry_categories, is_topic
from bot.render.content import hashtags


def _topics(*terms: str) -> tuple[str, ...]:
    return entry_categories([{"term": t} for t in terms])


# The labels an author files posts by, not what they are about: Rubenerd's "thoughts" beside
# "advertising" (RSParser's rubenerd.rss, item 1), Proust Cafe's diary "dekigoto" (romaji,
# XML_Feed_Parser's otherlanguage.xml), "Personal" on 17 of a blog's 20 posts, "musings",
# "随笔" ("jottings", 14 of 20), "日记本", "Offtopic", and GigaOM's "Picks" beside "Mobile"
# and "Hitlines" (its column of short news, on 5 of 16 items) beside "Broadband".


def test_a_blogs_personal_catch_alls_are_no_hashtags() -> None:
    assert _topics("thoughts", "advertising", "language") == ("advertising", "language")
    assert _topics("dekigoto") == ()
    assert _topics("Personal") == () and _topics("musings") == () and _topics("Random") == ()
    assert _topics("随笔") == () and _topics("日记本") == () and _topics("Thinking") == ()
    assert _topics("Offtopic", "Personal") == () and _topics("pessoal") == ()
    assert _topics("Broadband", "Hitlines", "Mobile") == ("Broadband", "Mobile")
    assert _topics("Featured", "Mobile", "Picks", "Apple", "iPhone") == (
        "Mobile",
        "Apple",
        "iPhone",
    )


def test_a_catch_alls_word_in_a_topic_stays() -> None:
    # A qualified label names what it is about.
    for topic in (
        "Personal Finance",
        "Design Thinking",
        "NFL Picks",
        "Random Forests",
        "Diary of a CEO",
    ):
        assert is_topic(topic), topic


# Simple Entrepreneur files an item under "Création D’Entreprise" and tags it "creation
# entreprise": one topic, which the post showed twice ("#Création_D_Entreprise
# #creation_entreprise").


def test_a_tag_spelt_without_accents_or_elision_is_shown_once() -> None:
    tags = ["Création D’Entreprise", "conference", "creation entreprise", "entrepreneur"]
    assert hashtags(tags, 3) == ("#Création_D_Entreprise", "#conference", "#entrepreneur")
    assert hashtags(["Résumé", "resume", "l'Europe", "Europe"], 5) == ("#Résumé", "#l_Europe")


def test_tags_that_differ_by_more_than_spelling_stay_apart() -> None:
    # An Irish name's "O'" is no elision: O'Reilly is not Reilly.
    assert hashtags(["O'Reilly", "Reilly"], 5) == ("#O_Reilly", "#Reilly")
