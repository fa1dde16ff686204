"""What an editor rejected in helper F3's sample of session 7's development pool
(bench/judged/2026-12-05-s7-f3.jsonl), by family: each is checked on real entries of the
rejected feeds (excerpts under tests/data/judged/s7dev-*)."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name, is_section_name
from bot.parsing.feeds import parse_feed
from tests.conftest import carried
from tests.test_judged_dev_pool import post_of, read

# An account's feed on a shared host: its title names the account, not a section.


def test_an_account_feed_is_credited_to_its_account_not_the_host() -> None:
    # Mastodon titles @nuclearpasta's feed "Nuclearpasta" at mastodon.art/@nuclearpasta: the
    # title matched the one path segment and was taken for a section, so the host was credited.
    assert read("s7dev-nuclearpasta-mastodon.xml")[0] == "Nuclearpasta"


def test_an_account_path_is_no_section_but_a_section_path_still_is() -> None:
    assert not is_section_name("Nuclearpasta", site_url="https://mastodon.art/@nuclearpasta")
    assert not is_section_name("ken", site_url="https://example.org/~ken/")
    assert is_section_name("Asia", site_url="https://www.economist.com/asia")
    assert derive_site_name("Ken", "https://example.org/~ken/", "https://example.org/f").name == (
        "Ken"
    )


# A toot's closing line of hashtags is no sentence of the post.


def test_a_paragraph_of_hashtags_is_not_the_summary() -> None:
    toot = post_of("s7dev-nuclearpasta-mastodon.xml", "An unthinkable")
    assert "#" not in toot.summary
    # The tags still reach the post as its hashtags, from the entry's categories.
    assert "#MastoArt" in toot.tags


def test_a_sentence_with_a_hashtag_in_it_stays() -> None:
    from bot.text.blocks import to_blocks
    from bot.text.cleaning import clean_article_text

    blocks = to_blocks("<p>Oh it's #WebcomicDay again! Read my comic.</p><p>#comics #art</p>")
    assert clean_article_text(blocks, cuts=[]) == "Oh it's #WebcomicDay again! Read my comic."


# A channel <link> to a feed document: a credit would open raw XML.


def test_a_link_to_a_feed_document_credits_the_sites_root() -> None:
    # The FDA's "Drug Recalls" feed gives ".../rss-feeds/drug-recalls/rss.xml" as its site; read
    # from a copy (or a mirror), that is not where it was fetched from.
    file = carried("judged", "s7dev-fda-drug-recalls.xml")
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    assert parsed.site_url == "http://www.fda.gov/"


def test_a_link_to_a_feed_by_its_folder_credits_that_folders_page() -> None:
    # Held-out sample 6 (H5): every such <link> over the corpus and dev pools was a feed
    # ("rubypond.com/rss/", "…/blog/rss/", "web.developpez.com/index/rss"), none a page; a
    # page listing the site's feeds is not the site either. The folder's page is what is left.
    body = (
        b'<rss version="2.0"><channel><title>T</title><link>https://example.org/news/rss</link>'
        b"<item><title>A</title><link>https://example.org/a</link></item></channel></rss>"
    )
    parsed = parse_feed(body, url="https://example.org/other.xml", headers={})
    assert parsed.site_url == "https://example.org/news/"


def test_a_page_link_that_only_looks_like_a_feed_folder_stays() -> None:
    body = (
        b'<rss version="2.0"><channel><title>T</title><link>https://example.org/news/rss-help</link>'
        b"<item><title>A</title><link>https://example.org/a</link></item></channel></rss>"
    )
    parsed = parse_feed(body, url="https://example.org/other.xml", headers={})
    assert parsed.site_url == "https://example.org/news/rss-help"


# Hugo's plain-text summaries end a paragraph with a line break but run a subhead into the
# next paragraph with a space: the subhead is no part of the sentence it opens.


def test_a_subhead_run_into_a_hugo_summarys_paragraph_is_cut() -> None:
    tips = post_of("s7dev-atomicbird-hugo-summary.xml", "iOS 8 App Extension Development Tips")
    assert "Debugging: General" not in tips.summary
    assert "limited time. The intended approach is simple" in tips.summary
    swift = post_of("s7dev-atomicbird-hugo-summary.xml", "Using Core Data with Swift")
    assert "Considered Harmful" not in swift.summary
    logging = post_of("s7dev-andyibanez-hugo-summary.xml", "Logging Messages With")
    assert "Logging Messages The framework" not in logging.summary
    assert "The framework supports interpolated strings" in logging.summary


def test_a_line_opening_on_capitalised_words_of_its_own_sentence_stays() -> None:
    from bot.text.openings import cut_section_heading

    for line in (
        "In March The Guardian reported it.",  # the opener is followed by a capital
        "Apple introduced Touch ID all the way back in 2013.",
        "We learned the very basics We learned how to validate user input",  # sentence case
        "Today we will explore the NLLanguageRecognizer object.",
    ):
        assert cut_section_heading(line) == line
    assert cut_section_heading("Using NLEmbedding Using NLEmbedding is easy.") == (
        "Using NLEmbedding is easy."
    )


# A link whose text is the whole pointing sentence, ending on its pointer: the post carries no
# such link, so the sentence points at nothing.


def test_a_sentence_that_is_a_link_ending_on_here_is_no_summary_text() -> None:
    post = post_of("s7dev-cyklistbloggen-pointer.xml", "När kommunen bygger nya vägar")
    assert "tidigare här" not in post.summary
    assert post.summary.endswith("den andra är den via Kanalvägen/Danvikstull.")


def test_a_link_ending_on_here_that_the_sentence_goes_on_from_stays() -> None:
    from bot.text.blocks import to_blocks
    from bot.text.pointer_links import pointer_link_cuts

    blocks = to_blocks('<p>I read <a href="/r">the results here</a>, and they are good.</p>')
    assert pointer_link_cuts(blocks) == []
    [block] = to_blocks('<p>It works. <a href="/r">Read the full list here</a>.</p>')
    [cut] = pointer_link_cuts([block])
    assert block.text[: cut.start].strip() == "It works."


# A planet's items are credited to the blog each title opens with ("Tom Moertel: …"), not to
# the host they link to ("moertel.com", "nott.ac.uk", "feedburner.com").


def _credit_line(post_title: str) -> str:
    """The rendered credit of a planet item, composed as the checker composes it: with the
    feed read as an aggregated one."""
    from bot.compose.aggregation import aggregated_feed
    from bot.compose.entry import compose_batch, source_name
    from bot.render.content import render_post

    file = carried("judged", "s7dev-planethaskell.xml")
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    aggregated = aggregated_feed(parsed, file.as_uri())
    assert aggregated is not None
    [entry] = [e for e in parsed.entries if e.title.startswith(post_title)]
    [composed] = compose_batch(
        [entry],
        source=source_name(parsed.title, parsed.site_url, file.as_uri(), parsed.channel),
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        aggregated=aggregated,
    )
    assert composed.content is not None
    return render_post(composed.content).split("Read more</a> · ", 1)[1].split("\n", 1)[0]


def test_a_planets_items_are_credited_to_the_names_their_titles_open_with() -> None:
    assert ">FP Lunch</a> via Planet Haskell" in _credit_line('"FP Lunch"')
    assert ">Tom Moertel</a> via Planet Haskell" in _credit_line("Tom Moertel")
    assert ">Joel Reymont</a> via Planet Haskell" in _credit_line("Joel Reymont")


def test_titles_that_do_not_all_open_with_a_name_give_none() -> None:
    from bot.compose.aggregation import title_names

    planet = [("http://a.org/1", "Ann Lee: One"), ("http://b.org/1", "Bo Ng: Two")] * 2
    assert title_names(planet) == {"a.org": "Ann Lee", "b.org": "Bo Ng"}
    mixed = [*planet, ("http://c.org/1", "Three"), ("http://d.org/1", "Four")]
    assert title_names(mixed) == {}
    # A venue named two ways, or by a section word, is left to the other evidence.
    two_ways = [*planet, ("http://a.org/2", "Ann: Five"), ("http://e.org/1", "Video: Six")]
    assert title_names(two_ways) == {"b.org": "Bo Ng"}
