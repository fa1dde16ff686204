"""Which of an entry's two texts leads its post: the content, or the description beside it
when the content's lead is a photo's caption, a cut teaser or a newsletter's greeting."""

from __future__ import annotations

import re

from bot.text.credit_tails import ends_on_photo_credit
from bot.text.greetings import is_greeting
from bot.text.sentences import split_sentences
from bot.text.summaries import is_complete

# A teaser cut by its feed ("… even though it has little..."): no sentence of its own.
_CUT_END = re.compile(r"(?:\.\.\.|…|\[(?:\.\.\.|…)\])\s*$")
# A description of fewer words says too little to lead a post in the content's place.
_MIN_WORDS = 6


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _is_caption(text: str) -> bool:
    """Whether the text is one paragraph ending on a photo's credit."""
    paragraphs = _paragraphs(text)
    return len(paragraphs) == 1 and ends_on_photo_credit(paragraphs[0])


def _is_cut_teaser(text: str) -> bool:
    """Whether the text is one sentence its feed cut off ("…, even though it has little...")."""
    paragraphs = _paragraphs(text)
    return (
        len(paragraphs) == 1
        and bool(_CUT_END.search(paragraphs[0]))
        and len(split_sentences(paragraphs[0])) == 1
    )


# A column's welcome ("Welcome back to the Abstract!") opens a roundup of its stories, where
# a blogger's "Hello friends!" opens a lead of its own (dropped as a greeting, it leads).
_WELCOME = re.compile(r"^welcome\s+(?:back\s+)?to\b", re.I)
# A welcome to the blog or site itself ("Welcome to the pikku blog! The goal of the blog is …")
# opens a first post whose text is the story: its meta description does not lead instead.
_WELCOME_TO_SITE = re.compile(
    r"^welcome\s+(?:back\s+)?to\s+(?:(?:the|my|our)\s+)?(?:\S+\s+){0,2}(?:blog|site|website)\b",
    re.I,
)


def _opens_on_greeting(text: str) -> bool:
    paragraphs = _paragraphs(text)
    if not paragraphs or not _WELCOME.match(paragraphs[0]) or _WELCOME_TO_SITE.match(paragraphs[0]):
        return False  # cheap first: the sentence splitter only for a welcome
    sentences = split_sentences(paragraphs[0])
    return bool(sentences) and is_greeting(sentences[0])


def content_gives_way(text: str) -> bool:
    """Whether the content's text is a caption, a cut teaser or a column's welcome: a
    description beside it may lead instead (cheap: checked before the description is read)."""
    return _is_caption(text) or _is_cut_teaser(text) or _opens_on_greeting(text)


def description_leads(text: str, description: str) -> bool:
    """Whether the description beside the content (both read as text) leads the post: the
    content's is a caption, a cut teaser or a greeting, and the description a sentence."""
    if not description or _is_caption(description):
        return False
    if _is_caption(text):
        return True  # even a cut teaser: a headline alone is better than a picture's caption
    if not (_is_cut_teaser(text) or _opens_on_greeting(text)):
        return False
    sentences = split_sentences(_paragraphs(description)[0])
    return (
        bool(sentences)
        and is_complete(sentences[0])
        and len(sentences[0].split()) >= _MIN_WORDS
        and not any(is_greeting(s) for s in sentences)
        and not _is_cut_teaser(description)
        # The same teaser again with a link or a tip after it is no lead either.
        and not re.search(r"\.\.\.|…", sentences[0])
    )
