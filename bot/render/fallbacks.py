"""Rewriting a post Telegram refused: as plain text, or shorter (keeping title and footer)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from bot.render.content import telegram_length
from bot.text.summaries import shorten_at_word

# Each "message is too long" cuts the post to this share of its visible length.
SHRINK = 0.75
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class _Token:
    kind: str  # "start" | "end" | "text"
    value: str  # tag name, or the visible text
    raw: str  # as it goes into the message
    href: str | None = None


class _Tokenizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[_Token] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        self.tokens.append(_Token("start", tag, raw, dict(attrs).get("href")))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(_Token("end", tag, f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.tokens.append(_Token("text", data, escape(data, quote=False)))


def _tokens(text: str, *, plain: bool) -> list[_Token]:
    if plain:
        return [_Token("text", text, text)] if text else []
    parser = _Tokenizer()
    parser.feed(text)
    parser.close()
    return parser.tokens


def html_to_plain(html: str) -> str:
    """The visible text of Telegram HTML; a link keeps its address: `label (url)`."""
    parts: list[str] = []
    links: list[tuple[str | None, int]] = []
    for token in _tokens(html, plain=False):
        if token.kind == "text":
            parts.append(token.value)
        elif token.kind == "start" and token.value == "a":
            links.append((token.href, len(parts)))
        elif token.kind == "end" and token.value == "a" and links:
            href, start = links.pop()
            label = "".join(parts[start:]).strip()
            if href and href != label:
                parts.append(f" ({href})")
    return "".join(parts)


def _visible(text: str, *, plain: bool) -> str:
    return "".join(t.value for t in _tokens(text, plain=plain) if t.kind == "text")


def visible_length(text: str, *, plain: bool) -> int:
    """Telegram's length of a message (UTF-16 units of its visible text)."""
    return telegram_length(_visible(text, plain=plain))


def _cut(data: str, budget: int) -> str:
    limit = budget
    cut = shorten_at_word(data, limit)
    while limit > 0 and telegram_length(cut) > budget:  # emoji count twice in UTF-16
        limit -= 1
        cut = shorten_at_word(data, limit)
    return cut if limit > 0 else ""


def _truncate(fragment: str, budget: int, *, plain: bool) -> str:
    """`fragment` within `budget` visible units, cut at a word, with its tags closed."""
    out: list[str] = []
    open_tags: list[str] = []
    used = 0
    for token in _tokens(fragment, plain=plain):
        if token.kind == "start":
            open_tags.append(token.value)
            out.append(token.raw)
        elif token.kind == "end":
            if token.value in open_tags:
                open_tags.reverse()
                open_tags.remove(token.value)
                open_tags.reverse()
            out.append(token.raw)
        elif used + telegram_length(token.value) <= budget:
            used += telegram_length(token.value)
            out.append(token.raw)
        else:
            cut = _cut(token.value, budget - used)
            out.append(cut if plain else escape(cut, quote=False))
            out.extend(f"</{tag}>" for tag in reversed(open_tags))
            break
    return "".join(out)


def shorter(text: str, *, plain: bool, ratio: float = SHRINK) -> str | None:
    """The post cut to `ratio` of its visible length, or None when it cannot get shorter."""
    # The first block (title) and the last (link, source) stay whole while the middle can
    # give way; only then is the title cut.
    current = visible_length(text, plain=plain)
    target = int(current * ratio)
    blocks = text.split(BLOCK_SEPARATOR)
    if len(blocks) < 2:
        result = _truncate(text, target, plain=plain)
    else:
        head, middle, tail = blocks[0], BLOCK_SEPARATOR.join(blocks[1:-1]), blocks[-1]
        fixed = visible_length(head, plain=plain) + visible_length(tail, plain=plain)
        separators = 2 * len(BLOCK_SEPARATOR) if middle else len(BLOCK_SEPARATOR)
        budget = target - fixed - separators
        if middle and budget > 0:
            middle = _truncate(middle, budget, plain=plain)
            parts = [head, middle, tail] if middle else [head, tail]
        else:
            room = target - visible_length(tail, plain=plain) - len(BLOCK_SEPARATOR)
            parts = [_truncate(head, max(room, 0), plain=plain), tail]
        result = BLOCK_SEPARATOR.join(p for p in parts if p)
    if not _visible(result, plain=plain).strip() or visible_length(result, plain=plain) >= current:
        return None
    return result
