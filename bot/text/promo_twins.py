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

# A web address written in the text, whole: with its scheme, with "www.", or a host under a
# common generic or podcast-hosting suffix ("maineghosthunters.net/forum", "show.fm").
_ADDRESS = re.compile(
    r"(?i)(?:https?://|\bwww\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|fm|tv|io|biz)\b(?:/[^\s<>\"']*)?"
)
_BLOCK_TAG = re.compile(
    r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|td|pre|hr|dd|dt|dl))\b[^>]*>", re.I
)
_TAG = re.compile(r"<[^>]*>")
# Words with a letter: a phone number or a date is no shared wording.
_WORD = re.compile(r"\w*[^\W\d_]\w*")
# A shared run this long (words other than the address's) makes two sentences one promo.
_RUN = 5
# Shared runs are at least this part (1/_SHARE) of the shorter sentence's.
_SHARE = 4
# A promo is a sentence, not a paragraph; it sits among an item's last sentences.
_MAX_WORDS = 45
_LAST_UNITS = 6
# Items and characters of each read: a feed's promo is on its recent items.
_ITEMS = 60
_ITEM_CHARS = 16_000


# An item's index, one of its sentences, and the sentence's runs of words.
_Sentence = tuple[int, str, frozenset[tuple[str, ...]]]


def _units(html: str) -> list[str]:
    """An item's sentences, block by block, as boilerplate removal cuts them."""
    units: list[str] = []
    for block in _BLOCK_TAG.split(html[:_ITEM_CHARS]):
        # Twice: markup a feed escaped once more ("&lt;a href=…&gt;") is no wording either.
        text = " ".join(_TAG.sub(" ", unescape(_TAG.sub(" ", block))).split())
        units.extend(u.strip() for u in split_units(text) if u.strip())
    return units


def _address(written: str) -> str:
    """An address as two items may write it: no scheme, "www.", trailing stop or slash."""
    address = written.lower().rstrip(".,;:!?)/").removeprefix("https://").removeprefix("http://")
    return address.removeprefix("www.")


def _candidates(units: Sequence[str]) -> Iterable[tuple[str, str, frozenset[tuple[str, ...]]]]:
    """(address, sentence, its word runs) of each sentence after the lead naming addresses."""
    for unit in units[1:][-_LAST_UNITS:]:
        addresses = {_address(found) for found in _ADDRESS.findall(unit)}
        if not addresses:
            continue
        words = _WORD.findall(_ADDRESS.sub(" ", unit).lower())
        if _RUN <= len(words) <= _MAX_WORDS:
            runs = frozenset(zip(*(words[i:] for i in range(_RUN)), strict=False))
            for address in addresses:
                yield address, unit, runs


def _worded_alike(runs: frozenset[tuple[str, ...]], twin_runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sentences share a run, and shared runs are a fourth of the shorter's: a
    site's name as a story's subject ("Die Handy-Experten von Xonio.com haben …") is no promo."""
    shared = len(runs & twin_runs)
    return shared > 0 and shared * _SHARE >= min(len(runs), len(twin_runs))


def promo_twins(titles: Sequence[str], htmls: Sequence[str]) -> tuple[str, ...]:
    """The sentences two items of different titles share as a promo: one web address and a
    run of five words or more besides it."""
    by_address: defaultdict[str, list[tuple[int, str, frozenset[tuple[str, ...]]]]] = defaultdict(
        list
    )
    for item, html in enumerate(islice(htmls, _ITEMS)):
        if "." not in html:
            continue
        for address, unit, runs in _candidates(_units(html)):
            by_address[address].append((item, unit, runs))
    found: dict[str, None] = {}
    for sentences in by_address.values():
        for (one, unit, runs), (other, twin, twin_runs) in combinations(sentences, 2):
            if titles[one] != titles[other] and _worded_alike(runs, twin_runs):
                found.update(dict.fromkeys((unit, twin)))
    return tuple(found)
