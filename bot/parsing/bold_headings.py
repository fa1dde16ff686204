"""An untitled item whose text opens with a bold label and a colon ("<b>Healthier Than Thou:</b>
A study in today's JAMA …"), as a feed's items do by habit: the label is the headline."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.parsing.models import FeedEntry

# Past the tags a paragraph opens with, a bold run of a few words with a colon inside or just
# after it, then the text as a sentence opens on the same line (a link may open it).
_BOLD_LABEL = re.compile(
    r"(?P<lead>(?:\s|<(?!/?(?:b|strong)\b)[a-z][^<>]*>)*)"
    r"<(?P<tag>b|strong)\b[^<>]*>\s*(?P<label>[^<>]{2,80}?)\s*(?::\s*</(?P=tag)\s*>|</(?P=tag)\s*>\s*:)"
    r"\s*(?=(?:<(?:a|i|em)\b[^<>]*>)*[\"“‘'«„¿¡]?[^\W_])",
    re.IGNORECASE,
)
_MAX_WORDS = 8
# Two items opening so make it the feed's habit, of at least half its items; a bold "Update:"
# opening one post is the writer's.
_HABIT = 2
_SHARE = 0.5
_TAG = re.compile(r"<[^<>]*>")
_CUT = re.compile(r"\s*(?:…|\.{3})\s*$")


def _label(text_html: str) -> re.Match[str] | None:
    found = _BOLD_LABEL.match(text_html)
    if found is None or len(found["label"].split()) > _MAX_WORDS:
        return None
    # A label is a name, not a sentence ("Pity the poor pediatricians.:" is none), and the
    # text after it opens as a sentence does.
    after = _plain(text_html[found.end() : found.end() + 200])
    if found["label"][-1] in ".!?;," or not after[:1].isupper() and not after[:1].isdigit():
        return None
    return found


def _plain(text_html: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text_html)).split()).lstrip("\"“‘'«„¿¡")


def _stand_in(title: str, text_html: str, label: str) -> bool:
    """Whether `title` is the item's own text from its label on, a title-less item's stand-in
    (or the feed's: Blogger titles such items with their first words and "...")."""
    start = " ".join(_CUT.sub("", title).split()).casefold()
    text = " ".join(html.unescape(_TAG.sub(" ", text_html)).split()).casefold()
    text = re.sub(r"\s+([:,.;!?])", r"\1", text)  # a tag closed before the colon left a space
    return len(start) > len(label) and text.startswith(start)


def with_bold_headings(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The entries headed by the bold label their text opens with, where the feed's items open
    so by habit and an item's title is no more than its text's start."""
    labels = [_label(e.content_html) for e in entries]
    if sum(found is not None for found in labels) < max(_HABIT, _SHARE * len(entries)):
        return list(entries)
    # A label on two items is a kind or a section ("Tip:", "Update:"), no item's headline.
    said = Counter(found["label"].casefold() for found in labels if found is not None)
    result = []
    for entry, found in zip(entries, labels, strict=True):
        if (
            found is not None
            and said[found["label"].casefold()] == 1
            and _stand_in(entry.title, entry.content_html, found["label"])
        ):
            text = entry.content_html
            entry = replace(
                entry,
                title=found["label"],
                content_html=found["lead"] + text[found.end() :],
                description_html=_without_label(entry.description_html, found["label"]),
            )
        result.append(entry)
    return result


def _without_label(text_html: str, label: str) -> str:
    found = _label(text_html)
    if found is None or found["label"] != label:
        return text_html
    return found["lead"] + text_html[found.end() :]
