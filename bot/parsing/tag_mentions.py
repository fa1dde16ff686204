"""An alphabetical tag list ranked by what the item talks about: the tags its headline names
first, then those its text names most often."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.parsing.tag_evidence import folded

_MARKUP = re.compile(r"<[^<>]*>")
# An item's text past this rarely changes which of its tags it talks about most.
_TEXT_CHARS = 30_000
# Named once, a tag is a word the text passes by ("Alkohol" in a questionnaire's answers);
# named again and again, it is what the item is about ("GSH", "immunocal" on Glutathione).
_TALKED_ABOUT = 2


def mention_rank(headline: str, text_html: str) -> Callable[[str], tuple[int, int]]:
    """A sort key for a tag: where the headline names it (absent: after the headline), then
    how often the text names it (twice or more), most first."""
    title = folded(headline)
    text = folded(_MARKUP.sub(" ", text_html[:_TEXT_CHARS])) if text_html else ""

    def rank(topic: str) -> tuple[int, int]:
        # A plural names the tag too ("molecule", "molecules").
        word = re.compile(rf"(?<!\w){re.escape(folded(topic))}(?:e?s)?(?!\w)")
        found = word.search(title)
        at = found.start() if found else len(title) + 1
        count = len(word.findall(text)) if text else 0
        return at, -count if count >= _TALKED_ABOUT else 0

    return rank
