"""What an editor rejected in helper F1's sample of session 6's development pool
(bench/judged/2026-12-05-s6-f1.jsonl), by family: each is checked on real entries of the
rejected feed and of other feeds of the pool (excerpts under tests/data/judged/dev-*)."""

from __future__ import annotations

from functools import cache

from bot.compose.entry import ComposedEntry, compose_batch, learn_boilerplate, source_name
from bot.parsing.categories import headline_named_first
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry
from bot.render.content import PostContent, hashtags
from bot.text.boilerplate import FeedBoilerplate
from tests.conftest import carried


@cache
def read(name: str) -> tuple[str, tuple[tuple[FeedEntry, PostContent], ...]]:
    """A carried excerpt's credit and its entries' post contents, as on the first check."""
    file = carried("judged", name)
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    source = source_name(parsed.title, parsed.site_url, file.as_uri(), parsed.channel)
    learned = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=1.8e9)
    composed: list[ComposedEntry] = compose_batch(
        parsed.entries,
        source=source,
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        boilerplate=learned.phrases,
    )
    posts = []
    for entry, post in zip(parsed.entries, composed, strict=True):
        assert post.content is not None
        posts.append((entry, post.content))
    return source, tuple(posts)


def post_of(name: str, title_start: str) -> PostContent:
    [found] = [post for entry, post in read(name)[1] if entry.title.startswith(title_start)]
    return found


# Credits: the site's name, never the section of a Hugo feed nor a fragment of the title.


def test_a_hugo_section_feed_is_credited_to_its_site() -> None:
    # Hugo titles a section's feed "<section> on <site>" and says so in its description.
    assert read("dev-kopias-hugo.xml")[0] == "Kopiás Csaba"


def test_a_possessive_title_keeps_what_it_owns() -> None:
    # "Tech Blog" after "Tim's" is what Tim's is: the credit "Tim's" alone named nothing.
    assert read("dev-timtech.xml")[0] == "Tim's Tech Blog"


def test_words_before_the_domains_own_spelling_stay_in_the_name() -> None:
    # raggywaltz.com and langorigami.com have no subdomain; the title is the name.
    assert read("dev-raggywaltz.xml")[0] == "It's A Raggy Waltz"
    assert read("dev-langorigami.xml")[0] == "Robert J. Lang Origami"


# Hashtags: what the post is about, not the start of an alphabetical keyword list, and never
# the CMS's "no category" in another language.


def test_a_long_alphabetical_tag_list_gives_the_tags_its_headline_names() -> None:
    velcro = post_of("dev-raywoodcock.xml", "Velcro Alternative")
    assert velcro.tags == ("#Velcro", "#mini_PC", "#VESA")
    purifier = post_of("dev-raywoodcock.xml", "Choosing an Air Purifier")
    assert purifier.tags[:2] == ("#air", "#purifier")


def test_a_short_or_chosen_tag_order_is_the_feeds() -> None:
    # Three tags or fewer, or an order that is no alphabet, are left as the feed wrote them.
    assert headline_named_first(("Zebra", "Apple"), "Apple news") == ("Zebra", "Apple")
    chosen = ("Oscars", "Film", "Culture", "Awards")
    assert headline_named_first(chosen, "The best film at the Oscars") == chosen


def test_wordpress_default_category_in_hebrew_is_no_hashtag() -> None:
    ge11 = post_of("dev-daridor.xml", "GE11 Peptide")
    assert ge11.tags == ("#cancer", "#health", "#immunotherapy")
    assert hashtags(("כללי", "cancer"), 3) == ("#כללי", "#cancer")  # only the feed drops it
