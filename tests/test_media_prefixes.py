"""An episode's file behind a podcast statistics prefix is linked as the file itself."""

from __future__ import annotations

from bot.parsing.media_prefixes import without_measurement_prefixes


def test_blubrrys_statistics_prefix_leaves_the_file_it_counts() -> None:
    # As Martyrmade's and P1PDD's feeds write it (session 9 pool, session 10 pool)
    assert (
        without_measurement_prefixes(
            "https://media.blubrry.com/martyrmade_podcast/martyrmade.com/wp-content/uploads/"
            "Podcast_Episodes/Labor3.mp3"
        )
        == "https://martyrmade.com/wp-content/uploads/Podcast_Episodes/Labor3.mp3"
    )
    assert (
        without_measurement_prefixes(
            "http://media.blubrry.com/p1pdd/www.p1pdd.com/podcast/p1pdd_150.mp3"
        )
        == "http://www.p1pdd.com/podcast/p1pdd_150.mp3"
    )
    # Prefixes stack: Blubrry's before another service's.
    assert (
        without_measurement_prefixes(
            "https://media.blubrry.com/phd/dts.podtrac.com/redirect.mp3/ins.blubrry.com/phd/e1.mp3"
        )
        == "https://ins.blubrry.com/phd/e1.mp3"
    )


def test_blubrrys_own_file_host_and_pages_are_no_prefix() -> None:
    hosted = "https://content.blubrry.com/raywenderlich/rwpodcast_s08e03.mp3"
    assert without_measurement_prefixes(hosted) == hosted
    page = "https://media.blubrry.com/about/"
    assert without_measurement_prefixes(page) == page
