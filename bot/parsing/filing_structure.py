"""Tags a feed files its items by, not their topics: lists it ticks, the languages it sorts by."""

from __future__ import annotations

import html
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.name_spellings import fold
from bot.parsing.models import FeedEntry

_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"\w+")
# An item with four times the usual count of the feed's tagged items, five at least, had its
# tags ticked from a list (every column of the site); so had one with twice the usual and a
# long list in order of name (a bilingual keyword list: "Allemagne, Angleterre, Argentina,
# Argentine, ..."). Lower bars took real topics off podcasts and news sites that tag richly.
_MANY = 5
_TIMES = 4
_LONG_LIST = 10
_LONG_TIMES = 2
# A word of a tag is named by a word of the post sharing its first five letters ("Europe" in
# "Euro-Mediterranean", "Fellowship" in "fellowships"); a shorter word must be there whole.
_STEM = 5


def without_ticked_lists(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """Entries whose tags were ticked from a list keep only those their post names."""
    counts = [len(e.categories) for e in entries]
    tagged = [n for n in counts if n]
    if len(counts) < 3 or not tagged:
        return list(entries)
    usual = max(statistics.median(tagged), 1)
    return [
        replace(e, categories=_named(e)) if _ticked(e.categories, usual) else e for e in entries
    ]


def _ticked(categories: tuple[str, ...], usual: float) -> bool:
    count = len(categories)
    if count >= _MANY and count >= _TIMES * usual:
        return True
    # Its first ten in order of name: a list's start, whatever the site added after it.
    folded = [c.casefold() for c in categories[:_LONG_LIST]]
    return count >= max(_LONG_LIST, _LONG_TIMES * usual) and folded == sorted(folded)


def _named(entry: FeedEntry) -> tuple[str, ...]:
    text = f"{entry.title} {_TAG.sub(' ', entry.content_html)}"
    words = set(_WORD.findall(fold(html.unescape(text))))
    stems = {w[:_STEM] for w in words if len(w) >= _STEM}
    return tuple(c for c in entry.categories if _is_named(c, words, stems))


def _is_named(category: str, words: set[str], stems: set[str]) -> bool:
    return any(
        word[:_STEM] in stems if len(word) >= _STEM else len(word) >= 2 and word in words
        for word in _WORD.findall(fold(category))
    )


# Languages by their English name, their own and their ISO code: labels a bilingual blog
# files each post by ("English" on 80 of Jessica Temporal's posts, "Português", "portugues" and
# "pt" on 90).
_LANGUAGES = {
    "en": "english|inglês|inglés|anglais|englisch|en",
    "pt": "portuguese|português|portugues|portugués|pt|pt-br",
    "es": "spanish|español|espanol|espanhol|espagnol|es",
    "fr": "french|français|francais|francés|francês|fr",
    "de": "german|deutsch|alemán|alemão|allemand|de",
    "it": "italian|italiano|italien|it",
    "nl": "dutch|nederlands|nl",
    "ru": "russian|русский|ru",
    "zh": "chinese|中文|zh",
    "ja": "japanese|日本語|ja",
    "ko": "korean|한국어|ko",
    "ar": "arabic|العربية|ar",
}
_LANGUAGE = re.compile(
    "|".join(f"(?P<{code}>{names})" for code, names in _LANGUAGES.items()), re.IGNORECASE
)


def _language(category: str) -> str | None:
    found = _LANGUAGE.fullmatch(category)
    return found.lastgroup if found else None


# A language's ISO code as a CMS writes it ("en", "pt-br"): lower-case, so "IT" stays a topic.
_CODE = re.compile(r"[a-z]{2}(?:-[a-z]{2})?")


def _without_language_codes(entries: Sequence[FeedEntry]) -> Sequence[FeedEntry]:
    # One code on half the items or more is the language the whole feed is written in ("en"
    # on all of the Flickr blog's posts), even where it has no second language.
    counts = Counter(c for e in entries for c in set(e.categories) if _CODE.fullmatch(c))
    codes = {c for c, n in counts.items() if n >= 3 and 2 * n >= len(entries) and _language(c)}
    if not codes:
        return entries
    return [
        replace(e, categories=tuple(c for c in e.categories if c not in codes)) for e in entries
    ]


def without_language_labels(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """Entries less the language labels the feed sorts its posts by."""
    entries = _without_language_codes(entries)
    # Two languages or more, each on one item in five, never together on one item: which
    # language the post is written in, not what it is about. One "English" (a language
    # school's topic) or "English" beside "Spanish" on the same items stays.
    filed = [{_language(c) for c in e.categories} - {None} for e in entries]
    counts = Counter(code for codes in filed for code in codes)
    # (A post on telling Chinese from Japanese, the one of its blog's items so tagged, keeps both.)
    codes = {code for code, n in counts.items() if n >= 3 and n * 5 >= len(entries)}
    if len(codes) < 2 or any(len(found & codes) > 1 for found in filed):
        return list(entries)
    return [
        replace(e, categories=tuple(c for c in e.categories if _language(c) not in codes))
        for e in entries
    ]
