"""When a feed is checked next: interval, hints, jitter, backoff, Retry-After, redirects."""

from __future__ import annotations

from email.utils import formatdate

import pytest

from bot.fetching.timing import (
    MAX_BACKOFF,
    MAX_HINT,
    backoff_delay,
    cache_lifetime,
    deferred_check_at,
    follow_redirect,
    next_check_at,
    parse_retry_after,
    parse_ttl,
)

NOW = 1_800_000_000.0
DAY = 24 * 3600.0


def never_jitter() -> float:
    return 0.0


def most_jitter() -> float:
    return 0.999999


def test_the_operators_interval_is_used_as_given_even_when_short() -> None:
    assert next_check_at(NOW, interval=30, rng=never_jitter) == NOW + 30


def test_jitter_adds_up_to_ten_percent_and_never_subtracts() -> None:
    assert NOW + 300 <= next_check_at(NOW, interval=300, rng=never_jitter)
    assert next_check_at(NOW, interval=300, rng=most_jitter) < NOW + 330


@pytest.mark.parametrize(
    ("ttl", "cache", "expected"),
    [
        (3600.0, None, 3600.0),  # <ttl> raises the interval
        (None, 1800.0, 1800.0),  # so does Cache-Control max-age
        (600.0, 7200.0, 7200.0),  # the longer hint wins
        (60.0, 10.0, 300.0),  # hints never shorten the interval
        (30 * DAY, None, DAY),  # hints count for at most a day
    ],
)
def test_hints_raise_the_interval_up_to_a_day(
    ttl: float | None, cache: float | None, expected: float
) -> None:
    at = next_check_at(NOW, interval=300, ttl=ttl, cache=cache, rng=never_jitter)
    assert at == NOW + expected


def test_an_interval_longer_than_a_day_is_kept() -> None:
    assert next_check_at(NOW, interval=2 * DAY, ttl=60, rng=never_jitter) == NOW + 2 * DAY


def test_cache_control_max_age_and_expires_give_the_freshness_lifetime() -> None:
    assert cache_lifetime({"Cache-Control": "public, max-age=900"}, NOW) == 900
    assert cache_lifetime({"cache-control": "max-age=60"}, NOW) == 60
    assert cache_lifetime({"Cache-Control": "no-cache, max-age=900"}, NOW) is None
    expires = {"Expires": formatdate(NOW + 1200, usegmt=True)}
    assert cache_lifetime(expires, NOW) == pytest.approx(1200)
    # Expires is read against the server's own Date, whatever our clock says.
    with_date = expires | {"Date": formatdate(NOW + 600, usegmt=True)}
    assert cache_lifetime(with_date, NOW) == pytest.approx(600)
    assert cache_lifetime({"Expires": "0"}, NOW) is None
    assert cache_lifetime({}, NOW) is None


def test_ttl_is_in_minutes() -> None:
    assert parse_ttl("60") == 3600
    assert parse_ttl(" 5 ") == 300
    assert parse_ttl("soon") is None and parse_ttl("0") is None and parse_ttl("-3") is None


def test_backoff_doubles_from_the_interval_up_to_a_day_with_jitter_below() -> None:
    delays = [backoff_delay(300, n, rng=never_jitter) for n in range(1, 12)]
    assert delays[:4] == [300, 600, 1200, 2400]
    assert max(delays) == MAX_BACKOFF == DAY
    jittered = backoff_delay(300, 3, rng=most_jitter)
    assert 0.9 * 1200 < jittered <= 1200
    assert backoff_delay(300, 500, rng=most_jitter) <= DAY


def test_retry_after_is_seconds_or_a_date() -> None:
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after(formatdate(NOW + 90, usegmt=True), NOW) == pytest.approx(90)
    assert parse_retry_after("whenever", NOW) is None
    assert parse_retry_after(None, NOW) is None


def test_retry_after_is_honoured_but_clamped_and_never_sooner_than_usual() -> None:
    assert deferred_check_at(NOW, interval=300, retry_after=3600) == NOW + 3600
    assert deferred_check_at(NOW, interval=300, retry_after=5) == NOW + 300
    assert deferred_check_at(NOW, interval=300, retry_after=10 * DAY) == NOW + MAX_HINT


def test_a_permanent_redirect_moves_the_feed_on_the_third_check_in_a_row() -> None:
    old, new = "https://old.example/feed", "https://new.example/rss"
    first = follow_redirect(old, new, seen_target=None, seen_count=0)
    assert (first.move_to, first.target, first.count) == (None, new, 1)
    second = follow_redirect(old, new, seen_target=first.target, seen_count=first.count)
    assert (second.move_to, second.count) == (None, 2)
    third = follow_redirect(old, new, seen_target=second.target, seen_count=second.count)
    assert third.move_to == new


def test_a_broken_run_of_redirects_starts_counting_again() -> None:
    old = "https://old.example/feed"
    elsewhere = follow_redirect(
        old, "https://b.example/", seen_target="https://a.example/", seen_count=2
    )
    assert (elsewhere.move_to, elsewhere.count) == (None, 1)
    none = follow_redirect(old, None, seen_target="https://a.example/", seen_count=2)
    assert (none.move_to, none.target, none.count) == (None, None, 0)


@pytest.mark.parametrize(
    ("old", "new", "at_once"),
    [
        ("http://news.example/feed", "https://news.example/feed", True),
        ("http://news.example:80/feed?x=1", "https://news.example/feed?x=1", True),
        ("http://news.example/feed", "https://www.news.example/feed", False),
        ("http://news.example/feed", "https://news.example/rss", False),
        ("https://news.example/feed", "http://news.example/feed", False),
    ],
)
def test_http_to_https_of_the_same_url_moves_at_once(old: str, new: str, at_once: bool) -> None:
    decision = follow_redirect(old, new, seen_target=None, seen_count=0)
    assert (decision.move_to == new) is at_once
