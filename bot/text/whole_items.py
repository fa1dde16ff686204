"""Thin items' own summaries: a short item that is whole, a cut teaser's complete sentence, and
a review's bibliographic line (the headline cited) that is no lead."""

from __future__ import annotations

import re

from bot.text.boilerplate import is_boilerplate
from bot.text.dated_titles import is_date_only
from bot.text.quotations import quotation_closed
from bot.text.summaries import is_complete, shorten_at_word, standfirst
from bot.text.trailing_lines import trailing_whole_line
from bot.text.word_counts import word_count
from bot.text.written_stops import stop_goes_on

# A comment, a micro-post, a data record: a few short lines that are the item, not its teaser.
_WHOLE_LINES = 3
_WHOLE_WORDS = 40
_CUT_END = re.compile(r"(?:…|\.\s?\.\s?\.)\W{0,2}$")
_ELIDED = re.compile(r"…|\.\s?\.\s?\.")
# A field's label ("Avslutningslåt: …", "職種: …") or a byline ("By kharmazero"): a record's
# lines or a credit, not an item's words.
_LABELLED = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}\s?[:：]|(?i:by|par|von|por)\s+\S+$")
_OPENS_AS_TEXT = re.compile(r"[\w“\"«‘'(¿¡]")
_LINK = re.compile(r"https?://|www\.|\.(?:jpe?g|png|gif|mp3|pdf)\b", re.I)


def whole_item_summary(
    text: str, title: str | None, max_chars: int, boilerplate: frozenset[str] | None = frozenset()
) -> str:
    """The summary of an item the lead rules left empty: its few short lines, a cut teaser's
    complete first sentences, or one short line its writer trailed off on; "" when none."""
    # The trailing line only when `text` is the whole item's: its feed's `boilerplate` given.
    text = text.strip()
    if not text:
        return ""
    return (
        _whole_lines(text, title)
        or _before_cut(text, max_chars)
        or _before_marked_cut(text, max_chars)
        or (trailing_whole_line(text, title, boilerplate) if boilerplate is not None else "")
    )


def _whole_lines(text: str, title: str | None) -> str:
    # A comment's two lines ("hahahahaha omg" / "thats horrible") are all it says: the whole
    # item, though no line is a sentence's length. Not a teaser cut by its feed, not headings
    # in Title Case or links (a list of links has no text of its own).
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > _WHOLE_LINES or word_count(text) > _WHOLE_WORDS or _ELIDED.search(text):
        return ""  # a search result's snippets ("… from millions of published resources …")
    # One line, or lines all ending as sentences, the lead rules have read already and left
    # for a reason ("Welcome to issue #102!", a greeting over a newsletter's links).
    if len(lines) < 2 or all(is_complete(line) for line in lines):
        return ""
    if any(not _OPENS_AS_TEXT.match(line) for line in lines):
        return ""  # a command ("$ disown"), a list's item: no line of a comment's
    if any(_LINK.search(line) or _title_cased(line) or _LABELLED.match(line) for line in lines):
        return ""  # links, headings, fields ("職種: …") and bylines ("By kharmazero") say nothing
    if any(line[:1].isupper() for line in lines[1:]):
        return ""  # a line opening on a capital is its own (a heading, a link, a new item)
    joined = " ".join(lines)  # a line break inside one thought, or in a script without case
    if title and _letters(joined) in _letters(title):
        return ""  # the headline said again ("你的发言权不好使无效" under "…不好使[偷笑]无效")
    return standfirst(joined) or ""


def _title_cased(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 2 and 3 * sum(w[:1].isupper() for w in words) > 2 * len(words)


# A microblog's emoticon code ("[偷笑]") is no word of the headline.
_EMOTICON_CODE = re.compile(r"\[[^\W\d_]{1,6}\]")


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", _EMOTICON_CODE.sub("", text)).lower()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# A sentence's end the splitter kept inside a teaser ("… against Beatrice Capra of the U.S.
# Robson, who was watching … <cut>"): a full stop before a capital.
_INNER_END = re.compile(r"(?<=[\w)\]\"”’][.!?])\s+(?=[A-Z“\"‘])")
_MIN_WORDS = 8
_NOT_AN_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Sen|Gov|Lt|Col|No|Vol|vs|etc)\.$|(?<![.\w])[A-Z]\.$"
)


# A name's line over a teaser, its author's ("Dott. Vincenzo Pagliara"): capitalised words, a
# title's abbreviation or a particle ("de", "von") between them.
_NAME_LINE = re.compile(
    r"(?:(?:[^\W\d_]{1,4}\.|[A-ZÀ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)?|de|di|da|von|van|der|la|le)"
    r"(?:\s+|$)){2,4}"
)


def _before_cut(text: str, max_chars: int) -> str:
    # A teaser cut by its feed ("… a bag of ice strapped around her ...") whose only "sentence"
    # holds a complete one: that one is the lead, the cut tail is dropped. A byline's line over
    # it is no sentence of its own.
    byline, _, teaser = text.rpartition("\n")
    names = [line.strip() for line in byline.splitlines() if line.strip()]
    if not all(_NAME_LINE.fullmatch(name) for name in names):
        return ""
    text = teaser.strip()
    if not _CUT_END.search(text):
        return ""
    lead = ""
    for match in _INNER_END.finditer(text):
        before = text[: match.start()]
        if len(before) > max_chars:
            break
        # A parenthesis still open ("… CGC-04-433518 (Cal. Superior Ct.") ends no sentence.
        open_aside = before.count("(") > before.count(")")
        going_on = stop_goes_on(before, text[match.start() : match.start() + 40])  # "der 6. April"
        if not (_NOT_AN_END.search(before) or going_on) and not open_aside and is_complete(before):
            lead = before
    if len(lead.split()) < _MIN_WORDS:
        return ""
    return quotation_closed(shorten_at_word(lead, max_chars))  # a quotation the cut left open


# WordPress's excerpt closes on its cut mark " […]" (bot.text.excerpt_cuts): its feed cut there
# and only there, so a line's "…" before the mark is the author's pause ("… ce vendredi 12
# décembre 2008…" / "Ca sent pas très bon …") and a quotation's "!»" a sentence's end.
_MARKED_CUT = re.compile(r"\s\[…\]$")
_LATER_END = re.compile(
    r"(?<=[\w)\]][.!?])[\"”’»)]*(?=\s+[A-Z«“\"‘„])"
    r"|(?<=\w)(?:…|\.\.\.)(?=[ \t]*\n\s*[A-Z«“\"‘„])"
)
# A line the lead runs over ends as a sentence, a lead-in or a pause: no heading or list item.
_LINE_END = re.compile(r"(?:[.!?:]|…|\.\.\.)[\"”’»)]*$")
_PAUSE = re.compile(r"(?:…|\.\.\.)$")


def _before_marked_cut(text: str, max_chars: int) -> str:
    """A marked excerpt's complete sentences before its cut sentence, lines joined; else ""."""
    if not _MARKED_CUT.search(text):
        return ""
    lead = ""
    for match in _LATER_END.finditer(text):
        before = text[: match.end()]
        if len(before) > max_chars:
            break
        if _NOT_AN_END.search(before) or before.count("(") > before.count(")"):
            continue
        if stop_goes_on(before, text[match.end() : match.end() + 40]):
            continue
        lead = before
    lines = [line.strip() for line in lead.splitlines() if line.strip()]
    if not lines or not all(_LINE_END.search(line) for line in lines[:-1]):
        return ""
    lead = _PAUSE.sub(".", " ".join(" ".join(lines).split()))
    if len(lead.split()) < _MIN_WORDS or not is_complete(lead):
        return ""
    return quotation_closed(lead)


# A review opens on its book's record: the headline quoted, then its fields ("« Le moment
# cybernétique … », Mathieu Triclot, 2008, Champ Vallon, 420p., 29€."): no lead.
_FIELD_SPLIT = re.compile(r"\s*[,;()]\s*|\s+(?:by|par|von|di|de)\s+")
_BIBLIO_MARK = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b|\b\d+\s?(?:p|pp|pages?|S|Seiten)\b\.?|\bISBN\b|\d\s?[€$£]|[€$£]\s?\d"
)
_FIELD_WORDS = 5
_QUOTES = " \t«»“”„\"'‘’*_"


def without_citation_opening(text: str, title: str | None) -> str:
    """`text` without its opening paragraph when that is the headline cited as a book's (or a
    record's) bibliographic line, and a lead follows."""
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    title_words = _words(title)
    if not sep or not rest.strip() or len(title_words) < 2 or len(first) > 400:
        return text
    words = list(re.finditer(r"\w+", first))
    if len(words) <= len(title_words):
        return text
    if [m.group().lower() for m in words[: len(title_words)]] != title_words:
        return text
    if first[: words[0].start()].strip(_QUOTES):
        return text
    tail = first[words[len(title_words) - 1].end() :].strip(_QUOTES + ".")
    fields = [f for f in _FIELD_SPLIT.split(tail) if f and f.strip(" .")]
    if not fields or not _BIBLIO_MARK.search(tail):
        return text
    if any(len(field.split()) > _FIELD_WORDS for field in fields):
        return text  # a sentence goes on after the title, not a record's fields
    return rest.lstrip("\n")


# The last check of a lead (session 28, SAY30): the lead rules and the thin items' rules left
# the post headline-only, yet the entry's text opens on lines of its own with no sentence
# punctuation (a classified ad's, a job's "Remote · Other · Summer 2027"). Its opening line,
# whole, is what it says; several short lines in a row are a list's items, no lead.
_OWN_LINES = 3
_OWN_CHARS = 280
_PROSE_LINE_WORDS = 8
# Three words alone may be a clause the feed cut off ("Despite his overtures.", The Economist's
# teasers, read in SAY30's corpus scan): a news feed's fragment costs more than a caption lost.
_MIN_OWN_WORDS = 4
# A text of one long line without a stop is a feed's cut teaser (cut at a word count).
_UNCUT_WORDS = 15
# Punctuation inside a line that ends a sentence: the lead rules have read its sentences.
_INNER_STOP = re.compile(r"[.!?。！？](?:\s|$)")
# A lead-in line over the items it introduces ("Changes since 7.1.3b4:", "Playlist:").
_LEAD_IN_LABEL = re.compile(r"^(?:(?![.!?]\s).){1,60}[:：]$")
# Markup, code or an assignment left in the text ("yoo_title = '…';", "adm2:null>707309").
_CODE = re.compile(r"[=<>{}|\\]|;\s*$|[^\W\d]:[^\W\d]")
_LINE_ENDS = " \t,;:–—-"
# A byline over the item's name ("By kharmazero" / "tophe bei fong"), or closing a line
# ("Resource from ahwang", "envoyé par dperetti"), a handle or an issue's number ("#3540
# @frin"), a field's short label ("1 : DickPowell"): credits and fields, no lead.
_BYLINE_OPENING = re.compile(
    r"(?i:by|par|von|por|de)\s|.*\b(?i:by|from|par|von|por)\s+\S+$|.*(?:@\w|#\d)|\S{1,12}\s?[:：]\s"
)


def own_lines_lead(
    text: str,
    title: str | None,
    max_chars: int,
    boilerplate: frozenset[str] = frozenset(),
    widths: frozenset[int] = frozenset(),
    *,
    opening: str | None = None,
) -> str:
    """The line opening the entry (its plain text `opening`) without sentence punctuation,
    whole; "" when it is none of its own, or one of several short lines (a list's items)."""
    lines = _continued_lines(text)
    while lines and _said_by_title(lines[0], title):
        lines = lines[1:]  # the headline said again
    # A label over a list ("Executive Producers:", "Show Notes") says what the list is: its
    # items are credits or notes, no lead. A line opening in lower case goes on from elsewhere.
    if not lines or _LEAD_IN_LABEL.match(lines[0]) or (lines[0][:1].islower() and len(lines) > 1):
        return ""
    kept: list[str] = []
    for line in lines[:_OWN_LINES]:
        if _not_own(line, boilerplate) or len(line.split()) < 2:
            if sum(len(k.split()) for k in kept) < _PROSE_LINE_WORDS:
                return ""  # a short line over text it cannot take is that text's heading
            break  # a sentence the lead rules read, a link, code, a heading
        if sum(map(len, [*kept, line])) + 2 * len(kept) > min(max_chars, _OWN_CHARS):
            break  # only whole lines
        kept.append(line)
        if len(line.split()) >= _PROSE_LINE_WORDS:
            break  # a line of prose says it alone; what follows is its list
    after = lines[len(kept)] if len(kept) < len(lines) else ""
    if not kept or any(k[-1:] in _LINE_ENDS for k in kept) or not _opens(kept[0], opening, title):
        return ""  # a lead-in going on ("… vous parlent de :"), or lines left after others
    if _LEAD_IN_LABEL.match(after):
        return ""  # an intro over the labelled parts it leads into ("… parlent de" / "NEWS:")
    if len(kept) > 1:
        # Short lines in a row are a list's items (a job's requirements, a changelog's lines):
        # earlier editors kept those posts headline-only (test_thin_posts_e5). One line only.
        return ""
    [line] = kept
    if len(line.split()) < _MIN_OWN_WORDS or _said_by_title(line, title):
        return ""
    if len(lines) == 1 and (len(line) in widths or len(line.split()) > _UNCUT_WORDS):
        return ""  # the text's only line, as long as its feed cuts teasers: cut, not whole
    return line + "."


def _continued_lines(text: str) -> list[str]:
    """The text's first paragraphs as lines, a line opening in lower case joined to the one it
    goes on from; none from a paragraph of long lines (prose wrapped at a width, cut anywhere)."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip())[:12]:
        rows = [row.strip() for row in paragraph.splitlines() if row.strip()]
        if len(rows) > 1 and any(len(row.split()) >= _PROSE_LINE_WORDS for row in rows):
            return lines + [""]  # an empty line: nothing is taken from here on
        for line in rows:
            if lines and line[:1].islower() and not _INNER_STOP.search(lines[-1][-1:] + " "):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
    return lines


_SPACES = re.compile(r"\s+")
# The entry's own first line opens its text (after its headline and a bullet's marks): a
# line left after a lead-in the rules dropped ("… vous parlent de :" over its topics) does not.
_OPENING_MARKS = " \t-–—:|•*·"
_OPENING_CHARS = 40


def _opens(line: str, opening: str | None, title: str | None) -> bool:
    """Whether `line` opens the entry's plain text (`opening`), not lines left after others."""
    if opening is None:
        return True
    text, headline = _SPACES.sub(" ", opening).strip(), _SPACES.sub(" ", title or "").strip()
    if headline and text.startswith(headline):
        text = text[len(headline) :]  # the headline over the text, as a heading
    text, line = text.lstrip(_OPENING_MARKS), _SPACES.sub(" ", line)
    if text.startswith(line) and text[len(line) :].lstrip()[:1] in (":", "：", ","):
        return False  # the entry goes on from it ("… vous parlent de :"): a lead-in, cut
    return text.startswith(line[:_OPENING_CHARS])


def _not_own(line: str, boilerplate: frozenset[str]) -> bool:
    """Whether a line is none of the entry's own unpunctuated words: a sentence, a cut teaser,
    a label, a link, code, or the feed's learned boilerplate."""
    return bool(
        not _OPENS_AS_TEXT.match(line)
        or _INNER_STOP.search(line)
        or _ELIDED.search(line)
        or _LINK.search(line)
        or _CODE.search(line)
        or _LEAD_IN_LABEL.match(line)
        or _LABELLED.match(line)
        or _BYLINE_OPENING.match(line)
        or _title_cased(line)
        or is_date_only(line)
        or is_boilerplate(line, boilerplate)
    )


def _said_by_title(line: str, title: str | None) -> bool:
    """Whether the line is the headline, part of it, or opens on it ("<title> by <maker>")."""
    letters, headline = _letters(line), _letters(title or "")
    return (
        bool(letters) and bool(headline) and (letters in headline or letters.startswith(headline))
    )
