"""Feeds whose titles are a platform's or forum software's templates credit whose feed it is
(the subreddit, the repository, the channel, the journal, the site), never the listing's words
("newest submissions", "Changesets", "Activity in the release-notes tag", "Latest …")."""

from __future__ import annotations

import pytest

from bot.attribution.platform_feeds import is_listing, listing_owner
from bot.attribution.site_names import NameSource, SiteName, derive_site_name
from bot.parsing.feeds import parse_feed
from tests.conftest import carried
from tests.test_site_names import by_title, derived


def name_of(path: str, url: str = "https://feeds.example/feed.xml") -> SiteName:
    feed = parse_feed(carried("corpus", path).read_bytes(), url=url)
    return derive_site_name(feed.title, feed.site_url, url, feed.channel)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        # "newest submissions : homelab" on ud.reddit.com/r/homelab/new/.
        ("feed-rs/feed-rs/fixture/atom/atom_mediarss_reddit_1.xml", "r/homelab"),
        # A subreddit titled with its description ("The Rust Programming Language").
        ("feed-rs/feed-rs/fixture/atom/atom_example_reddit.xml", "r/rust"),
        ("rss-parser/test/input/reddit.rss", "Reddit"),  # the front page
        ("rss-parser/test/input/gulp-atom.atom", "gulpjs/gulp"),  # "Release notes from gulp"
        ("feed-rs/feed-rs/fixture/atom/atom_example_6.xml", "feed-rs/feed-rs"),
        ("feed-rs/feed-rs/fixture/rss2/rss_2.0_vimeo_media.xml", "Failla Wines"),
        ("feed-rs/feed-rs/fixture/atom/atom_mediarss_youtube_1.xml", "PBS Space Time"),
        ("fastfeedparser/tests/integration/osm.xml", "OpenStreetMap"),  # "Changesets"
    ],
)
def test_a_platform_feed_credits_whose_it_is(path: str, name: str) -> None:
    assert name_of(path).name == name


def test_a_journal_is_named_as_it_names_itself() -> None:
    # "Science twis" (This Week in Science): prism:publicationName says "Science".
    assert name_of("rss-parser/test/input/rss-1.rss") == SiteName(
        "Science", NameSource.TITLE, "prism:publicationName"
    )
    # "bioRxiv Subject Collection: Genomics" is a collection of bioRxiv.
    assert name_of("feed-rs/feed-rs/fixture/rss1/rss_1.0_biorxiv.xml").name == "bioRxiv"


def test_a_stream_of_things_is_credited_to_whose_stream_it_is() -> None:
    # "Latest Movie Trailers" on trailers.apple.com, "© 2020 Apple Inc.".
    assert name_of("feed-rs/feed-rs/fixture/rss2/rss_2.0_example_6.xml").name == "Apple"
    # "Latest Linux Kernel Versions", nothing else stated: the domain.
    assert name_of("feed-rs/feed-rs/fixture/rss2/rss_2.0_kdist.xml").name == "kernel.org"
    # A name that happens to open with "All" is still a name; a stream of news is not.
    assert name_of("feedjira/spec/sample_feeds/itunes.xml").name == "All About Everything"
    assert name_of("node-feedparser/test/feeds/tpm.atom").name == "TPM News"


def test_a_forum_listing_names_no_site() -> None:
    # Flarum's tag feed on kagifeedback.org (fastfeedparser/tests/integration/kagi.xml).
    assert derived(by_title("Activity in the release-notes tag")) == "kagifeedback.org"
    for listing in (
        "Activity in the release-notes tag",
        "Last posts in the release-notes tag",
        "Latest topics",
        "Topics in the 'Announcements' category",
        "newest submissions",
    ):
        assert is_listing(listing), listing
    for name in ("Hacker News", "Latest News from Kyiv", "Top Gear", "Activity Monitor Blog"):
        assert not is_listing(name), name
    assert listing_owner("Failla Wines’s videos") == "Failla Wines"
    assert listing_owner("dkg's blog") is None


def test_a_domain_contracting_the_name_names_the_site() -> None:
    # "Servicio de Personal - Ingreso - Diputación de valencia" on dival.es (di + val).
    row = by_title("Servicio de Personal - Ingreso - Diputación de valencia")
    assert derived(row) == "Diputación de valencia"
    assert name_of("feed-rs/feed-rs/fixture/rss0/rss_0.91_missing_id.xml").name == (
        "Diputación de valencia"
    )


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("USGS Magnitude 2.5+ Earthquakes, Past Hour", "USGS"),  # earthquake.usgs.gov
        ("Braingle's Newest Brain Teasers and Riddles", "Braingle"),  # braingle.com
        # A first word that is only part of the name stays with it.
        ("heise online News", "heise online News"),
        ("NASA Breaking News", "NASA"),
    ],
)
def test_a_first_word_naming_the_domain_names_a_listing_of_it(title: str, name: str) -> None:
    assert derived(by_title(title)) == name


def test_words_closing_a_title_that_spell_the_sites_subdomain_name_it() -> None:
    # le-cercle-psy.scienceshumaines.com, a magazine on its publisher's domain.
    title = "Flux RSS du magazine de psychologie Le Cercle Psy"
    assert derived(by_title(title)) == "Le Cercle Psy"
    # One word spelling a subdomain is any word: news.ycombinator.com, robots.thoughtbot.com.
    assert derived(by_title("Hacker News")) == "Hacker News"
    title = "Giant Robots Smashing Into Other Giant Robots"
    assert derived(by_title(title)) == title
