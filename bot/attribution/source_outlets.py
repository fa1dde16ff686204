"""A portal's outlets: a news portal (SAPO) carries its partner papers' items on their own
subdomains (diarioeconomico.sapo.pt, sol.sapo.pt), each naming its outlet in <source>, often
by an acronym ("DE"). The item is the outlet's, and an acronym is spelled out as the feed's
own text writes the outlet's host ("Diário Económico" for diarioeconomico)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from bot.attribution.domains import registered_domain
from bot.parsing.models import FeedEntry

_ACRONYM = re.compile(r"[A-Z]{2,5}")
# A capitalised word of any script's letters, and the lower-case joiners a name may hold.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_JOINERS = frozenset({"de", "do", "da", "dos", "das", "di", "del", "du", "des", "of", "the"})
_MAX_WORDS = 5
_MIN_OUTLETS = 2
_MAX_ITEMS = 60
_MAX_CHARS = 20_000
_TAG = re.compile(r"<[^>]*>")


def _host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")


def outlet_host(link: str | None, site_url: str | None) -> str | None:
    """The item's host when it is another subdomain of the portal's own domain than the
    portal's host ("sol.sapo.pt" for www.sapo.pt), else None."""
    host, own = _host(link), _host(site_url)
    domain = registered_domain(link)
    if not host or not own or host == own or domain is None or host == domain:
        return None
    return host if domain == registered_domain(site_url) else None


def is_portal(entries: Sequence[FeedEntry], site_url: str | None) -> bool:
    """Whether the feed's items name two or more outlets in <source>, each item so named
    kept off the feed's own host, some on other subdomains of its domain."""
    own = _host(site_url)
    sourced = [(e.source_name, e.canonical_url or e.link) for e in entries if e.source_name]
    if not own or not sourced or any(_host(link) in ("", own) for _, link in sourced):
        return False
    on_portal = any(outlet_host(link, site_url) for _, link in sourced)
    return on_portal and len({name for name, _ in sourced}) >= _MIN_OUTLETS


def _compact(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def spelled_outlet(acronym: str, label: str, texts: Iterable[str]) -> str | None:
    """The capitalised words in `texts` whose initials are `acronym` and whose letters
    (accents dropped) are the host's `label`: "Diário Económico" for DE, diarioeconomico."""
    for text in texts:
        words = _WORD.findall(text)
        for start, first in enumerate(words):
            if not first[0].isupper():
                continue
            run = words[start : start + _MAX_WORDS]
            for end in range(2, len(run) + 1):
                phrase = run[:end]
                if not phrase[-1][0].isupper():
                    continue
                capitals = [w for w in phrase if w.casefold() not in _JOINERS]
                if "".join(w[0] for w in capitals).upper() != acronym:
                    continue
                if _compact("".join(capitals)) == label or _compact("".join(phrase)) == label:
                    return " ".join(phrase)
    return None


def _texts(entries: Sequence[FeedEntry]) -> list[str]:
    """The feed's titles and plain texts (the first items, capped), where outlets are named."""
    texts = []
    for entry in entries[:_MAX_ITEMS]:
        texts.append(entry.title)
        texts.append(_TAG.sub(" ", entry.content_html[:_MAX_CHARS]))
    return texts


def with_portal_outlets(entries: Sequence[FeedEntry], site_url: str | None) -> list[FeedEntry]:
    """`entries`, a portal's acronym sources spelled out as the feed's text spells the
    outlet's host (left as they are where it never does)."""
    if not any(e.source_name and _ACRONYM.fullmatch(e.source_name) for e in entries):
        return list(entries)
    if not is_portal(entries, site_url):
        return list(entries)
    texts: list[str] | None = None
    spelled: dict[tuple[str, str], str | None] = {}
    result = []
    for entry in entries:
        name, host = entry.source_name, outlet_host(entry.canonical_url or entry.link, site_url)
        if name and host and _ACRONYM.fullmatch(name):
            label = _compact(host.split(".")[0])
            if (name, label) not in spelled:
                texts = texts if texts is not None else _texts(entries)
                spelled[name, label] = spelled_outlet(name, label, texts)
            if full := spelled[name, label]:
                entry = replace(entry, source_name=full)
        result.append(entry)
    return result


def is_outlet_site(name: str, url: str | None, portal_url: str | None) -> bool:
    """Whether `url` is the outlet `name`'s own subdomain of the portal: its label spells the
    name ("Diário Económico" at diarioeconomico.sapo.pt; not Lusa's copy at noticias.sapo.pt)."""
    host = outlet_host(url, portal_url)
    return host is not None and _compact(host.split(".")[0]) == _compact(name)
