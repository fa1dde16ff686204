"""What an editor rejected in session 12's audit draw of sessions 9 and 10's pools
(bench/judged/2026-12-06-s12-audit-A3.jsonl) and helper A3 fixed, by family. The headlines are
quoted from the pool feeds (argl/podcast-feeds, RyanHirsch/partytime, SyndiKit)."""

from __future__ import annotations

from bot.parsing.models import FeedEntry
from bot.parsing.site_labels import without_site_labels


def _entries(titles: list[str]) -> list[FeedEntry]:
    return [
        FeedEntry(
            key=str(i),
            title=t,
            link=f"https://example.com/{i}",
            canonical_url=None,
            published_at=None,
            content_html="",
        )
        for i, t in enumerate(titles)
    ]


def _cut(titles: list[str], site: str) -> list[str]:
    return [e.title for e in without_site_labels(_entries(titles), site)]


# A site's label is cut from its headlines only where the rest says what the item is: a rest
# that is the feed's numbering alone ("Ausgabe vom 11.12.2014", "Episode 03") keeps the name.


def test_a_show_name_before_a_dated_edition_stays() -> None:
    # Racingblog Podcast (racingblog.de): every episode "Racingblog Podcast: Ausgabe vom <date>";
    # the post went out headed "Ausgabe vom 11.12.2014" (edition of 11.12.2014).
    titles = [
        "Racingblog Podcast: Ausgabe vom 29.10.2015",
        "Racingblog Podcast: Ausgabe vom 8.10.2015",
        "Racingblog Podcast: Ausgabe vom 24.9.2015",
        "Racingblog Podcast: Ausgabe vom 11.12.2014",
    ]
    assert _cut(titles, "http://www.racingblog.de") == titles


def test_a_show_name_before_an_episode_or_issue_number_stays() -> None:
    episodes = [f"Homegrown Hits - Episode 0{n}" for n in (3, 2, 1, 0)]
    assert _cut(episodes, "https://homegrownhits.xyz") == episodes
    issues = [
        "iOS Dev Weekly - Issue 512 - Jun 18th 2021",
        "iOS Dev Weekly - Issue 511 - Jun 11th 2021",
        "iOS Dev Weekly - Issue 509 - May 28th 2021",
        "iOS Dev Weekly - Issue 508 - May 21st 2021",
    ]
    assert _cut(issues, "https://iosdevweekly.com/issues") == issues


def test_a_headline_of_its_own_with_a_number_is_still_cut() -> None:
    # One item's own words with a model number are a headline; only a numbering the feed's
    # cut titles share is no headline.
    titles = [
        "Wheels24.co.za | Audi A4 2016",
        "Wheels24.co.za | Ford Ranger Thunder joins the garage",
        "Wheels24.co.za | Isuzu's new D-Max is on the horizon",
        "Wheels24.co.za | Episode 3 of our road trip",
    ]
    assert _cut(titles, "https://www.wheels24.co.za") == [
        "Audi A4 2016",
        "Ford Ranger Thunder joins the garage",
        "Isuzu's new D-Max is on the horizon",
        "Episode 3 of our road trip",
    ]
