"""The kind (caption, nav, embed, code) and role (heading, quote, item, indent) an HTML element
gives the paragraphs inside it."""

from __future__ import annotations

import re

from bot.text.block_model import Block

# Page furniture by the names sites give it in class or id tokens: menus, share bars, widgets,
# tables of contents, audio players, ads and sign-up boxes (bylines stay: attribution reads
# wire credits in them). Whole tokens (or their
# dash/underscore parts), so "entry-content" or "gradient" never match.
_FURNITURE_TOKEN = re.compile(
    r"(?:^|[-_])(?:nav|navigation|menu|breadcrumbs?|share|sharing|social|widget|toc"
    r"|table-of-contents|related|newsletter|subscribe|promo|advert|ads?|outbrain|taboola"
    r"|sidebar|right-rail|podcast-player|audio-player|callout)(?:$|[-_])"
)
# Embedded posts (tweets, Instagram, TikTok, Facebook, Mastodon): quoted, not the article's text.
_EMBED_TOKEN = re.compile(
    r"^(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video"
    r"|mastodon-embed|bluesky-embed|reddit-embed-bq|embedly-card)$"
)
# A table's header cell ("Matr.Nr. von..." | "bis Matr.Nr..." | "Raum") labels a column, as a
# heading labels a section: never a sentence of the lead.
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6 th".split())


def kind_of(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The kind an element gives the paragraphs inside it, if it gives one."""
    if tag == "figcaption":
        return "caption"
    if tag in ("nav", "aside"):
        return "nav"
    if tag == "pre":
        return "code"
    cls = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
    if re.search(r"caption|photo-?credit|image-?credit|\bcredit", cls):
        return "caption"
    tokens = cls.split()
    if any(_EMBED_TOKEN.match(t) for t in tokens):
        return "embed"
    if any(_FURNITURE_TOKEN.search(t) for t in tokens):
        return "nav"
    return None


_FORUM_QUOTE = frozenset(
    "quote quote-title quote-content quotetitle quotecontent bbcode_quote quote-msg".split()
)


def role_of(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The role an element gives the paragraphs inside it, if it gives one."""
    if tag in _HEADING_TAGS:
        return "heading"
    if tag == "blockquote":
        return "quote"
    # A forum's quote of an earlier post (Liferay's "quote-title"/"quote", phpBB's
    # "quotetitle"/"quotecontent"): another member's words, as a blockquote is.
    if tag == "div" and _FORUM_QUOTE.intersection(
        " ".join(v or "" for k, v in attrs if k == "class").lower().split()
    ):
        return "quote"
    if tag in ("p", "div") and _INDENT.search(dict(attrs).get("style") or ""):
        return "indent"
    return "item" if tag in ("li", "dt") else None


# A paragraph an editor's indent button set in ("<p style="padding-left: 30px;">", TypePad and
# WordPress) under a lead-in ending in a colon: a quotation (3quarksdaily's excerpts under "Josh
# Cohen in New Statesman:"). Elsewhere an indent is layout (Null Paradox's indented list).
_INDENT = re.compile(r"(?:padding|margin)-left\s*:\s*(?:[2-9]\d|\d{3})(?:\.\d+)?px", re.I)


def indents_as_quotes(blocks: list[Block]) -> list[Block]:
    """Indented paragraphs as quotes under a lead-in ending in a colon, elsewhere as paragraphs."""
    out: list[Block] = []
    role = "para"
    for i, b in enumerate(blocks):
        if b.role != "indent":
            out.append(b)
            continue
        if i == 0 or blocks[i - 1].role != "indent":  # a run of indented paragraphs starts
            lead_in = out[-1].text.rstrip() if out and out[-1].role == "para" else ""
            # A first quoted paragraph of one sentence ending on a colon only leads on: joined,
            # the quotation would say nothing (3quarksdaily's "… throwing fliers in the air:").
            text = b.text.rstrip()
            leads_on = text.endswith(":") and not re.search(r"[.!?][\"'”’)]?\s", text)
            opens = lead_in.endswith(":") and not leads_on
            role = "quote" if opens else "para"
        out.append(Block(b.text, b.links, b.kind, role))
    return out
