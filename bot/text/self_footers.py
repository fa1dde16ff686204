"""A post's own footer naming it and its site: WordPress's (Yoast's) "The post <title> appeared
first on <site>." in whichever language the site runs ("<title>最先出现在<site>。"), found by
its shape rather than its words: a short paragraph linking the entry's headline and a site's
home page, with a few words between."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.text.blocks import Block, Cut

# Words besides the two links' texts: "The post … appeared first on …." has five, German,
# French and Russian six or seven; a sentence that only mentions the post says more.
_MAX_GLUE_WORDS = 8
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _norm(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _host(href: str | None) -> str:
    return urlsplit(href or "").netloc.lower().removeprefix("www.")


def _is_home(href: str | None) -> bool:
    """A site's front page: an address with no path beyond one folder, no query, no file."""
    if not href:
        return False
    parts = urlsplit(href)
    folders = [p for p in parts.path.split("/") if p]
    return bool(parts.netloc) and not parts.query and len(folders) <= 1 and "." not in parts.path


def _glue_words(text: str) -> int:
    # Unspaced scripts run a phrase into one "word": two characters count as one.
    words = _WORD.findall(text)
    return sum(max(1, len(_UNSPACED.findall(w)) // 2) if _UNSPACED.search(w) else 1 for w in words)


def _is_self_footer(block: Block, title: str) -> bool:
    if len(block.links) != 2 or block.kind != "text":
        return False
    first, second = block.links
    key = _norm(title)
    # One link's text is the headline, the other's target the front page of the site the
    # headline's link is on (a link post's "<title> brought to us by <author>" names another).
    if not any(
        _norm(block.text[named.start : named.end]) == key
        and _is_home(home.href)
        and _host(named.href) == _host(home.href)
        for named, home in ((first, second), (second, first))
    ):
        return False
    text = block.text
    glue = text[: first.start] + " " + text[first.end : second.start] + " " + text[second.end :]
    return _glue_words(glue) <= _MAX_GLUE_WORDS


def self_footer_cuts(blocks: Sequence[Block], title: str | None) -> list[Cut]:
    """Cuts of the paragraphs that only say the entry appeared on its site first."""
    if not title or not _norm(title):
        return []
    return [
        Cut(index, 0, len(block.text), "footer")
        for index, block in enumerate(blocks)
        if _is_self_footer(block, title)
    ]
