"""A summary as Telegram HTML: escaped, with the links of the entry it still names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from bot.text.summary_links import Anchor, linked_spans

_LINK_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)
_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)


def summary_html(summary: str, anchors: Sequence[Anchor]) -> str:
    """`summary` escaped, each anchor it names once linked (at most summary_links.MAX_LINKS)."""
    if not anchors:
        return escape(summary, quote=False)
    out: list[str] = []
    position = 0
    for start, end, href in linked_spans(summary, anchors):
        out.append(escape(summary[position:start], quote=False))
        label = escape(summary[start:end], quote=False)
        out.append(f'<a href="{escape(href, quote=True)}">{label}</a>')
        position = end
    out.append(escape(summary[position:], quote=False))
    return "".join(out)


def summary_inside_link(template_source: str) -> bool:
    """Whether a template puts {summary} inside a link of its own: a link holds no link."""
    at = template_source.find("{summary}")
    before = template_source[:at] if at >= 0 else ""
    return len(_LINK_OPEN.findall(before)) > len(_LINK_CLOSE.findall(before))
