"""Notes and page furniture around an article's opening: an author's later note or preface
aside, a page's last-updated stamp, a listen-instead offer (issue 11's lead text)."""

from __future__ import annotations

import re

# An author's later note heading the post ("Update: Fixed feedback link.", "UPDATE 12/26/2008:
# Apple has patched …", "Edit:"): it answers readers of the first version, and names what
# the post says ("this", "these instructions") before the reader has read it.
_UPDATE_NOTE = re.compile(
    # A few capitalised words may head the note ("Six Month Update:").
    r"^[\[(]?(?:(?-i:(?:[A-Z0-9][\w-]*\s+){1,2})(?=(?i:updates?)\s*:))?"
    r"(?:updated?s?|edit(?:ed)?|addendum|nachtrag|aktualisierung|mise [àa] jour"
    r"|actualizaci[óo]n|actualizado|aggiornamento|atualiza[çc][ãa]o|aktualisiert"
    # The Nordic, Dutch, Polish and Finnish words ("Uppdatering: Vi hade tydligen …", fz.se).
    r"|uppdatering|uppdaterat|oppdatering|oppdatert|opdatering|opdateret|bijgewerkt"
    r"|aktualizacja|päivitys"
    # A preface aside before the article ("Quick announcement: I'll be visiting Japan …").
    r"|(?:quick\s+|short\s+|brief\s+|personal\s+)?(?:announcement|programming\s+note"
    r"|housekeeping(?:\s+note)?|admin\s+note))\b[^:.!?\n]{0,40}[:—–]\s",
    re.I,
)
# A page's last-updated stamp ("Zuletzt aktualisiert: 26.08.2022", "Last updated on March 3,
# 2024") standing as a sentence of its own: what follows it is the page's next box (a TL;DR).
_UPDATED_STAMP = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:zuletzt\s+aktualisiert|last\s+updated|last\s+modified|updated\s+on|mis\s+[àa]\s+jour"
    r"\s+le|[úu]ltima\s+actualizaci[óo]n|ultimo\s+aggiornamento|stand)\s*(?:am|on|le|el|il)?\s*:?\s*"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\w+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+\w+\.?\s+\d{4})\b.*",
    re.I | re.S,
)
# A note on reading the post itself, before its opening: how long it takes ("This will take
# you about eight minutes to read", "Reading time: 5 minutes"), which versions it was written or
# updated for ("Note: This tutorial has been updated for the latest versions of Rails …"), how
# to read its code ("Note: The \037 sequence appearing in the code snippets is one character").
_READING_TIME = re.compile(
    r"\b(?:this|it)\s+(?:post\s+|article\s+|piece\s+|essay\s+)?(?:will\s+|should\s+|might\s+)?"
    r"takes?\s+(?:you\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|only\s+|just\s+)?"
    r"[\w-]+(?:\s+or\s+[\w-]+)?\s+min(?:ute)?s?\s+to\s+read\b"
    r"|^\W{0,3}(?:estimated\s+)?reading\s+time\s*:|^\W{0,3}[\d~]+[\s-]*min(?:ute)?s?\s+read(?:ing\s+time)?\b",
    re.I,
)
_NOTE_LABEL = (
    r"(?:(?:editor'?s\s+|author'?s\s+|a\s+|quick\s+)?note|n\.\s?b\.|please\s+note)\s*[:—–]\s*"
)
_THE_POST = r"(?:this|the)\s+(?:blog\s+)?(?:tutorial|post|article|guide|walkthrough|piece|page)\s+"
_PAGE_NOTE = re.compile(
    # Its history: updated, revised or first published elsewhere (with or without a label).
    rf"^\W{{0,3}}(?:{_NOTE_LABEL})?{_THE_POST}(?:has\s+been|had\s+been|was|is|were)\s+(?:\w+\s+){{0,2}}?"
    r"(?:updated|revised|rewritten|refreshed|originally\s+published|first\s+published)\b"
    # What it was written for, or how to read its code and figures (after a label).
    rf"|^\W{{0,3}}{_NOTE_LABEL}(?:{_THE_POST}(?:is\s+based\s+on|applies\s+to|relates\s+to"
    r"|was\s+(?:written|tested)\s+(?:for|with|against|using))\b"
    r"|(?:the|this|all)\s+[^.!?]{0,60}\b(?:code|snippets?|listings?|examples?|screenshots?)\b"
    r"[^.!?]{0,60}\b(?:is|are)\b|[^.!?]{0,120}\bfor\s+(?:readability|brevity)\b)",
    re.I,
)
# The author's warning or disclaimer before the post ("disclaimer: I get angry when I have to fix
# Windows. … You have been warned.", "Content warning: …", "Spoiler alert: …", "TW: …"): about
# reading what follows, not what it says.
_PREFACE_WARNING = re.compile(
    r"^\W{0,3}(?:(?:a\s+|small\s+|quick\s+|standard\s+|the\s+usual\s+)?disclaimers?"
    r"|(?:content|trigger|spoiler)\s+(?:warnings?|alert|notes?)|spoilers?\s+ahead|nsfw|cw|tw)"
    r"\W{0,2}\s*[:—–-]\s"
    r"|\byou\s+(?:have\s+been|are|were|'ve\s+been)\s+(?:duly\s+)?(?:warned|forewarned)\W{0,3}$",
    re.I,
)
# A blog's standing warning about its own writing, on every post ("Warning: This blog is written
# for a rational audience …", four sentences): a label, then the blog or post as its subject.
_BLOG_WARNING = re.compile(
    r"^\W{0,3}(?:(?:fair\s+)?warning|caution|caveat|heads[\s-]up)\W{0,2}\s*[:—–-]\s+"
    r"(?:this|the|my)\s+(?:blog|post|article|site|essay|piece|entry|column|text|writing)\s+"
    r"(?:is|was|contains|may|might|will|includes|deals|discusses)\b",
    re.I,
)
_LISTEN_INSTEAD = re.compile(
    r"^\W{0,3}(?:would\s+you\s+)?(?:prefer|rather)\s+(?:to\s+)?(?:listen|watch)\b[^.!?]{0,40}\?"
    # The post as the text of a video the post does not carry ("This is the written version of
    # my video, watch it here", "这是视频的文字大纲，建议看视频").
    r"|^\W{0,3}(?:this|it)\s+(?:post\s+|article\s+|page\s+)?is\s+(?:a|an|the)\s+(?:\w+\s+)?(?:text"
    r"|written|write-?up)\s+(?:version|outline|summary|transcript)\s+of\s+(?:my|the|this|our)\s+"
    r"(?:\w+\s+)?(?:video|talk|episode|podcast|stream)\b"
    r"|^\W{0,3}这是(?:本期)?视频的?文字(?:版|稿|大纲|提纲|整理)",
    re.I,
)


# A pointer on into the article ("Read on…", "Read on to find out why!", "If not, read on!",
# "… Swift, then read on!", "Click through for the details."): the post holds only the lead,
# and the lead goes on.
_READ_ON = re.compile(
    r"(?:[^.!?]{0,100}?,\s*(?:then\s+|so\s+)?|(?:but|so|and|now)\s+)?"
    r"(?:read\s+on|click\s+through)\b(?:\s+(?:to|for)\b[^.!?]{0,100})?\W*",
    re.I,
)


def is_read_on_pointer(sentence: str) -> bool:
    """Whether a sentence only sends the reader on into the article ("Read on…")."""
    return bool(_READ_ON.fullmatch(sentence.strip()))


# An editor's note heading the post ("Editor's Note: Once upon a time, there was a website
# named RubyGarden.org, … The website has recently dropped off …"), all of it: its first
# sentence cut alone (as promo or as the feed's boilerplate) left the rest pointing back at it.
_EDITORS_NOTE = re.compile(r"^\W{0,3}editor(?:'|’)?s\s+note\W{0,3}\s*[:—–]", re.I)


def is_editors_note(paragraph: str) -> bool:
    """Whether a paragraph opens as an editor's note ("Editor's Note: …")."""
    return bool(_EDITORS_NOTE.match(paragraph))


def without_editors_label(paragraph: str) -> str:
    """An editor's note without its "Editor's Note:" label."""
    return _EDITORS_NOTE.sub("", paragraph, count=1).strip()


def is_author_note(paragraph: str) -> bool:
    """Whether a paragraph opens as an author's note or aside ("Update: …", "Announcement:")."""
    return bool(_UPDATE_NOTE.match(paragraph))


def is_reading_note(paragraph: str) -> bool:
    """Whether a short paragraph is a note on reading the post: its reading time, versions, code,
    or the author's warning or disclaimer (a blog's standing warning too)."""
    if len(paragraph) <= 800 and _BLOG_WARNING.match(paragraph):
        return True
    return len(paragraph) <= 400 and bool(
        _READING_TIME.search(paragraph)
        or _PAGE_NOTE.match(paragraph)
        or _PREFACE_WARNING.search(paragraph)
    )


def is_listen_instead_offer(paragraph: str) -> bool:
    """Whether a paragraph offers the post as audio or video instead ("Prefer to listen? …")."""
    return bool(_LISTEN_INSTEAD.match(paragraph))


def cut_at_updated_stamp(paragraph: str) -> tuple[str, bool]:
    """The paragraph up to a last-updated stamp, and whether there was one."""
    stamp = _UPDATED_STAMP.search(paragraph)
    return (paragraph[: stamp.start()], True) if stamp else (paragraph, False)
