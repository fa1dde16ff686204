"""Sentences that lean on an embedded player the post drops ("The video is about 30 minutes
long.", "Here's Smith singing Happiness …", "In case you missed this.", "Comparto el video que
hicieron …", "Merci pour ces explications …"): with the player in the HTML as evidence, any
sentence about *the* recording, presenting it or pointing at it points at nothing."""

from __future__ import annotations

import re

# What plays in the page and never in a post: an embedded player, or the placeholder a blog
# host writes in its stead ("[See post to watch Flash video]", "[There is a video that cannot be
# displayed in this feed. …]").
PLAYER = re.compile(
    r"<(?:embed|iframe|object|video|audio)\b|\[see\s+post\s+to\s+(?:watch|listen)"
    r"|\[there\s+is\s+an?\s+video\s+that\s+cannot\s+be\s+displayed",
    re.IGNORECASE,
)

_OPENS = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=\n))"
# A sentence's words: a stop after one letter, an abbreviation ("Jr.", "ver.") or before a
# lower-case word ("the clip from Help! of The Beatles") ends none.
# Atomic, as one character has several branches here: a plain group backtracks 2^n ways.
_WORDS = (
    r"(?>[^.!?…\n]|(?<=\b\w)\.|\.(?=\w)|[.!?](?=\s+(?-i:[a-zà-ÿ]))"
    r"|(?<=\b(?:Jr|Sr|Mr|Dr|St|Mt|Ms|vs|ft|No))\.|(?<=\b(?:Mrs|ver|Vol))\.|(?<=\bfeat)\.)"
)
_END = r"(?:[.!?…]+[\"'”’»)]*|$)[ \t]*"
# A word after "video" making it a kind of thing ("The video aspect offers …", "the video
# game") or part of one word ("video-verbalisation"): no recording.
_A_RECORDING = (
    r"(?![-‐])(?!\s+(?:aspect|games?|cameras?|site|card|calls?|chat|marketing|content|quality"
    r"|format|player|sharing|streaming|production|editing|editor|industry|platform|service"
    r"|market|technology|features?|capabilities|world)\b)"
)
# The recording itself as the sentence's subject or first object, named as one known thing
# ("The video is about 30 minutes long.", "Watch this video …", "Comparto el video …", "je poste
# cette vidéo"): within its first words. "a video", "the music video for …", "video-verbalisation"
# and "the pieces from the video on my trip" further on are no pointer.
_RECORDING = (
    r"(?:[^\s.!?…]+\s+){0,2}?(?:(?:the|this|that)\s+(?:video|clip|footage|recording)"
    r"|(?:el|este|ese)\s+v[íi]deo|(?:la|cette)\s+vid[ée]o|(?:das|dieses)\s+Video"
    r"|(?:il|questo)\s+video|(?:o|este)\s+v[íi]deo)\b" + _A_RECORDING
)
# "this video"/"cette vidéo" anywhere in the sentence as what the writer posts or the reader has
# seen ("… i thought of posting this video", "have you seen that video before?", "je poste cette
# vidéo"): the player. "le nom de cette vidéo", "we've made this video of a presentation" and
# "Merece la pena ver este vídeo que …" name or describe the item, and stay.
_THIS_RECORDING = (
    _WORDS + r"*?\b(?:post(?:ing|ed)?|shar(?:e|ing|ed)|seen|saw|recorded|link\s+to|out\s+of"
    r"|enjoy|poste[rz]?|partage[rz]?|compart(?:o|ir))\s+(?:\w+\s+){0,2}?(?:this|that|cette|este"
    r"|ese|questo|dieses)\s+(?:video|clip|footage|recording|vid[ée]o|v[íi]deo)\b" + _A_RECORDING
)
# A person presented doing something ("Here's Smith singing Happiness …"): what is "here" is the
# player. "Here's a nice surprise." and "Here's the translation key: …" present the text.
_HERE = r"here(?:['’]s|\s+is|\s+are)\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]+ing)\b"
# … or the player presented by what it is ("Here's the second to last part of iSundae II!",
# "Here is the trailer.") or as what came of it, closing its sentence ("This is the result.",
# "Voici le résultat :"). "Here's the translation key: …" and "This is the result of years of
# neglect." speak of the text.
_PRESENTED = (
    r"here(?:['’]s|\s+is|\s+are)\s+(?:the|my|our|this)\s+(?:[\w'’-]+\s+){0,4}?(?:part|episode"
    r"|trailer|teaser|clip|performance|interview|segment|installment|instalment|footage"
    r"|recording|video)s?\b(?![-‐:])"
    r"|(?:(?:(?:this|that|here)\s+(?:is|was)|(?:this|that|here)['’]s)\s+(?:the\s+)?(?:end\s+"
    r"|final\s+)?result|(?:et\s+)?(?:voici|voilà|voila)\s+le\s+r[ée]sultat(?:\s+final)?"
    r"|(?:este|ese)\s+es\s+el\s+resultado(?:\s+final)?|das\s+ist\s+das\s+(?:End)?ergebnis"
    r"|ecco\s+il\s+risultato)(?=\s*(?:[.!…:]|$))"
)
# A short sentence closing on a bare "this"/"ça" ("In case you missed this.", "Check this out!",
# "Regardez ça !"): the thing it points at is the player.
_BARE_THIS = (
    r"(?=" + _WORDS + r"{0,50}(?:[.!?…]|$))" + _WORDS + r"*?\b(?:this|these|ça|ceci|esto|questo)"
    r"(?:\s+(?:out|one|here))?\s*(?:[.!?…]+[\"'”’»)]*|$)[ \t]*"
)
# What the viewer sees ("as you can see", "comme vous pouvez le voir", "como pueden ver"), and a
# thanks for what was said in it ("Merci pour ces explications", "Thanks for this interview").
_SEEN = (
    r"\b(?:as\s+you\s+(?:can\s+)?see|comme\s+vous\s+(?:(?:pouvez|le)\s+)*(?:voir|voyez)"
    r"|como\s+(?:se\s+)?(?:puede[ns]?|podéis|podrán)\s+ver|wie\s+(?:man|ihr|Sie)\s+sehen)\b"
)
_THANKS = (
    r"(?:thanks|thank\s+you|merci|gracias|danke|grazie|obrigad[oa])\s+(?:\w+\s+)?(?:for|pour"
    r"|por|für|per)\s+(?:this|these|ces|cette|ce|estas?|estos?|diese[nrs]?|quest[aoei])\b"
)
# The next sentence, when it goes on about what went ("Sorry about that but …", "It still comes
# down to …"): its "it" or "that" is the recording; one opening on "But"/"Mais" answers it ("…
# je poste cette vidéo où on voit un gros bout de barbaque. Mais attention, ici pas question de
# le manger.").
_GOES_ON = r"(?:(?-i:It|That|This|Sorry|But|Mais|Pero|Aber)\b" + _WORDS + r"*" + _END + r")?"


def _leaning(recording: bool) -> re.Pattern[str]:
    """Sentences leaning on the player: about it (with `recording`), presenting or pointing at
    it, or what can be seen in it."""
    about = (_RECORDING + r"|" + _THIS_RECORDING + r"|") if recording else ""
    return re.compile(
        _OPENS
        + r"(?:(?:"
        + about
        + _HERE
        + r"|"
        + _PRESENTED
        + r"|"
        + _THANKS
        + r")"
        + _WORDS
        + r"*"
        + _END
        + _GOES_ON
        + r"|"
        + _WORDS
        + r"*?"
        + _SEEN
        + _WORDS
        + r"*"
        + _END
        + r"|"
        + _BARE_THIS
        + r")",
        re.IGNORECASE,
    )


_LEANING = _leaning(recording=True)
# When the entry links the recording by its word ("have posted the <a>video</a> from my talk"),
# the post keeps that link: "the video" has its referent, only pointers and sights go.
_LEANING_LINKED = _leaning(recording=False)
RECORDING_LINK = re.compile(
    r"<a\b[^>]*>\s*(?:(?:the|this|my|our|el|este|la|cette|das)\s+)?(?:v[íi]deo|vid[ée]o|clip"
    r"|recording|footage|Video)s?\s*</a>",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:video|vidéo|vídeo|clip|footage|recording|vid|here|voici|voil|aqu|ecco|hier|eis|this"
    r"|these|ça|ceci|esto|questo|see|voir|voyez|ver|sehen|thank|merci|gracias|danke|grazie"
    r"|obrigad|r[ée]sultat|resultado|ergebnis|risultato)",
    re.IGNORECASE,
)


# A paragraph of the player's styling that leaked as text ("… repeat scroll 0% 0%; float: left;
# width: 60px; …"): three declarations in a row are no prose.
_STYLING = re.compile(r"^.*(?:[\w-]+:\s*[^;:\n]{1,80};\s*){3}.*(?:\n|$)", re.MULTILINE)
# Prose left to lead the post: a paragraph of six words or more closing on a stop. A player's
# caption or schedule ("The Daily Show With Jon Stewart M - Th 11p / 10c") is none.
_PROSE = re.compile(r"^(?:\S+[ \t]+){5,}[^\n]*[.!?…](?:[\"'”’»)]*(?:\s|$))", re.MULTILINE)


def without_player_pointers(text: str, parts: frozenset[str]) -> str:
    """`text` without the sentences leaning on an embedded player (`player` in `parts`, from
    `absent_parts.dropped_parts`) that the post does not carry; none if no prose is left."""
    if "player" not in parts or not _CUE.search(text):
        return text
    cut = (_LEANING_LINKED if "recording-link" in parts else _LEANING).sub("", text)
    if cut == text:
        return text
    cut = _STYLING.sub("", cut) if ";" in cut else cut
    # What stays is the player's chrome when no prose does: headline and link are the post.
    return re.sub(r"[ \t]+(?=\n|$)", "", cut) if _PROSE.search(cut) else ""
