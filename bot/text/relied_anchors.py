"""Links a sentence relies on: words that only point ("here", "Source", "this photo", "read
more"), which say nothing without their link, so they come first among a post's few links."""

from __future__ import annotations

import re

# Link words that name no thing of their own, only the page they lead to, in the languages
# the pointer rules know (text.pointer_links): "Click <here>", "… Reuters. <Source>.)",
# "as reported in X and <elsewhere>", "<read more>", "<lien>", "<Quelle>". Not "fuente" or
# "font" (a fountain, a typeface: "la <fuente> al lado de su casa").
_POINTER_TEXT = re.compile(
    r"(?:(?:click|tap|see|go|look|read|watch|listen|download|find|right|over|more|mehr)\s+)?"
    r"(?:here|there|hier|ici|aquí|aqui|här|qui|tutaj|здесь|тут|这里|此处|ここ)"
    r"|(?:the\s+)?(?:original\s+)?(?:source|sources|quelle|źródło|источник)"
    r"|elsewhere|(?:read|learn|see|find\s+out)\s+more|more|via|link|lien|enlace|enllaç|ссылка"
    r"|this|that|these|those|this\s+one|ce\s+lien|este\s+enlace",
    re.IGNORECASE,
)
# Or the link's words follow a demonstrative ("See also this <three-quarters profile> and
# this <photo>", "cette <vidéo>", "estos <enlaces>"): the sentence points at that page. Not
# "that" ("claiming that <Six Sigma> doesn't work"), nor a name ("this <Google> thing").
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:this|these|those|ce|cet|cette|ces|este|esta|estos|estas|ese|esa|aquest"
    r"|aquesta|aquests|aquestes|dieser|diese|dieses|diesen|questo|questa|questi|queste|deze"
    r"|dit|этот|эта|эти|这个|这些|那个)\s*$",
    re.IGNORECASE,
)
_LINK_WORDS = 4
_BEFORE_CHARS = 12


def relies_on_link(summary: str, start: int, end: int) -> bool:
    """Whether the words at summary[start:end] are only a pointer at their link's page."""
    words = summary[start:end].strip(" .,:;!?()[]\"'“”«»")
    if _POINTER_TEXT.fullmatch(words):
        return True
    return (
        len(words.split()) <= _LINK_WORDS
        and not words[:1].isupper()
        and bool(_DEMONSTRATIVE_BEFORE.search(summary[max(0, start - _BEFORE_CHARS) : start]))
    )
