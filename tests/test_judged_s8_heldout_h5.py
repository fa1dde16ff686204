"""What the editors rejected in the credits of held-out sample 6 (bench/judged/2026-12-05-heldout-6
a/b/c, development data since), helper H5's families: a note on the feed's format or frequency in
brackets closing its title; a credit link to a feed file; a name glued twice; a site's name before
a section; a blog's folder taken for a section. Each is checked on the real feeds
(tests/data/judged/s8h5-*) and on made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.attribution.section_pages import is_section_name
from bot.attribution.site_names import derive_site_name
from bot.attribution.title_parts import without_feed_note
from bot.parsing.feed_links import site_of_feed_link
from bot.parsing.feeds import parse_feed
from tests.conftest import carried
from tests.test_judged_dev_pool import read

# A feed's title may close on a note in brackets about the feed, not the site: its format or
# quality ("LugRadio (high-quality mp3)") or how often it is updated ("(updated daily)").


def test_a_note_on_the_feeds_format_or_frequency_is_no_part_of_the_credit() -> None:
    assert read("s8h5-lugradio-format-note.xml")[0] == "LugRadio"
    assert read("s8h5-smbc-frequency-note.xml")[0] == "Saturday Morning Breakfast Cereal"


def test_only_a_note_made_of_format_and_frequency_words_goes() -> None:
    assert without_feed_note("Ars Technica (Full text)") == "Ars Technica"
    assert without_feed_note("Daily Show (Comedy Central)") == "Daily Show (Comedy Central)"
    assert without_feed_note("Radiolab (64 kbps MP3)") == "Radiolab"
    assert without_feed_note("Weekly Comics [updated weekly]") == "Weekly Comics"
    # Brackets that are part of a name, or a note of what the site is, stay.
    assert without_feed_note("Machine Learning (Theory)") == "Machine Learning (Theory)"
    assert (
        without_feed_note("Jonathon Belotti [thundergolfer]") == "Jonathon Belotti [thundergolfer]"
    )
    assert without_feed_note("Life on Track(s)") == "Life on Track(s)"
    assert without_feed_note("Best Of (and more)") == "Best Of (and more)"
    assert without_feed_note("(Daily)") == "(Daily)"


# A credit link must open the site, never a feed file: the channel's <link> to a feed by its
# folder ("web.developpez.com/index/rss"), or an Atom feed whose only link is its rel="self".


def _site_url(name: str) -> str | None:
    file = carried("judged", name)
    return parse_feed(file.read_bytes(), url=file.as_uri(), headers={}).site_url


def test_a_channel_link_to_a_feed_folder_credits_the_sites_page() -> None:
    assert _site_url("s8h5-developpez-section.xml") == "http://web.developpez.com/"
    assert site_of_feed_link("http://rubypond.com/rss/", {}, "https://x.org/f") == (
        "http://rubypond.com/"
    )
    assert site_of_feed_link("http://terralien.com/blog/rss/", {}, "https://x.org/f") == (
        "http://terralien.com/blog/"
    )
    # A page whose name only ends like a feed's, or with a query, stays.
    for page in ("https://example.org/news/feedback", "https://example.org/rss?page=2"):
        assert site_of_feed_link(page, {}, "https://x.org/f") == page


def test_a_feed_linking_only_itself_credits_its_hosts_root() -> None:
    assert _site_url("s8h5-penso-self-link.xml") == "http://penso.info/"
    # With a page link beside its rel="self", the page is the site.
    links = [
        {"rel": "self", "href": "https://example.org/feed?1"},
        {"rel": "alternate", "href": "https://example.org/feed?1"},
    ]
    assert site_of_feed_link("https://example.org/feed?1", {"links": links}, "https://x.org/f") == (
        "https://example.org/feed?1"
    )


# A template that runs the site's name, a section and the name again together ("DailyGame
# GamesDailygame", Movable Type): the name is the first word, as written.


def test_a_name_repeated_glued_to_a_section_credits_the_name_once() -> None:
    assert read("s8h5-dailygame-glued.xml")[0] == "DailyGame"
    site = "https://www.dailygame.net/"
    assert derive_site_name("DailyGame Reviews", site, site).name == "DailyGame Reviews"
    assert derive_site_name("Dailygame", site, site).name == "Dailygame"


# A blog kept in a folder of a university's host, its slug its name in capitalised words run
# together ("EduBlog Insights" at anvil.gsu.edu/EduBlogInsights/, UserLand Manila): the blog's
# name, not a section of gsu.edu.


def test_a_blogs_camel_case_folder_is_no_section_of_the_host() -> None:
    assert read("s8h5-edublog-domain.xml")[0] == "EduBlog Insights"
    assert not is_section_name("EduBlog Insights", site_url="http://anvil.gsu.edu/EduBlogInsights/")
    # A section's lower-case slug still makes its title a section ("Cataluña" on /cataluna).
    assert is_section_name("Cataluña", site_url="https://elpais.com/cataluna/")


# A site's name before the section its feed carries ("Computerworld Mobile/Wireless News",
# "Developpez.com Développement Web"): the credit is the site's.


def test_a_sites_name_before_its_section_credits_the_site() -> None:
    assert read("s8h5-computerworld-section.xml")[0] == "Computerworld"
    assert read("s8h5-developpez-section.xml")[0] == "Developpez.com"
    # A name that is one word and a section word after it stays whole ("Hacker News").
    site = "https://www.smashingmagazine.com/"
    assert derive_site_name("Smashing Web", site, site).name == "Smashing Web"
