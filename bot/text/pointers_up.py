"""Sentences that point up the page at a part the post does not carry: an embedded video, a
list or table the text follows ("Vous trouverez ci-dessus la première partie …", "the sites
listed above", "上面列举的都是…的站点"): a post has nothing above its summary but a headline."""

from __future__ import annotations

import re

_OPENS = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
_REST = r"[^.!?\n]*[.!?]+[\"'”’)]*[ \t]*"
# A call to find or watch what stands above ("Vous trouverez ci-dessus la première partie"),
# an embed or list placed above ("the sites listed above", "el vídeo de arriba", "el link de
# dalt", "il video qui sopra", "das Video oben"). Pictures are left to the photo rules (the
# post shows the picture), "cités ci-dessus"/"mentioned above" to the text the post carries.
_UP = re.compile(
    _OPENS + r"[^.!?\n]*?(?:"
    r"\b(?:trouverez|trouvez|voyez|regardez|découvrez|écoutez)\s+ci-dessus"
    r"|\b(?:vidéos?|liens?|tableau|liste|extrait|reportage|interview|podcast)\s+ci-dessus"
    r"|\b(?:listed|linked|embedded|posted)\s+above\b"
    r"|\b(?:you(?:['’]ll|\s+will|\s+can)\s+)(?:find|watch|hear)\s+(?:[\w'’-]+\s+){0,3}?above\b"
    r"|\b(?:v[íi]deos?|enlaces?|links?|enllaços?|lista|llista|tabla|taula)\s+de\s+(?:arriba|dalt)\b"
    r"|\b(?:video|link|elenco|tabella)\s+(?:qui\s+)?sopra\b"
    # "das Video oben"; "ganz links oben" (top left) is a place, so an article goes first.
    r"|\b(?:das|die|den|der)\s+(?:Video|Liste|Tabelle|Link)s?\s+oben\b"
    r")" + _REST,
    re.IGNORECASE,
)
# Chinese: a paragraph opening on what is listed or shown above, a table the text dropped
# ("上面列举的都是…", "上图", "上表", "上述网站"); "根据上面的简单分析" points at the text itself.
_CJK_UP_OPENING = re.compile(
    r"(?m)^[ \t]*[^。！？\n]{0,12}?(?:上面(?:列举|列出|给出|提到|所列|这些|这个|这张)|上图|上表"
    r"|上述(?:网站|站点|视频|列表))(?:[^。！？.\n]|\.(?!\s))*(?:[。！？.]+\s*|$)"
)
_CUE = re.compile(r"ci-dessus|above|arriba|dalt|sopra|oben|上", re.IGNORECASE)


def without_pointers_up(text: str) -> str:
    """`text` without the sentences that send the reader up to what the post does not carry."""
    if not _CUE.search(text):
        return text
    text = _CJK_UP_OPENING.sub("", _UP.sub("", text))
    return re.sub(r"[ \t]+(?=\n|$)", "", text)
