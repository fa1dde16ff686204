"""The post template language: Telegram HTML with `{placeholders}`, and nothing else.

Why not Jinja2: editors type templates into a Telegram chat. A fixed set of placeholders with
no expressions, loops or filters has no failure that depends on the story being posted, so a
template checked once when it is set cannot break at post time, and it cannot run code.
The only logic is what posts need: a line whose placeholders are all empty is left out, and
an empty placeholder takes a neighbouring ` · ` (or ` | `) separator with it.
`{{` and `}}` are literal braces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# name → what it shows (for /template's help and the README).
PLACEHOLDERS: dict[str, str] = {
    "title": "the headline (bold in the default template)",
    "summary": "the lead sentences of the article",
    "link": "“Read more”, linked to the article",
    "url": "the article's address as text",
    "source": "the site that carried the story, linked",
    "original_publisher": "for a reprint, the outlet that first published it, linked",
    "credit": "“Originally published by X · via Y”, or just the site",
    "tags": "hashtags from the entry's categories",
    "footer": "the channel's footer (/footer); appended at the end if not placed",
}
DEFAULT_TEMPLATE = "<b>{title}</b>\n\n{summary}\n\n{link} · {credit}\n\n{tags}\n\n{footer}"

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_]*)\}|[{}]")
_AFTER = re.compile(r"^\s*[·|]\s*")
_BEFORE = re.compile(r"\s*[·|]\s*$")


class TemplateError(ValueError):
    """The template cannot be used; the message tells the editor what to fix."""


@dataclass(frozen=True)
class Template:
    """A parsed template: lines of literal text and placeholder names."""

    source: str
    # Each line is a tuple of parts: ("text", literal) or ("field", name).
    lines: tuple[tuple[tuple[str, str], ...], ...]

    @property
    def fields(self) -> frozenset[str]:
        """The placeholders the template uses."""
        return frozenset(v for line in self.lines for k, v in line if k == "field")


def parse_template(source: str) -> Template:
    """Parse `source`; raises TemplateError naming the first problem and where it is."""
    lines: list[tuple[tuple[str, str], ...]] = []
    for number, line in enumerate(source.split("\n"), start=1):
        parts: list[tuple[str, str]] = []
        position = 0
        for token in _TOKEN.finditer(line):
            parts.append(("text", line[position : token.start()]))
            position = token.end()
            text = token.group()
            if text in ("{{", "}}"):
                parts.append(("text", text[0]))
            elif token.group(1) is None:
                raise TemplateError(
                    f"line {number}: a lone “{text}” — write {text * 2} for a literal brace"
                )
            elif token.group(1) not in PLACEHOLDERS:
                known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
                raise TemplateError(f"line {number}: unknown placeholder {text} (known: {known})")
            else:
                parts.append(("field", token.group(1)))
        parts.append(("text", line[position:]))
        lines.append(tuple(p for p in parts if p != ("text", "")))
    return Template(source, tuple(lines))


def _fill_line(line: tuple[tuple[str, str], ...], values: Mapping[str, str]) -> str | None:
    fields = [name for kind, name in line if kind == "field"]
    if fields and not any(values.get(name) for name in fields):
        return None  # nothing to show on this line
    pieces = [values.get(v, "") if k == "field" else v for k, v in line]
    for index, (kind, name) in enumerate(line):
        if kind != "field" or values.get(name):
            continue
        # An empty placeholder takes one neighbouring separator with it.
        if (
            index + 1 < len(line)
            and line[index + 1][0] == "text"
            and _AFTER.match(pieces[index + 1])
        ):
            pieces[index + 1] = _AFTER.sub("", pieces[index + 1], count=1)
        elif index > 0 and line[index - 1][0] == "text" and _BEFORE.search(pieces[index - 1]):
            pieces[index - 1] = _BEFORE.sub("", pieces[index - 1], count=1)
    return "".join(pieces).rstrip()


def fill(template: Template, values: Mapping[str, str]) -> str:
    """The template with `values` (already HTML) in place of its placeholders."""
    lines = [text for line in template.lines if (text := _fill_line(line, values)) is not None]
    text = "\n".join(lines)
    if values.get("footer") and "footer" not in template.fields:
        text = f"{text}\n\n{values['footer']}"
    return re.sub(r"\n{3,}", "\n\n", text).strip()
