"""Pulling an outlet's name out of the words after (or before) a reprint notice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.attribution.domains import inflected_outlet, outlet_for_domain
from bot.attribution.outlets import by_domain, lookup
from bot.text.blocks import Block

_I = re.I | re.U

# Initials run through their dots into the name they open ("the U.S. Small Business
# Administration"), not cut at the last one ("U.S").
_TOKEN = re.compile(
    r"(?P<url>https?://[^\s<>\"')\]]+)"
    r"|(?P<domain>(?:[\w-]+\.)+[a-z]{2,24}(?![\w])(?!\.[a-z])(?:/[^\s<>\"')\]]*)?)"
    r"|(?P<word>(?:[A-Z]\.){2,}(?=[ \t]+[A-Z])|[A-Z]\.[^\W\d_][\w'’ʻ-]*|(?:[A-Z]\.){2,}"
    r"|[^\W\d_][\w'’ʻ-]*|\d+[^\W\d_][\w-]*"
    r"|\d+)"
    r"|(?P<join>[&+/])"
    r"|(?P<space>[ \t]+)"
    r"|(?P<other>.)",
    re.S,
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januar februar märz juni juli oktober dezember janeiro fevereiro março maio junho julho "
    "setembro outubro novembro dezembro января февраля марта апреля мая июня июля августа "
    "сентября октября ноября декабря".split()
)
_DAY_ABBR = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_CONNECTORS = frozenset(
    "of and for on de del della dello di du des da do dos das der die das für y e i the la le el "
    "van von al at a".split()
)
_LEADING_ARTICLES = frozenset(
    "the a an el la los las le les il lo gli o os as der die das dem den".split()
)
_CAP_STOP = frozenset(
    "In On At By For With From And Or But Read Click See Share Sign Follow Subscribe This That It "
    "He She They We I You Our Its Their".split()
)
# Capitalised words that open a heading or a sentence, never a person's name.
CAPITALISED_FUNCTION_WORDS = _CAP_STOP
GENERIC_SUFFIX = frozenset("blog website site newsletter magazine podcast".split())
_EDITION = re.compile(
    r"(?:the|a|an)\s+(?:[^.,;()\n]{0,30}?\s)?(?:edition|issue|number|volume|print\s+edition|pages?)"
    r"\s+of\s+(?-i:the\s+)?",
    _I,
)
_DESCRIPTOR = re.compile(
    r"(?:(?:the|a|an|el|la|le|il|o)\s+)?(?:[a-zа-яё][\w-]*\s+){0,2}?"
    r"(?:sitio\s+web|site\s+web|site\s+internet|sito\s+web|p[áa]gina\s+web|Webseite|website"
    r"|site|blog|newspaper|magazine|journal|outlet|publication|paper|newsletter|platform"
    r"|channel|podcast|portal|diario|peri[óo]dico|revista|sitio|jornal|quotidiano|giornale|rivista"
    r"|publicaci[óo]n|publica[çc][ãa]o|pubblicazione|Publikation|Zeitschrift|Zeitung"
    r"|sito|quotidien|revue|hebdomadaire|газет[аеуы]|журнал[аеу]?|издани[еияю]|сайт[аеу]?"
    r"|портал[аеу]?|блог[аеу]?|агентств[аеоу]|редакци[ия]|канал[аеу]?)\s+"
    r"(?:(?:of|de|du|des|di|do|da|von|des)\s+)?"
    r"(?=[«\"“]?[^\W\d_])",
    re.U,
)
# Where in the print edition: "El Mercurio Cuerpo A2", "The Times page 12", "FAZ Seite 3".
_PRINT_LOCATOR = re.compile(
    r"\s+(?:Cuerpo|Section|Secci[óo]n|Sec[çc][ãa]o|Seite|Page|Pages|P[áa]gina|Pag\.|p\.|S\.)"
    r"\s*[A-Z]?\d+[A-Za-z]?$",
    re.I,
)
# "my Substack", "our sister site X", "seinem Blog": the venue, not the person, is named next.
_POSSESSIVE = re.compile(
    r"(?:my|our|his|her|their|mein\w*|unser\w*|mi|nuestr[oa]|mon|ma|notre)\s+", _I
)
_CORP_SUFFIX = re.compile(r",?\s+(?:Inc|LLC|Ltd|L\.?P|Corp|Co|Company|GmbH|AG|SA|S\.A|plc|Pty)\.?$")
_DEPT_SUFFIX = re.compile(
    r"\s+(?:Public\s+Affairs|Press\s+Office|Media\s+Relations|Communications(?:\s+Office)?"
    r"|Newsroom|Press\s+Releases?|News\s+Releases?|Media\s+Office|Staff)$",
    _I,
)
_OUTLET_WORDS = frozenset(
    "news times post journal press radio tv television magazine review herald tribune daily blog "
    "media network agency institute council centre center project guardian observer gazette "
    "report reporter wire service foundation society university college association broadcasting "
    "corporation channel monitor chronicle inquirer telegraph express mail star sun record "
    "insider policy week weekly today world global international online digital group company "
    "bureau office ministry department commission secretariat forum fund bank union committee "
    "conversation atlantic diplomat economist bulletin dispatch standard independent examiner "
    "courier register sentinel ledger leader nation voice quarterly science lab labs studio books "
    "publishing publications show live focus info hub digest zeitung zeitschrift rundschau "
    "allgemeine gazzetta giornale corriere diario periódico jornal folha gazeta estado presse "
    "monde país nación nacion krant tidning avis noticias notícias nachrichten nouvelles "
    "notizie revista rivista revue magazin".split()
)
_PARTICLES = frozenset("le la el il der die das the los las o a".split())
_OPEN_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


def _site_name(host_or_url: str) -> str:
    """A known outlet's name; else a bare host keeps its spelling ("DanSvetlov.me") and a full
    URL gives its registered domain."""
    host = urlsplit(host_or_url if "://" in host_or_url else "http://" + host_or_url).hostname
    outlet = by_domain(host) if host else None
    if outlet:
        return outlet.name
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}", host_or_url):
        return host_or_url.removeprefix("www.")
    return outlet_for_domain(host_or_url) or host_or_url


@dataclass(frozen=True)
class Name:
    """An extracted outlet name, the link it came with, and where it ended in the text."""

    name: str | None
    url: str | None
    end: int
    possessive: bool = False


def drop_person(name: str) -> str | None:
    """ "Tim Erlin on LinkedIn" -> "LinkedIn"; a bare person's name -> None; else unchanged."""
    # Only used where a person is plausible (after "by", before "reproduced here").
    m = re.match(r"(?P<head>.+?)\s+(?P<conn>on|at|for|in|of)\s+(?:the\s+)?(?P<tail>.+)$", name)
    if m and (
        looks_like_person(m["head"]) or (m["conn"] in ("on", "at") and _lone_first_name(m["head"]))
    ):
        return tidy(m["tail"])
    return None if looks_like_person(name) else name


def _lone_first_name(word: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z][a-z]+", word))
        and word.lower() not in _OUTLET_WORDS
        and lookup(word) is None
    )


def looks_like_person(name: str) -> bool:
    """True for "Jane Doe" / "Nathan E. Sanders"; single words are ambiguous and return False."""
    tokens = name.split()
    if not 1 < len(tokens) <= 4 or lookup(name):
        return False
    if tokens[0].lower() in _PARTICLES:
        return False
    if any(t.lower().strip(".,") in _OUTLET_WORDS for t in tokens):
        return False
    return all(
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’ʻ-]+|[A-Z]\.?|(?:Mc|Mac|O’|O')[A-Z][a-z]+", t)
        for t in tokens
    )


def _is_name_token(word: str) -> bool:
    if word.lower() in _MONTHS or word in _CAP_STOP:
        return False
    if word[0].isdigit():
        return any(c.isalpha() for c in word)
    return word[0].isupper()


def tidy(name: str) -> str | None:
    """Strip corporate and press-office suffixes and stray punctuation; None if nothing is left."""
    name = re.sub(r"\s+", " ", name).strip(" \t\n,;:-–—'\"“”«»*_")
    name = _CORP_SUFFIX.sub("", name)
    name = _PRINT_LOCATOR.sub("", name)
    shorter = _DEPT_SUFFIX.sub("", name)
    if shorter.strip():
        name = shorter
    name = re.sub(r"\s+[A-Z]$", "", name)  # "Bloomberg L" left by "L.P."
    if not re.search(r"[^\W\d_]", name) or name.lower() in _LEADING_ARTICLES:
        return None
    if len(name.split()) > 8:
        return None  # a title-cased headline, not an outlet
    return name


def _past_lead_in(text: str, pos: int) -> int:
    """Where the name starts: after a possessive, an edition and a descriptor, if pos has them."""
    m = _POSSESSIVE.match(text, pos)
    if m:
        pos = m.end()
    m = _EDITION.match(text, pos)
    if m:
        pos = m.end()
    m = _DESCRIPTOR.match(text, pos)
    return m.end() if m else pos


def _quoted(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The text inside a quotation opening at pos and its end, if it closes within limit."""
    if pos >= len(text) or text[pos] not in _OPEN_QUOTES:
        return None
    close = text.find(_OPEN_QUOTES[text[pos]], pos + 1)
    return (text[pos + 1 : close], close + 1) if 0 < close - pos <= limit else None


def _assemble(text: str, pos: int) -> tuple[str | None, int, bool]:
    """Read a capitalised name starting at pos; returns (name, end, ended_in_possessive)."""
    pos = _past_lead_in(text, pos)
    quoted = _quoted(text, pos, 80)
    if quoted:
        return tidy(quoted[0]), quoted[1], False
    parts: list[str] = []
    pending: list[str] = []
    end = pos
    possessive = False
    for tok in _TOKEN.finditer(text, pos, min(len(text), pos + 200)):
        kind, value = tok.lastgroup, tok.group()
        if kind == "space":
            if parts:
                pending.append(" ")
            continue
        if kind in ("url", "domain"):
            if not parts:
                return _site_name(value), tok.end(), False
            break
        if kind == "join":
            if not parts:
                break
            pending.append(value)
            continue
        if kind == "other" and parts and (quoted := _quoted(text, tok.start(), 40)):
            parts, end = [*parts, " ", quoted[0]], quoted[1]  # "РИА «Новости»"
            break
        if kind != "word":
            break
        lower = value.lower()
        if lower in _DAY_ABBR and re.match(r"\.?,?\s+\d", text[tok.end() :]):
            break  # "First published on Tue 4 Jun 2024"; "Sun" alone may be a paper
        if value.isdigit() and parts and len(value) <= 2:
            pending.append(value)  # "Il Sole 24 Ore", "France 24"; kept only if a name follows
            continue
        if _is_name_token(value):
            follows = re.match(r"\s+([\w-]+)", text[tok.end() :])
            keeps_going = follows is not None and follows.group(1).lower() in _OUTLET_WORDS
            if re.search(r"['’]s$", value) and len(value) > 3 and not keeps_going:
                parts += [*pending, value[:-2]]
                end, possessive = tok.end(), True
                break
            parts += [*pending, value]
            pending = []
            end = tok.end()
        elif parts and lower in GENERIC_SUFFIX and not "".join(pending).strip():
            parts += [*pending, value]
            end = tok.end()
            break
        elif parts and lower in _CONNECTORS:
            pending.append(value)
        elif not parts and lower in _LEADING_ARTICLES:
            continue
        else:
            break
    if not parts:
        return None, pos, False
    return tidy("".join(parts)), end, possessive


_SECTION_AFTER = re.compile(r"\s+[-–—|]\s+[^\W\d_][\w.&'’]*(?:\s+[\w.&'’]+){0,3}\s*")


def _from_link(text: str, href: str | None) -> str | None:
    label = text.strip()
    inflected = inflected_outlet(label, href)
    if inflected:
        return inflected
    if re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,24}(?:/\S*)?", label):
        return _site_name(label)
    # Link text that took the notice's preposition along: "[im Techniktagebuch](...)".
    core = re.sub(
        r"^(?:(?:im|in|auf|on|at|en|em|no|na|sur|dans|su|sul|sulla|nel|nella|на|в)\s+)?"
        r"(?-i:(?:the|a|der|die|das|dem|el|la|le|il|lo|o)\s+)?",
        "",
        label,
        flags=re.I,
    )
    name, end, possessive = _assemble(core, 0)
    if name and not possessive and end >= len(core.rstrip(" .")):
        return name
    # An outlet's name and its section ("CBS News - World News", "Science Daily - Top Health"):
    # the name, not the linked domain.
    if (
        name
        and not possessive
        and _SECTION_AFTER.fullmatch(core[end:])
        and not looks_like_person(name)
    ):
        return name
    # Descriptive link text ("David's website", "here"): the link's site is the better name.
    return outlet_for_domain(href) or name


def extract_name(block: Block, pos: int) -> Name:
    """The outlet named at text position pos of a block (link text wins over plain words)."""
    text = block.text
    while pos < len(text) and text[pos] in " \t\n*_>[(":
        pos += 1
    m = re.match(r"(?:the|a)\s+", text[pos:], re.I)
    if m and block.link_at(pos + m.end()) and not block.link_at(pos):
        pos += m.end()
    link = block.link_at(pos)
    if link:
        return Name(_from_link(text[link.start : link.end], link.href), link.href, link.end)
    name, end, possessive = _assemble(text, pos)
    kind = re.match(r"\s+([a-z]+)", text[end:])
    if name and possessive and kind and kind.group(1) in GENERIC_SUFFIX:
        if looks_like_person(name) or _lone_first_name(name):
            # "Jane Doe's blog": the outlet is the blog, not the person.
            return Name(f"{name}'s {kind.group(1)}", None, end + kind.end(), True)
    return Name(name, None, end, possessive)


_BEFORE = re.compile(
    r"((?:[«\"“]?[^\W\d_][\w'’.&-]*[»\"”]?)(?:\s+(?:of|and|&|the|for|on|de|la|di)?\s*"
    r"[^\W\d_][\w'’.&-]*)*)\s*$",
    re.U,
)


def name_before(text: str, pos: int) -> str | None:
    """The capitalised name that ends right before pos ("Mother Jones, reproduced here ...")."""
    m = _BEFORE.search(text[max(0, pos - 80) : pos])
    if not m:
        return None
    words = m.group(1).split()
    while words and not _is_name_token(words[0].strip('«"“')):
        words.pop(0)
    return tidy(" ".join(words)) if words else None


def smart_case(credit: str) -> str:
    """Title-case an all-caps credit ("THE DIPLOMAT") but keep short acronyms ("RNZ", "UN")."""
    if not credit.isupper() or re.fullmatch(r"[\w.-]+\.[A-Za-z]{2,24}", credit):
        return credit.lower() if "." in credit and " " not in credit else credit
    words = []
    for word in credit.split():
        if len(word) <= 3 and word.lower() not in ("the", "of", "and", "for", "on", "in"):
            words.append(word)
        else:
            words.append(word.capitalize() if word.isalpha() else word.title())
    return " ".join(words)


def expand_acronym(acronym: str, context: str) -> str | None:
    """A full name for an acronym: defined in the text ("Full Name (ACR)") or by its initials."""
    letters = re.sub(r"\W", "", acronym).upper()
    if not 2 <= len(letters) <= 8:
        return None
    defined = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|on|&)\s+)*)+)\(\s*"
        + re.escape(acronym)
        + r"\s*\)",
        context,
    )
    if defined:
        words = defined.group(1).split()
        spelled = iter("".join(words).upper())
        # The acronym's letters must appear in order in the name ("NAVFAC" in "Naval Facilities").
        if words[0][0].upper() in letters and all(letter in spelled for letter in letters):
            return " ".join(words)
    runs = re.findall(r"[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|on|&|[A-Z][\w'’-]*))*", context)
    for run in runs:
        words = run.split()
        for i, first in enumerate(words):
            if not first[0].isupper():
                continue
            for j in range(i + 1, min(len(words), i + 9)):
                if not words[j][0].isupper():
                    continue
                seq = words[i : j + 1]
                caps = "".join(w[0] for w in seq if w[0].isupper()).upper()
                every = "".join(w[0] for w in seq if w[0].isalpha()).upper()
                if letters in (caps, every):
                    return " ".join(seq)
    return None
