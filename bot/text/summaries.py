"""Extractive summaries: the lead sentences of the cleaned article text, within a budget."""

# Long module because the lead's rules (the headline said again, quotations, TL;DRs,
# standfirsts, cut widths) read one list of sentences together.

from __future__ import annotations

import re
import unicodedata

from bot.text.back_references import without_back_reference
from bot.text.byline_labels import is_maker_credit, without_field_label
from bot.text.cleaning import SECTION_BREAK
from bot.text.closings import announces_what_follows, is_list_lead_in, lead_end
from bot.text.code_comments import without_code_comments
from bot.text.colon_leads import with_colon_lead
from bot.text.etc_dots import with_etc_stops
from bot.text.greetings import without_greetings
from bot.text.inner_stops import inner_parts
from bot.text.long_sentences import fits_whole
from bot.text.offside_openings import without_offside_opening
from bot.text.opening_statements import opening_statement
from bot.text.quotations import quotation_closed
from bot.text.quote_sources import with_quote_source
from bot.text.quoted_lines import quoted_lines_apart
from bot.text.records import (
    is_file_listing,
    is_listing_time,
    joined_record,
    over_notes,
    trailing_line,
)
from bot.text.repeated_leads import without_restated_sentences
from bot.text.sentences import (
    cjk_trails_off,
    joined_sentences,
    language_code,
    split_sentences,
    starts_cjk,
)
from bot.text.smiley_ends import ends_on_smiley
from bot.text.table_rows import without_table_rows
from bot.text.thin_leads import thin_lead_resumer
from bot.text.unfinished_ends import ends_unfinished
from bot.text.unstopped_leads import unstopped_lead
from bot.text.unstopped_openings import with_stopped_opening

# Only the lead is summarised, so long articles are cut before splitting (pysbd is slow).
_LEAD_CHARS = 4000
_WORD = re.compile(r"\w+")
# Punctuation left dangling where a cut or a removed title was.
_DANGLING = " \t\n,;:-–—"


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _without_title(sentence: str, title: str) -> str:
    """The sentence, or what follows the title (or its part after a kicker, "APOD: 2026 August
    18 – Perseids") when a heading ran into the lead."""
    # A planet's "Author: Title: Subtitle" is repeated from its "Title: Subtitle" on.
    rests = (title[m.end() :] for m in _TITLE_PARTS.finditer(title))
    for part in (title, *rests, *_TITLE_PARTS.split(title)[1:]):
        rest = _after_title(sentence, part)
        if rest != sentence:
            return rest
    return sentence


_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")
# A lead of fewer words may be the headline's subject said as a sentence ("Snow.").
_MIN_RESTATED_WORDS = 3


def _after_title(sentence: str, title: str) -> str:
    title_words = _words(title)
    if not title_words:
        return sentence
    said = _words(sentence)
    # Nothing but the headline's words, in any arrangement ("#2867: Create an upgrade page …"
    # under "Ticket #2867 updated: Create an upgrade page …", Assembla): no word of news.
    if said == title_words or (len(said) >= _MIN_RESTATED_WORDS and set(said) <= set(title_words)):
        return ""
    matches = list(_WORD.finditer(sentence))
    if len(matches) <= len(title_words):
        return sentence
    if [m.group().lower() for m in matches[: len(title_words)]] != title_words:
        return sentence
    after = sentence[matches[len(title_words) - 1].end() :]
    if via := _VIA.match(after):
        # A link blog's entry opens with the linked page's name and where it was found
        # ("grammar.coffee (via). The annotated grammar …"): the headline, said again.
        return after[via.end() :]
    if _NAME_THEN_QUOTE.match(after):
        # A link blog names the thing, then quotes its page ("itsycal: “Itsycal is a tiny
        # …”", One Thing Well): the name is the headline.
        return after.lstrip(_DANGLING)
    if is_maker_credit(after):  # SoundCloud's stand-in description: "<title> by The Neo4j …"
        return ""
    # Only long titles: "Putin said ..." must not lose "Putin" to a one-word title.
    if len(title_words) < 3:
        return sentence
    if subtitle := _SUBTITLE.match(after):
        # The headline and its subtitle as one line ("Das Kerkschiff St. Jozef, Antwerpen – der
        # Deutscher Betontanker …"): the subtitle says what the headline does not.
        rest = after[subtitle.end() :]
        return rest[:1].upper() + rest[1:] if rest[1:2].islower() else rest
    rest = after.lstrip(_DANGLING + ".!?")
    # A heading is followed by a new sentence that starts like one.
    return rest if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“«‘'" else sentence


_LETTERS = re.compile(r"[\W_]+")
# A microblog's emoticon code in brackets ("[偷笑]", Weibo): the title spells it, the text shows
# its picture (or nothing), so it is no word of either.
_EMOTICON_CODE = re.compile(r"\[[^\W\d_]{1,6}\]")
# A headline of Chinese or Japanese, as long as this, is no chance match of an opening.
_CJK_TITLE_CHARS = 6
# The feed cuts a long headline at a width, inside a word: what the headline lacks of the
# sentences it repeats.
_CUT_HEADLINE_TAIL = 2


def _without_cjk_headline(sentences: list[str], title: str) -> list[str]:
    """The paragraph's sentences without those opening it that say the CJK headline again
    ("惊险一幕！" + "美国…工作人员。" under the headline "惊险一幕！美国…工作人")."""
    wanted = _LETTERS.sub("", _EMOTICON_CODE.sub("", title))
    if not starts_cjk(title) or len(wanted) < _CJK_TITLE_CHARS:
        return sentences
    said = ""
    for count, sentence in enumerate(sentences, start=1):
        said += _LETTERS.sub("", _EMOTICON_CODE.sub("", sentence))
        if not (said.startswith(wanted) or wanted.startswith(said)):
            return sentences
        if said.startswith(wanted):
            return sentences[count:] if len(said) - len(wanted) <= _CUT_HEADLINE_TAIL else sentences
    return sentences


_NAME_THEN_QUOTE = re.compile(r":\s*[“\"«]")
_SUBTITLE = re.compile(r"\s+[–—|]\s+(?=\w)")
_VIA = re.compile(
    r"\s*\((?:via|h/t|hat tip)\b[^()]{0,60}\)[.:]?(?:\s+(?=[A-Z0-9“\"‘'])|\s*$)", re.I
)


def shorten_at_word(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut between words with an ellipsis."""
    # Only a single word longer than `limit` (a URL, or text without spaces) is cut inside.
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():
        # The cut fell inside a word: go back to the last whitespace, if there is one.
        space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\u00a0"))
        if space > 0:
            cut = cut[:space]
    cut = cut.rstrip(_DANGLING)
    return (cut + "…") if cut else text[: limit - 1] + "…"


# A complete sentence ends on its own punctuation (closing quotes and brackets may follow);
# one ending on an ellipsis was cut by the feed, one ending on a title ("Hon.", "Dr.") was cut
# by the splitter.
# Full stops and question marks of other scripts too: Urdu "۔", Arabic "؟", Devanagari "।",
# Armenian "։", Ethiopic "።", Myanmar "။", CJK "。！？" and the full-width "．" (Japanese
# technical writing's full stop, with "，" for its comma).
_TERMINAL = re.compile(r"[.!?。．！？।؟۔։።။][\"'”’»)\]*_）」』]*$")
_CUT = re.compile(r"(?:…|\.\s?\.(?:\s?\.)*|\[…\]|\[\.\.\.\])[\"'”’»)\]*_]*$")
_TITLE_END = re.compile(
    r"\b(?:Hon|Mr|Mrs|Ms|Mme|Dr|Rev|Gen|Sen|Rep|Gov|Prof|St|Lt|Col|Capt|Sgt|Cpl|Mt|Ft|Pres|Sra|Sr)\.$"
)


def is_complete(sentence: str) -> bool:
    """Whether a sentence ends as a sentence: not a heading, label, cut teaser or "Hon."."""
    sentence = sentence.rstrip()
    if not re.search(r"[^\W\d_]", sentence):
        return False  # "." or "2026." alone
    return (
        # … or on a smiley typed after it or in its place ("Mucho Gusto :)")
        bool(_TERMINAL.search(sentence) or ends_on_smiley(sentence))
        and not _CUT.search(sentence)
        and not _TITLE_END.search(sentence)
    )


def _lead_sections(text: str, language: str | None, lead_chars: int) -> list[list[list[str]]]:
    """Sections (split at SECTION_BREAK) of paragraphs of sentences, within `lead_chars`."""
    sections = []
    for section in text[:lead_chars].split(SECTION_BREAK):
        paragraphs = [split_sentences(p, language) for p in re.split(r"\n\s*\n", section)]
        sections.append([_rejoin_titles(p) for p in paragraphs if p])
    if len(text) > lead_chars and sections and sections[-1] and len(sections[-1][-1]) > 1:
        sections[-1][-1].pop()  # the cut may have split the last sentence
    return [s for s in sections if s]


# A short abbreviation before a number ("Co., c. | 1935.", "vol. | 2, p. 14", "ca. | 1920"):
# the splitter's cut, not a sentence's end.
_SHORT_ABBREVIATION = re.compile(r"(?:^|[\s(,])(?:[a-z]{1,4}|[A-Z][a-z]{0,3}|[A-Z]{2})\.$")
# A name's initial ("President Donald J. | Trump …"): no sentence ends on one.
_INITIAL_END = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.$")


def _rejoin_titles(sentences: list[str]) -> list[str]:
    """Sentences cut after a title, an initial or a short abbreviation before a number joined
    again ("the Hon." | "Jane Doe said …"), and those holding a feed's cut ("…") split there."""
    out: list[str] = []
    for sentence in (part for s in sentences for part in inner_parts(s)):
        if out and (
            _TITLE_END.search(out[-1])
            or _INITIAL_END.search(out[-1])
            or (_SHORT_ABBREVIATION.search(out[-1]) and sentence[:1].isdigit())
        ):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


# A space the feed left before a comma ("Scotty's trip to iOSDevUK , the server side …", "one
# son , Pierre"): no language writes one (French spaces only before ; : ! ?).
_SPACE_BEFORE_COMMA = re.compile(r"(?<=[\w)\]”\"'’])[ \t]+(?=,(?:\s|$))")

# A summary of one word ("ARKYD.", a comic's caption naming its subject) says nothing the
# headline and link do not; scripts written without spaces are no one word.
_ONE_WORD = re.compile(r"\W{0,2}[A-Za-z][A-Za-z'’-]*[.!?]?\W{0,2}")


def summarize(
    text: str,
    *,
    title: str | None = None,
    max_chars: int = 600,
    language: str | None = None,
    cut_widths: frozenset[int] = frozenset(),
) -> str:
    """Complete lead sentences of `text` up to `max_chars` (see _summary); none of one word."""
    summary = _summary(text, title, max_chars, language, cut_widths)
    if _ONE_WORD.fullmatch(summary) or _within_title(summary, title):
        return ""
    return with_quote_source(summary, text, max_chars)  # whose words a quotation post quotes


def _within_title(summary: str, title: str | None) -> bool:
    # A description that is the headline, split at its "..." ("In Case You Missed It...The
    # Week of March 26, 2006" → "The Week of March 26, 2006."): nothing the headline lacks.
    words, title_words = _words(summary), _words(title or "")
    return bool(words) and any(
        title_words[i : i + len(words)] == words for i in range(len(title_words))
    )


def _summary(
    text: str,
    title: str | None,
    max_chars: int,
    language: str | None,
    cut_widths: frozenset[int],
) -> str:
    """Complete lead sentences of `text` up to `max_chars`, from its first section; a line
    as long as its feed cuts descriptions (`cut_widths`) is no standfirst."""
    # Fragments (headings, standfirsts and labels without a full stop, cut teasers) are not
    # lead text: skipped before the lead, they end it after. The title is never repeated.
    text = with_etc_stops(_SPACE_BEFORE_COMMA.sub("", text))  # "controllers etc.." ends here
    sections = _lead_sections(text, language, max(_LEAD_CHARS, 3 * max_chars))
    sections = without_greetings(sections, title)
    sections = without_code_comments(without_table_rows(without_restated_sentences(sections)))
    sections = without_offside_opening(_tldr_first(sections), title, is_complete)
    if sections and title:
        sections[0][0] = _without_cjk_headline(sections[0][0], title)
    if sections and sections[0][0] and title:
        first = _without_title(sections[0][0][0], title)
        sections[0][0] = ([first] if first else []) + sections[0][0][1:]
    sections = with_stopped_opening(sections, title)  # its author's stop forgotten (not a colon's)
    sections = quoted_lines_apart(with_colon_lead(sections))  # "Two reasons:" over the first
    sentences = [s for section in sections for paragraph in section for s in paragraph]
    if len(sentences) == 1 and _INITIAL_END.search(sentences[0]):
        # A teaser its feed's splitter cut at a name's initial ("… President Lyndon B."); a
        # longer text may end on a model's letter ("… a Porsche 911 Turbo S.").
        return ""
    summary = (
        unstopped_lead(sections, max_chars)  # Thai, Lao, Khmer: no full stop to find
        or _unpunctuated_opening(sentences, language, max_chars)
        or (
            (line := opening_statement(sections, max_chars))
            and standfirst(line, language, cut_widths)
        )
        or with_thin_lead_resumed(_complete_lead(sections, max_chars), sections, max_chars)
    )
    if summary is None:
        complete = [s for s in sentences if is_complete(s)]
        if complete:  # a first sentence over the budget
            lead = complete[0]
            kept = lead if fits_whole(lead, max_chars) else ""  # one long sentence, not cut
            return _quoted_lead(lead, max_chars) or kept or shorten_at_word(lead, max_chars)
        opening = sentences[0] if sentences else ""
        if len(opening) > max_chars and (quoted := _quoted_lead(opening, max_chars)):
            return quoted  # a quotation too long to post, open-ended ("… when he was 18:”")
        # A one-line description without a full stop (a standfirst) is the summary; a cut one not.
        whole = standfirst(sentences[0], language, cut_widths) if len(sentences) == 1 else None
        if whole:
            return shorten_at_word(whole, max_chars)
        return _lines_summary(sections, language, cut_widths, max_chars)
    if sentences and not summary.startswith(sentences[0]):
        # A lead opening below left-out text ("… proofs of this fundamental fact." after the
        # lead-ins of two formulas) opens on no sentence pointing back at it.
        summary = without_back_reference(summary)
    return without_field_label(quotation_closed(summary))  # the label of a spec sheet's field


# A line of prose is a sentence's length and not a heading's Title Case ("On this episode
# Bryan has Adam Johnson" over the guest's handles, no stop anywhere). Over lines of its kind
# (a job's requirements, a changelog, steps) the opening line is only the first item.
_PROSE_WORDS = 5


def _lines_summary(
    sections: list[list[list[str]]], language: str | None, cut_widths: frozenset[int], chars: int
) -> str:
    """For lines without one complete sentence: a short record's lines joined, else the opening
    line of prose over notes or trailing off before more text ("..." dropped); else ""."""
    if not sections:
        return ""
    lines = [" ".join(paragraph) for paragraph in sections[0]]
    if record := joined_record(lines, chars):
        return record
    goes_on = len(lines) > 1 or len(sections) > 1
    first = trailing_line(lines[0], goes_on) or lines[0]
    words = first.split()
    heading = 3 * sum(word[:1].isupper() for word in words) > 2 * len(words)
    alone = len(sections) > 1  # a section (a heading, a list, a rule) follows its line
    prose = over_notes(lines, alone) and len(words) >= _PROSE_WORDS and not heading
    lead = standfirst(first, language, cut_widths) if prose or first != lines[0] else None
    return shorten_at_word(lead, chars) if lead else ""


# An author's own summary opening the post ("tl;dr: Draft chapters … are now available.",
# "TL;DR - …"): its label is no text, and the paragraph is the summary on its own (the
# introduction after it tells the same again, pointing "below").
_TLDR_LABEL = re.compile(r"^\W{0,2}(?i:tl;\s?dr|tldr)\W{0,2}(?:\s*[:–—-]\s*|\s+(?=[A-Z]))")


def _tldr_first(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The opening paragraph alone, without its label, when it is the author's TL;DR."""
    if not sections or not (label := _TLDR_LABEL.match(first := sections[0][0][0])):
        return sections
    rest = first[label.end() :]
    if not rest.strip():
        return sections  # "TL;DR:" over a list: a lead-in
    return [[[rest[:1].upper() + rest[1:], *sections[0][0][1:]]]]


# Writing without full stops (a casual post all in lower case: "tl;dr these systems AREN'T …"):
# three paragraphs of sentence length without one before the first complete sentence. Skipping
# them would open the lead mid-thought, eleven paragraphs down ("like? ok, WHY does god …").
_MIN_UNPUNCTUATED = 3
_SENTENCE_WORDS = 20  # a changelog's items are shorter ("… #3870 @user41")


def _unpunctuated_opening(sentences: list[str], language: str | None, max_chars: int) -> str:
    """The first of the unpunctuated paragraphs opening the text, as a standfirst; else ""."""
    fragments: list[str] = []
    for sentence in sentences:
        if is_complete(sentence):
            break
        if len(sentence.split()) >= _SENTENCE_WORDS and not _CUT.search(sentence):
            fragments.append(sentence)
    if len(fragments) < _MIN_UNPUNCTUATED:
        return ""
    lead = standfirst(fragments[0], language)
    return lead if lead and len(lead) <= max_chars else ""


# Sentence ends inside a quotation: pysbd keeps a quotation whole, and Slashdot's items are
# all one ('snydeq writes "Windows XP … workloads. 'What I found …' Kennedy writes. …"').
_QUOTED_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘]?[A-Z])")


def _quoted_lead(sentence: str, max_chars: int) -> str:
    """The complete sentences within `max_chars` of one long quotation, the quotation closed;
    empty when `sentence` holds none or the first is already too long."""
    if not any(mark in sentence for mark in '"“'):
        return ""
    lead = ""
    for match in _QUOTED_SENTENCE_END.finditer(sentence):
        if match.start() > max_chars - 1:
            break
        lead = sentence[: match.start()]
    if not lead or not is_complete(lead):
        return ""
    closed = quotation_closed(lead)
    return closed + '"' if closed.count('"') % 2 else closed


# Words a whole line never ends on: articles, conjunctions, prepositions, relatives and
# possessives of the feeds' languages; not those a sentence may end on (particles and
# stranded prepositions: "moving on", "an answer to", "acted upon"; "is", "do", "not",
# "that", "this"; German separable prefixes and verbs; words that are English too: "die").
# A description ending on one was cut by its feed without a mark ("… a woman who had").
_UNFINISHED = frozenset(
    "a an the and or but nor of with from than which who whom whose whether including "
    "if because although as had has his its their our your every very per via "
    "der das dem des ein eine einen einem einer und oder aber von für dass zum zur "
    "le la les un une des du de et ou mais avec pour par sur dans au aux qui que dont "
    "el los las y pero con para del en al um uma os com em da dos das na il lo gli della di "
    "и в на с по к от для а но из за о у".split()
)
_UNCLOSED = (("“", "”"), ("«", "»"), ("„", "“"), ("(", ")"))
_LINK_END = re.compile(r"(?:https?://|www\.)\S+$")


def standfirst(
    line: str, language: str | None = None, cut_widths: frozenset[int] = frozenset()
) -> str | None:
    """A one-line description ended with its script's full stop, as a sub-editor would; None
    when it is not whole (too short, cut by its feed, an open quote, a link at its end)."""
    line = line.strip()
    words = line.split()
    # Four words, or eight characters of a script written without spaces.
    short = len(words) < 4 and not (_script(line) in _CJK and len(line) >= 8)
    short = short and not is_listing_time(line)
    if short or _CUT.search(line) or _TITLE_END.search(line) or is_list_lead_in(line):
        return None
    if is_file_listing(line):
        return None  # "lesson_n1_p1.mp3; Tue, Nov 30 04:07:19 2021": a file's name and date
    if "," in line and ":" not in line and all(w[:1].isupper() or w in "/|·-" for w in words):
        return None  # names in a row ("Salem, Oregon, United States"): a record, no sentence
    if is_complete(line):
        return line
    if len(line) in cut_widths and line[-1] not in '"”»)]':
        # The width its feed cuts descriptions at (boilerplate.cut_widths); a cut there does
        # not land on a closing mark ("… newly added and is "Broken"", checked balanced below).
        return None
    last = words[-1].strip("\"'”’»)]*_")
    # As written in a sentence's middle: "ET" (a time zone) is not "et".
    if (
        (last.islower() or last.istitle())
        and last.lower() in _UNFINISHED
        or line[-1] in _DANGLING + "(/&"
        or _LINK_END.search(line)
        or ends_unfinished(line)
    ):
        return None
    if any(line.count(o) > line.count(c) for o, c in _UNCLOSED) or line.count('"') % 2:
        return None
    return line if is_listing_time(line) else line + _full_stop(line, language)


_CJK = ("CJK", "HIRAGANA", "KATAKANA")


def _script(line: str) -> str:
    """The script of the line's last letter, as Unicode names it ("LATIN", "ARABIC", "CJK")."""
    letter = next((ch for ch in reversed(line) if ch.isalpha()), "a")
    return unicodedata.name(letter, "LATIN").split()[0]


def _full_stop(line: str, language: str | None) -> str:
    """The full stop of the script the line ends in ("" for scripts without one, as Thai)."""
    script = _script(line)
    if script == "ARABIC":
        return "۔" if language_code(language) == "ur" else "."
    if script in _CJK:
        return "。"
    if script in ("DEVANAGARI", "BENGALI", "GURMUKHI", "ORIYA"):
        return "।"
    return "" if script in ("THAI", "LAO", "KHMER", "TIBETAN", "MYANMAR") else "."


# The dots may stand apart, as French writing spaces them ("c'etait une blague ..."), after a
# word that ends a clause of three words or more: not "And ...", nor a list's "OAuth, ...".
_TRAILING_OFF = re.compile(
    r"(?:^|\s)[^\W\d_][^\s/.]*(?:…|\.\.\.)$"
    r"|\S\s+\S+\s+[^\W\d_][^\s/.,;:]*[ \u00a0\u202f](?:…|\.\.\.)$"
)
_LONG_TRAIL = re.compile(r"(?:^|\s)[^\W\d_][^\s/.]*(?:…|\.{3,})$")


def _trails_off(sentence: str, later: list[str]) -> bool:
    # An author's "… for a while now..." that the text goes on from in complete sentences is
    # the lead's opening, not a feed's cut (a cut ends the text: "… vooruitsigte is…" and a
    # tagline without a full stop; a cut address "glazman.org/weblog/dotclea…").
    if cjk_trails_off(sentence):
        return bool(later) and starts_cjk(later[0]) and is_complete(later[0])
    if not later or not is_complete(later[0]) or _title_cased(later[0]):
        return False
    if _TRAILING_OFF.search(sentence) and later[0][:1].isupper():
        return True
    # Dots as many as the writer typed ("… mis le blog a jour...."), or the next line going on
    # in lower case ("… le blog..." / "en fait du temps pour autre chose…"): without the opening
    # the lead starts mid-thought. The opening opens as a sentence ("mon coeur balance...." no).
    return (
        bool(_LONG_TRAIL.search(sentence))
        and sentence[:1].isupper()
        and (later[0][:1].isupper() or later[0][:1].islower() and sentence[-1] == ".")
    )


def _title_cased(sentence: str) -> bool:
    # A headline goes on from no one's "...": a link roundup's next item ("… for myself...
    # Stephen Wolfram Blog : Mathematica 9 Is Released Today!", del.icio.us) is no prose.
    # Title case leaves only the small words lower-case ("Alas, Redwall Abbey uses Ruby." is prose).
    # A line in capitals ("USEFUL, PLEASANT and GOOD.") is shouted prose, not title case.
    words = [w for w in sentence.split() if w[:1].isalpha()]
    shouted = sum(w.isupper() for w in words) * 2 > len(words)
    return (
        len(words) >= 4 and not shouted and all(w[:1].isupper() or w in _TITLE_LOWER for w in words)
    )


_TITLE_LOWER = frozenset(
    "a an the of in on at to for and or but nor with from by as vs via into over per".split()
)


def _complete_lead(sections: list[list[list[str]]], max_chars: int) -> str | None:
    """The complete sentences of the first section that has any, within `max_chars`."""
    summary, before, last, ends_trailing = "", "", "", False
    for section in sections:
        flat = [s for paragraph in section for s in paragraph]
        # A paragraph closing on "Here's my ultimate ranking." leads into what follows (its
        # list's items, a slideshow's slides): the lead ends before it. A question ("Why?") is
        # answered by what follows, and the lead may go on with the answer.
        announcing = {len(p) - 1 + sum(map(len, section[:n])) for n, p in enumerate(section)}
        for index, sentence in enumerate(flat):
            if summary and index in announcing and index + 1 < len(flat):
                if not sentence.endswith("?") and announces_what_follows(sentence, bare=True):
                    return lead_end(summary, before, last, ends_trailing)
            trailing = not is_complete(sentence)
            if trailing and not _trails_off(sentence, flat[index + 1 :]):
                if summary:
                    return lead_end(summary, before, last, ends_trailing)
                continue
            candidate = joined_sentences(summary, sentence)
            if len(candidate) > max_chars:
                return lead_end(summary, before, last, ends_trailing)
            before, summary, last, ends_trailing = summary, candidate, sentence, trailing
        if summary:  # the section's text ends here: nothing after a question answers it
            return lead_end(summary, before, last, ends_trailing, more=False)
    return None


with_thin_lead_resumed = thin_lead_resumer(is_complete, _complete_lead)
