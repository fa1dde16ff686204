"""Sentences of a text: pysbd's split, with the pieces it cuts wrongly joined back."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from bot.text.cjk_writing import runs_on_unspaced
from bot.text.written_stops import stop_goes_on

# pysbd knows these languages; anything else is split with English rules.
_PYSBD_LANGUAGES = frozenset(
    "en hi mr zh es am ar el ru da fa hy it ur pl bg my nl fr ja kk de sk".split()
)


@lru_cache(maxsize=32)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False)


def language_code(language: str | None) -> str:
    """The pysbd language for a feed/entry language tag such as `en-US`; English by default."""
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in _PYSBD_LANGUAGES else "en"


# A dot that starts a word (".Start()", ".NET", "ASP/.Net", ".env", "(.JPG ne fonctionne pas")
# is code or a name, never a full stop (nor is a "!" starting one: Rainmeter's
# "!ShowMeterGroup" command): pysbd splits "calling a .Start() method" after "a ." all the
# same. Nor is a "?" that a URL's query follows with no space between ("watch?v=…",
# "example.com?ref=1"); a sentence glued to a question ("million?Section 177") is split as before.
_LEADING_DOT_SPLIT = re.compile(r"(?:^|[\s/(\[])[.!?]$")
_QUERY_SPLIT = re.compile(r"\S\?$")
_QUERY_START = re.compile(r"[\w.%-]*=")
# Nor does a sentence open with no space after the last one and on a possessive or a lower
# case word: "Time Inc.’s strategy" split after "Inc." is one sentence.
_CONTINUATION = re.compile(r"['’]?[^\W\d_]")
# Nor does one open on a symbol glued to the stop: "Format=%m.%d" is one date format.
_SYMBOL_GLUED = re.compile(r"[%$#@&*=+/\\|^~<>{}_]")
# A stop alone after a link's "?" or "!" ends that sentence ("… runs have i been pwned?.").
_LONE_STOP, _ASKS = re.compile(r"\.[\"'”’)\]]*"), re.compile(r"[?!][\"'”’)\]]*$")
# The rest of a run of marks the segmenter cut off ("maux !!" | "!", "late." | "...."): the
# writer's emphasis or pause, not a sentence. Dots closing the paragraph are its cut, and a
# cut word's dots split short ("a apr.." | ".") stay apart too.
_MARKS_LEFT = re.compile(r"[!?]+|(?:\.{3,}|…)[.!?…]*")


# A postscript's or note's mark the segmenter takes for a sentence ("PS.", "P.S.", "N.B.").
_NOTE_MARK = re.compile(r"(?:P\.?\s?)+[Ss]\.|N\.\s?B\.|NB\.")
_CLAUSE_AFTER = re.compile(r"(?:[?!]|\b\w{1,3}\.)[\"'”’)\]]*$")


_DOTS_GO_ON = re.compile(r"\.+[^\s.]")
# A dotted name or abbreviation ending on a one-letter part ("Will.I." | "Am", "J.R.R." |
# "Tolkien") goes on with no space: one token as written, not a sentence's end.
_DOTTED_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]+\.(?:[^\W\d_]\.)*[^\W\d_]\.$")


def _marks_left(before: str, piece: str, text_follows: bool) -> bool:
    """Whether `piece` is only the rest of the marks `before` ends on ("odyssée." | "????" is
    no run: a lost character's marks), text following it in its paragraph."""
    same = before.endswith(piece[0]) or (piece[0] == "…" and before.endswith("."))
    return same and _MARKS_LEFT.fullmatch(piece) is not None and (text_follows or piece[0] in "!?")


def _continues(piece: str) -> bool:
    found = _CONTINUATION.match(piece)
    return found is not None and found[0][-1].islower()


# An abbreviation that says what comes next ("that is", "for example", "compare") never ends
# a sentence: "… не зависят от системы, т.е. | их без труда …", "z.B. | Google", "Hvis du
# f.eks. | vil embedde …" (Danish, Norwegian, Swedish, Polish, Czech, Slovak, Finnish, German).
# Nor does a featured artist's mark after a title ("With Every Heartbeat - Feat. | Kleerup",
# "(feat. | Mike Essl)"); "quite a feat." ends one.
_NEVER_LAST = re.compile(
    r"(?:^|[\s(,])(?:i\.\s?e|e\.\s?g|т\.\s?е|т\.\s?к|z\.\s?B|d\.\s?h|p\.\s?ex|cf|vgl|bzw|viz"
    r"|f\.\s?eks|f\.\s?ex|t\.\s?ex|bl\.\s?a|d\.\s?v\.\s?s|dvs|np|tj|např|napr|esim|bspw|ggf|evtl"
    r"|inkl)\.$|(?:[(\[]|[-–—/]\s)(?:feat|ft)\.$|(?:^|\s)(?-i:Feat|FEAT)\.$",
    re.IGNORECASE,
)
# Nor does an abbreviation a few words into a bracket left open when a figure follows or the
# bracket closes (or the feed cuts the text) soon after ("… intéressante (84 mm, équiv. | 24 x
# (...)", "(Cal. Superior Ct. | "Tentative Trial Decision" Nov. 6, 2008)"): a sentence written
# inside brackets goes on with a sentence ("(.JPG ne fonctionne pas. | Il est possible …").
_BRACKET_ABBREVIATION = re.compile(r"\((?>[^()\s]+\s+){0,8}[^\W\d_]{1,6}\.$")
_BRACKET_GOES_ON = re.compile(r"\d|[^()!?]{0,80}?(?:\)|\.\.\.|…)")
# A question or exclamation the sentence goes on from in lower case ("Çılgın nedir begumgum? |
# derseniz, …", "herci?! | ... pekne, pekne"): one sentence; scripts without case never match.
_ASKED = re.compile(r"[?!][?!.…]*$")
# The word must be lower case throughout and a word of prose: "iPhone" and "http://" open a
# new line as often.
_GOES_ON_LOWER = re.compile(r"[.…]*\s*([^\W\d_]+)(?=[\s,;]|$)")


def _stop_goes_on(sentence: str, after: str) -> bool:
    # Only where the writer opens sentences on capitals (or figures), as in _goes_on_lower.
    opening = next((c for c in sentence if c.isalnum()), "")
    return not opening.islower() and stop_goes_on(sentence, after)


def _goes_on_lower(sentence: str, piece: str) -> bool:
    # A writer who opens sentences in lower case ("ako je mozne, … melodiu? na toto neviem
    # …") opens the next one so too: only after a capital opening is lower case a going on.
    if sentence[-1:] not in ("?", "!", ".", "…"):
        return False  # cheap checks first: most sentences end on a full stop
    found = _GOES_ON_LOWER.match(piece)
    if not (found and found[1].islower() and _ASKED.search(sentence[-8:])):
        return False
    return next((c for c in sentence if c.isalpha()), "").isupper()


# A quotation its sentence opens and does not close ("to: „Handlowcy na wysokich obrotach." |
# "Jak utrzymać … w kryzysie"."): the sentences up to its closing mark are one, when that mark
# comes within a few lines; a straight "'" opens one only before a capital.
_QUOTE_PAIRS = {"„": '“”"', "“": '”"', "«": "»", "‘": "’", "'": "'", '"': '"'}
_QUOTE_OPENING = re.compile(r"(?:^|(?<=[\s(\[:—–-]))(?:[„“«‘\"](?=\S)|'(?=[A-ZÀ-Þ]))")
_QUOTE_REACH = 400


# A closing mark follows a word or a stop and no letter follows it ("don't" has none).
_QUOTE_CLOSING = {
    mark: re.compile(rf"(?<=\S)[{re.escape(closers)}](?![^\W\d_])")
    for mark, closers in _QUOTE_PAIRS.items()
}
_ANY_QUOTE = re.compile(r"[„“«‘'\"]")


def _quote_end(paragraph: str, sentence_start: int, sentence_end: int) -> int:
    """Where the quotation a sentence leaves open closes in its paragraph (-1: none near)."""
    sentence = paragraph[sentence_start:sentence_end]
    if not _ANY_QUOTE.search(sentence):
        return -1  # most sentences quote nothing: no scan
    openings = list(_QUOTE_OPENING.finditer(sentence))
    if not openings:
        return -1
    opened = openings[-1]
    closing = _QUOTE_CLOSING[opened[0]]
    if closing.search(sentence, opened.end()):
        return -1
    found = closing.search(paragraph, sentence_end, sentence_end + _QUOTE_REACH)
    return found.start() if found else -1


def _rejoined(paragraph: str, pieces: list[str]) -> list[str]:
    sentences: list[str] = []
    at, opened_at, quote_until = 0, 0, -1
    for number, piece in enumerate(pieces, 1):
        start = paragraph.find(piece, at)
        if (
            sentences
            and 0 <= at <= start
            and (
                start < quote_until
                or _NEVER_LAST.search(sentences[-1][-8:])
                or (
                    _BRACKET_ABBREVIATION.search(sentences[-1][-100:])
                    and _BRACKET_GOES_ON.match(paragraph, start)
                )
                or _goes_on_lower(sentences[-1], piece)
                or _stop_goes_on(sentences[-1], paragraph[at : start + 40])
            )
        ):
            sentences[-1] += paragraph[at:start] + piece  # the text between them as written
            at = start + len(piece)
            quote_until = _quote_end(paragraph, opened_at, at)
            continue
        glued = (
            start == at
            and sentences
            and (
                _LEADING_DOT_SPLIT.search(sentences[-1])
                or (_QUERY_SPLIT.search(sentences[-1]) and _QUERY_START.match(piece))
                or _continues(piece)
                or _SYMBOL_GLUED.match(piece)
                or _DOTTED_INITIAL.search(sentences[-1])
                # "… hole of WTF?!, and the …", "3950 Ferrara Dr., Wheaton": a clause after a
                # "?!" or an abbreviation goes on from it.
                or (piece[0] in ",;:" and _CLAUSE_AFTER.search(sentences[-1]))
                # An ellipsis cut after its first dot ("走出来." | "..11月5日", pysbd's zh); a
                # teaser's own cut ("really." | "...") ends the text, and stays apart.
                or (sentences[-1].endswith(".") and _DOTS_GO_ON.match(piece))
                or _marks_left(sentences[-1], piece, number < len(pieces))
            )
        )
        if glued or (sentences and _ASKS.search(sentences[-1]) and _LONE_STOP.fullmatch(piece)):
            sentences[-1] += piece  # no space between: ".Start()" as written
        elif sentences and (
            _NOTE_MARK.fullmatch(sentences[-1]) or _arabic_goes_on(sentences[-1], piece)
        ):
            sentences[-1] += " " + piece  # "PS. If you still haven't …" is one sentence
        else:
            sentences.append(piece)
            opened_at = start
        at = start + len(piece) if start >= 0 else at
        quote_until = _quote_end(paragraph, opened_at, at) if start >= 0 else -1
    return sentences


# pysbd's Arabic and Persian rules end a sentence at a comma ("،") and a colon: "الحقيقة أن
# الاعتقاد السائد …، | اعتقاد خاطئ …" is one sentence. And a question quoted inside one goes on
# after its "؟" ("إن كانت إجابتك على سؤال كيف تحصل على وظيفة؟ | هي: …", "… is: …"): Arabic
# script has no capitals to tell a new sentence, but no sentence opens on one word and a colon.
_ARABIC_CLAUSE_END = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][»”\"')]*[،؛,;:]$"
)
_ARABIC_QUESTION = re.compile(r"[\u0600-\u06ff]\S*؟$")
_ONE_WORD_LEAD = re.compile(r"\S+:(?:\s|$)")


def _arabic_goes_on(sentence: str, piece: str) -> bool:
    return bool(
        _ARABIC_CLAUSE_END.search(sentence)
        or (_ARABIC_QUESTION.search(sentence) and _ONE_WORD_LEAD.match(piece))
    )


# pysbd ends a sentence at "!!" or "?!" but not at a run of three marks or more ("… an
# outstanding audience!!! The kick off …", "Really?!? The …"): split there, before a capital.
_MARK_RUN = re.compile(r"(?<=[!?][!?][!?])\s+(?=[\"“‘«(]?[^\W\d_])")


def _mark_runs_split(piece: str) -> list[str]:
    parts = _MARK_RUN.split(piece)
    out = parts[:1]
    for part in parts[1:]:
        letter = next(c for c in part if c.isalpha())
        if letter.isupper():
            out.append(part)
        else:
            out[-1] = f"{out[-1]} {part}"
    return out


def _segments(segmenter: pysbd.Segmenter, paragraph: str) -> list[str]:
    # pysbd keeps a «…» quotation whole, so German »…« had it keep the span between two
    # quotations whole ("« vor. Wir … der »"): the marks are swapped while segmenting.
    swapped = 0 <= paragraph.find("»") < paragraph.find("«")
    swap = str.maketrans("»«›‹", "«»‹›") if swapped else {}
    pieces = segmenter.segment(paragraph.translate(swap))
    stripped = (s.strip().translate(swap) for s in pieces if s.strip())
    return [part for piece in stripped for part in _mark_runs_split(piece)]


# Chinese and Japanese plain-text descriptions (Hugo's plainified summaries) often end a
# paragraph's line on its last character, no full stop, the line break standing for one
# ("… 所以我们可以选择自己升级\n本教程会指导你 …"): joined with a space, two sentences read as one.
# A line long enough to be a sentence (a heading or list item is shorter) gets the stop a
# sub-editor would write, as `summaries.standfirst` does for a one-line description.
_CJK_LINE_END = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$")
_CJK_SENTENCE_CHARS = 15


# A Japanese line ending on a particle no sentence ends on ("…「ごごネタ！」にて" | "番組…")
# goes on.
_PARTICLE_END = re.compile(r"(?:[をにへはがと]|にて)$")


def _cjk_lines_stopped(paragraph: str) -> str:
    lines = [line.strip() for line in paragraph.split("\n")]
    lines = [line for line in lines if line]
    text = lines[0] if lines else ""
    for line, after in zip(lines, lines[1:], strict=False):
        if _PARTICLE_END.search(line):
            text += after  # the sentence goes on: "…にて" | "番組キャラクターを…"
            continue
        if len(line) >= _CJK_SENTENCE_CHARS and _CJK_LINE_END.search(line):
            text += "。"
        # A short line without a stop is an item or a heading: it stays apart ("…的依赖" |
        # "优化积分…"); after a full-width mark ("。", "、") no space stands.
        text += "" if runs_on_unspaced(text, after) and not _CJK_LINE_END.search(text) else "\n"
        text += after
    return text


# Chinese and Japanese write an author's trailing off as "……" after the clause's last character
# ("…还要闷声谈恋爱……" then "后来，我的想法变了。"): style, not a cut.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_TRAILING_OFF = re.compile(_CJK_CHAR.pattern + r"(?:……|\.{6})[\"”’」』]?$")


# CJK text with its punctuation and full-width forms ("（", "４"), which run on without spaces.
_CJK_TEXT = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def joined_sentences(summary: str, sentence: str) -> str:
    """Two sentences as one text: CJK sentences run on without a space between them."""
    if _CJK_TEXT.match(sentence) and _CJK_TEXT.search(summary.rstrip("…")[-1:]):
        return summary + sentence
    if summary and runs_on_unspaced(summary, sentence):
        return summary + sentence  # "熔断。" | "3月16日": no space after a full-width stop
    return f"{summary} {sentence}".strip()


def cjk_trails_off(sentence: str) -> bool:
    """Whether a CJK sentence ends on the writer's "……" (style, not a feed's cut)."""
    return bool(_CJK_TRAILING_OFF.search(sentence))


def starts_cjk(sentence: str) -> bool:
    return bool(_CJK_CHAR.match(sentence))


# A script's own full stop picks the segmenter that knows it, whatever language the feed
# declares: Bengali and Hindi blogs on WordPress say "en-US" (3 of the 3 corpus and pool feeds
# written with "।" do), and English rules never split "… পেলাম। খেলাধূলাকে …", so a cut teaser
# had no whole sentence to keep and the post went out headline-only.
_SCRIPT_STOPS = (("।", "hi"), ("۔", "ur"), ("؟", "ar"), ("։", "hy"), ("።", "am"), ("။", "my"))


def _text_language(text: str, language: str | None) -> str:
    code = language_code(language)
    if code != "en":
        return code
    return next((lang for stop, lang in _SCRIPT_STOPS if stop in text), code)


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Sentences of `text`, paragraph boundaries respected."""
    segmenter = _segmenter(_text_language(text, language))
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(_cjk_lines_stopped(paragraph).split())
        if paragraph:
            sentences.extend(_rejoined(paragraph, _segments(segmenter, paragraph)))
    return sentences
