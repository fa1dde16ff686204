"""The post's headline beside its summary: a blog's post-format mark off, and an untitled
item's stand-in (its text's start, cut with "…" or "...") shown once, as the summary's start."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from bot.attribution.title_domain_names import domain_parts
from bot.parsing.identity import UNTITLED

# A post-format mark ("Link:", "[Link]", "★ ", "News Post:"); kickers ("Opinion:") stay.
# A Markdown heading's "# " left on every title (a French blog's 9 items) is one too.
_FORMAT_MARK = re.compile(
    r"^(?:[★☆→►▶»]\s*|#{1,6} +(?!of\b)(?=\S)|\[Link(?:ed)?\]\s*"
    r"|(?:Link(?:ed)?|(?:News|Blog|New) Post|[A-Z]{0,5} ?Article)\s*:\s+)"
)


# A feed's cut: "…", or ASCII dots after a word ("Hosi od Bobri..", "V .."), inside the quote
# the title was ('"We, as rational customers … to treat us..."', a Tumblr auto-title).
_CUT = re.compile(r"\s?(?:…|\.{2,3})[\"”]?$")
# A shoutbox or status feed's author before the cut text ("The Dude: is listening to …").
_AUTHOR = re.compile(r"[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,2}: ")
# Typewriter and typeset quotes are the same quote: a Tumblr auto-title cuts the quote "“We, as
# rational customers…" as '"We, as rational customers...'.
_QUOTES = str.maketrans("“”„«»‘’", '"""""\'\'')
_SHORTEST_CUT = 12


def _cut_start(title: str, summary: str) -> bool:
    """True where the headline is the summary's start cut by the feed, an author's name before."""
    cut = _CUT.search(title)
    if cut is None:
        return False
    start, whole = title[: cut.start()].rstrip().translate(_QUOTES), summary.translate(_QUOTES)
    # Two dots end a short phrase too ("Wow.."): a stand-in is a line's worth.
    if whole.startswith(start) and ("…" in cut[0] or len(start) >= _SHORTEST_CUT):
        return True
    author = _AUTHOR.match(start)
    rest = start[author.end() :] if author else ""
    return len(rest) >= _SHORTEST_CUT and whole.startswith(rest)


def summary_beside(title: str, summarise: Callable[[str | None], str]) -> str:
    """The summary `summarise` gives knowing the headline; the text's own start where the
    headline is that start cut with "…" inside it (the post then gives the text once)."""
    # A stand-in cut inside a sentence (a date-titled ChangeLog item's first sentence over 120
    # characters) taken off the summary's start left it mid-sentence ("' button which was
    # broken …" under "… which fixes the 'Advanced'…"). A cut title longer than the summary
    # (a microblog's whole post) still heads it.
    if _CUT.search(title):
        whole = summarise(None)
        if _cut_start(title, whole):
            return whole
    return summarise(title)


def headline(title: str, summary: str) -> str:
    """The post's headline without a blog's post-format mark; none for an untitled item whose
    stand-in headline (its text's start, cut by the feed) the summary repeats."""
    if title == UNTITLED or _cut_start(title, summary):
        return ""  # a placeholder, or the summary's own start
    title = unmarked if (unmarked := _FORMAT_MARK.sub("", title, count=1)).strip() else title
    # A lone mark ("Link:", "Re:") stays as the feed wrote it.
    return _DANGLING_END.sub("", title) if len(title.split()) > 1 else title


# A comma, colon or separator closing a headline, where a feed or a cut left it ("Royal réclame
# sur TF1,", "Into a Rainy Weekend -", a stand-in's "… healthier than Americans:").
_DANGLING_END = re.compile(r"(?:\s*[,，:：]|\s+[-–—|])\s*$")


# A separator after a name opening a headline: a colon (French spacing too) or a dash or bar.
_NAME_JOIN = re.compile(r"\s?[:：]\s+|\s+[-–—|]\s+")


def without_credited_name(title: str, name: str) -> str:
    """The headline without the name opening it that the post credits (a planet's "MathieuRobin
    : Chroniques jQuery, épisode 105" credited "MathieuRobin via Planète jQuery")."""
    # The carrier's convention names each item's writer in its title; the credit line says it.
    # A planet may name the writer and the blog ("Willy SR [SlackBlogs]: …" credited SlackBlogs).
    bracketed = title.find(f" [{name}]") if name else -1
    opening = len(name) if bracketed < 0 else bracketed + len(name) + 3
    if not name or not (title.casefold().startswith(name.casefold()) or 0 < bracketed <= 40):
        return title
    join = _NAME_JOIN.match(title, opening)
    rest = title[join.end() :] if join else ""
    return rest if any(c.isalpha() for c in rest) else title


# A planet's label for the blog an item comes from, before its title: the writer and the blog
# in brackets ("Willy SR [SlackBlogs]: …", Planet Venus's "name [blog]"), or the blog alone
# ("Tag1 Consulting: Tag1 Now Hiring Interns", Planet Drupal).
_SOURCE_LABEL = re.compile(
    r"(?:[^\W\d_][^\[\]:]{0,40}?\s)?\[(?P<blog>[^\[\]]{2,40})\]\s?:\s+"
    r"|(?P<name>[^\W\d_][^:]{1,50}?):\s+"
)
# "Ruby on Windows: The Book" on rubyonwindows.blogspot.com: the name is the book's, and two
# words left say too little to stand alone.
_MIN_REST_WORDS = 3
_NOT_NAME = re.compile(r"[\W_]+")


def _is_domain_name(label: str, link: str) -> bool:
    # The site's very name ("Tuxnoob" of tuxnoob.com, "Tag1 Consulting" of tag1consulting.com):
    # a product the site makes ("GitHub Actions: …" on github.blog) opens its own headlines.
    domain = domain_parts(link)
    name = _NOT_NAME.sub("", label).casefold()
    return domain is not None and name in (domain[1].replace("-", ""), _NOT_NAME.sub("", domain[0]))


def without_source_label(title: str, link: str | None) -> str:
    """The headline without the label before it naming the site its item links to (a planet's
    "Willy SR [SlackBlogs]: " on a slackblogs.blogspot.com post): the credit names the site."""
    found = _SOURCE_LABEL.match(title)
    # A link to a site's home page is a link blog's pointer at what the headline names
    # ("S3Hub: S3 Client (for Mac OS X)" linking s3hub.com), no post of a blog a planet carries.
    if found is None or not link or urlsplit(link).path.strip("/") == "":
        return title
    rest = title[found.end() :]
    # A label only where it names the linked site: "Review [PS4]: …" is the headline's.
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    if len(words) < _MIN_REST_WORDS or not _is_domain_name(found["blog"] or found["name"], link):
        return title
    return rest
