"""A site's own reprint policy: asking others to credit it when they repost ("转载请注明出处",
"Please credit … if you republish", "Reproduction autorisée avec mention de la source") or
forbidding reposts ("無断転載禁止", "Nachdruck nur mit Genehmigung").

Such a line is the site speaking of its own text: what it names is never an origin credit, and
it is no lead text. Only the construction counts (a request or a rule about reposting), never a
name: "转载自 X" is a notice, "转载请注明转自 X" a request to write one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import re2

from bot.attribution.hits import Hit
from bot.text.blocks import Block, sentence_bounds

# Each language's forms of "when you repost, credit/link us" and "no reposting without
# permission"; a verb of reposting and a request or rule must both be there.
_REQUEST = re2.compile(
    r"(?i)"
    # Chinese (simplified, traditional): 转载请注明…, 如需转载…, 欢迎转载, 未经许可不得转载.
    r"(?:转载|轉載|转发|轉發)(?:时|時|前)?(?:请|請|须|須|需|务必|務必)"
    r"|(?:如需|如要|欢迎|歡迎|谢绝|謝絕|禁止|请勿|請勿|严禁|嚴禁)(?:任何)?(?:转载|轉載)"
    r"|未经[^。！？\n]{0,12}(?:不得|禁止|请勿|谢绝)[^。！？\n]{0,6}(?:转载|复制|轉載)"
    r"|請?[注註]明(?:出处|出處|来源|來源)"
    # Japanese: 無断転載禁止, 転載の際は…明記, 転載を禁じます.
    r"|無断(?:で)?(?:転載|複製|転用|引用)"
    r"|転載(?:する|の)?(?:際|場合|時)(?:は|には)"
    r"|転載(?:を|は)?(?:禁止|禁じ|お断り|ご遠慮)"
    # Korean: 무단 전재 및 재배포 금지.
    r"|무단\s*(?:전재|복제|배포)"
    # English: "please credit … if you republish", "may be republished with attribution".
    r"|\bplease\s+(?:credit|attribute|cite|link\s+back|include\s+a\s+link|give\s+credit)\b"
    r"[^.!?\n]{0,80}\b(?:re-?publish|repost|reprint|reproduc|republication|share)"
    r"|\b(?:if|when)\s+you\s+(?:re-?publish|repost|reprint|reproduce|share)\b"
    r"[^.!?\n]{0,80}\b(?:please\s+)?(?:credit|attribute|cite|link\s+back|give\s+credit|"
    r"include\s+a\s+link)"
    r"|\b(?:may|can)\s+be\s+(?:freely\s+)?(?:re-?published|reposted|reprinted|reproduced)\s+"
    r"(?:with|provided|as\s+long\s+as)\b"
    r"|\b(?:reproduction|reprinting|republishing|reposting|republication)\s+(?:is\s+)?"
    r"(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed)|permitted\s+with)"
    # French: "Reproduction autorisée avec mention …", "toute reproduction … interdite".
    r"|\breproduction\s+(?:autorisée|permise|interdite|libre|soumise)"
    r"|\btoute\s+reproduction\b[^.!?\n]{0,60}\b(?:interdite|soumise|autorisée)"
    r"|\bmerci\s+de\s+(?:citer|mentionner)\s+(?:la\s+source|l['’]auteur)"
    # German: "Nachdruck nur mit Quellenangabe", "Abdruck nur mit Genehmigung".
    r"|\b(?:nachdruck|abdruck|weiterverwendung|weiterverbreitung|vervielfältigung)"
    r"\s+(?:\w+\s+)?(?:nur\s+)?(?:mit|gegen|verboten|untersagt)\b"
    r"|\bquellenangabe\s+(?:erbeten|erwünscht|erforderlich)"
    # Spanish, Portuguese, Italian: "se permite la reproducción citando la fuente".
    r"|\b(?:se\s+permite|queda\s+(?:permitida|prohibida)|prohibida|permitida|proibida|"
    r"permitida|autorizada|vietata|consentita)\s+(?:la\s+|a\s+)?(?:su\s+)?"
    r"(?:reproducci[oó]n|reprodu[cç][aã]o|riproduzione)"
    r"|\b(?:reproducci[oó]n|reprodu[cç][aã]o|riproduzione)\s+(?:total\s+o\s+parcial\s+)?"
    r"(?:prohibida|permitida|autorizada|proibida|riservata|vietata|consentita)"
    # Russian (re2's \b is ASCII-only): "при копировании материалов ссылка обязательна".
    r"|(?:^|\s)при\s+(?:полном\s+или\s+частичном\s+|частичном\s+или\s+полном\s+)?"
    r"(?:копировании|перепечатке|использовании|цитировании)[^.!?\n]{0,60}ссылк"
    r"|ссылка\s+на\s+(?:источник|сайт|первоисточник)[^.!?\n]{0,20}обязательна"
    r"|(?:перепечатка|копирование|воспроизведение)[^.!?\n]{0,40}"
    r"(?:запрещен|разрешен|только\s+с)"
)
# Words every request above holds one of (folded): most blocks have none, and skip the regex.
_CUES = (
    *(
        "转载",
        "轉載",
        "转发",
        "轉發",
        "复制",
        "注明",
        "註明",
        "転載",
        "無断",
        "무단",
        "credit",
        "attribut",
    ),
    *("cite", "link back", "a link", "publish", "repost", "reprint", "reproduc", "riproduz"),
    *("merci de", "nachdruck", "abdruck", "weiterverwend", "weiterverbreit", "vervielf"),
    *("quellenangabe", "reprodu", "копир", "перепечат", "использов", "цитир", "ссылка"),
    *("воспроизвед",),
)
# A footer is short: a longer sentence is prose that happens to speak of reposting.
_MAX_WORDS = 40


_PAIRS = dict(zip("《「『“（(【", "》」』”）)】", strict=True))


def _to_closing_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence run on to the mark closing one it opened: "转载请注明转自《Recheck! 快速…》"
    ends after "》", not at the "!" of the title it quotes."""
    for opening, closing in _PAIRS.items():
        if text.count(opening, start, end) > text.count(closing, start, end):
            close = text.find(closing, end)
            if close != -1:
                end = close + 1
    return start, end


def request_hits(blocks: Sequence[Block]) -> Iterator[Hit]:
    """Each block's reprint request or rule, as a hit of its own whose sentence is cut."""
    for i, block in enumerate(blocks):
        text = block.text
        folded = text.casefold()
        if not any(cue in folded for cue in _CUES):
            continue
        for m in _REQUEST.finditer(text):
            start, end = _to_closing_mark(text, *sentence_bounds(text, m.start(), m.end()))
            if len(text[start:end].split()) <= _MAX_WORDS:
                # From the request on: "本文转载自X，转载请注明出处" still credits X.
                yield Hit("request", None, None, i, m.start(), end, (start, end), rule="request")


def inside_request(hit: Hit, requests: Sequence[Hit]) -> bool:
    """Whether a notice stands in a reprint request ("转载请注明转自《X》"), not before it."""
    return any(r.block == hit.block and r.start <= hit.start < r.end for r in requests)
