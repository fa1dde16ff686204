"""The cleaned article text to summarise: an entry's blocks without notices, promo lines,
captions, bylines and navigation."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from bot.text.blocks import Block, Cut, is_sentence_end

_PROMO = re.compile(
    r"^(?:join\s+(?:our|us)\b.{0,100}\b(?:telegram|whatsapp|channel|newsletter|community|discord"
    r"|signal|group)\b.*"
    r"|(?:subscribe|sign\s+up|register)\b.{0,80}\b(?:newsletter|channel|updates|e-?mail|inbox|here"
    r"|free|today|now)\b.*"
    r"|follow\s+(?:us|@)\b.*|like\s+us\s+on\b.*|(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b.*"
    r"|click\s+here\b.*|continue\s+reading\b.*|support\s+(?:our|independent)\s+journalism\b.*"
    r"|read\s+(?:more|the\s+(?:full|original|rest\s+of\s+the)\s+(?:article|story|post))\b.{0,60}"
    r"|read\s+(?:the\s+)?full\s+(?:article|story|post|text)\b.{0,10}"
    r"|listen\s+to\s+(?:this|the)\s+(?:post|article|story|episode)\b.{0,20}|log\s+in\s+to\s+listen\b.*"
    r"|(?:this\s+is|you(?:'|’)re\s+reading)\s+the\s+(?:rss|feed)\s+(?:feed\s+)?version\b.*"
    r"|share\s+(?:this\s+)?(?:article|story|post|on\s+\w+)\b.{0,30}|explore\s+further"
    r"|redirecting\s+to\s+(?:the\s+)?full\s+article\W*|advertisement|sponsored\s+content"
    r"|related(?:\s+(?:articles?|stories|posts|reading))?:?|see\s+full\s+page"
    r"|(?:leia\s+mais|lire\s+la\s+suite|leer\s+m[áa]s|weiterlesen|continua\s+a\s+leggere"
    r"|читать\s+далее)\b.{0,80}|story\s+continues\s+below.*"
    r"|(?:подписывайтесь|подпишитесь|присоединяйтесь|síguenos|suscríbete|únete|abonnez-vous"
    r"|rejoignez|folgen\s+sie\s+uns|abonnieren\s+sie|seguici|iscriviti|siga-nos|inscreva-se)\b.*"
    r")\s*$",
    re.I,
)
_NAV = re.compile(
    r"^(?:navigation|menu|main\s+menu|toggle\s+navigation|skip\s+to\s+(?:main\s+)?content|home"
    r"|search|close|back\s+to\s+top|in\s+this\s+story:?.*|[•·|*\s–—-]+"
    r"|(?:table\s+of\s+)?contents|in\s+this\s+(?:article|post):?|autotoc)$"
    r"|^(?:home|startseite|inicio|accueil|главная)\s*[»›>/|]",
    re.I,
)
# Page furniture glued into the text by scrapers and aggregators.
_INLINE_CHROME = re.compile(
    r"^\s*By:?\s+[^.!?\n]{2,90}?\s+In short:\s*|\bIn this story:\s*\S+\s*"
    r"|\bShare (?:this )?article\b\s*|\bIn short:\s*",
    re.I,
)
_BYLINE_ONLY = re.compile(r"^(?:by:?|\S+@\S+\.\w+)$", re.I)
_PHOTO_WORDS = (
    r"(?:photo|photograph|image|picture|credit|courtesy|getty|flickr|shutterstock"
    r"|released|handout|file|cc\s+by|unsplash|wikimedia|supplied|pool|istock|alamy)"
)
_CAPTION_TAIL = re.compile(r"\((?=[^()]*(?:/|\b" + _PHOTO_WORDS + r"))[^()]{2,120}\)\s*\.?$", re.I)
_CAPTION_HEAD = re.compile(
    r"^(?:photo|image|picture|credit|caption|photograph|foto|фото)s?\s*(?:by\b|:|credit)", re.I
)
_CREDIT_LINE = re.compile(
    r"^[^.!?]{0,80}/(?:Flickr|Getty\s+Images|Shutterstock|Unsplash|AP|Reuters|AFP|EPA"
    r"|Wikimedia\s+Commons|Pexels|Pixabay)\b.{0,20}$|,\s*CC\s+BY(?:-[A-Z]{2})*(?:\s*\d\.\d)?\s*$"
    r"|^File\s+\d{8}\s+\d+\s+\S+\.(?:jpe?g|png|gif)\b.*$",
    re.I,
)


def _is_caption(text: str) -> bool:
    words = len(text.split())
    if _CREDIT_LINE.search(text) and words <= 20:
        return True
    return words <= 45 and bool(_CAPTION_TAIL.search(text) or _CAPTION_HEAD.match(text))


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for i in range(len(text)):
        if is_sentence_end(text, i):
            out.append(text[start : i + 1])
            start = i + 1
    out.append(text[start:])
    return [s for s in out if s.strip()]


def _drop_promo_sentences(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if _CREDIT_LINE.search(line) and len(line.split()) <= 20:
            continue
        kept = [s for s in _sentences(line) if not _PROMO.match(s.strip())]
        lines.append("".join(kept).strip())
    return "\n".join(ln for ln in lines if ln)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + " " + text[end:]
    text = _INLINE_CHROME.sub(" ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip(" \t\n—–-:;,|")


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def clean_article_text(
    blocks: Sequence[Block], *, cuts: Iterable[Cut], title: str | None = None
) -> str:
    """Plain paragraphs ("\\n\\n"-separated) of the blocks without the notices `cuts` names
    (see bot.attribution.notices.notice_cuts), promo, captions and navigation."""
    spans: dict[int, list[tuple[int, int]]] = {}
    lead_notice: int | None = None
    for index, start, end, family in cuts:
        spans.setdefault(index, []).append((start, end))
        if (
            family == "explicit"
            and index < 6
            and lead_notice is None
            and not blocks[index].text[:start].strip(" *_>(")
        ):
            lead_notice = index
    kept: list[tuple[int, str]] = []
    after_by = False
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        text = _cut(block.text, spans.get(i, []))
        text = _drop_promo_sentences(text)
        # A lone "By" block is followed by the author's name: both are byline furniture.
        byline_name = after_by and len(text.split()) <= 5 and not text.endswith(".")
        after_by = text.lower() in ("by", "by:")
        if (
            not re.search(r"\w", text)
            or _NAV.match(text)
            or _PROMO.match(text)
            or _BYLINE_ONLY.match(text)
            or byline_name
            or _is_caption(text)
        ):
            continue
        kept.append((i, text))
    if lead_notice is not None:
        # Header furniture (headline, kicker) above a lead notice is not part of the body.
        head = [t for i, t in kept if i < lead_notice]
        if all(
            len(t.split()) <= 25 and not t.rstrip().endswith((".", "!", "?", '"', "”"))
            for t in head
        ):
            kept = [(i, t) for i, t in kept if i >= lead_notice]
    if title and kept and _norm(kept[0][1]) == _norm(title):
        kept = kept[1:]
    paragraphs = [re.sub(r"\s*\[(?:…|\.\.\.)\]", "…", t) for _, t in kept]
    return "\n\n".join(p for p in paragraphs if p)


_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]*>")


def plain_text(html_or_text: str) -> str:
    """Quick text of HTML: tags dropped, entities decoded; no cleaning (for fingerprints)."""
    text = _ANY_TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", html_or_text))
    return html.unescape(text)
