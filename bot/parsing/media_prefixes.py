"""Podcast measurement prefixes: the episode file's own address behind an analytics redirect."""

# Podcast hosts put an analytics service's redirect before every episode file
# ("https://www.podtrac.com/pts/redirect.mp3/traffic.megaphone.fm/HSW4489263445.mp3"): the
# service counts the download and sends the player on to the address written after its
# prefix. A post links the file itself, as a podcast app that strips prefixes would. Each
# service writes the target its own way: a path after fixed segments (Podtrac, Chartable,
# Podsights, OP3, Podscribe, Spotify's prefix, Blubrry), after a query's "?" (old Podtrac), or
# base64-encoded (Subsplash). No library knows these; the list is the services' documented
# prefix forms.

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import urlsplit

# host → the path before the target (a regular expression, matched at the path's start).
_PATH_PREFIXES: dict[str, str] = {
    # "/pts/redirect.mp3/…", "dts.podtrac.com/redirect.mp3/…", "play.podtrac.com/<id>/…"
    "podtrac.com": r"/(?:(?:pts/)?redirect\.[a-z0-9]{2,4}|[\w-]+)(?:/|$)",
    "swap.fm": r"/track/[\w-]+/",
    "chtbl.com": r"/track/[\w-]+/",
    "chrt.fm": r"/track/[\w-]+/",
    "pdst.fm": r"/e/",
    "op3.dev": r"/e(?:,[^/]*)?/",
    "podscribe.com": r"/rss/p/",
    "pscrb.fm": r"/rss/p/",
    "byspotify.com": r"/e/",
    "vpixl.com": r"/[\w-]+/",
    "mgln.ai": r"/e/[\w-]+/",
    "arttrk.com": r"/p/[\w-]+/",
    "claritaspod.com": r"/measure/",
    "clrtpod.com": r"/m/",
    # Blubrry's statistics: "media.blubrry.com/<show>/<host>/<path>" (its files live on
    # content.blubrry.com, which is no prefix)
    "media.blubrry.com": r"/[\w-]+/",
}
_PATH_PREFIX = {host: re.compile(prefix, re.IGNORECASE) for host, prefix in _PATH_PREFIXES.items()}
# A target's first path segment is a host name: "traffic.megaphone.fm", "www.giantbomb.com".
_TARGET_HOST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:/|$)")
# Case-blind matching costs ten times as much, and feeds write these hosts in lower case.
_ANY_SERVICE = re.compile("|".join(re.escape(h) for h in (*_PATH_PREFIXES, "t.subsplash.com")))
_SUBSPLASH = re.compile(r"/r/([A-Za-z0-9_-]{16,})(?:\.[a-z0-9]{2,4})?$")


def _service(host: str) -> str | None:
    for name in _PATH_PREFIX:
        if host == name or host.endswith("." + name):
            return name
    return None


def _unwrapped_once(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host == "t.subsplash.com" and (found := _SUBSPLASH.match(parts.path)):
        token = found.group(1)
        try:
            target = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
        except (ValueError, binascii.Error, UnicodeDecodeError):
            return None
        return target if target.startswith(("https://", "http://")) else None
    if (service := _service(host)) is None:
        return None
    prefix = _PATH_PREFIX[service].match(parts.path)
    if prefix is None:
        return None
    rest = parts.path[prefix.end() :]
    if not rest and parts.query.startswith(("http://", "https://")):
        return parts.query  # "redirect.mp3?http://host/file.mp3"
    if rest.startswith(("http://", "https://")):
        return rest + (f"?{parts.query}" if parts.query else "")
    if not _TARGET_HOST.match(rest):
        return None
    return f"{parts.scheme}://{rest}" + (f"?{parts.query}" if parts.query else "")


def without_measurement_prefixes(url: str) -> str:
    """`url` with every podcast analytics prefix before the file's address taken off."""
    if not _ANY_SERVICE.search(url):
        return url  # nearly every link: one search, not a split (it runs for every entry)
    for _ in range(8):  # prefixes chain: six before Audioboom's file in the eval set
        target = _unwrapped_once(url)
        if target is None:
            return url
        url = target
    return url
