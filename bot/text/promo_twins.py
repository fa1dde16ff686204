"""A channel's promo that each item words its own way ("Feel free to join our Maine Ghost Hunters
forum at www.maineghosthunters.net to discuss this and other paranormal topics." beside "Maine
Ghost Hunters welcomes you to join our forum, located at www.maineghosthunters.net to discuss
this and other paranormal topics."): sentences of two items that point at one web address and
share a run of words are the feed's, no item's text."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import unescape
from itertools import combinations, islice

from bot.text.boilerplate import split_units

# A web address written in the text: with its scheme, with "www.", or a host under a common
# generic or podcast-hosting suffix ("maineghosthunters.net", "show.fm").
_ADDRESS = re.compile(
    r"(?i)(?:https?://|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)"
    r"|\b((?:[a-z0-9-]+\.)+(?:com|net|org|info|fm|tv|io|biz))\b"
)
_BLOCK_TAG = re.compile(
    r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|td|pre|hr|dd|dt|dl))\b[^>]*>", re.I
)
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
# A shared run this long (words other than the address's) makes two sentences one promo.
_RUN = 5
# A promo is a sentence, not a paragraph; it sits among an item's last sentences.
_MAX_WORDS = 45
_LAST_UNITS = 6
# Items and characters of each read: a feed's promo is on its recent items.
_ITEMS = 60
_ITEM_CHARS = 16_000


def _units(html: str) -> list[str]:
    """An item's sentences, block by block, as boilerplate removal cuts them."""
    units: list[str] = []
    for block in _BLOCK_TAG.split(html[:_ITEM_CHARS]):
        text = " ".join(unescape(_TAG.sub(" ", block)).split())
        units.extend(u.strip() for u in split_units(text) if u.strip())
    return units


def _candidates(units: Sequence[str]) -> Iterable[tuple[str, str, frozenset[tuple[str, ...]]]]:
    """(host, sentence, its word runs) of each sentence after the lead that names an address."""
    for unit in units[1:][-_LAST_UNITS:]:
        found = _ADDRESS.search(unit)
        if found is None:
            continue
        host = (found.group(1) or found.group(2)).lower().removeprefix("www.")
        words = _WORD.findall(_ADDRESS.sub(" ", unit).lower())
        if _RUN <= len(words) <= _MAX_WORDS:
            runs = zip(*(words[i:] for i in range(_RUN)), strict=False)
            yield host, unit, frozenset(runs)


def promo_twins(titles: Sequence[str], htmls: Sequence[str]) -> tuple[str, ...]:
    """The sentences two items of different titles share as a promo: one web address and a
    run of five words or more besides it."""
    by_host: defaultdict[str, list[tuple[int, str, frozenset[tuple[str, ...]]]]] = defaultdict(list)
    for item, html in enumerate(islice(htmls, _ITEMS)):
        if "." not in html:
            continue
        for host, unit, runs in _candidates(_units(html)):
            by_host[host].append((item, unit, runs))
    found: dict[str, None] = {}
    for sentences in by_host.values():
        for (one, unit, runs), (other, twin, twin_runs) in combinations(sentences, 2):
            if titles[one] != titles[other] and not runs.isdisjoint(twin_runs):
                found.update(dict.fromkeys((unit, twin)))
    return tuple(found)
