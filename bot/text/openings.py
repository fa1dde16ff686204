"""What a lead's first paragraph may open with that is not lead text: a dateline ("ISLAMABAD:",
"WASHINGTON —", "MOSUL, Iraq/BAGHDAD"), a kicker label ("INTERVIEW -", "EXCLUSIVE:",
"CALCIOMERCATO ROMA –", "CANAL+/21H00 -") and a byline run into the first sentence.

Datelines are cut, as the wire families already cut "LONDON (Reuters) -": a post names its
source below the summary, and the place is in the story. A content warning ("WARNING: GRAPHIC
CONTENT", "SPOILER ALERT:"), a correction or a writer's update ("CORRECTION:", "UPDATE:",
"EDIT:") are notices to the reader, and stay.
"""

from __future__ import annotations

import re

from bot.text.heading_lines import is_line_head

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# A word in capitals ("ISLAMABAD", "D.C.", "CANAL+", "2/00h20" after a channel's name).
_CAPS_WORD = r"[" + _UP + r"0-9][" + _UP + r"0-9.'’&+]*(?:-[" + _UP + r"0-9]+)*"
_PLACE_TAIL = r",\s*[" + _UP + r"][\w.'’-]*(?:\s[" + _UP + r"][\w.'’-]*)?"
# A dateline's date: "17 AUG 2026", "August 13, 2026", "Aug. 5".
_DATE = (
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
)
_LABEL = (
    r"(?P<label>" + _CAPS_WORD + r"(?:(?:\s+|\s*[/+]\s*)" + _CAPS_WORD + r"){0,5}"
    r"(?:" + _PLACE_TAIL + r"(?:/" + _CAPS_WORD + r")?)?"
    r"(?:/\d{1,2}[hH:]\d{2})?)"
    r"(?:(?:,\s*|\s*\(|\s*[—–]\s*)" + _DATE + r"\)?)?"
)
# The label ends on a colon, or a dash between spaces ("ROME –", "INTERVIEW - "); a long dash
# may touch the text ("PALIKIR, Pohnpei—August 13, 2026—His Excellency").
_OPENING_LABEL = re.compile(
    r"^\s*" + _LABEL + r"(?:\s*:\s+|\s+(?:--|-)\s+|\s*[—–]\s*)(?=[\"“«‘'(\w])"
)
# Notices to the reader, kept where they stand: warnings, corrections, a writer's edits and
# updates ("EDIT: This was originally titled …", "UPDATE: I'm no longer writing this.").
_KEPT = re.compile(
    r"\b(?:WARNING|GRAPHIC|SPOILERS?|ALERT|TRIGGER|CONTENT|CORRECTIONS?|CLARIFICATION"
    r"|RETRACTION|EDIT(?:ED)?|UPDATED?|NOTE|TL;?DR|P\.?S)\b"
)


# A second speaker's label after a sentence's end: the paragraph is a dialogue or transcript.
_NEXT_SPEAKER = re.compile(r"[.!?…\"”’]\s+" + _CAPS_WORD + r"(?:\s+" + _CAPS_WORD + r")?:\s")


def cut_opening_label(paragraph: str, following: str = "") -> str:
    """The paragraph without a dateline or kicker label in capitals at its start; a speaker's
    label stays where another speaks after it (in it, or opening the `following` paragraph)."""
    m = _OPENING_LABEL.match(paragraph)
    if m is None:
        return paragraph
    label, rest = m.group("label"), paragraph[m.end() :]
    letters = sum(ch.isalpha() for ch in label)
    colon = paragraph[m.end("label") :].lstrip().startswith(":")
    # "Q:" and "A:" open interview lines, "US – China talks" a sentence; a label of capitals
    # is followed by text that is not all capitals (a shouted paragraph is no label and text).
    if letters < (2 if colon else 3) or _KEPT.search(label):
        return paragraph
    if colon and (_NEXT_SPEAKER.search(rest) or _NEXT_SPEAKER.match(f". {following}")):
        return paragraph  # a dialogue's first speaker ("GOJO: … MAKI: It's …"), as the others
    # The text after a label starts as a sentence does ("NVIDIA—the chipmaker" is one).
    if rest[:1].islower() or not re.search(r"[a-zà-ÿа-яё]", rest[:80]):
        return paragraph
    return rest


# A byline run into the first sentence, where its end shows: "By Lagi Keresoma/ Apia, …",
# "By Pacific Island Times News Staff The …", or the name followed by a capitalised word
# that opens sentences and a word in lower case ("By City Manager Ken Striplin One of the
# City’s …"). Where nothing shows the end of the name ("By Ron Rocky Coloma Coral reefs …"),
# it stays: cutting there would guess.
_OPENERS = (
    "The|A|An|As|One|Every|Each|In|On|At|When|While|This|These|It|We|I|Our|My|After|Before"
    "|For|Today|If|Since|With|Last|Over|During|Once|Many|Most|Some|There|Here|Like"
)
# Or a dateline in capitals ("By Laurel Marewibuel KOROR, Palau — President …").
_DATELINE_AHEAD = r"[" + _UP + r"]{3,}(?:\s[" + _UP + r"]{2,})*(?:,\s*[A-Z][\w.]*)?\s*[—–:]"
_LEAD_BYLINE = re.compile(
    r"^(?:By|BY|Por|Par|Von):?\s+(?:"
    r"(?:[A-Z][\w.'’-]*\s+){0,5}?"
    r"(?:[A-Z][\w.'’-]*\s*/|(?:News\s+)?Staff(?:\s+(?:Reporters?|Writers?))?\b\s*/?)\s*"
    r"|(?:[A-Z][\w.'’-]*\s+){2,6}"
    r"(?=(?:" + _OPENERS + r")\s+[a-z0-9]|(?:The|A|An)\s|[“\"]|" + _DATELINE_AHEAD + r"))"
)


# A show's labelled credits run into its description ("Author : Remy Nakamura Narrator : Roberto
# Suarez Hosts : Valerie Valdes and Alasdair Stuart Audio Producer : Adam Pracht Impossibility
# Crow was …", Escape Pod): two or more credit labels, each with a name; the last name is taken
# as its first and last word, where the text after it shows no other end.
_CREDIT_LABEL = (
    r"(?i:(?:audio\s+|executive\s+|associate\s+)?(?:producer|editor)s?|authors?|writers?"
    r"|narrators?|readers?|hosts?|guests?|music|theme|artists?|illustrators?|translators?"
    r"|cover\s+art|sound\s+design)"
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_CREDIT_RUN = re.compile(
    rf"^(?:{_CREDIT_LABEL}\s*:\s*[A-Z][^:.!?]*?\s+(?={_CREDIT_LABEL}\s*:)){{1,8}}"
    rf"{_CREDIT_LABEL}\s*:\s*{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s+(?=[A-Z“\"])"
)


def cut_lead_byline(paragraph: str) -> str:
    """The first paragraph without a byline or a show's credits run into it, where their end
    shows."""
    return _LEAD_BYLINE.sub("", _CREDIT_RUN.sub("", paragraph, count=1), count=1)


# A heading run into the first sentence where the feed flattened its markup: a phrase in
# sentence case, then a sentence's opening word in capitals and a word in lower case ("A story
# to tell As part of my career …", "Reiki sessions For cancer patients …"). "I" is no such
# opener: "So much so that I can …" is one sentence.
_GLUED_HEADING = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,7}\s+(?=(?:"
    + _OPENERS.replace("|I|", "|")
    + r")\s+[a-z])"
)


# Or a heading the first sentence opens with again ("Baywatch Berlin Baywatch Berlin startet
# am 22. November."): words said twice in a row at a paragraph's start are the feed's doing.
_REPEATED_OPENING = re.compile(r"^((?:\S+\s+){1,5}?\S+)\s+(?=\1\b)")


_NO_HEADING_END = frozenset(
    "a an the and or but nor of on at to for with from by as than that which who whose is are "
    "was were my our your his her its their".split()
)


# A table of contents flattened into the excerpt ahead of the text, WordPress's way: "Contents
# Introduction Using GParted … A Note on virt-sparsify . Introduction As discussed …"; the
# first heading opens the text again after it.
_FLAT_CONTENTS = re.compile(
    r"^(?:Table of )?Contents:?\s+(?P<first>[A-Z][\w'’-]*)[^.!?]{0,400}?\s\.\s+(?P=first)\s+"
)


# A subhead in title case run into a later paragraph's first sentence, as Hugo's plain-text
# summaries give every subhead (a paragraph ends in a line break, a heading in a space):
# "Logging Messages The framework …", "Debugging: General The intended approach …". Capitalised
# words, small joining words between them, then a sentence's opening word and one in lower case.
# A word in title case, or a name in camel case ("iCloud", "macOS").
_TITLE_WORD = r"(?:[A-Z]|[a-z]{1,4}[A-Z])[\w'’-]*"
_TITLED_HEADING = re.compile(
    r"^(?:"
    + _TITLE_WORD
    + r":?\s+(?:(?:of|on|in|to|for|and|the|a|an|with|vs\.?)\s+)?){1,6}(?=(?:"
    + _OPENERS.replace("|I|", "|")
    + r")\s+[a-z])"
)


# Or a subhead in title case whose subject the sentence after it opens on: "CloudKit vs. iCloud
# Core Data CloudKit makes a refreshing change …" (a name, then a word in lower case).
_HEADING_WORD = re.compile(_TITLE_WORD + r":?|of|on|in|to|for|and|the|a|an|with|vs\.?")
_NAME_OPENING = re.compile(r"[A-Z][\w'’-]*\s+[a-z]")
_MAX_HEADING_WORDS = 8


def _heading_named_again(line: str) -> int:
    """Where the sentence starts after a title-case subhead whose name it opens on, else 0."""
    words = line.split(" ")[: _MAX_HEADING_WORDS + 2]
    offset = 0
    for count, word in enumerate(words[:-2], start=1):
        if not _HEADING_WORD.fullmatch(word) or word[0].islower() and count == 1:
            return 0
        offset += len(word) + 1
        head = words[:count]
        if (
            word[0].isupper()
            and words[count] in head
            and _NAME_OPENING.match(line, offset)
            and word.lower() not in _NO_HEADING_END
        ):
            return offset
    return 0


def cut_section_heading(paragraph: str) -> str:
    """A line after a paragraph's first without a subhead run into it (in title case, or said
    again by its first sentence: "NSFormatter NSFormatter is …")."""
    paragraph = _REPEATED_OPENING.sub("", paragraph, count=1)
    # Not a heading in sentence case here: a flattened list's "We learned the very basics We
    # learned how …" reads as one, and a later line has no lead's first sentence to guard it.
    heading = _TITLED_HEADING.match(paragraph)
    if heading is None or heading.group().split()[-1].lower() in _NO_HEADING_END:
        return paragraph[_heading_named_again(paragraph) :]
    return paragraph[heading.end() :]


# A plain-text description's opening line in title case, two to six words ending on no stop
# or on a "?" or "!", over a line of prose: the post's subhead ("Mary Wanna Movement?\nThe
# score and a half nothings came up …", thirtynothings), not its first sentence.
_LINE_HEADING = re.compile(r"(?:" + _TITLE_WORD + r"\s+){1,5}" + _TITLE_WORD + r"[?!]?")
_PROSE_LINE = re.compile(r"[A-Z]\S*(?:\s+\S+){7,}?[^.!?\n]*[.!?]")


def cut_line_headings(paragraph: str) -> str:
    """A paragraph, stripped, whose lines after the first (a plain-text summary's paragraphs,
    Hugo's) lose a subhead the feed ran into them, and the first its own title-case line."""
    first, *rest = paragraph.strip().split("\n")
    if rest and _LINE_HEADING.fullmatch(first) and _PROSE_LINE.match(rest[0]):
        first, *rest = rest
    # A subhead on a line of its own between two sentences' lines ("… völlig.\nZu Beginn mehr
    # Spielanteil\nNach einem kurzen Abtasten …"), as a bold one is (heading_lines).
    lines = [first, *rest]
    kept = [first] + [
        line
        for n, line in enumerate(rest, start=1)
        if not (
            n + 1 < len(lines)
            and is_line_head(lines[n - 1], line, lines[n + 1])
            and _PROSE_LINE.match(lines[n + 1])
        )
    ]
    return "\n".join([kept[0], *(cut_section_heading(line) for line in kept[1:])]).strip()


def cut_glued_heading(paragraph: str) -> str:
    """The first paragraph without a flattened table of contents, a heading in sentence case
    run into its first sentence, or one its first sentence repeats."""
    paragraph = _FLAT_CONTENTS.sub("", paragraph, count=1)
    paragraph = _REPEATED_OPENING.sub("", paragraph, count=1)
    heading = _GLUED_HEADING.match(paragraph)
    if heading is None or heading.group().split()[-1].lower() in _NO_HEADING_END:
        return paragraph  # "Join me at this link on | Since …": a heading ends on no such word
    return paragraph[heading.end() :]


# A note that the post is one of a series, and the way to its start, opening the lead ("This
# is part of a series. Go to the start.", "Note: This post is part of the Stories in FB
# Messenger series.", "This is part 2 of the “Real gaming router” series of blog posts. Read
# Part 1 / Real gaming router first."): navigation, not what the post says. "This is part of
# the art." names no series and stays.
_SERIES_NOTE = re.compile(
    r"^\s*(?:Note:\s*)?(?:For those just catching up,\s*)?"
    r"(?:this|the following)(?:\s+(?:post|article|entry|piece|essay|video|episode))?\s+is\s+"
    r"(?:a\s+|the\s+)?(?:\w+\s+)?(?:part|installment|instalment|entry|chapter)(?:\s+\w+)?\s+"
    r"(?:of|in)\s+(?:a|an|the|my|our)\b[^.!?\n]{0,80}?\bseries\b[^.!?\n]*[.!?]+[\"”’)]*"
    r"(?:\s*(?:Go|Start|Read|See|Catch\s+up|Check\s+out|Jump)\b[^.!?\n]{0,80}?"
    r"\b(?:start|beginning|first|part|previous|earlier|here)\b[^.!?\n]*[.!?]+)*\s*",
    re.IGNORECASE,
)


def cut_series_note(paragraph: str) -> str:
    """The first paragraph without a note that the post is part of a series, and its way back;
    a paragraph labelled "Note:" is the note whole (the writer's asides about the post)."""
    note = _SERIES_NOTE.match(paragraph)
    if note is None:
        return paragraph
    return "" if paragraph.lstrip().lower().startswith("note:") else paragraph[note.end() :]


# Month names and their short forms in the corpus's languages (English, French, German,
# Spanish, Italian, Portuguese, Dutch), for a date stamp opening a lead.
_MONTH = (
    r"(?i:jan(?:uary|vier|uar|eiro|uari)?|feb(?:ruary|ruar|rero|braio|ruari)?|févr(?:ier)?"
    r"|fevereiro|mar(?:ch|s|zo|ço|t)?|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|ma(?:y|i|yo|ggio|io|art)"
    r"|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|août"
    r"|ago(?:sto)?|sep(?:t|tember|tembre|tiembre|tembro)?|sett(?:embre)?|oct(?:ober|obre|ubre)?"
    r"|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?"
    r"|dec(?:ember)?|déc(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?)\.?"
)
# "June 12, 2017 / Baltimore …", "12 juin 2017 – …", "2017-06-12 | …": a whole date (with its
# year) then a separator, opening the text before a capital. A dash before it is what is left
# of a dateline whose place went as the feed's repeated furniture ("— Oct. 15, 2008 — Adobe …"
# after "SAN JOSE, Calif."): the date goes with its dashes.
_OPENING_DATE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\.?\s+(?:de\s+)?" + _MONTH + r"\s+(?:de\s+)?\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"\s*(?:/|\||·|\s[-–—]|[–—]|:)\s*(?=[\"“«‘'(" + _UP + r"])"
)

_RANGE_END = re.compile(_MONTH + r"\s+\d")
# A newsletter issue's number and date alone ("#703 – OCTOBER 7, 2025", "Issue 42 · 3 March
# 2024"): the headline names the issue, and the line is no lead.
_ISSUE_DATELINE = re.compile(
    r"^\s*(?:#|(?:issue|no\.|nr\.|vol\.|ausgabe|numéro|n°)\s*#?)\s*\d+\s*[-–—|·:,]?\s*(?:"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+"
    + _MONTH
    + r"\s+\d{4}|\d{4}-\d{2}-\d{2})\W*$",
    re.IGNORECASE,
)


def cut_opening_date(paragraph: str) -> str:
    """The paragraph without a date stamp at its start ("June 12, 2017 / Baltimore exploded
    …"): the post carries its own date, and the stamp is no lead text."""
    if _ISSUE_DATELINE.match(paragraph):
        return ""
    m = _OPENING_DATE.match(paragraph)
    # "January 10, 2009 -January 16, 2009" is a range of dates, not a stamp before text.
    if m is None or _RANGE_END.match(paragraph[m.end() :]):
        return paragraph
    return paragraph[m.end() :]


# A show's length opening the episode's text, as a field before a dash ("durée : 00:08:38 -
# L'ALPHABET NUMERIQUE - …", Radio France; "Duration: 1:02:11 – …"): the length to the second
# marks it in any language, and the show's name in capitals after it goes with it.
_OPENING_LENGTH = re.compile(
    r"^\s*[^\W\d][\w'’]*(?:\s[\w'’]+){0,2}\s?[:：]\s*\d{1,2}:\d{2}:\d{2}\s*[-–—|]\s*"
)
_SHOW_IN_CAPITALS = re.compile(r"([^\n]{2,60}?)\s[-–—|]\s*")


def cut_opening_length(paragraph: str) -> str:
    """The paragraph without an episode's length (and the show's name in capitals after it)
    at its start: the player shows the length, and the field is no lead text."""
    m = _OPENING_LENGTH.match(paragraph)
    if m is None:
        return paragraph
    rest = paragraph[m.end() :]
    show = _SHOW_IN_CAPITALS.match(rest)
    if show and show.group(1) == show.group(1).upper() and any(c.isalpha() for c in show.group(1)):
        rest = rest[show.end() :]
    return rest


# An excerpt the feed began inside a sentence, marked as a cut ("[...] you won't have to keep
# …", a pingback's quote): the bracketed elision, then a word in lower case. The fragment up to
# its sentence's end has no subject. A bare "…" stays: it often goes on from the headline
# ("Avoir la tête grosse comme..." / "... une pastèque.").
_ELIDED_OPENING = re.compile(r"^\s*\[(?:…|\.{3})\]\s*(?=[^\W\d_])")
_FRAGMENT_END = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“‘(]?[" + _UP + r"0-9])")


def cut_elided_opening(paragraph: str) -> str:
    """The paragraph without a fragment it opens with after an elision, cut mid-sentence by
    the feed; empty where the fragment never ends."""
    m = _ELIDED_OPENING.match(paragraph)
    if m is None or not paragraph[m.end()].islower():
        return paragraph
    end = _FRAGMENT_END.search(paragraph, m.end())
    return paragraph[end.end() :] if end else ""
