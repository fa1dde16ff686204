"""The cleaned article text to summarise: an entry's blocks without notices, promo lines,
captions, bylines and navigation."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from bot.text import excerpt_cuts, flat_headings, link_rows, opening_labels, openings, related_links
from bot.text import notes as page_notes
from bot.text.bbcode import bbcode_read
from bot.text.blocks import Block, Cut
from bot.text.boilerplate import (
    is_template,
    learned_lead_ins_apart,
    strip_boilerplate,
)
from bot.text.captions import is_caption
from bot.text.change_lists import is_change_list, is_topic_list, joined_topics
from bot.text.chapter_markers import without_chapter_index
from bot.text.cjk_writing import (
    goes_on_after_comma,
    opens_cjk_section,
    split_at_cjk_section_heads,
)
from bot.text.code_intros import before_shell_prompt, introduced_code
from bot.text.colon_leads import lead_in_colon
from bot.text.epigraphs import without_epigraph
from bot.text.feed_notices import without_feed_notice
from bot.text.glued_stops import spaced
from bot.text.leadins import numbered_as_items, with_lead_ins
from bot.text.link_rows import (
    is_labelled_links,
    is_link_line,
    is_link_row,
    is_linked_headline,
    shared_link_title,
)
from bot.text.math_text import plain_math
from bot.text.memo_fields import envelope
from bot.text.plus_lists import without_plus_lists
from bot.text.post_asides import is_post_aside
from bot.text.promo_sentences import PROMO, without_promo_sentences
from bot.text.prose_addresses import hosts_in_prose
from bot.text.reply_marks import lead_without_marks
from bot.text.widget_lines import opens_related_list
from bot.text.word_counts import word_count

# Between the cleaned text's paragraphs is a blank line; where a heading or a list stood between
# two, a second one: the section break a summary stops at.
SECTION_BREAK = "\n\n\n"

_NAV = re.compile(
    r"^(?:navigation|menu|main\s+menu|toggle\s+navigation|skip\s+to\s+(?:main\s+)?content|home"
    r"|search|close|back\s+to\s+top|in\s+this\s+story:?.*|[•·|*\s–—-]+"
    r"|(?:table\s+of\s+)?contents|in\s+this\s+(?:article|post):?|autotoc"
    r"|(?:#[^\W\d_][\w-]*[\s,.;·|]*)+)$"  # a toot's hashtags only: its categories say it
    r"|^(?:home|startseite|inicio|accueil|главная)\s*[»›>/|]",
    re.I,
)
# Page furniture glued into the text by scrapers and aggregators.
_INLINE_CHROME = re.compile(
    r"^\s*By:?\s+[^.!?\n]{2,90}?\s+In short:\s*|\bIn this story:\s*\S+\s*"
    r"|\bShare (?:this )?article\b\s*|\bIn short:\s*"
    # A link written out in a plain-text rendering ("Kagi introduced ( https://… ) a search
    # engine"): the address in brackets inside a sentence is no part of it.
    r"|\s\(\s*https?://[^\s()]+\s*\)(?:\s(?=[,.;:!?]))?(?=[\s,.;:!?])",
    re.I,
)
_BYLINE_ONLY = re.compile(r"^(?:by:?|\S+@\S+\.\w+|(?:submitted|posted) by \S+(?: to \S+)?)$", re.I)


# Shortcodes a CMS left unexpanded: "[time-brightcove not-tgx=”true”]", "[caption id=…]",
# "[/embed]"; a bracketed word alone ("[sic]", "[laughs]") is the writer's and stays.
_SHORTCODE = re.compile(
    r"\[caption\b[^\]]*\].*?\[/caption\]"
    r"|\[/?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:\s[^\[\]]*)?/?\]"
    r"|\[[a-z][a-z0-9_-]*\s+[a-z][\w-]*\s*=[^\[\]]*\]|\[/[a-z][\w-]*\]",
    re.S,
)


_BYLINE_WORD = frozenset(
    "and & y e et und en og och i de da del der van von le la al el bin staff writer "
    "reporter correspondent editor contributor".split()
)
_BY_WORDS = frozenset({"by", "por", "par", "von", "door", "av", "af"})


def _is_byline(text: str) -> bool:
    """A paragraph that is only "By Matt Spetalnick, Olivia Le Poidevin and Parisa Hafezi"."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 16 or words[0].rstrip(":").lower() not in _BY_WORDS:
        return False
    if text.rstrip()[-1:] in ".!?" and not re.search(r"\b[A-Z]\.$", text.rstrip()):
        return False
    return all(w[0].isupper() or w.lower() in _BYLINE_WORD or w in "|–—-" for w in words[1:])


# A cut sentence's tail that the splitter took for a sentence of its own ("… for posterity. or
# something."): lower case right after a cut that ended on a stop goes with it.
_CUT_TAIL = re.compile(r"[ \t]*[a-z][^.!?\n]{0,80}[.!?]+(?=\s|$)")


def _with_tail(text: str, start: int, end: int) -> tuple[int, int]:
    if text[start:end].rstrip()[-1:] in (".", "!", "?") and (tail := _CUT_TAIL.match(text, end)):
        return start, tail.end()
    return start, end


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for start, end in sorted(_with_tail(text, *span) for span in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + " " + text[end:]
    if merged:
        # A cut aside leaves no space before the stop or colon after it ("memoirs (… here), …").
        text = re.sub(r"[ \t]+(?=[,.;:](?:\s|$))", "", text)
    # "Search ( https://… ) , published" leaves a space before the comma.
    unchromed = _INLINE_CHROME.sub(" ", text)
    text = re.sub(r"[ \t]+(?=[,.;:](?:\s|$))", "", unchromed) if unchromed != text else text
    text = re.sub(r"[ \t]{2,}", " ", before_shell_prompt(text))  # a terminal session is code
    # A writer's colon closing a lead-in ("Two reasons:") is kept: text follows it. A cut's not.
    return text.strip(" \t\n—–-:;,|") + ("" if merged else lead_in_colon(text))


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _lead_notice(
    blocks: Sequence[Block], cuts: Iterable[Cut]
) -> tuple[dict[int, list[tuple[int, int]]], int | None]:
    """The spans to cut per block, and the block of an explicit notice at the top, if any."""
    spans: dict[int, list[tuple[int, int]]] = {}
    lead_notice: int | None = None
    for index, start, end, family in cuts:
        spans.setdefault(index, []).append((start, end))
        if (
            family == "explicit"
            and index < 6
            and lead_notice is None
            and not blocks[index].text[:start].strip(" *_>(")
        ):
            lead_notice = index
    return spans, lead_notice


def _is_furniture(text: str) -> bool:
    return (
        not re.search(r"\w", text)
        or bool(_NAV.match(text) or PROMO.match(text) or _BYLINE_ONLY.match(text))
        or _is_byline(text)
        or is_caption(text)
    )


# Long because one pass carries the state each paragraph is read by: the section it opens, a
# byline's name, code left out before it, a note it may continue.
def _kept_paragraphs(
    blocks: Sequence[Block],
    spans: dict[int, list[tuple[int, int]]],
    boilerplate: frozenset[str],
    items: bool = False,
    ends: frozenset[int] = frozenset(),
) -> list[tuple[int, str, bool]]:
    """(block index, text, starts a section) of the body paragraphs worth keeping; with
    `items`, list items and bold lines are read as paragraphs too; a section starts after `ends`."""
    kept: list[tuple[int, str, bool]] = []
    notes: list[tuple[int, str, bool]] = []
    after_by = section = explains_code = listed = False
    wraps = True  # the last note may go on in a hard-wrapped line
    # Text made only of list items or bold lines is read from them; a release's change list is
    # none (one fixed bug is no release's news: the headline says what was released).
    fallback = items or (
        not any(b.kind == "text" and b.role in ("para", "quote") for b in numbered_as_items(blocks))
        and not is_change_list(blocks)
    )
    header = envelope(blocks)  # a letter's "To:", "From:", "Re:" fields
    for i, block in with_lead_ins(blocks):
        if any(j < i for j in ends):  # a pointer at a part the post lacks ended the lead
            section, ends = section or bool(kept), frozenset(j for j in ends if j >= i)
        if opens_related_list(block):
            break  # the titles of other posts follow, to the text's end
        if i in header:
            continue
        if block.kind != "text":
            if block.kind == "code" and kept and not section:
                # Text after a code block left out reads on from code the post does not show,
                # and a question put to the reader about it ("What do you think?") goes too.
                j, before, starts = kept[-1]
                kept[-1] = (j, introduced_code(blocks, j, i, before, len(kept)), starts)
                section = True
            # A post opening on code after a lead-in ("Via Chris:"): the paragraph after it
            # explains code not shown.
            explains_code = block.kind == "code" and bool(kept) and not any(t for _, t, _ in kept)
            continue
        if explains_code or listed:  # after a list of links opening the entry: its notes
            explains_code = False
            continue
        if block.role in ("heading", "listing") or (
            block.role not in ("para", "quote") and not fallback
        ):
            # Headings and list items (a listing's lines always) are not lead text: a section ends.
            section = bool(kept)
            continue
        if is_link_row(block) or (fallback and is_linked_headline(block)):
            section, listed = bool(kept), listed or not kept and link_rows.is_link_list(block)
            continue
        text = plain_math(_SHORTCODE.sub(" ", bbcode_read(_cut(block.text, spans.get(i, [])))))
        if (kept and is_link_line(text)) or is_labelled_links(text):
            # Link lines ("Tickets: https://…") stand between sections, as a list of links.
            section = bool(kept)
            continue
        if page_notes.is_listen_instead_offer(text):
            continue  # the offer and what it says of the episode ("I was a guest on …")
        if page_notes.is_editors_note(text):
            # … but a note that is all the entry has presents it ("Editor's Note: Staff
            # investigator Meowza Katz presents … the second chapter"): kept as a note.
            notes.append((i, page_notes.without_editors_label(text), section))
            continue
        if any(t.rstrip()[-1:] in ".!?" for _, t, _ in kept) and is_template(text, boilerplate):
            break  # the feed's own furniture after the text's sentences: more of it follows
        # What follows a page's last-updated stamp is its next box (a TL;DR): a new section.
        text, stamped = page_notes.cut_at_updated_stamp(text)
        if stamped and not text.strip():
            section = bool(kept)
            continue
        text = without_promo_sentences(re.sub(r"[ \t]{2,}", " ", text).strip(), boilerplate)
        # A lone "By" block is followed by the author's name: both are byline furniture.
        byline_name = after_by and len(text.split()) <= 5 and not text.endswith(".")
        after_by = text.lower() in ("by", "by:")
        if byline_name or _is_furniture(text):
            continue
        # A note's hard-wrapped line goes with it ("Update: I … but just<br>wait until …").
        # A note on reading the post (its reading time, versions, code) comes before its opening.
        wrapped = notes and notes[-1][0] == i - 1 and text[:1].islower() and wraps
        # A note on a line of its own over the text ("Uppdatering: …\nStarcraft-serien …").
        first, newline, rest = text.partition("\n")
        if newline and rest[:1].isupper() and page_notes.is_author_note(first):
            text = rest
        if page_notes.is_author_note(text) or wrapped:
            notes.append((i, text, section))
            continue
        if not kept and (page_notes.is_reading_note(text) or is_post_aside(text)):
            # A whole paragraph on reading the post, or on the blog: what follows is the item.
            notes.append((i, text, section))
            wraps = False
            continue
        wraps = True
        kept.append((i, text, section))
        section = stamped
    # A description that is only an update ("UPDATE: Police have arrested …") is the news.
    return kept or notes


def _is_sentence(text: str) -> bool:
    """Whether `text` is a sentence of eight words or more ending on a full stop."""
    return len(text.split()) >= 8 and text.rstrip()[-1:] == "."


def _bold_sentence(block: Block) -> bool:
    """Whether `block` is a bold paragraph of a sentence's length that ends on a full stop."""
    return block.role == "subhead" and not block.links and _is_sentence(block.text)


def clean_article_text(
    blocks: Sequence[Block],
    *,
    cuts: Iterable[Cut],
    title: str | None = None,
    boilerplate: frozenset[str] = frozenset(),
) -> str:
    """Plain paragraphs of the blocks without the notices `cuts` names (notices.notice_cuts),
    the feed's learned `boilerplate`, promo, captions, bylines, headings and navigation."""
    # Paragraphs are "\n\n"-separated; SECTION_BREAK stands where a heading or list was.
    cuts = list(cuts)
    spans, lead_notice = _lead_notice(blocks, cuts)
    ends = frozenset(c.block for c in cuts if c.family == "pointer-end")
    blocks = without_plus_lists(without_chapter_index(related_links.without_related_links(blocks)))
    blocks = learned_lead_ins_apart(blocks, boilerplate)
    kept = _kept_paragraphs(blocks, spans, boilerplate, ends=ends)
    if not kept and is_topic_list(blocks):
        # A show's topic list over its feed's closing line ("And much more!"): the text.
        kept = _kept_paragraphs(blocks, spans, boilerplate, items=True, ends=ends)
    elif all(word_count(t) < 8 for _, t, _ in kept) and any(map(_bold_sentence, blocks)):
        # A description whose only sentences are in bold (a standfirst under a kicker, over a
        # "read more" link): they are the text; a kicker over them or a linked line is none.
        # Words counted in any script: a Chinese sentence is one "word" to str.split().
        read = _kept_paragraphs(blocks, spans, boilerplate, items=True, ends=ends)
        kept = [p for p in read if p[0] < len(blocks) and _bold_sentence(blocks[p[0]])]
    kept = joined_topics(blocks, kept)  # topics opening on one without a stop: one line
    if lead_notice is not None:
        # Header furniture (headline, kicker) above a lead notice is not part of the body.
        head = [t for i, t, _ in kept if i < lead_notice]
        if all(
            len(t.split()) <= 25 and not t.rstrip().endswith((".", "!", "?", '"', "”"))
            for t in head
        ):
            kept = [k for k in kept if k[0] >= lead_notice]
    if title and kept and _norm(kept[0][1]) == _norm(title):
        kept = kept[1:]
    if kept:
        # A byline, dateline, date stamp, kicker label or epigraph is not the lead's opening.
        following = kept[1][1] if len(kept) > 1 else ""
        opening = openings.cut_lead_byline(
            openings.cut_opening_date(
                openings.cut_elided_opening(
                    openings.cut_opening_length(
                        openings.cut_series_note(
                            without_epigraph(lead_without_marks(without_feed_notice(kept[0][1])))
                        )
                    )
                )
            )
        )
        lead = opening_labels.without_labels(opening, following, title)
        kept[0] = (kept[0][0], lead, kept[0][2])
    return _joined_paragraphs(kept) or shared_link_title(blocks, title) or ""


def _joined_paragraphs(kept: list[tuple[int, str, bool]]) -> str:
    """The kept paragraphs as text: a blank line between two, SECTION_BREAK before a section."""
    text = last = ""
    for _, paragraph, section in kept:
        paragraph = spaced(excerpt_cuts.marked(openings.cut_line_headings(paragraph)))
        paragraph = hosts_in_prose(flat_headings.before_list_heading(paragraph))
        # A numbered section head ("一、", "（二）", "第三章") starts a section of its own.
        for n, part in enumerate(split_at_cjk_section_heads(paragraph) if paragraph else []):
            head = section or n > 0 or opens_cjk_section(part, text)
            # A line ending on a comma goes on in the next ("…劫掠团队，<br>在高层…").
            joined = "" if goes_on_after_comma(last) and not head else "\n\n"
            text += (SECTION_BREAK if head else joined) + part if text else part
            last = part
    return text


_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|figure)\b[^>]*>", re.I
)
_ANY_TAG = re.compile(r"<[^>]*>")
_FINGERPRINT_CHARS = 4000


def plain_text(html_or_text: str, boilerplate: frozenset[str] = frozenset()) -> str:
    """Quick text of HTML: tags dropped, entities decoded; no cleaning (for fingerprints).
    With the feed's learned `boilerplate`: only the lead, without it."""
    text = _SCRIPT_OR_STYLE.sub(" ", html_or_text)
    if not boilerplate:
        return html.unescape(_ANY_TAG.sub(" ", text))
    # Block tags end a line, so units split as cleaning splits them; fingerprints read only
    # the first 60 words, so only the lead is split into units (long articles cost nothing).
    text = html.unescape(_ANY_TAG.sub(" ", _BLOCK_TAG.sub("\n", text)))
    return strip_boilerplate(text[:_FINGERPRINT_CHARS], boilerplate)
