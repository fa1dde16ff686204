"""Chinese and Japanese writing conventions that Latin-script rules get wrong: a line break
inside a sentence joins with no space, and a numbered section head starts a section."""

from __future__ import annotations

import re

# East Asian wide and full-width characters (Unicode's East Asian Width F, W, H), Hangul left
# out: Korean spaces its words, Chinese and Japanese do not.
_WIDE = (
    r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uff61-\uff9f\uffe0-\uffe6"
)
# Full-width punctuation carries its own spacing ("。", "、", "」", "！", "："): no space
# stands beside it.
_FULL_WIDTH_MARK = r"\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01\uff0c\uff0e\uff1a\uff1b\uff1f"
# A source line break (a segment break) between two wide characters is removed, as CSS Text
# lays it out ("アトリエで作業\n を開始" reads "作業を開始"), and so is one beside a full-width mark
# ("にて、\nイラスト"); elsewhere it is a space.
_SEGMENT_BREAK = re.compile(
    rf"(?<=[{_WIDE}])[ \t\r]*\n\s*(?=[{_WIDE}])"
    rf"|(?<=[{_FULL_WIDTH_MARK}])[ \t\r]*\n\s*(?=\S)"
    rf"|(?<=\S)[ \t\r]*\n\s*(?=[{_FULL_WIDTH_MARK}])"
)
_WIDE_CHAR = re.compile(rf"[{_WIDE}]")
_MARK_END = re.compile(rf"[{_FULL_WIDTH_MARK}]$")


def without_cjk_line_breaks(text: str) -> str:
    """`text` with the line breaks inside Chinese and Japanese sentences removed."""
    if "\n" not in text or not _WIDE_CHAR.search(text):
        return text  # cheap checks first: most text is neither wrapped nor CJK
    return _SEGMENT_BREAK.sub("", text)


def runs_on_unspaced(before: str, after: str) -> bool:
    """Whether text `after` follows `before` with no space between: after a full-width mark
    ("熔断。" | "3月16日"), or between two wide characters."""
    last, first = before.rstrip()[-1:], after.lstrip()[:1]
    if not last or not first:
        return False
    return bool(_MARK_END.match(last)) or bool(_WIDE_CHAR.match(last) and _WIDE_CHAR.match(first))


# A numbered section head: "一、" (a Chinese numeral or figure and the enumeration comma; not
# "10、20代", teens and twenties), "（一）", "(二)", "第三章 " / "第二节：" / "第一部分" (a head
# stands apart from its words: "第五章则就…" is a sentence about the chapter).
_NUMERAL = r"[一二三四五六七八九十]{1,3}"
_SECTION_MARK = (
    rf"(?:(?:{_NUMERAL}|\d{{1,2}})、(?!\d)|[（(]{_NUMERAL}[）)]"
    rf"|第(?:{_NUMERAL}|\d{{1,2}})(?:章|节|節|部分|篇)[\s\u3000：:、])"
)
_MARK = re.compile(_SECTION_MARK)
_MARK_NUMBER = re.compile(rf"[（(]?第?({_NUMERAL}|\d{{1,2}})")
# Where one starts inside a paragraph: after a sentence's full stop or a line break.
_SECTION_HEAD_INSIDE = re.compile(rf"(?<=[。！？!?\n])\s*(?={_SECTION_MARK}\S)")
_LINE_OPEN_END = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$")
_SECTION_HEAD = re.compile(rf"{_SECTION_MARK}\S")
_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _number(mark: str) -> int | None:
    """The number a section mark counts ("二、" 2, "（十一）" 11, "3、" 3)."""
    found = _MARK_NUMBER.match(mark)
    if found is None:
        return None
    numeral = found.group(1)
    if numeral.isdigit():
        return int(numeral)
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _DIGITS.get(numeral) if len(numeral) == 1 else None
    return 10 * (_DIGITS.get(tens, 0) if tens else 1) + _DIGITS.get(units, 0)


def _starts_section(mark: str, before: str) -> bool:
    """A numbered mark starts a section unless it goes on with a list the text before counts
    ("1、…？ 2、…": the topics of a show's notes, a week's log items)."""
    number = _number(mark)
    if number is None or number <= 1:
        return True
    return all(_number(m.group()) != number - 1 for m in _MARK.finditer(before))


def opens_cjk_section(paragraph: str, before: str = "") -> bool:
    """Whether a paragraph opens on a numbered section head ("一、新冠疫情必将影响…") that
    goes on with no list of the text `before` it."""
    paragraph = paragraph.lstrip()
    return bool(_SECTION_HEAD.match(paragraph)) and _starts_section(paragraph, before)


def split_at_cjk_section_heads(paragraph: str) -> list[str]:
    """The paragraph's parts, cut before each numbered section head it runs into after a
    sentence ("…个人见解。一、新冠疫情必将影响欧盟政治发展欧盟在此次…")."""
    if not _WIDE_CHAR.search(paragraph[:200]):
        return [paragraph]
    starts = [
        m.end()
        for m in _SECTION_HEAD_INSIDE.finditer(paragraph)
        if _starts_section(paragraph[m.end() :], paragraph[: m.start()])
    ]
    bounds = [0, *starts, len(paragraph)]
    parts = [paragraph[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    # A line the head follows ends its sentence there, stop or none ("…记录一下安装方式\n1、…").
    return [
        p + "。" if n < len(parts) - 1 and _LINE_OPEN_END.search(p) else p
        for n, p in enumerate(parts)
        if p
    ]


_BARE_MARK = re.compile(rf"(?:{_NUMERAL}|\d{{1,2}})、")


def goes_on_after_comma(line: str) -> bool:
    """Whether a line ending on a full-width comma goes on in the next ("暖かくなると、" |
    "写真を…"); a numbered mark alone over a picture ("1、") is no clause."""
    return line.endswith(("，", "、")) and not _BARE_MARK.fullmatch(line.strip())
