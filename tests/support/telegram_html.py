"""Telegram-flavoured HTML parser used by the fake Bot API to validate ``parse_mode="HTML"``.

Follows tdlib's ``parse_html`` (tag set, attribute syntax, error wording) but is deliberately
stricter about ``&``: a stray ``&``, or a named entity other than the four Telegram decodes
(``&lt; &gt; &amp; &quot;``), is an error here, while real Telegram keeps it as literal text
(subscribers would read "&nbsp;"). Escaping everything keeps the bot honest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# tdlib's whitelist; the values are the MessageEntity types they produce.
_TAG_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_BASIC_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_ENTITY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_TG_USER = re.compile(r"tg://user\?id=(\d+)$")


class TelegramTextError(ValueError):
    """Text the Bot API would refuse; ``description`` is the full Bot API error text."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class EntityParseError(TelegramTextError):
    """Malformed HTML: ``Bad Request: can't parse entities: <reason> at byte offset N``."""

    def __init__(self, reason: str, byte_offset: int) -> None:
        super().__init__(
            f"Bad Request: can't parse entities: {reason} at byte offset {byte_offset}"
        )
        self.reason = reason
        self.byte_offset = byte_offset


@dataclass(frozen=True)
class FormattedText:
    """Visible text plus Bot API ``MessageEntity`` dicts (offsets in UTF-16 code units)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for limits and entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def parse_formatted(text: str, parse_mode: str | None) -> FormattedText:
    """Parse ``text`` the way the Bot API does for ``parse_mode`` (None or HTML), then trim it."""
    if not parse_mode:
        return _trim(FormattedText(text))
    if parse_mode.lower() != "html":
        # Markdown is not modelled: refusing it beats letting unchecked markup through.
        raise TelegramTextError(
            f"Bad Request: unsupported parse_mode {parse_mode!r} (the fake implements only HTML)"
        )
    return _trim(parse_html(text))


def check_text(raw: object, parse_mode: str | None, *, caption: bool = False) -> FormattedText:
    """Apply the Bot API text rules (parsing, UTF-16 length, emptiness) to a text or caption."""
    if not isinstance(raw, str):
        raise TelegramTextError("Bad Request: message text is empty")
    formatted = parse_formatted(raw, parse_mode)
    if utf16_len(formatted.text) > (1024 if caption else 4096):
        what = "message caption is too long" if caption else "message is too long"
        raise TelegramTextError(f"Bad Request: {what}")
    if not caption and not formatted.text:
        raise TelegramTextError("Bad Request: message text is empty")
    return formatted


@dataclass
class _OpenTag:
    name: str
    argument: str
    byte_offset: int
    utf16_offset: int
    text_index: int  # index into the output parts, to recover the inner text of <a>


class _Parser:
    def __init__(self, source: str) -> None:
        self.src = source
        self.i = 0
        self.parts: list[str] = []
        self.utf16 = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, index: int) -> int:
        return len(self.src[:index].encode("utf-8"))

    def ch(self, index: int) -> str:
        # tdlib reads a NUL-terminated buffer; '' plays the NUL here.
        return self.src[index] if index < len(self.src) else ""

    def emit(self, piece: str) -> None:
        self.parts.append(piece)
        self.utf16 += utf16_len(piece)

    def entity(self, index: int) -> tuple[str, int] | None:
        """Decode the entity starting at ``index`` (an '&'); return (char, end index)."""
        j = index + 1
        if self.ch(j) == "#":
            hexa = self.ch(j + 1) in ("x", "X")
            j += 2 if hexa else 1
            digits = re.match(r"[0-9A-Fa-f]*" if hexa else r"[0-9]*", self.src[j:])
            assert digits is not None
            if not digits.group() or len(digits.group()) > 8:
                return None
            code = int(digits.group(), 16 if hexa else 10)
            j += len(digits.group())
            if code == 0 or code >= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                return None
            return chr(code), j + 1 if self.ch(j) == ";" else j
        name = _ENTITY_NAME.match(self.src, j)
        if name is None:
            return None
        end = name.end()
        if name.group() in _BASIC_ENTITIES:  # tdlib makes the ';' optional for these
            return _BASIC_ENTITIES[name.group()], end + 1 if self.ch(end) == ";" else end
        return None

    def entity_or_fail(self, index: int) -> tuple[str, int]:
        decoded = self.entity(index)
        if decoded is not None:
            return decoded
        name = _ENTITY_NAME.match(self.src, index + 1)
        if name is not None and self.ch(name.end()) == ";":
            reason = f'Unsupported HTML entity "&{name.group()};"'
        else:
            reason = 'Character "&" must be escaped as "&amp;"'
        raise EntityParseError(reason, self.byte_offset(index))

    def run(self) -> FormattedText:
        while self.i < len(self.src):
            c = self.src[self.i]
            if c == "&":
                decoded, self.i = self.entity_or_fail(self.i)
                self.emit(decoded)
            elif c != "<":
                self.emit(c)
                self.i += 1
            elif self.ch(self.i + 1) == "/":
                self.end_tag()
            else:
                self.start_tag()
        if self.stack:
            tag = self.stack[-1]
            raise EntityParseError(
                f'Can\'t find end tag corresponding to start tag "{tag.name}"', tag.byte_offset
            )
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return FormattedText("".join(self.parts), self.entities)

    def start_tag(self) -> None:
        begin = self.i
        offset = self.byte_offset(begin)
        i = begin + 1
        while self.ch(i) and not self.ch(i).isspace() and self.ch(i) != ">":
            i += 1
        if not self.ch(i):
            raise EntityParseError("Unclosed start tag", offset)
        tag = self.src[begin + 1 : i].lower()
        if tag not in _TAG_TYPES:
            raise EntityParseError(f'Unsupported start tag "{tag}"', offset)
        argument = ""
        while self.ch(i) != ">":
            while self.ch(i).isspace():
                i += 1
            if self.ch(i) == ">":
                break
            name_begin = i
            while self.ch(i) and not self.ch(i).isspace() and self.ch(i) not in "=>":
                i += 1
            attr = self.src[name_begin:i].lower()
            if not attr:
                raise EntityParseError(f'Empty attribute name in the tag "{tag}"', offset)
            while self.ch(i).isspace():
                i += 1
            if self.ch(i) != "=":
                if tag == "blockquote" and attr == "expandable":
                    argument = "expandable"
                    continue
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"',
                    offset,
                )
            i += 1
            while self.ch(i).isspace():
                i += 1
            value, i = self.attribute_value(i, offset)
            if not self.ch(i):
                raise EntityParseError("Unclosed start tag", offset)
            if (tag, attr) in (("a", "href"), ("tg-emoji", "emoji-id")):
                argument = value
            elif tag == "code" and attr == "class" and value.startswith("language-"):
                argument = value.removeprefix("language-")
            elif tag == "span" and attr == "class":
                argument = value
            # Unknown attributes are ignored, as Telegram does.
        if tag == "span" and argument != "tg-spoiler":
            raise EntityParseError('Tag "span" must have class "tg-spoiler"', offset)
        if tag == "tg-emoji" and not (argument.isdigit() and int(argument) > 0):
            raise EntityParseError("Invalid custom emoji identifier specified", offset)
        self.stack.append(_OpenTag(tag, argument, offset, self.utf16, len(self.parts)))
        self.i = i + 1

    def attribute_value(self, i: int, tag_offset: int) -> tuple[str, int]:
        quote = self.ch(i)
        if quote not in ("'", '"'):
            token = _NAME_TOKEN.match(self.src, i)
            assert token is not None
            end = token.end()
            if self.ch(end) and not self.ch(end).isspace() and self.ch(end) != ">":
                raise EntityParseError("Unexpected end of name token", self.byte_offset(end))
            return token.group().lower(), end
        i += 1
        value: list[str] = []
        while self.ch(i) and self.ch(i) != quote:
            if self.ch(i) == "&":
                decoded, i = self.entity_or_fail(i)
                value.append(decoded)
            else:
                value.append(self.ch(i))
                i += 1
        return "".join(value), i + 1 if self.ch(i) == quote else i

    def end_tag(self) -> None:
        begin = self.i
        offset = self.byte_offset(begin)
        if not self.stack:
            raise EntityParseError("Unexpected end tag", offset)
        i = begin + 2
        while self.ch(i) and not self.ch(i).isspace() and self.ch(i) != ">":
            i += 1
        name = self.src[begin + 2 : i].lower()
        while self.ch(i).isspace():
            i += 1
        if self.ch(i) != ">":
            raise EntityParseError("Unclosed end tag", offset)
        tag = self.stack.pop()
        if name and name != tag.name:
            raise EntityParseError(
                f'Unmatched end tag, expected "</{tag.name}>", found "</{name}>"', offset
            )
        self.i = i + 1
        self.close(tag)

    def close(self, tag: _OpenTag) -> None:
        length = self.utf16 - tag.utf16_offset
        if length == 0:
            return  # Telegram drops empty entities
        entity: dict[str, Any] = {
            "type": _TAG_TYPES[tag.name],
            "offset": tag.utf16_offset,
            "length": length,
        }
        if tag.name == "a":
            url = tag.argument or "".join(self.parts[tag.text_index :])
            user = _TG_USER.match(url)
            if user:
                entity["type"] = "text_mention"
                entity["user"] = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
            elif url:
                entity["url"] = url
            else:
                return
        elif tag.name == "tg-emoji":
            entity["custom_emoji_id"] = tag.argument
        elif tag.name == "blockquote" and tag.argument:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "code" and tag.argument:
            entity["language"] = tag.argument  # only kept if a <pre> wraps exactly this code
        elif tag.name == "pre" and self.entities:
            last = self.entities[-1]
            if last["type"] == "code" and (last["offset"], last["length"]) == (
                entity["offset"],
                length,
            ):
                if "language" in last:
                    last["type"] = "pre"
                    return
        self.entities.append(entity)


def parse_html(source: str) -> FormattedText:
    """Parse Telegram HTML into visible text and entities, raising ``EntityParseError``."""
    formatted = _Parser(source).run()
    for entity in formatted.entities:
        if entity["type"] == "code":
            entity.pop("language", None)  # a language outside <pre> means nothing
    return formatted


def _trim(formatted: FormattedText) -> FormattedText:
    """Strip leading/trailing whitespace like Telegram, shifting and clipping the entities."""
    text = formatted.text.strip()
    if text == formatted.text:
        return formatted
    lead = utf16_len(formatted.text[: len(formatted.text) - len(formatted.text.lstrip())])
    size = utf16_len(text)
    entities: list[dict[str, Any]] = []
    for entity in formatted.entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(text, entities)
