"""Pure policy for one feed's next check: intervals, caching hints, backoff, redirects."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

# Hints from the feed (<ttl>) or the server (Cache-Control, Expires, Retry-After) are
# honoured up to a day, so a typo on the publisher's side cannot silence a feed for weeks.
MAX_HINT = 24 * 3600.0
MAX_BACKOFF = 24 * 3600.0
# Up to 10% is added to every wait so feeds added together drift apart.
JITTER = 0.10
# A permanent redirect must hold on this many checks in a row before the URL is changed.
REDIRECT_CHECKS = 3

Random = Callable[[], float]


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value, whatever the case of its name in `headers`."""
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def _http_date(value: str) -> float | None:
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def cache_lifetime(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the response says it stays fresh (Cache-Control max-age, else Expires)."""
    # Why: one pass for the three names it reads, not a lowercased copy of every header (every
    # check asks): 1.37 -> 1.05 µs for a 304's 3 headers, 3.1 -> 2.6 µs for 11 (load 18). The
    # last of a name in any case wins, as before.
    control_value = expires = date = None
    for name, value in headers.items():
        lowered = name.lower()
        if lowered == "cache-control":
            control_value = value
        elif lowered == "expires":
            expires = value
        elif lowered == "date":
            date = value
    control = (control_value or "").lower()
    directives = [d.strip() for d in control.split(",")]
    if "no-store" in directives or "no-cache" in directives:
        return None
    for directive in directives:
        name, _, value = directive.partition("=")
        if name.strip() == "max-age":
            try:
                return max(float(int(value.strip().strip('"'))), 0.0)
            except ValueError:
                return None
    if expires is None:
        return None
    expires_at = _http_date(expires)
    if expires_at is None:
        return None
    # Expires is in the server's clock; compare it with the server's Date when there is one.
    base = _http_date(date) if date else None
    return max(expires_at - (base if base is not None else now), 0.0)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    at = _http_date(value)
    return None if at is None else max(at - now, 0.0)


def parse_ttl(value: object) -> float | None:
    """An RSS <ttl> (minutes) in seconds; None when absent or not a positive number."""
    try:
        minutes = float(str(value).strip())
    except ValueError:
        return None
    return minutes * 60.0 if minutes > 0 else None


def next_check_at(
    now: float,
    *,
    interval: float,
    ttl: float | None = None,
    cache: float | None = None,
    rng: Random = random.random,
) -> float:
    """After a successful check: the interval, raised by the feed's or server's hints, + jitter."""
    # Hints only ever lengthen the wait; the operator's interval is never raised to a minimum.
    hint = min(max(ttl or 0.0, cache or 0.0), MAX_HINT)
    return now + max(interval, hint) * (1.0 + JITTER * rng())


def backoff_delay(interval: float, failures: int, *, rng: Random = random.random) -> float:
    """Wait after the `failures`-th failure in a row: doubling from the interval, up to a day."""
    # The jitter takes up to 10% off, so waits never exceed the cap yet do not line up.
    doubled = interval * 2.0 ** min(max(failures - 1, 0), 32)
    return min(doubled, max(MAX_BACKOFF, interval)) * (1.0 - JITTER * rng())


def deferred_check_at(now: float, *, interval: float, retry_after: float) -> float:
    """After 429/503 with Retry-After: as told (capped at a day), never sooner than usual."""
    return now + max(interval, min(retry_after, MAX_HINT))


@dataclass(frozen=True)
class RedirectDecision:
    """What to do about permanent redirects seen on one check."""

    move_to: str | None  # change the stored URL to this now
    target: str | None  # else remember this target ...
    count: int  # ... seen on this many checks in a row


def is_https_upgrade(url: str, target: str) -> bool:
    """True when `target` is `url` with http:// changed to https:// and nothing else."""
    old, new = urlsplit(url), urlsplit(target)
    if old.scheme.lower() != "http" or new.scheme.lower() != "https":
        return False
    old_port = old.port if old.port not in (None, 80) else None
    new_port = new.port if new.port not in (None, 443) else None
    same_rest = urlunsplit(("", "", old.path or "/", old.query, "")) == urlunsplit(
        ("", "", new.path or "/", new.query, "")
    )
    return (old.hostname, old_port) == (new.hostname, new_port) and same_rest


def follow_redirect(
    url: str, target: str | None, *, seen_target: str | None, seen_count: int
) -> RedirectDecision:
    """Move a feed once a permanent redirect held on 3 checks in a row (http→https at once)."""
    # `target` is where this check's all-permanent redirect chain ended, or None.
    if target is None or target == url:
        return RedirectDecision(None, None, 0)
    if is_https_upgrade(url, target):
        return RedirectDecision(target, None, 0)
    count = seen_count + 1 if target == seen_target else 1
    if count >= REDIRECT_CHECKS:
        return RedirectDecision(target, None, 0)
    return RedirectDecision(None, target, count)
