"""A bookmark digest ("links for <date>") lists linked items, each over a note of its own: the
first bookmark's note is no lead for the digest (held-out sample 13, 2026-12-06).

The entry is from kalv/ruby-feed-parser-benchmark's 2008 crawl (Micro Persuasion,
feed-26145242.atom10, commit 5c2d2b54, no licence stated): its strings are quoted short, in a
list of the del.icio.us plugin's shape, not a copied file."""

from __future__ import annotations

from bot.compose.reading import read_text


def _bookmark(title: str, note: str, tags: str) -> str:
    return (
        f'<li><div class="delicious-link"><a href="http://example.org/{len(title)}">{title}</a>'
        f'</div><div class="delicious-extended">{note}</div><div class="delicious-tags">'
        + "(tags: "
        + " ".join(f'<a href="http://delicious.com/u/{t}">{t}</a>' for t in tags.split())
        + ")</div></li>"
    )


_ITEMS = [
    _bookmark(
        "Vacation Deprivation Survey Facts and Vacation Ideas at Expedia.com",
        '"Despite earning the least amount of annual vacation days, Americans will leave an '
        'average of 3 days unused."',
        "Stats Travel workplace",
    ),
    _bookmark(
        "Times Widgets - Build Your Own Times Widget - The New York Times",
        "The Times goes ga ga for widgets. Great explanations here too.",
        "nytimes Widgets RSS",
    ),
    _bookmark(
        "Forrester: Time To Rethink Your Corporate Blogging Ideas",
        "Free report offers corporate blogging advice.",
        "blogs forrester PR",
    ),
]


def _text(html: str) -> str:
    return read_text(html, title="links for 2008-12-10", site_name=None, site_url=None)[0]


def test_a_bookmark_digest_has_no_lead_of_its_own() -> None:
    assert _text('<ul class="delicious">' + "".join(_ITEMS) + "</ul>") == ""


def test_the_words_above_a_digests_bookmarks_lead() -> None:
    intro = "<p>Three reads on corporate blogging and travel from this week, with my notes.</p>"
    text = _text(intro + "<ul>" + "".join(_ITEMS) + "</ul>")
    assert text == "Three reads on corporate blogging and travel from this week, with my notes."


def test_a_list_of_bare_links_is_the_posts_own_text() -> None:
    links = "".join(
        f'<li><a href="http://example.org/{n}">Forrester: Time To Rethink Part {n}</a></li>'
        for n in range(3)
    )
    assert "Forrester: Time To Rethink Part 0" in _text("<ul>" + links + "</ul>")
