"""Tags ticked from a list (an item with three times the feed's usual count of tags) are shown
only where the post names them (held-out sample 11's hashtag rejects, 2026-12-06).

The feeds are from kalv/ruby-feed-parser-benchmark's 2008 crawl (commit 5c2d2b54, no licence
stated): the headlines, labels and sentences below are quoted short strings, not copied files."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.render.content import hashtags


def _feed(*items: tuple[str, str, tuple[str, ...]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>http://example.org/{n}</link>"
        f"<description>{text}</description>"
        + "".join(f"<category>{c}</category>" for c in tags)
        + "</item>"
        for n, (title, text, tags) in enumerate(items)
    )
    return f'<rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'.encode()


def _named(
    *items: tuple[str, str, tuple[str, ...]],
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    # Items whose text names each of their tags: a tag is shown only where the item names it
    # (bench/judged/README.md, session 17, V1), so these test what the filing rules drop.
    return tuple((title, f"{text} {', '.join(tags)}.", tags) for title, text, tags in items)


def _shown(body: bytes) -> list[tuple[str, ...]]:
    return [
        hashtags(e.categories, 3) for e in parse_feed(body, url="http://example.org/feed").entries
    ]


# Cafefoot (feed-194464843.atom10), a French football podcast, ticks a bilingual keyword list on
# one episode: "Allemagne, Angleterre, Argentina, Argentine, Attaquant, Champion's League,
# England, ..." (15 tags) on an episode about "Ballon d'or pour C. Ronaldo et Ligue des
# Champions", five, one or none on the others. The post showed "#Allemagne #Angleterre #Argentina".
_LIST = tuple(
    "Allemagne Angleterre Argentina Argentine Attaquant England Espagne Forward France Germany "
    "Midfielder Milieu Portugal Spain".split()
)


def test_a_ticked_list_shows_only_the_tags_the_post_names() -> None:
    body = _feed(
        (
            "68: Ballon d'or pour C. Ronaldo et Ligue des Champions",
            "Salut les gars! Le 67 avait ete enregistre avant ses vacances en France.",
            _LIST,
        ),
        (
            "66: Ligue 1, Lyon-Bordeaux et OM-Lorient surtout",
            "Salut les gars! Le championnat de France.",  # named: the tag gate keeps it
            ("France",),
        ),
        ("65: Claire dans Cafefoot", "Salut les gars!", ()),
        (
            "64: Ligue1, Lyon-Bordeaux, OM, PSG, Roma et Lazio",
            "Salut les gars!",
            ("Angleterre", "England", "France", "Italie", "Italy"),
        ),
    )
    assert _shown(body)[:3] == [("#France",), ("#France",), ()]


# The Consumerist-like deals blog (feed--43742624.atom10) files a layoffs story under every
# column it once ran in ("Daily Deals", "Getta Job", "Past feature", "Politics", "Top
# Feature") while its other items carry one.


def test_an_item_filed_under_every_column_loses_the_unnamed_ones() -> None:
    body = _feed(
        (
            "1000s Of Yahoo Employees Laid Off Today",
            "Actual excerpt from Yahoo management Layoffs How To Manual.",
            ("Daily Deals", "Getta Job", "Past feature", "Politics", "Top Feature"),
        ),
        ("Big Sales: Bloomingdales 40% Off Sale", "Sales.", ("Daily Deals",)),
        ("Time Warner Server Down Three Days", "Down.", ("Consumer News",)),
        ("Haps n Hangs Picks O' The Week", "Picks.", ("Top Feature",)),
    )
    assert _shown(body)[0] == ()


def test_a_feed_that_tags_every_item_richly_keeps_its_tags() -> None:
    # Five unnamed tags are this blog's usual (novovision, feed-166845022.rss20): no list ticked.
    topics = ("Idées", "technologies", "journalisme", "internet", "société", "Google", "médias")
    body = _feed(*_named(*((f"Billet {n}", "Un texte.", topics[n : n + 5]) for n in range(3))))
    assert _shown(body) == [tuple(f"#{t}" for t in topics[n : n + 3]) for n in range(3)]


# Jessica Temporal's blog (fastfeedparser's benchmark_data/6d28cf55da15a12d, MIT) files each
# post by the language it is written in: "english" on 80 posts, "português", "portugues" or
# "pt" on 90, never both; the posts showed "#openai #auth #english", "#python #portugues
# #tutorial".


def test_the_languages_a_blog_sorts_its_posts_by_are_no_hashtags() -> None:
    body = _feed(
        *_named(
            ("RAG and Access Control", "Where do you start?", ("openai", "auth", "english", "fga")),
            ("Dicas para migrar de Flask", "Uma dica.", ("python", "portugues", "tutorial")),
            ("The last of the list with Python", "A tip.", ("python", "english", "en")),
            (
                "Keynote - Python Brasil 2024",
                "Uma palestra.",
                ("português", "pt", "django", "talk"),
            ),
            ("Renaming files in Git: the right way", "A tip.", ("git", "english", "protip")),
            ("Livestream Hacktoberfest", "Uma live.", ("português", "github", "open source")),
        )
    )
    assert _shown(body) == [
        ("#openai", "#auth", "#fga"),
        ("#python", "#tutorial"),
        ("#python",),
        ("#django", "#talk"),
        ("#git", "#protip"),
        ("#github", "#open_source"),
    ]


def test_languages_an_item_is_about_stay() -> None:
    # A language school's lessons compare two languages on one item: topics, not filing.
    body = _feed(
        *_named(
            ("False friends", "Lesson.", ("English", "Spanish", "vocabulary")),
            ("Ser and estar", "Lesson.", ("Spanish", "grammar")),
            ("Phrasal verbs", "Lesson.", ("English", "grammar")),
            ("Idioms", "Lesson.", ("English", "idioms")),
            ("The subjunctive", "Lesson.", ("Spanish", "grammar")),
        )
    )
    shown = _shown(body)
    assert {"#English", "#Spanish"} <= set(shown[0])
    assert "#Spanish" in shown[1] and "#English" in shown[2]
