"""A feed's own boilerplate, learned from its entries: what is learned, what never is, how the
state stays small, and that the checker learns it on a feed's first check and strips it from
posts and from the text stories are matched by."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.checker import FeedChecker
from bot.compose.entry import fingerprint_entry, learn_boilerplate
from bot.config import Settings
from bot.fetching.http import create_session
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry
from bot.parts import SharedParts
from bot.text.boilerplate import (
    MAX_CANDIDATES,
    MAX_LEARNED,
    EntryText,
    FeedBoilerplate,
    _first_units,
    _last_units,
    learn,
    split_units,
    unit_key,
)
from bot.workers import off_loop_in
from storage.records import PostState
from storage.store import Storage
from tests.conftest import carried
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

NOW = 1_800_000_000.0
DAY = 86400.0
TIME_TECH = ("corpus", "fastfeedparser", "benchmark_data", "5da3b20f957be51d")
KOERANT = ("corpus", "FeedReader", "FeedReader.Tests", "Feeds", "Rss20NuusInAfrikaans.xml")
WAPO_WELLNESS = ("corpus", "node-feedparser", "test", "feeds", "wapowellness.xml")
GUARDIAN = ("corpus", "rss-parser", "test", "input", "guardian.rss")


def entries_of(*path: str) -> tuple[FeedEntry, ...]:
    file = carried(*path)
    return parse_feed(file.read_bytes(), url=file.as_uri(), headers={}).entries


def learned_from(*path: str) -> frozenset[str]:
    return learn_boilerplate(FeedBoilerplate(), entries_of(*path), now=NOW).phrases


def story(
    title: str, body: str, tagline: str = "Subscribe to the Morning Post today."
) -> EntryText:
    return EntryText(title, f"<p>{body}</p><p>{tagline}</p>")


BODIES = [
    "The council approved the harbour plan on Tuesday after a long debate.",
    "Floods closed the northern rail line for a third day running.",
    "The museum reopened its Roman gallery with three new mosaics on show.",
    "A new ferry to the islands will run twice a day from June.",
]


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (TIME_TECH, "Welcome back to In the Loop, TIME’s new twice-weekly newsletter about AI."),
        (TIME_TECH, "Subscribe to In the Loop"),
        (KOERANT, "Die Nuus in Afrikaans - Koerant.co.za - Gratis Afrikaanse Nuus"),
        (WAPO_WELLNESS, "Read full article >>"),
    ],
)
def test_a_line_recurring_across_a_feeds_stories_is_learned_from_its_first_fetch(
    path: tuple[str, ...], line: str
) -> None:
    assert unit_key(line) in learned_from(*path)


def test_a_news_feed_of_different_stories_learns_no_sentence_of_them() -> None:
    learned = learned_from(*GUARDIAN)
    for entry in entries_of(*GUARDIAN):
        first = re.split(r"(?<=[.!?])\s", re.sub(r"<[^>]+>", " ", entry.content_html).strip())[0]
        assert unit_key(first) not in learned, entry.title


def test_a_line_is_learned_after_three_different_stories_not_before() -> None:
    two = learn(FeedBoilerplate(), [story(f"T{i}", BODIES[i]) for i in range(2)], now=NOW)
    key = unit_key("Subscribe to the Morning Post today.")
    assert key not in two.phrases
    three = learn(two, [story("T2", BODIES[2])], now=NOW + 60)
    assert key in three.phrases


def test_one_story_told_three_times_teaches_nothing() -> None:
    # The same article three times (a reprint, an update with a new headline and a new
    # guid): its sentences recur because it is one story, not because they are the site's.
    body = " ".join(BODIES)
    told = [
        EntryText("Harbour plan approved", f"<p>{body}</p>"),
        EntryText("UPDATE: Harbour plan approved after debate", f"<p>{body}</p>"),
        EntryText("Harbour plan approved, council says", f"<p>{body} More follows.</p>"),
    ]
    assert learn(FeedBoilerplate(), told, now=NOW).phrases == frozenset()


def test_only_the_edges_of_an_entry_are_learned_from() -> None:
    middle = "Prices are shown in euros including tax."
    entries = [
        EntryText(f"T{i}", "".join(f"<p>{b} ({i}, {n})</p>" for n, b in enumerate(BODIES * 2)))
        for i in range(4)
    ]
    entries = [
        EntryText(e.title, e.html.replace("</p><p>", f"</p><p>{middle}</p><p>", 5)) for e in entries
    ]
    assert unit_key(middle) not in learn(FeedBoilerplate(), entries, now=NOW).phrases


@pytest.mark.parametrize(
    "line",
    [
        "Dr. Smith said so. Prices rose 3.5 percent! Did they?  Yes … and no",
        'One. Two.  . Three! "Four?" (Five.) Nathan E. Sanders wrote it. Six',
        "no sentence end at all",
        "Ends on a mark. ",
        "U.S. officials met on Jan. 5. The talks ended. More follows tomorrow.",
    ],
)
def test_an_entrys_edges_are_the_units_a_whole_split_gives(line: str) -> None:
    # Learning splits only as far as the edges reach (from the start, and from the end
    # backwards); the units must be those splitting the whole line gives.
    for count in range(1, 8):
        assert _first_units(line, count) == split_units(line)[:count]
        assert _last_units(line, count) == split_units(line)[-count:]


def test_short_lines_are_never_learned() -> None:
    entries = [story(f"T{i}", BODIES[i], tagline="Thank you.") for i in range(4)]
    assert learn(FeedBoilerplate(), entries, now=NOW).phrases == frozenset()


def test_the_state_is_bounded_and_forgets_what_no_longer_recurs() -> None:
    state = FeedBoilerplate()
    for n in range(400):
        lines = [f"Unique line number {n} of entry {n}.", f"Footer {n % 60} of the site here."]
        state = learn(state, [EntryText(f"E{n}", "".join(f"<p>{x}</p>" for x in lines))], now=NOW)
    assert len(state.candidates) <= MAX_CANDIDATES and len(state.learned) <= MAX_LEARNED
    assert len(state.to_json()) < 12_000
    later = learn(state, [], now=NOW + 200 * DAY)
    assert later.learned == () and later.candidates == ()


def test_the_state_survives_its_json_and_bad_json_is_an_empty_state() -> None:
    state = learn(FeedBoilerplate(), [story(f"T{i}", BODIES[i]) for i in range(4)], now=NOW)
    assert FeedBoilerplate.from_json(state.to_json()) == state
    assert FeedBoilerplate.from_json("{not json") == FeedBoilerplate()
    assert FeedBoilerplate.from_json(None) == FeedBoilerplate()


def test_learning_an_entry_twice_counts_its_story_once() -> None:
    # A check that failed after learning is retried with the same entries.
    once = learn(FeedBoilerplate(), [story(f"T{i}", BODIES[i]) for i in range(2)], now=NOW)
    again = learn(once, [story(f"T{i}", BODIES[i]) for i in range(2)], now=NOW)
    assert again.phrases == frozenset()


# Through the real checker, a feed server on 127.0.0.1 and a SQLite file.


def newsletter_issue(intro_html: str, n: int) -> Item:
    """A new issue of TIME's newsletter: its real intro, then a story of its own."""
    body = [
        "<p>Regulators in Brussels opened an inquiry into cloud contracts signed by three "
        "American providers with public hospitals.</p>",
        "<p>A startup in Nairobi trained a speech model on twelve regional languages for "
        "farmers who ask about the weather by phone.</p>",
    ][n]
    return Item(
        title=f"In the Loop issue {n}",
        link=f"https://time.com/in-the-loop-{n}/",
        guid=f"in-the-loop-{n}",
        published=NOW - 3600 + n,
        content_html=intro_html + body,
    )


@pytest.fixture
async def checker(
    feed_server: FeedServer, tmp_path: Path
) -> AsyncIterator[tuple[FeedChecker, Storage]]:
    settings = Settings(
        _env_file=None,
        database=str(tmp_path / "db.sqlite"),
        allow_private_addresses=True,
        teaser_chars=0,
    )
    storage = await Storage.open(settings.database)
    executor = ThreadPoolExecutor(1)
    async with create_session(allow_private=True, connect_timeout=2, total_timeout=10) as session:
        shared = SharedParts(
            settings, storage, session, off_loop_in(executor), "-100", clock=lambda: NOW
        )
        yield FeedChecker(shared), storage
    executor.shutdown()
    await storage.close()


async def test_a_feeds_boilerplate_is_learned_on_its_first_check_and_stripped_from_posts(
    checker: tuple[FeedChecker, Storage], feed_server: FeedServer
) -> None:
    check, storage = checker
    feed_server.set_file("time.xml", carried(*TIME_TECH))
    feed = await storage.feeds.add(feed_server.url("time.xml"), now=NOW)
    assert (await check.check(feed)).status == "updated"
    stored = FeedBoilerplate.from_json(await storage.boilerplate.get(feed.id))
    intro = "If you’re reading this in your browser, why not subscribe to have the next one"
    assert unit_key(f"{intro} delivered straight to your inbox?") in stored.phrases

    # Two new issues: the real intro of an issue in the feed, then stories of their own.
    [issue] = [e for e in entries_of(*TIME_TECH) if e.title.startswith("Sam Altman’s Orb")]
    intro_html = issue.content_html[: issue.content_html.index("<h2")]
    assert "Welcome back to" in intro_html and "straight to your inbox" in intro_html
    issues = [newsletter_issue(intro_html, n) for n in range(2)]
    feed_server.set_feed("time.xml", rss("TIME", "https://time.com", issues))
    feed = await storage.feeds.get(feed.id) or feed
    outcome = await check.check(feed)
    assert outcome.result is not None
    # Two newsletters of one site do not look alike once the intro they share is left out
    # (with it, most of their leads would be the same words, and they would be one story).
    assert outcome.result.new_stories == 2 and outcome.result.queued_posts == 2
    posts = await storage.outbox.list_posts(PostState.PENDING)
    leads = ["Regulators in Brussels opened an inquiry", "A startup in Nairobi trained"]
    for post, lead in zip(posts, leads, strict=True):
        # The title, then the issue's own story: nothing of the intro in between.
        assert post.text.split("\n\n")[1].startswith(lead), post.text
        assert "Welcome back" not in post.text and "straight to your inbox" not in post.text


def test_the_quick_fingerprint_of_a_baseline_entry_leaves_the_boilerplate_out() -> None:
    [issue] = [e for e in entries_of(*TIME_TECH) if e.title.startswith("Sam Altman’s Orb")]
    learned = learned_from(*TIME_TECH)
    plain = fingerprint_entry(issue).lead
    quick = fingerprint_entry(issue, boilerplate=learned).lead
    assert "reading this in your browser" in plain
    assert "reading this in your browser" not in quick and "publishing these editions" not in quick
    assert "publishing these editions" in plain
    assert "When Moltbook, a social network" in quick  # leads keep their case (matching)


# Many units tied at the caps: 240 candidates seen once each (MAX_CANDIDATES is 120) and 100
# units learned in one check (MAX_LEARNED is 64), all at one time. Each entry opens with a
# paragraph of its own, so that every entry is a story of its own.
_TIED_AT_THE_CAPS = """
import random, sys
from bot.text.boilerplate import EntryText, FeedBoilerplate, learn

def entry(n, lines):
    words = random.Random(n).choices([f"word{i}" for i in range(5000)], k=300)
    return EntryText(f"Story {n}", "".join(f"<p>{x}</p>" for x in [" ".join(words), *lines]))

once = [entry(n, [f"Line {k} of entry {n} only." for k in range(11)]) for n in range(20)]
shared = [f"Recurring line {j} of the site." for j in range(100)]
thrice = [entry(100 + n, [shared[(n * 11 + k) % 100] for k in range(11)]) for n in range(30)]
state = learn(FeedBoilerplate(), once + thrice, now=1_800_000_000.0)
print(len(state.candidates), len(state.learned), state.to_json())
"""


def test_what_is_kept_at_the_caps_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Units tied at a cap are kept by first occurrence; a set's order (which once chose
    # them) changes with PYTHONHASHSEED, so two runs of one check stored different states.
    script = tmp_path / "learn_tied.py"
    script.write_text(_TIED_AT_THE_CAPS)
    repo = Path(__file__).resolve().parent.parent
    runs = {
        subprocess.run(
            [sys.executable, str(script)],
            cwd=repo,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(repo)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
    candidates, learned, _ = runs.pop().split(" ", 2)
    assert (int(candidates), int(learned)) == (MAX_CANDIDATES, MAX_LEARNED)
