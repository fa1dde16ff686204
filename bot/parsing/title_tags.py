"""Hashtags closing an entry's title, taken out as its tags."""

from __future__ import annotations

import re

# Hashtags closing a title, as video and photo sites let authors write them ("Did Amazon
# Create The Soviet Dream? #history #politics #ai"): two or more, or one after a complete
# title ("… Always Wins #stockmarket"). A tag the sentence needs stays ("… com o
# #Hacktoberfest").
_TITLE_TAGS = re.compile(r"(?P<before>\S)(?P<tags>(?:\s+#[^\W\d_][\w-]*)+)\s*$")


def title_hashtags(title: str) -> tuple[str, tuple[str, ...]]:
    """The title without the hashtags closing it, and those tags' words."""
    # The search tries every character of a title that has no "#" (nearly all): 1.7 us each.
    found = _TITLE_TAGS.search(title) if "#" in title else None
    if found is None:
        return title, ()
    tags = tuple(t.lstrip("#") for t in found["tags"].split())
    rest = title[: found.start("tags")].rstrip()
    last_word = rest.split()[-1] if rest.split() else ""
    single_is_a_label = tags[0].islower() and (
        last_word[:1].isupper() or last_word[:1].isdigit() or last_word[-1:] in '.?!…)"”'
    )
    # Tags after a bare number ("435. #sminkförhumöret") or a colon ("Debate: #vaitercopa
    # #nãovaitercopa") are the headline's own words: without them no headline is left.
    if rest.endswith((":", "：")) or not any(c.isalpha() for c in rest):
        return title, ()
    if len(tags) >= 2 or found["before"] in ".?!…" or single_is_a_label:
        return rest, tags
    return title, ()
