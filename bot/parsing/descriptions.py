"""An entry's description beside its content: the text to read when the content says
nothing of its own (a newsletter's archived item, a player with its notes elsewhere)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from bot.parsing.repair import repaired, sentences_spaced, unescaped_markup
from bot.text.credit_tails import ends_on_photo_credit

# A description longer than this is an article's text, not a teaser: the content chosen
# over it (the longer) says more, and carrying both would double what an entry holds.
_MAX_DESCRIPTION_CHARS = 1500


def _is_caption_chosen(summary: str, content_html: str) -> bool:
    if summary.strip() != content_html.strip():
        return False
    return ends_on_photo_credit(html.unescape(re.sub(r"<[^>]+>", " ", summary)))


def other_description(raw: Mapping[str, Any], content_html: str) -> str:
    """The entry's description as HTML when it is not the text `content_html` already is."""
    summary = raw.get("summary")
    if isinstance(summary, str) and _is_caption_chosen(summary, content_html):
        # A caption in <description> chosen as the longer: the story's teaser in
        # <content:encoded> beside it is the other text.
        summary = max((c.get("value") or "" for c in raw.get("content") or []), key=len, default="")
    if not isinstance(summary, str) or not summary.strip() or len(summary) > _MAX_DESCRIPTION_CHARS:
        return ""
    description = sentences_spaced(repaired(unescaped_markup(summary)))
    return "" if description.strip() == content_html.strip() else description
