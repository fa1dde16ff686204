"""Sentences that present media the post does not carry: an embedded video, slides, a trailer, a
recording ("Here are the slides for the 2 sessions …", "voici une petite video …", "This is the
trailer for …"), the sentences that go on about "this video", and "(read part 1 and part 2)"."""

from __future__ import annotations

import re

_OPENS = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
# A sentence's words: a stop inside an address or after one letter ends none.
# Atomic: a dot after one letter and before a word ("a.b") fits two branches; with a plain group a
# run of them gave 2^n ways to split, and one 54 KB feed's entry ran for minutes (session 19).
_WORDS = r"(?>[^.!?\n:]|:(?![ \t]*[“\"«„\n])|(?<=\b\w)\.|\.(?=\w))"
# … up to its stop, or a colon closing its line or opening a quotation ("Here's a podcast of my
# last Locus column, What's Inside the Box?: “The answer …”": the quotation is the column's).
_END = r"(?:[.!?…]+[\"'”’»)]*:?|:(?=[ \t]*(?:[“\"«„\n]|$)))[ \t]*"
# Media an entry embeds and a post never shows, in the languages the corpus writes of them.
_MEDIA_WORDS = (
    r"videos?|vid[ée]os?|v[íi]deos?|clips?|trailers?|tr[áa]ilers?|teasers?|bandes?-annonces?"
    r"|slides|slide\s*decks?|slideshows?|diapos(?:itives)?|diapositivas|presentation|présentation"
    r"|presentación|presentació|presentazione|Folien|Präsentation|recording|enregistrement"
    r"|Mitschnitt|podcast|screencast|webcast|excerpt|extrait|poem|poème|poema|poesia|Gedicht"
)
_MEDIA = rf"(?:{_MEDIA_WORDS})"
# The noun as the thing presented ("the slides for", "une petite video extrement virale"), not a
# modifier ("a video game", "the podcast app").
_AS_THING = (
    r"(?=\s*[.,;:!?(…]|\s+(?:of|for|from|by|with|at|on|in|that|which|I|we|about|showing|made"
    r"|shot|de|du|des|d['’]|sur|pour|que|qui|envoy\w*|extr[eê]me\w*|tr[eè]s|del|della|dello|di"
    r"|von|vom|zu|zum|zur|über|mit|für|who|where|when|to|is|are)\b|\s*$)"
)
# What presents it: "here is/are/'s", "this is the", "voici/voilà", "aquí está/tenéis/os dejo",
# "ecco", "hier ist/sind", Sinhala "මෙන්න" ("here is"), within a few words of the noun.
_PRESENTER = (
    r"\b(?:here(?:['’]s|\s+is|\s+are)|this\s+is|these\s+are|voici|voil[àa]|ecco|aqu[íi]\s+(?:est[áa]n?"
    r"|ten[ée]is|tienes|os\s+dejo|les\s+dejo|teniu|us\s+deixo)|hier\s+(?:ist|sind|gibt\s+es)"
    # German sets it down without a verb: "Hier der Trailer zu …", "Hier ein Video von …".
    r"|hier(?=\s+(?:der|die|das|ein|eine|einen|nun|jetzt|noch|mal)\s))\s+"
)
_PRESENTED = (
    _OPENS
    + _WORDS
    + r"*?"
    + _PRESENTER
    + r"(?:[\w'’-]+\s+){0,5}?"
    + _MEDIA
    + _AS_THING
    + _WORDS
    + r"*"
    + _END
    # Sinhala: "මෙන්න … දැන්වීම් පටය!" (here is the … trailer), "… කවියක් …" (a poem).
    + r"|"
    + _OPENS
    + r"[^.!?\n]*?මෙන්න[^.!?\n]*?(?:පටය|වීඩියෝ|කවිය|කවියක්)[^.!?\n]*[.!?]+[ \t]*"
)
# A call to see it ("check out this fabulous interview", "regardez cette vidéo"); "Watch this
# video of Feynman explaining …" says what the next sentences go on from, and stays.
_THIS = (
    r"\b(?:this|these|that|cette|ces|ce|este|esta|estos|aquest(?:a|s)?|questo|questa|queste"
    r"|dieses|diese|diesen)\s+(?:[\w'’-]+\s+){0,2}?"
)
_CALL = re.compile(
    _OPENS + r"(?:(?:so|now|just|please|and)\s+)?(?:check\s+out|regardez|mirad|guardate"
    r"|schaut\s+euch)\s+" + _THIS + rf"(?:interview|{_MEDIA_WORDS})\b" + _WORDS + r"*" + _END,
    re.IGNORECASE,
)
# The writer's embed ("I'm embedding part 2 of 4 …", "I've embedded the talk below"), a call to
# play what is not there ("Stream it here for a limited time only.", "Watch the video to see a
# demo of it in action.") and "This video is spot on!" with nothing presented before it.
_WHERE = r"\s+(?:here|below|above|now|in\s+full|for\s+a\s+limited|to\s+(?:see|hear|find))\b"
# "Listen to it." alone is advice ("ask for feedback. listen to it."): "it" needs a where.
_PLAY = (
    r"(?:watch|stream|listen\s+to|hear|view)\s+(?:(?:it|them)(?="
    + _WHERE
    + r")|the\s+(?:full\s+|whole\s+)?"
    # A film is played as a video is ("Watch the Movie Now."): a heading calling to a player.
    + rf"(?:{_MEDIA_WORDS}|song|track|episode|movie|film|documentary)(?={_WHERE}|\s*[.!:]))"
)
_SHOWN = re.compile(
    _OPENS
    + r"(?:"
    + _WORDS
    + r"*?\b(?:I|we)(?:['’](?:m|ve|re)|\s+am|\s+are|\s+have)\s+(?:also\s+|just\s+)?"
    # Not the writer's habit ("When I embed videos …") nor code ("I am embedding code from …").
    r"embed(?:ded|ding)\b(?!\s+(?:code|snippets?|scripts?|fonts?|data|the\s+code)\b)|"
    + _WORDS
    + r"*?\bembedded\s+(?:below|above|here)\b|(?:(?:so|now|just|please|and|you\s+can)\s+)?"
    + _PLAY
    + r"|(?:this|these)\s+(?:[\w'’-]+\s+)??(?:videos?|clips?|trailers?)\s+(?:is|are|was|were|has"
    r"|shows?)\b"
    # Having watched it: "if you watched the above video you'll see …", "After seeing this
    # video, I'm totally bummed …" ("after seeing the video of the attack" is the news's; "Watch
    # this video of Feynman explaining …" says what the next sentences go on from).
    r"|" + _WORDS + r"*?\b(?:watch(?:ed|ing)|see(?:ing|n)|saw|view(?:ed|ing))\s+(?:(?:this|that)"
    r"\s+|the\s+above\s+)(?:videos?|clips?)\b"
    r"|" + _WORDS + r"*?\b(?:the|this)\s+(?:videos?|clips?)\s+above\b)" + _WORDS + r"*" + _END,
    re.IGNORECASE,
)
# A call to play it set as a line of its own without a stop (a heading over the embed:
# "Watch the Movie Now"): the whole line is the call.
_PLAY_LINE = re.compile(
    r"^[ \t]*(?:(?:so|now|just|please|and|you\s+can)\s+)?" + _PLAY + r"[^.!?\n]{0,24}?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SHOWN_CUE = re.compile(
    r"(?i)\bembed|\b(?:watch|stream|listen|hear|view)\s|\b(?:this|these)\s|\babove\s+(?:vid|cl)"
    r"|\b(?:vid[eé]os?|clips?)\s+above"
)
# … and the "Enjoy!" that hands it over.
_ENJOY = (
    r"(?:enjoy|amusez-vous\s+bien|disfrutad|disfruta|buona\s+visione|viel\s+spa(?:ß|ss))"
    r"\s*[.!]+[ \t]*"
)
# The sentences right after it (in its paragraph or the next) that go on about it ("cette
# video, c'est juste 21 secondes de sourire", "If you watch it to the end, …"); later ones speak
# of the subject ("these videos are made available online …").
_ABOUT_IT = (
    _ENJOY
    + "|"
    + _WORDS
    + r"*?(?:"
    + _THIS
    + _MEDIA
    + r"\b|\b(?:watch|see|hear|listen\s+to)\s+it\b)"
    + _WORDS
    + r"*"
    + _END
)
_SHOWN_AND_ABOUT_IT = re.compile(rf"(?:{_SHOWN.pattern})(?:\n*(?:{_ABOUT_IT}))*", re.IGNORECASE)
_PRESENTED_AND_ABOUT_IT = re.compile(rf"(?:{_PRESENTED})(?:\n*(?:{_ABOUT_IT}))*", re.IGNORECASE)
# A paragraph that is only a note on the embed above or below it ("[40-second video, no
# audio.]", "(Video)"): the post carries no player for it to describe.
_MEDIA_NOTE = re.compile(
    r"^[ \t]*[\[(][^\[\]()\n]{0,25}?\b(?:video|vidéo|vídeo|audio|clip|slideshow)s?\b"
    r"[^\[\]()\n]{0,30}[\])][ \t]*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
# The credit of an embedded clip standing as a sentence ("Video editado por Brandon Sherman.",
# "Clip edited by …", "Vidéo réalisée par …"): a verb of making it, then who; the post has no clip.
_MEDIA_CREDIT = re.compile(
    _OPENS
    + r"(?:videos?|vid[ée]os?|v[íi]deos?|clips?)\s+(?:edit(?:ed|ado|ato)|produc(?:ed|ido|ida)"
    r"|prodotto|film(?:ed|ado)|shot|grabado|realizad[oa]|réalisée?|tourné(?:e)?|mont(?:ado|ée?)"
    r"|gedreht|geschnitten)\s+(?:by|por|par|da|von)\s+[^.!?…\n]{2,60}?[.!?…]*[ \t]*(?=\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
# An embed the feed escaped into its text ("<object …><embed src=…youtube…>"): what presents it
# is the only prose, and it stays rather than leave the markup to lead.
_EMBED_AS_TEXT = re.compile(r"<(?:object|embed|iframe)\b", re.IGNORECASE)
# "(read part 1 and part 2)", "(cf partie 2 et partie 3)", "(see part one)": links to a series'
# other parts, which the post drops; its sentence stays.
_PART = r"(?:part|partie|parte|Teil)\s+(?:\d+|one|two|three|I{1,3})"
_PARTS_ASIDE = re.compile(
    r"\s*\((?:(?:read|see|lire|voir|cf\.?|lee|leer|vedi|siehe)\s+)?(?:the\s+)?"
    + _PART
    + r"(?:\s*(?:,|and|et|y|i|e|und|&)\s*(?:"
    + _PART
    + r"|\d+))*\)",
    re.IGNORECASE,
)
# Cheap cues before a sentence rule scans the text (those start at every sentence and cost a
# few tenths of a millisecond an entry): the media's stems in the lower-cased text (8% of the
# corpus's entries), then each rule's own.
_STEMS = re.compile(
    r"vid[eéí]o|clip|tr[aá]iler|teaser|bande|slide|diapo|pr[eé]sentat|presentaci|presentazi"
    r"|präsent|folien|recording"
    r"|enregistr|mitschnitt|podcast|screencast|webcast|excerpt|extrait|po[eè]m|poesia|gedicht"
    r"|interview|stream|embed|movie|film|documentar|මෙන්න|\((?:\w+\.?\s+)?(?:the\s+)?(?:part|partie|parte|teil)\s"
)
_PRESENTED_CUE = re.compile(
    _PRESENTER + r"(?:[\w'’-]+\s+){0,5}?" + _MEDIA + r"|මෙන්න", re.IGNORECASE
)
_CALL_CUE = re.compile(
    r"\b(?:check\s+out|regardez|mirad|guardate|schaut\s+euch)\s+" + _THIS, re.IGNORECASE
)
_PARTS_CUE = re.compile(r"\((?:\w+\.?\s+)?(?:the\s+)?(?:part|partie|parte|teil)\s", re.IGNORECASE)


# An item whose own page is a video platform's watch page: "This is the second video in my
# series" describes the item the post links to, not media the post lacks.
_WATCH_PAGE = re.compile(
    r"(?i)^https?://(?:[\w-]+\.)?(?:youtube\.com/(?:watch|shorts/|live/)|youtu\.be/|vimeo\.com/\d"
    r"|dailymotion\.com/video/)"
)


def is_watch_page(link: str | None) -> bool:
    """Whether `link` is a video platform's page for one video (the item is the video)."""
    return bool(link and _WATCH_PAGE.match(link))


def is_recording(link: str | None, media_url: str | None) -> bool:
    """Whether the item is itself a recording (a watch page, an episode's audio or video
    enclosure), whose text may say "this is a clip/video of …" of itself."""
    return media_url is not None or is_watch_page(link)


def without_media_pointers(text: str, *, item_is_video: bool = False) -> str:
    """`text` without the sentences presenting media the post does not carry, those that go on
    about it, and asides sending the reader to a series' other parts."""
    if not _STEMS.search(text.lower()):
        return text
    before = text
    if _PRESENTED_CUE.search(text) and not _EMBED_AS_TEXT.search(text) and not item_is_video:
        text = _PRESENTED_AND_ABOUT_IT.sub("", text)
    if _CALL_CUE.search(text) and not item_is_video:
        text = _CALL.sub("", text)
    if _SHOWN_CUE.search(text) and not item_is_video and not _EMBED_AS_TEXT.search(text):
        text = _PLAY_LINE.sub("", _SHOWN_AND_ABOUT_IT.sub("", text))
    if ("[" in text or "(" in text) and not item_is_video:
        text = _MEDIA_NOTE.sub("", text)
    if not item_is_video:
        text = _MEDIA_CREDIT.sub("", text)
    if "(" in text and _PARTS_CUE.search(text):
        text = _PARTS_ASIDE.sub("", text)
    return text if text == before else re.sub(r"[ \t]+(?=\n|$)", "", text)


# A recording the item encloses (an mp3, a blog's clip) that its page plays and the post does
# not: the sentences placing it ("if you watched the above video you'll see …", "Stream it here
# for a limited time only.") point at nothing. What presents it ("This is a clip of …") stays.
_PLACED = re.compile(
    _OPENS
    + r"(?:"
    + _WORDS
    + r"*?\b(?:the|this)\s+(?:above|below)\s+(?:videos?|clips?|player)\b|"
    + _WORDS
    + r"*?\b(?:videos?|clips?|player)\s+(?:above|below)\b|(?:(?:so|now|just|please|and|you\s+can)"
    r"\s+)?(?:watch|stream|listen\s+to|hear|play)\s+(?:it|them|the\s+(?:song|track|video|clip))"
    r"\s+(?:here|below|above)\b)" + _WORDS + r"*" + _END,
    re.IGNORECASE,
)
_PLACED_CUE = re.compile(r"(?i)\b(?:above|below|here)\b")


def without_placed_recording(text: str) -> str:
    """`text` of an item enclosing a recording, without the sentences that place it above,
    below or here (the post carries no player)."""
    if not _PLACED_CUE.search(text):
        return text
    kept = _PLACED.sub("", text)
    return text if kept == text else re.sub(r"[ \t]+(?=\n|$)", "", kept)
