"""Reprint notices in Chinese and Japanese, where the grammar differs from the European one.

Chinese puts the verb of carrying first and the outlet after it: 本文转载自 X, 转自 X,
原文首发于 X, 原载于 X, 译自 X, or a label 来源：X / 原文链接：URL. Japanese puts the outlet
first, then a particle and the verb: X に掲載されたものです (with もともと "originally"),
X より転載, X の記事を翻訳.
The outlet is the link text when it reads as a name, else the link's site; a bare run of
characters up to the next punctuation otherwise; a generic venue ("个人博客", "個人ブログ")
leaves the reprint without a publisher. Requests to others ("转载请注明出处") are not notices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.attribution.domains import outlet_for_domain
from bot.attribution.hits import Hit
from bot.text.blocks import Block, Link, sentence_bounds

# Outlet after the verb (Chinese word order). "引自"/"选自" (quoted, selected from) credit
# an outlet only after "本文" ("本文引自ftchinese"): "这句话引自孔子" quotes a person.
_ZH_NOTICE = re.compile(
    r"(?:本文|此文|该文|文章|原文|本篇|译文)?\s*"
    r"(?:转载自|转载于|转自|转引自|摘自|摘编自|译自|翻译自|编译自|原载于|原载|首发于|首发在"
    r"|(?<=原文)(?:发表|发布|刊登|刊发)于|(?<=本文|此文|该文)(?:引自|选自))\s*[:：]?\s*"
)
_ZH_LABEL = re.compile(
    r"(?:^|(?<=[\s>*]))(?:来源|出处|原文|原文链接|原文地址|原文出处|转载来源)\s*[:：]\s*"
)
# Outlet before the particle and verb (Japanese word order).
_JA_NOTICE = re.compile(
    # "...に掲載されたものです" ends its sentence; "に投稿された記事の書き方" is a topic.
    r"(?:に|で)(?:掲載|公開|投稿|発表|寄稿|初出|初掲載)(?:され|し)(?:た|ていた)(?:もの|記事)"
    r"(?=\s*(?:です|でした|である|だ|の(?:転載|翻訳|再掲)|を(?:転載|翻訳|再掲)|[。.]|$))"
    r"|(?:より|から)(?:転載|翻訳|和訳|抜粋)"
    r"|(?:の(?:記事|ブログ|投稿|エントリ))?を(?:翻訳|和訳|転載)(?:した|しました|したもの)"
)
# A Japanese notice must be about this text and not a general remark.
_JA_CUE = re.compile(
    r"この(?:記事|ブログ|投稿|文章|エントリ)|本(?:記事|稿)|もともと|元々|最初|初出|原文|転載|翻訳"
)
_GENERIC_VENUE = re.compile(
    r"^(?:我的|本人的?|私の)?(?:个人|個人)?"
    r"(?:博客|ブログ|网站|網站|サイト|公众号|主页|ホームページ|本站|网络|網路|互联网|网上|ネット)$"
)
_QUOTED = re.compile(r"[“「『《\"](?P<name>[^”」』》\"]{1,30})[”」』》\"]")
_STOP = "，。,、；;：:！？!?（(【[「」』）)\n"
# A hyphen or underscore within a Latin word joins it ("webpack-howto", a repository's name).
_TITLE_SEPARATORS = re.compile(r"[|–—｜]|(?<![A-Za-z0-9])[-_]|[-_](?![A-Za-z0-9])")
# "…の最終日に掲載された", "2023年12月1日に公開": when it was published, not where.
_WHEN = re.compile(r"(?:日|月|年|号|初日|最終日|回|週)$")


def _link_name(text: str, link: Link) -> str | None:
    """A link's text when it reads as a short name, else the outlet its address belongs to."""
    label = text[link.start : link.end].strip(" 。.")
    if re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,24}(?:/\S*)?", label, re.I):
        return outlet_for_domain(label)
    short = len(label) <= 24 and len(label.split()) <= 4
    if label and short and not _TITLE_SEPARATORS.search(label) and not label.endswith("記事"):
        return label
    return outlet_for_domain(link.href) if link.href and "://" in link.href else label or None


_URL_AT = re.compile(r"https?://[^\s<>)\]，。]+")


def _name_after(block: Block, pos: int) -> tuple[str | None, str | None, int]:
    text = block.text
    while pos < len(text) and text[pos] in " \t[*_":
        pos += 1
    link = block.link_at(pos)
    if link:
        return _link_name(text, link), link.href, link.end
    url = re.match(r"https?://[^\s<>)\]，。]+", text[pos:])
    if url:
        return outlet_for_domain(url.group()), url.group(), pos + url.end()
    end = pos
    while end < len(text) and end - pos < 30 and text[end] not in _STOP:
        end += 1
    # "微信公众号「InfoQ」": a quoted name right after the run belongs to it.
    quoted = _QUOTED.match(text, end)
    if quoted:
        end = quoted.end()
    # "先知社区 (aliyun.com)https://…", "ftchinese http://www.ftchinese.com/…": a run that
    # reaches a URL ends before it, and the URL is the outlet's link.
    address = _URL_AT.search(text, pos)
    if address and address.start() <= end:
        name = text[pos : address.start()].strip(" :：,，")
        return name or None, address.group(), address.end()
    return text[pos:end].strip() or None, None, end


def _name_before(block: Block, pos: int) -> tuple[str | None, str | None]:
    text = block.text
    link = next((lk for lk in block.links if lk.end in (pos, pos - 1)), None)
    if link:
        return _link_name(text, link), link.href
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    start = pos
    while start > 0 and pos - start < 30 and text[start - 1] not in _STOP + " ":
        start -= 1
    # "この記事は大学公式noteに": the topic before は is the text, not the venue.
    name = re.sub(
        r"^.*(?:記事|ブログ|投稿|文章|エントリ|稿)は[、,]?\s*", "", text[start:pos]
    ).strip()
    return name or None, None


def _publisher(name: str | None) -> str | None:
    """The outlet in a run of words: a quoted name inside it ("微信公众号“机器之心”") wins; a
    generic venue is none."""
    if name:
        quoted = _QUOTED.search(name)
        name = quoted.group("name") if quoted else name
    if not name or _GENERIC_VENUE.match(name):
        return None
    return name


# Agency datelines: 新华社北京11月24日电, 中新网北京11月24日电, 【ワシントン共同】,
# ［東京 ３日 ロイター］.
_CJK_WIRE = re.compile(
    r"^\s*(?:(?P<zh>新华社|新华网|中新社|中新网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"
    r"|[【［\[][^】］\]]{0,20}?(?P<ja>共同|時事|ロイター|ＡＦＰ|AFP|ブルームバーグ|聯合|新華社)[】］\]])"
)
_CJK_AGENCIES = {
    "新华社": "Xinhua",
    "新华网": "Xinhua",
    "新華社": "Xinhua",
    "中新社": "China News Service",
    "中新网": "China News Service",
    "共同": "Kyodo News",
    "時事": "Jiji Press",
    "ロイター": "Reuters",
    "ＡＦＰ": "Agence France-Presse",
    "AFP": "Agence France-Presse",
    "ブルームバーグ": "Bloomberg",
    "聯合": "Yonhap",
}


def cjk_wire_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """An agency dateline opening one of the first text blocks."""
    for i, block in enumerate(blocks[:3]):
        m = _CJK_WIRE.match(block.text)
        if m:
            agency = _CJK_AGENCIES[m.group("zh") or m.group("ja")]
            yield Hit("wire", agency, None, i, m.start(), m.end(), (0, m.end()), rule="cjk.wire")
            return


# A reposted article's footer as Zhihu and Jianshu write it for a copy ("作者：罗一鸣<br>链接：
# https://www.jianshu.com/p/…", "本文作者：X 链接：…"): the author and the address the text was
# first published at. A link label alone ("下载链接：…") names no origin: the author label must
# stand over it, in its block or the two before.
_AUTHOR_LABEL = re.compile(r"(?:^|(?<=\s))(?:本文|原)?作者\s*[:：]\s*\S")
_LINK_LABEL = re.compile(r"(?:^|(?<=\s))链接\s*[:：]\s*(?=(?:https?://)?[\w-]+(?:\.[\w-]+)+/)")


def _footer_author(blocks: Sequence[Block], i: int, link_at: int) -> str | None:
    """The name the repost footer's author label gives, in block i (before `link_at`) or the
    two before it."""
    texts = [b.text for b in blocks[max(0, i - 2) : i]] + [blocks[i].text[:link_at]]
    for text in reversed(texts):
        found = _AUTHOR_LABEL.search(text)
        if found:
            return text[found.end() - 1 :].split()[0][:30] or None
    return None


def _repost_footer_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    for i, block in enumerate(blocks):
        found = _LINK_LABEL.search(block.text)
        author = _footer_author(blocks, i, found.start()) if found else None
        if found is None or author is None:
            continue
        address = re.match(r"(?:https?://)?[^\s<>)\]，。]+", block.text[found.end() :])
        if address is None:
            continue
        url = address.group() if "://" in address.group() else "https://" + address.group()
        # A named outlet (知乎, 简书) published it; on a bare domain, the author's own page.
        outlet = outlet_for_domain(url)
        publisher = author if outlet is None or "." in outlet else outlet
        end = found.end() + address.end()
        cut = sentence_bounds(block.text, found.start(), end)
        yield Hit("explicit", publisher, url, i, found.start(), end, cut, rule="cjk.repost_footer")


def cjk_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """Chinese and Japanese reprint and translation notices in any block."""
    yield from cjk_wire_hits(blocks)
    yield from _repost_footer_hits(blocks)
    for i, block in enumerate(blocks):
        text = block.text
        if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            continue
        for rx, rule in ((_ZH_NOTICE, "cjk.zh"), (_ZH_LABEL, "cjk.zh_label")):
            for m in rx.finditer(text):
                name, url, end = _name_after(block, m.end())
                publisher = _publisher(name)
                # A label proves nothing without a source: "来源：网络" ("the internet").
                if rule == "cjk.zh_label" and not (url or (publisher and len(publisher) <= 20)):
                    continue
                # Under a figure, "来源：网站介绍" credits the picture, not the text.
                if rule == "cjk.zh_label" and block.kind == "caption":
                    continue
                cut = sentence_bounds(text, m.start(), end)
                yield Hit("explicit", publisher, url, i, m.start(), end, cut, rule=rule)
        for m in _JA_NOTICE.finditer(text):
            if not _JA_CUE.search(text, max(0, m.start() - 120), m.end() + 10):
                continue
            name, url = _name_before(block, m.start())
            if name and _WHEN.search(name):
                continue
            cut = sentence_bounds(text, m.start(), m.end())
            yield Hit("explicit", _publisher(name), url, i, m.start(), m.end(), cut, rule="cjk.ja")
