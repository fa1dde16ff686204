"""A feed or page title cut into its parts at the separators that join a site's name to a
section's or a headline's ("Tech – TIME", "Satechi's … | iMore")."""

from __future__ import annotations

import re
from collections.abc import Callable

import re2

# Feed titles join the site's name and the section's with a separator: "Tech – TIME",
# "Home | Mail Online", "WSJ.com: World News", "NYT > World News", "LE FIGARO - Le Figaro -
# Culture : Cinéma, …". A hyphen only separates between spaces ("Al-Monitor" stays whole);
# a colon only before a space ("Dicas-L: Dicas técnicas"), not inside "10:30" or a URL. A
# tilde between spaces ("The Napkin ~ A Blog By …") and a run of decorative marks ("琥珀色の小箱に
# 恋をして::･･::･国際結婚生活日記") join a name and its tagline too.
_SEPARATORS = re2.compile(
    r"\s+[-–—|/>»·•:~〜]+\s+|\s*-{2,}\s*|\s*[|»•]\s*|\s*[–—]\s*|:\s+|\s*[:：･・~〜]{3,}\s*"
)
# Every alternative of _SEPARATORS holds one of these marks: a title without any (64% of the
# bench's news feeds' headlines) has no separator, and one search in C says so before re2's
# finditer (its Python wrapper costs ~7 us a call; every headline of a first check is
# separated once for site labels, and site naming separates dozens of names a feed).
_SEPARATOR_MARK = re.compile("[-–—|/>»·•:~〜：･・]")

# A lower-case word and a colon before a lower-case word make a name, not a site and its
# section: "position: absolute - Stuff for Creative Freaks" (a CSS declaration as a blog's name).
# Only when a tagline follows after a dash or bar: "sencjw: blog" is a site and its section.
_NAMING_COLON = re2.compile(r"^\s*\p{Ll}[\p{L}-]*:\s+\p{Ll}[^:|–—]*?\s[-–—|]\s")


def _naming_colon(rest: str) -> bool:
    """True when the rest of a title opens with a name made of a word, a colon and a word."""
    return _NAMING_COLON.match(rest) is not None


def separated(title: str) -> list[str]:
    """The title cut at its separators, except those inside brackets: "(Fabio Alessandro
    Locati|Fale)'s blog" is one name, whose "|" is no separator."""
    if _SEPARATOR_MARK.search(title) is None:
        return [title]
    pieces: list[str] = []
    start = 0
    for found in _SEPARATORS.finditer(title):
        before = title[: found.start()]
        if before.count("(") + before.count("[") > before.count(")") + before.count("]"):
            continue
        if found.group().strip() == ":" and _naming_colon(title[start:]):
            continue
        if _inside_word(title, found.start(), found.end()):
            continue
        pieces.append(title[start : found.start()])
        start = found.end()
    return [*pieces, title[start:]]


# A title's spaced separator: where one joins its parts, a bullet glued inside a word is part
# of the name's spelling ("TECH•NO•PHILE | MACMEDICS").
_SPACED_SEPARATOR = re2.compile(r"\s[-–—|/>»·•:~]+\s")


def _inside_word(title: str, start: int, end: int) -> bool:
    """Whether the mark at title[start:end] is a bullet between two letters of a title whose
    parts are joined by a spaced separator elsewhere."""
    return (
        title[start:end] == "•"
        and 0 < start
        and end < len(title)
        and title[start - 1].isalnum()
        and title[end].isalnum()
        and _SPACED_SEPARATOR.search(title) is not None
    )


# A blog engine's archive page title before the site's name: "Category: ocaml | Thomas Leonard's
# blog", "Tag Archives: rust - Site", "Catégorie : Debian » Site", "Schlagwort: x – Site".
_ARCHIVE_LABEL = re2.compile(
    r"(?i)^\s*(?:(?:category|tag|label|topic|author)(?:\s+archives?)?|archives?|cat[ée]gorie"
    r"|kategorie|schlagwort|etiqueta|categor[íi]a|tema)\s*:\s*[^|»–—]+?"
    r"(?:\s+[-–—|»·•]+\s+|\s*[|»•–—]\s*)"
)


# WordPress's archive title (Yoast's default "%%term_title%% Archives %%sep%% %%sitename%%", in
# the site's language): "News Archives - Sports Tribler", "Notizie Archivi - …". The term and the
# word are the category page's, the name follows the separator (held-out sample 32: "News
# Archives" credited on two sites, "Share" on a third).
_TERM_ARCHIVE = re2.compile(
    r"(?i)^\s*[^|»–—:]{1,40}?\s(?:archives|archivi|archivos|arquivos|archieven)"
    r"\s+[-–—|»·•]+\s+"
)


def without_archive_label(title: str) -> str:
    """The title less an archive page's label and value before the site's name."""
    found = _ARCHIVE_LABEL.match(title) if ":" in title else None
    found = found or _TERM_ARCHIVE.match(title)
    return title[found.end() :] if found and title[found.end() :].strip() else title


# A home page's greeting used as the feed's title ("Welcome to The Zelda Project", "Bienvenue
# sur Le Blog de Lucie", "Willkommen bei …", "Добро пожаловать на …"): the name follows it.
_GREETING = re2.compile(
    r"(?i)^\s*(?:(?:a\s+)?warm\s+)?(?:welcome\s+to|bienvenue\s+(?:sur|à|au|aux|chez|dans)"
    r"|(?:herzlich\s+)?willkommen\s+(?:bei|auf|im|in|zu[mr]?)|bienvenid[oa]s?\s+(?:a|al|en)"
    r"|benvenut[oi]\s+(?:su|sul|a|al|in|nel)|bem[\s-]vind[oa]s?\s+(?:ao|à|a|no|na)"
    r"|welkom\s+(?:bij|op|in)|добро\s+пожаловать\s+(?:на|в|во))\s+"
)


# A writer introducing themself before their name ("Меня зовут — Анатолий Ларин", "My name is
# …", "Je m'appelle …", "Ich heiße …"): the phrase is no name, the name after it is.
_INTRODUCTION = re2.compile(
    r"(?i)^\s*(?:my\s+name\s+is|меня\s+зовут|je\s+m['’]appelle|ich\s+hei(?:ß|ss)e"
    r"|me\s+llamo|mi\s+chiamo|mijn\s+naam\s+is|meu\s+nome\s+é)\s*[-–—:,]?\s+"
)


def without_greeting(title: str, names_site: Callable[[str], bool]) -> str:
    """The title less a greeting or introduction before the name; whole when no name follows
    ("Welcome to my blog") or the greeting is the site's name ("Welcome to Night Vale")."""
    # A capital opens a name; "Welcome to Night Vale" is welcometonightvale.com's.
    found = _GREETING.match(title) or _INTRODUCTION.match(title)
    rest = title[found.end() :].strip(" !.") if found else ""
    return rest if rest[:1].isupper() and not names_site(title) else title


# The marks that join items of a list, not a name to its sections (dashes, colons).
_LIST_MARK = re2.compile(r"\s[•·|/]\s")
# A title of this many comma-joined words lists keywords ("a, b and c" may be a firm's name).
_KEYWORDS = 4


def lists_topics(title: str) -> bool:
    """True for a title listing what a site is about, not its name: "Web • Tech • Audio", three
    or more parts of a word or two joined by one list mark, or four or more by commas."""
    parts = [part.split() for part in separated(title)]
    marks = _LIST_MARK.findall(title)
    # "Urdu Discussion,Wedding,Mehandi,News,Islamic,Mosque": keywords joined by commas.
    keywords = [item.split() for item in title.split(",")]
    if len(parts) == 1 and len(keywords) >= _KEYWORDS and all(1 <= len(w) <= 2 for w in keywords):
        return True
    return (
        len(parts) >= 3
        and len(set(marks)) == 1
        and len(marks) == len(parts) - 1
        and all(1 <= len(words) <= 2 for words in parts)
    )


# Site generators' and themes' default titles, left unchanged by the site's owner: they name
# the template, never the site (Gatsby's starter, Hugo's "My New Hugo Site", Jekyll's "Your
# awesome title", the Tailwind Next.js starter, WordPress's "My Blog" and tagline, Octopress,
# Pelican, Eleventy's base blog, AstroPaper). Matched whole, with or without "RSS Feed".
_TEMPLATE_TITLE = re2.compile(
    r"(?i)(?:gatsby(?: default)? starter(?: blog)?|my new hugo site|your awesome title"
    r"|(?:tailwind )?next\.?js starter blog|tailwind nextjs starter blog"
    r"|my (?:wordpress |octopress |jekyll |hugo |ghost |gatsby )?(?:blog|site|website)"
    r"|just another wordpress(?:\.com)? (?:site|blog)|a pelican blog|my octopress blog"
    r"|eleventy base blog(?: v\d+)?|astro ?paper|astro blog"
    # Placeholders a template's author left for the title: "Site Title", "my cool website title",
    # or its variable unfilled: "site_title", "{{ site.name }}", "%blogname%".
    r"|(?:my |your )?(?:\w+ )?(?:web ?site|site|blog) (?:title|name)"
    r"|(?:\{\{\s*|%|\$)?(?:web_?site|site|blog)[_.]?(?:title|name)(?:\s*\}\}|%)?)"
    r"(?:\s+(?:rss|atom)(?:\s+feed)?|\s+feed)?"
)


def is_template_title(part: str) -> bool:
    """Whether a title (or one of its parts) is a site template's untouched default."""
    return bool(_TEMPLATE_TITLE.fullmatch(part.strip(" .!")))


# A notice about the feed itself as its whole title: "(Obsolete Feed)", "This feed has moved",
# "Deprecated feed", "Flux obsolète", "Veralteter Feed" (with an address: site_names' check).
_FEED_NOTICE = re2.compile(
    r"(?i)(?:this |the |old |ce |dieser )?(?:rss |atom )?(?:feed|flux|fil)?\s*"
    r"(?:is |has |est |ist |wurde )?(?:(?:been )?(?:obsolete|deprecated|discontinued|moved|retired"
    r"|no longer (?:updated|maintained|active))|obsol[eè]te|d[ée]plac[ée]|veraltet(?:er)?"
    r"|eingestellt|umgezogen|obsoleto)(?:\s+(?:rss |atom )?(?:feed|flux))?"
)
_FEED_WORD = re2.compile(r"(?i)\b(?:feed|flux)\b")


def is_feed_notice(title: str) -> bool:
    """Whether a title is a notice that the feed is obsolete or moved, not a name."""
    text = title.strip(" ()[]!.:-")
    # A bare "Retired" may be a blog's name; "(Retired)" or "Retired feed" is a notice.
    said = title.strip()[:1] in "([" or bool(_FEED_WORD.search(text))
    return len(text) <= 60 and said and bool(_FEED_NOTICE.fullmatch(text))


# A note in brackets closing a feed's title on its format, quality, frequency or extent, no
# part of the site's name: "LugRadio (high-quality mp3)", "Saturday Morning Breakfast Cereal
# (updated daily)", "… (HD)", "[Full text]", a selection ("Rapha Feed (All)"). Only a note made
# of these words goes ("Machine Learning (Theory)" and "Jonathon Belotti [thundergolfer]" stay).
_CLOSING_NOTE = re2.compile(r"\s*[(\[]([^()\[\]]{1,48})[)\]]\s*$")
_NOTE_WORDS = frozenset(
    """high low best standard quality hq lq hd sd mp3 aac m4a ogg opus mp4 m4v audio video
    enhanced kbps updated daily weekly hourly monthly nightly full text feed content posts
    excerpts excerpt summary summaries partial only and version all everything complete""".split()
)
_NOTE_WORD = re2.compile(r"[^\W_]+")
# A bookmark or search service's query feed says in brackets what it lists: "Pinboard (items
# tagged hardware)", "(bookmarks tagged x)", "(tagged x)", "(search results for x)", "(posts
# matching x)". The query is no part of the service's name.
_QUERY_NOTE = re2.compile(
    r"(?i)^(?:(?:all\s+|recent\s+|latest\s+)?(?:items|bookmarks|links|posts|entries|pins|"
    r"notes|photos|results)\s+)?(?:tagged|labell?ed|matching|filed\s+under|"
    r"(?:search\s+)?results\s+for|search(?:ing)?\s+for)\s+\S"
)


# A podcast network offers each show in several encodings and names each feed by the show and
# its format, unbracketed: "Coder Radio MP3", "… Video HD", "… in HD", "… - AAC". Only format
# words that name no topic go (not "Video" or "Audio" alone: "Tested Video" may be the name).
_CLOSING_FORMAT = re2.compile(
    r"(?i)(?:\s+[-–—|:]|\s+in)?(?:\s+(?:video|audio))?"
    r"(?:\s+(?:mp3|aac|m4a|ogg|opus|flac|mp4|m4v|webm|hd|1080p|720p|480p))+\s*$"
)

# The feed's format glued to a name written without spaces ("神嘛事儿 的微博rss", "…のRSS").
_GLUED_FEED_WORD = re2.compile(r"(?i)[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]((?:rss|atom)\s*)$")


def without_feed_note(title: str) -> str:
    """The title less a closing note on the feed's format or frequency (bracketed, or format
    words alone), or on the query it lists."""
    if glued := _GLUED_FEED_WORD.search(title):
        return title[: glued.start(1)]
    bare = _CLOSING_FORMAT.search(title)
    if bare is not None and len(title[: bare.start()].split()) >= 1:
        return title[: bare.start()]
    found = _CLOSING_NOTE.search(title)
    if found is None or not title[: found.start()].strip():
        return title
    if _QUERY_NOTE.match(found.group(1).strip()):
        return title[: found.start()]
    words = [w.casefold() for w in _NOTE_WORD.findall(found.group(1))]
    kinds = [w for w in words if not (w.isdigit() or w.removesuffix("k").isdigit())]
    if not kinds or not all(w in _NOTE_WORDS for w in kinds):
        return title
    # "(and more)" or "(only)" alone is no note of the feed's form.
    if all(
        w in ("and", "only", "version", "full", "high", "low", "best", "standard") for w in kinds
    ):
        return title
    return title[: found.start()]


def closing_bracketed(title: str, names_site: Callable[[str], bool]) -> str | None:
    """The site's name a title closes on in brackets, after what the page lists ("Stephen
    Bates's recent appearances (OpenAustralia.org)"), when `names_site` says it is the site's."""
    found = _CLOSING_NOTE.search(title)
    if found is None or not title[: found.start()].strip():
        return None
    name = found.group(1).strip()
    # A lower-case word is the writer's handle beside their name ("Jonathon Belotti
    # [thundergolfer]" on thundergolfer.com): the name before it credits the blog.
    handle = name.islower() and " " not in name
    return name if names_site(name) and not handle else None


# A preposition closing a part before the next is the title's phrase cut at its separator
# ("Feedster on: akregator", a search feed's "<site> on: <query>"): the part is the name alone.
_DANGLING = re2.compile(
    r"(?i)\s+(?:on|for|about|of|in|from|by|with|at|sur|pour|für|über|von|zu|auf|"
    r"на|о|в|по|для|про|di|per|su|con|em|para|por|sobre)\s*$"
)


def without_dangling_word(part: str) -> str:
    """A part not closing the title, less a preposition left hanging by the separator."""
    found = _DANGLING.search(part)
    return part[: found.start()] if found is not None and part[: found.start()].strip() else part
