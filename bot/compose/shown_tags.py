"""Which of an entry's categories a post shows as hashtags: those its shown words speak of."""

from __future__ import annotations

import re

from bot.parsing.tag_evidence import folded, names, said

# A tag is a topic the reader can see the post is about: the headline or the summary shown
# names it (word or stem, any script). A category only the article's body, its page or the
# feed's keyword list names is a site's filing label, an SEO keyword or a catch-all to a
# reader ("#Life" on a post about Obama, "#attach #attachment #back" from 22 keywords), and
# editors reject posts for such tags, never for a missing one (bench/judged/README.md, s21).
_HASHTAG = re.compile(r"#([^\W_][\w-]*)")
_SPACING = re.compile(r"[\s_-]+")
# Markup inside a hashtag's link ("#<span>MastoArt</span>", Mastodon) is no gap in it.
_MARKUP = re.compile(r"<[^<>]*>")


def shown_topics(
    categories: tuple[str, ...], headline: str, summary: str, text: str, html: str = ""
) -> tuple[str, ...]:
    """The categories the post's headline or shown summary names, in the feed's order, and
    those its text or HTML writes as hashtags (a toot's "#MastoArt" closing it)."""
    if not categories:
        return categories
    shown = said(headline, summary)
    written = {
        _SPACING.sub("", folded(t))
        for source in (text, _MARKUP.sub("", html) if "#" in html else "")
        if "#" in source
        for t in _HASHTAG.findall(source)
    }
    return tuple(c for c in categories if names(shown, c) or _SPACING.sub("", folded(c)) in written)
