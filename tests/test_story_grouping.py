"""`newsbot inspect` groups entries into stories exactly as the service does.

The same feeds go through the service (FeedChecker over local files into a real SQLite file,
each feed checked when its entries appeared) and through `inspect`, which treats each entry
as seen when it was published; both must find the same stories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.checker import FeedChecker
from bot.config import Settings
from bot.fetching.http import create_session
from bot.parts import SharedParts
from bot.workers import off_loop_in
from storage.store import Storage
from tests.support.rss import Item, rss

NOW = 1_800_000_000.0
HOUR = 3600.0
DAY = 86400.0

HARBOUR = (
    "The harbour master said on Tuesday that the northern breakwater would be closed "
    "for repairs until the end of March, and that ferries would use the southern berth in the "
    "meantime, adding ten minutes to each crossing."
)
HARBOUR_COPY = (
    "The harbour master said on Tuesday the northern breakwater will be closed for "
    "repairs until the end of March, and that ferries would use the southern berth in the "
    "meantime, adding about ten minutes to every crossing, officials confirmed."
)
WIRE = (
    "A court on Monday allowed thousands of lawsuits to move forward against four "
    "technology companies over claims they designed their products to be addictive."
)
# The wire's lede again, but told after an opening of its own: another story.
WIRE_REUSED = (
    "The new safety guide launched in Manila comes amid a court ruling that allowed "
    "thousands of lawsuits to move forward against four technology companies over claims "
    "they designed their products to be addictive."
)
RESERVOIR = (
    "The regional water board announced on Friday that the reservoir above the valley "
    "had reached its lowest level in forty years, and asked households to limit garden "
    "watering to two evenings a week until the autumn rains arrive."
)
RESERVOIR_COPY = (
    "The regional water board announced on Friday that the reservoir above the valley "
    "has reached its lowest level in forty years, and asked households to limit garden "
    "watering to two evenings a week until autumn rains arrive."
)
LIBRARY = (
    "The city library will open on Sundays from next month, the council said, after "
    "a petition signed by more than four thousand residents asked for longer hours for "
    "students preparing for their final examinations."
)
LIBRARY_COPY = (
    "The city library will open on Sundays from next month, the council said "
    "on Wednesday, after a petition signed by more than four thousand residents asked for "
    "longer hours for students preparing for examinations."
)
SCHOOLS = (
    "Three primary schools in the eastern district will merge next year, education "
    "officials said, citing falling enrolment and the cost of repairing two of the ageing "
    "buildings before winter."
)
SCHOOLS_PARENTS = (
    "Parents in the eastern district reacted angrily at a packed meeting on "
    "Thursday evening to plans that would close two of the three primary schools, saying "
    "their children would face long bus journeys every morning."
)
SCHOOLS_PARENTS_COPY = (
    "Parents in the eastern district reacted angrily at a packed meeting on "
    "Thursday night to plans that would close two of the three primary schools, saying "
    "their children would face long bus journeys each morning."
)
REPRINT = (
    "<p>Different opening words here entirely, rewritten by the copy desk of the paper.</p>"
    '<p>This article was originally published by <a href="https://a.example/council">'
    "News A</a> and is reprinted with permission.</p>"
)

# Five items from one template (another figure each), then one carried elsewhere with a credit.
REPORT = (
    "<p>The port authority said on Monday that {0} cargo ships called at the harbour last "
    "month, carrying {1} containers, and that waiting times at the outer anchorage fell to "
    "{2} hours on average as the new cranes came into service.</p>"
)
FIGURES = [("41", "9,300", "6"), ("38", "8,750", "7"), ("45", "10,120", "5")]
FIGURES += [("36", "8,020", "9"), ("49", "11,400", "4")]
REPORT_COPY = REPORT.format(*FIGURES[2]) + "<p>This report first appeared on Site e.</p>"

A = "https://a.example"
# Each feed's entries as (title, link, html), and when they appeared.
FEEDS: dict[str, tuple[float, list[tuple[str, str, str]]]] = {
    "archive": (NOW - 20 * DAY, [("Reservoir low", "https://archive.example/water", RESERVOIR)]),
    "a": (
        NOW - 5 * HOUR,
        [
            ("Bridge reopens", f"{A}/bridge", "<p>The bridge reopened this morning.</p>"),
            ("Council budget", f"{A}/council", "<p>The council passed its budget.</p>"),
            ("Breakwater", f"{A}/harbour", HARBOUR),
            ("Tech lawsuits", f"{A}/lawsuits", WIRE),
            ("Library hours", f"{A}/library", "<p>Library hours change.</p>"),
            ("Schools merge", f"{A}/schools", SCHOOLS),
        ],
    ),
    "b": (
        NOW - 4 * HOUR,
        [
            # The same links with tracking parameters, told in other words.
            ("Bridge open again", f"{A}/bridge?utm_source=rss&utm_medium=feed", "<p>Open.</p>"),
            ("Library hours", f"{A}/library?ref=b", LIBRARY),
            ("Schools row", f"{A}/schools?utm_campaign=b", SCHOOLS_PARENTS),
            # A near-copy of A's text under its own link.
            ("Breakwater", "https://b.example/breakwater", HARBOUR_COPY),
        ],
    ),
    "c": (
        NOW - 3 * HOUR,
        [
            ("Council budget passed", "https://c.example/council-reprint", REPRINT),
            ("Safety guide", "https://c.example/guide", WIRE_REUSED),
            ("Library hours", "https://c.example/library", LIBRARY_COPY),
            # Copies B's words, which were never indexed: A carried the story first.
            ("Schools row", "https://c.example/schools", SCHOOLS_PARENTS_COPY),
        ],
    ),
    # A copy of a story first seen outside the window.
    "d": (NOW - 2 * HOUR, [("Reservoir low", "https://d.example/water", RESERVOIR_COPY)]),
    "e": (
        NOW - 1 * HOUR,
        [
            (f"Port report {i}", f"https://e.example/port-{i}", REPORT.format(*figures))
            for i, figures in enumerate(FIGURES)
        ],
    ),
    "f": (NOW - HOUR / 2, [("Port traffic", "https://f.example/port", REPORT_COPY)]),
}

EXPECTED = {
    frozenset({f"{A}/bridge", f"{A}/bridge?utm_source=rss&utm_medium=feed"}),
    frozenset({f"{A}/council", "https://c.example/council-reprint"}),
    frozenset({f"{A}/harbour", "https://b.example/breakwater"}),
    frozenset({f"{A}/lawsuits"}),
    frozenset({"https://c.example/guide"}),
    frozenset({f"{A}/library", f"{A}/library?ref=b", "https://c.example/library"}),
    frozenset({f"{A}/schools", f"{A}/schools?utm_campaign=b"}),
    frozenset({"https://c.example/schools"}),
    frozenset({"https://archive.example/water"}),
    frozenset({"https://d.example/water"}),
    # Each templated item is a story of its own; the credited copy joins the one it copies.
    frozenset({"https://e.example/port-0"}),
    frozenset({"https://e.example/port-1"}),
    frozenset({"https://e.example/port-2", "https://f.example/port"}),
    frozenset({"https://e.example/port-3"}),
    frozenset({"https://e.example/port-4"}),
}


def write_feeds(folder: Path) -> dict[str, Path]:
    paths = {}
    for name, (appeared, entries) in FEEDS.items():
        items = [
            # A minute apart, in the order listed.
            Item(title, link, html, guid=f"{name}-{i}", published=appeared + 60 * i)
            for i, (title, link, html) in enumerate(entries)
        ]
        paths[name] = folder / f"{name}.xml"
        paths[name].write_text(rss(f"Site {name}", f"https://{name}.example", items))
    return paths


def grouping(pairs: Iterable[tuple[str, object]]) -> set[frozenset[str]]:
    """Links grouped by their story."""
    stories: dict[object, set[str]] = defaultdict(set)
    for link, story in pairs:
        stories[story].add(link)
    return {frozenset(links) for links in stories.values()}


async def service_grouping(paths: dict[str, Path], settings: Settings) -> set[frozenset[str]]:
    """Each feed checked by the service just after its entries appeared."""
    storage = await Storage.open(settings.database)
    clock = [0.0]
    executor = ThreadPoolExecutor(1)
    try:
        async with create_session(allow_private=True, connect_timeout=2, total_timeout=5) as s:
            shared = SharedParts(
                settings,
                storage,
                s,
                off_loop_in(executor),
                channel_id="-100",
                clock=lambda: clock[0],
            )
            checker = FeedChecker(shared, allow_local_files=True)
            for name, path in paths.items():
                clock[0] = FEEDS[name][0] + HOUR
                feed = await storage.feeds.add(path.as_uri(), now=clock[0], backfill=100)
                assert (await checker.check(feed)).status == "updated"
        async with storage.db.reading() as conn:
            rows = await conn.execute_fetchall("SELECT link, story_id FROM entries")
        return grouping((str(link), story) for link, story in rows)
    finally:
        executor.shutdown()
        await storage.close()


async def test_inspect_and_the_service_group_the_same_entries_into_the_same_stories(
    tmp_path: Path,
) -> None:
    paths = write_feeds(tmp_path)
    settings = Settings(_env_file=None, database=str(tmp_path / "newsbot.db"), site_name_days=0)
    by_service = await service_grouping(paths, settings)
    inspected = await inspect_sources(settings, [str(p) for p in paths.values()], now=NOW)
    by_inspect = grouping((str(e.link), e.story) for e in inspected)
    assert by_service == EXPECTED
    assert by_inspect == by_service
