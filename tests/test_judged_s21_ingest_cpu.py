"""A first check's CPU (issue 11's ingest bar): the quicker paths give what the full ones gave."""

from __future__ import annotations

import pytest

from bot.compose.install_posts import _ENGINE_NAMED, _STOCK_TEXT
from bot.text.story_signatures import story_signature

# Stock first posts and hosts' posts (install_posts' own examples), in every case the pattern
# is blind to: what the stock pattern finds, the engine-name search finds first.
STOCK_POSTS = [
    "Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!",
    "Bienvenue dans WordPress. Ceci est votre premier article. Modifiez-le ou supprimez-le",
    "Willkommen bei WordPress. Dies ist dein erster Beitrag.",
    "欢迎使用 WordPress。这是您的第一篇日志。",
    "SiteGround is proud to host this particular WordPress installation.",
    "WELCOME TO MOVABLE TYPE! This is your first post.",
    "welcome to serendipity, your first post",
    "Welcome to b2evolution! This is the first post.",
    "We are PROUD TO HOST THIS PARTICULAR JOOMLA INSTALLATION",
    # The long s is a case variant of "s" to a case-blind pattern.
    "Welcome to WordPreſs. This is your first post.",
]


@pytest.mark.parametrize("text", STOCK_POSTS)
def test_every_stock_post_names_its_engine_for_the_quick_search(text: str) -> None:
    assert _STOCK_TEXT.search(text) is not None
    assert _ENGINE_NAMED.search(text) is not None


def test_a_post_naming_no_engine_is_ruled_out_by_the_quick_search() -> None:
    assert _ENGINE_NAMED.search("Welcome to our new blog! This is the first post.") is None


# Signatures are stored in each feed's boilerplate state: the quicker marks (a title without a
# digit not searched for instalments nor word by word, its words found once) keep every digit
# of them, pinned as main 78ca546 worked them out.
@pytest.mark.parametrize(
    ("title", "blocks", "first", "signature"),
    [
        (
            "This Week in Rust 549",
            [
                "Hello and welcome to another issue of This Week in Rust!",
                "Rust is a programming language empowering everyone.",
            ],
            "Hello and welcome to another issue of This Week in Rust!",
            "0eb70ca608c611fc70903af58596",
        ),
        (
            "#3 : Comment placer Allah ? Partie 2/2",
            ["Hey salam alaykoum bienvenue sur le Miracle Fajr Podcast."],
            "Hey salam alaykoum bienvenue sur le Miracle Fajr Podcast.",
            "02c80d8c0f6d0143fa1b7466f7f9",
        ),
        (
            "Straße der Ökonomie: Ein Überblick",
            ["Die Wirtschaft wächst – langsamer als erwartet.", "Mehr dazu später."],
            "Die Wirtschaft wächst – langsamer als erwartet.",
            "0b660463166d01ae2f01d2370000",
        ),
        (
            "PostGIS 3.5.0beta1",
            ["PostGIS 3.5.0 is out with new features."],
            "",
            "083615900850014832c300000000",
        ),
        ("Go", [], "", "d4306417da5ae498935600000000"),
        # A title past the signature's reach: the opening is the title's start alone.
        ("x" * 1600, ["tail words here"], "tail", "5fd779ef0c114ef689e7b45d0000"),
    ],
)
def test_signatures_are_the_ones_stored_before(
    title: str, blocks: list[str], first: str, signature: str
) -> None:
    assert story_signature(title, blocks, first) == signature
