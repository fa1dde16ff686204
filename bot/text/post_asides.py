"""An opening paragraph that speaks of the blog or the post, not of the item: an aside in
brackets ("[I've just noticed that the … re-design broke the links …]"), a preface under its
label ("Préliminaire : Ce billet …"), or where its words come from ("Comments extracted from a
code review. I've been asked to disseminate them more widely.")."""

from __future__ import annotations

import re

# A preface's label: the author's preliminary word before the post ("Préliminaire :",
# "Avant-propos :", "Vorbemerkung:", "Preliminary note:"); what follows is about the post.
_PREFACE_LABEL = re.compile(
    r"^\W{0,3}(?:pr[ée]liminaires?|pr[ée]ambule|avant-propos|avertissement\s+pr[ée]alable"
    r"|preliminary(?:\s+(?:note|remarks?|word))?|preface|prefatory\s+note|vorbemerkung(?:en)?"
    r"|vorweg|nota\s+previa|premessa|pre[aá]mbulo"
    # A follow-up told above the post it follows ("Quick follow-up: The 2nd episode of … has
    # been posted.") is news of another post.
    r"|(?:quick\s+|short\s+)?follow[\s-]?up)\s*[:—–]\s",
    re.IGNORECASE,
)
# Where these words come from ("Comments extracted from a code review.") and who asked for them
# to be posted ("I've been asked to disseminate them more widely."). A back-reference to the
# writer's last post ("I recently wrote about …", "In my last post …") leads on to this one
# ("But there might still be …", "I'm happy to announce …"): it stays.
_BLOGGING = re.compile(
    r"^\W{0,3}(?:comments|notes|remarks|thoughts|excerpts?|text)\s+(?:\w+\s+)?(?:extracted|taken"
    r"|adapted|excerpted|pulled|lifted|copied)\s+from\b"
    r"|\bI(?:\s+have|'ve|’ve|\s+was|\s+am|'m|’m)\s+been\s+asked\s+to\s+(?:\w+\s+)?(?:share|post"
    r"|disseminate|publish|repost|circulate|blog|put)\b",
    re.IGNORECASE,
)
_WRITER = re.compile(r"\b(?:I|my|me|mine|je|mon|ma|mes|ich|mein|meine|yo|mi)\b|\bj['’]", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z])")
_BRACKET_WORDS = 6
_ASIDE_CHARS = 700


def _bracketed(paragraph: str) -> bool:
    """Whether the paragraph is one bracketed aside whole: its first bracket closes at its end."""
    text = paragraph.strip().rstrip(".")
    if not text.startswith("[") or not text.endswith("]"):
        return False
    depth = 0
    for n, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return n == len(text) - 1 and len(text.split()) >= _BRACKET_WORDS
    return False


def is_post_aside(paragraph: str) -> bool:
    """Whether an opening paragraph speaks of the post or the blog, not of the item: bracketed
    whole, under a preface's label, or every sentence of it about the writer's blogging."""
    if len(paragraph) > _ASIDE_CHARS:
        return False
    # In brackets, the writer speaks of their own doings ("I've just noticed …", "my blog"); a
    # screenplay's stage directions ("[We open in a well-lit conference room.]") are its text.
    if (_bracketed(paragraph) and _WRITER.search(paragraph)) or _PREFACE_LABEL.match(paragraph):
        return True
    sentences = [s for s in _SENTENCE_END.split(paragraph.strip()) if s]
    return (
        bool(sentences)
        and all(_BLOGGING.search(s) for s in sentences[:3])
        and (len(sentences) <= 3)
    )
