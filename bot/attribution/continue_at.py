"""A closing pointer to where the text goes on, its link's whole text: "Continue at Slamxhype",
"Read the rest of this post on LessWrong". The text is an excerpt of the named site's page."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import re2

from bot.attribution.hits import Hit
from bot.attribution.title_domain_names import names_site_of
from bot.text.blocks import Block

_POINTER = re2.compile(
    r"(?i)^(?:continue(?:d)?(?:\s+reading)?|read\s+(?:the\s+)?(?:rest|more|full\s+"
    r"(?:article|story|post))(?:\s+of\s+(?:this|the)\s+(?:post|entry|article|story))?)"
    r"\s+(?:at|on)\s+(?P<name>[^\s].{0,58}?)[\s.!…»>]*$"
)


def continue_at_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """A block that is one link whose text points on to a site its address is (the name
    spells the link's host), so a pointer to a section or a person is no credit."""
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind != "text" or len(block.links) != 1 or len(text) > 80:
            continue
        link = block.links[0]
        if not link.href or not link.href.startswith("http") or link.end - link.start < len(text):
            continue
        if (m := _POINTER.match(text)) and names_site_of(m.group("name"), link.href):
            end = len(block.text)
            yield Hit(
                "explicit", m.group("name"), link.href, i, 0, end, (0, end), rule="continue_at"
            )
