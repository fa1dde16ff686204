"""Checking HTML written by editors (templates, footers) against Telegram's HTML parse mode."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

# Telegram's tag whitelist (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = frozenset(
    "b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote".split()
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>")
_ATTRIBUTE = re.compile(r"\s*([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|([A-Za-z][A-Za-z0-9]*));")


# The only named entities Telegram decodes (https://core.telegram.org/bots/api#html-style);
# any other, such as &nbsp;, would reach subscribers as literal text.
NAMED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})


# The only link schemes a post or a template may carry: anything else (javascript:, data:,
# file:, intent:) would be a trap for subscribers, so it is shown as plain text.
LINK_SCHEMES = frozenset({"http", "https", "tg"})
# What browsers ignore inside a scheme ("java\tscript:"), so it cannot hide one.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_LINK_START = re.compile(r"<a(\s[^<>]*)?>", re.I)
_LINK_END = re.compile(r"</a\s*>", re.I)


def is_linkable(href: str | None) -> bool:
    """True for an http(s) address with a host, or a tg: link; the only ones posts link."""
    if not href:
        return False
    address = _IGNORED_IN_URL.sub("", unescape(href))
    try:
        parts = urlsplit(address)
    except ValueError:  # e.g. a malformed IPv6 host
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(parts.netloc)
    return scheme in LINK_SCHEMES


def drop_unsafe_links(html: str) -> str:
    """`html` with every <a> whose address is not linkable reduced to its label."""
    # Applied to every post, so a template stored before the rule existed is safe too.
    out: list[str] = []
    position = 0
    for start in _LINK_START.finditer(html):
        if start.start() < position:
            continue
        if is_linkable(_attributes(start.group(1) or "").get("href")):
            continue
        end = _LINK_END.search(html, start.end())
        out.append(html[position : start.start()])
        if end is None:
            position = start.end()
            continue
        out.append(html[start.end() : end.start()])
        position = end.end()
    out.append(html[position:])
    return "".join(out)


class HtmlError(ValueError):
    """The HTML would be refused by Telegram; the message says what to change, and where."""


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "")
        for m in _ATTRIBUTE.finditer(text)
        if m.group(1)
    }


def _check_start_tag(name: str, attributes: dict[str, str], where: str) -> None:
    if name not in ALLOWED_TAGS:
        allowed = ", ".join(sorted(ALLOWED_TAGS))
        raise HtmlError(f"<{name}> {where} is not a tag Telegram knows (it knows {allowed})")
    if name == "a" and not attributes.get("href"):
        raise HtmlError(f'<a> {where} needs an address: <a href="https://...">')
    if name == "a" and not is_linkable(attributes["href"]):
        raise HtmlError(
            f"<a> {where} links to {attributes['href'][:60]!r}: only http://, https:// "
            "and tg:// addresses may be linked"
        )
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise HtmlError(f'<span> {where} must be <span class="tg-spoiler">')


def check_html(text: str) -> None:
    """Raise HtmlError unless Telegram would accept `text` with parse_mode HTML."""
    stack: list[tuple[str, int]] = []
    i = 0
    while (found := re.compile(r"[<&]").search(text, i)) is not None:
        j = found.start()
        where = f"at character {j + 1}"
        if text[j] == "&":
            entity = _ENTITY.match(text, j)
            if entity is None:
                raise HtmlError(f'"&" {where} must be written as &amp;')
            name = entity.group(1)
            if name and name not in NAMED_ENTITIES:
                raise HtmlError(
                    f"&{name}; {where} is not one Telegram understands: it knows only &lt; &gt; "
                    "&amp; &quot; and numeric ones (&#160; for a no-break space)"
                )
            i = entity.end()
            continue
        tag = _TAG.match(text, j)
        if tag is None:
            raise HtmlError(f'"<" {where} must be written as &lt; (or start a tag)')
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if not closing:
            _check_start_tag(name, _attributes(tag.group(3)), where)
            stack.append((name, j))
        elif not stack:
            raise HtmlError(f"</{name}> {where} closes a tag that was never opened")
        elif stack[-1][0] != name:
            raise HtmlError(f"</{name}> {where} should be </{stack[-1][0]}>")
        else:
            stack.pop()
        i = tag.end()
    if stack:
        name, position = stack[-1]
        raise HtmlError(f"<{name}> at character {position + 1} is never closed")
