"""What the site says of itself is no item's summary (held-out sample 16): a teaser template
whose slot the headline fills, a notice of the site's languages or new address, a vote counter,
a welcome to the writer's tutorial. Short strings quoted inline from the 2008 crawl in
kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from functools import partial

from bot.compose.entry import compose_batch, learn_and_compose
from bot.parsing.feeds import parse_feed
from bot.text.boilerplate import FeedBoilerplate
from bot.text.greetings import is_greeting
from bot.text.promo_sentences import without_promo_sentences
from bot.text.site_notices import is_site_notice
from tests.support.rss import Item, rss


def summaries(items: list[Item]) -> dict[str, str]:
    """Each item's summary by title, as a feed's first check composes them."""
    parsed = parse_feed(rss("A site", "http://example.com/", items).encode(), url="")
    compose = partial(
        compose_batch, source="A site", source_url=None, language=None, summary_chars=600
    )
    _, _, composed = learn_and_compose(
        FeedBoilerplate(), parsed.entries, now=1.8e9, compose=compose, parsed=parsed, feed_url=""
    )
    return {
        e.title: post.content.summary if post.content else ""
        for e, post in zip(parsed.entries, composed, strict=True)
    }


def _item(n: int, title: str, description: str) -> Item:
    return Item(title, f"http://example.com/{n}", description, guid=f"g{n}")


def test_a_teaser_template_the_headline_fills_is_no_summary() -> None:
    # FoodService News: every item one skeleton, its slot a word of the headline.
    kinds = ("Equipment", "Beverage", "Food", "Features")
    posts = summaries(
        [
            _item(
                n,
                f"FoodService News - {kind} Article",
                f"Read the latest {kind.lower().rstrip('s')} article from FoodService News.",
            )
            for n, kind in enumerate(kinds)
        ]
    )
    assert set(posts.values()) == {""}


def test_descriptions_that_share_a_form_but_not_a_skeleton_stay() -> None:
    posts = summaries(
        [
            _item(1, "Obama wins", "Obama wins the election after a long night of counting votes."),
            _item(
                2, "Storm hits coast", "Storm hits the coast and leaves thousands without power."
            ),
            _item(3, "Team wins cup", "Team wins the cup in a final decided by penalties."),
        ]
    )
    assert all(posts.values())


def test_a_notice_of_the_pages_languages_or_new_address_goes() -> None:
    for notice in (
        "The content your are looking for is only available in Français.",
        "Sorry, this entry is only available in English.",
        "Diaper Daily News is now also accessible by using the url: diaperdailynews.com.",
        "This feed has moved to http://blog.codewranglers.org/feed/atom.xml",
        "1 Floats",
    ):
        assert is_site_notice(notice), notice
    for kept in (
        "Sadly, it is only available in Japan at the moment.",
        "The Console is now accessible from any panel.",
        "Riddley has moved to clj-commons.",
        "The bill passed with 52 votes.",
        "Cost: 4 Points",
    ):
        assert not is_site_notice(kept), kept


def test_a_vote_counter_on_its_own_line_leaves_the_lead() -> None:
    text = "Yachtversicherung ist Vertrauenssache\n1 Floats"
    assert without_promo_sentences(text, frozenset()) == "Yachtversicherung ist Vertrauenssache"


def test_a_welcome_to_the_writers_tutorial_says_nothing() -> None:
    assert is_greeting("Bienvenue dans mon tuto.")
    assert is_greeting("Welcome to my blog!")
    assert not is_greeting("Welcome to my blog where I write about knitting.")
    assert not is_greeting("Bienvenue dans mon tutoriel sur le FTP.")
