"""Stricter hygiene for the links a summary carries in its text (not for entry keys): affiliate
and share-tracking parameters, links on function words or runs of one-word links, tag pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.parsing.urls import registered_domain
from bot.text.link_targets import is_listing_query, path_without_associate, without_host_folder

# Affiliate kits (Amazon Associates: "tag=name-20&linkCode=ur2&camp=1789&creative=9325"):
# the page is the same without them; an associate "tag" ends in a two-digit market code.
_AFFILIATE_KEYS = frozenset(
    {"linkcode", "link_code", "camp", "creative", "creativeasin", "ascsubtag"}
)
_ASSOCIATE_TAG = re.compile(r"[\w.]+-2\d")
# Keys that are tracking only beside an affiliate kit or an Amazon "/ref=…" path tail
# (Microsoft's "fwlink/?LinkID=120655" is the page itself).
_BESIDE_AFFILIATE = frozenset({"ie", "qid", "sr", "keywords", "sprefix", "crid", "psc", "linkid"})
_REF_TAIL = re.compile(r"/ref=[\w.%-]*$")
# Share tracking: YouTube's and Spotify's "si" token, Instagram's igshid, old Twitter's tw_*
# click keys, YouTube's "feature=share", Google Docs' "usp=sharing" (with its ouid/rtpof/sd).
_SHARE_KEYS = frozenset({"igshid", "igsh", "tw_e", "tw_i", "tw_p", "ref_url"})
_SHARE_TOKEN = re.compile(r"[\w-]{10,}")
_SHARE_FEATURE = re.compile(r"share\w*|youtu\.be|emb_\w+|player_\w+", re.IGNORECASE)
_SHARE_USP = re.compile(r"shar\w*|drive_link|share_link|copy_link", re.IGNORECASE)
_BESIDE_SHARE = frozenset({"ouid", "rtpof", "sd"})
# In-site referral marks: the New York Times' "hp" (came from the home page) and "_r".
_REFERRAL_KEYS = frozenset({"hp", "_r"})


def _is_noise(key: str, value: str, affiliate: bool, shared: bool) -> bool:
    low = key.lower()
    if low in _AFFILIATE_KEYS or low in _SHARE_KEYS or low in _REFERRAL_KEYS:
        return True
    if low == "tag":
        return bool(_ASSOCIATE_TAG.fullmatch(value))
    if low == "si":
        return bool(_SHARE_TOKEN.fullmatch(value))
    if low == "feature":
        return bool(_SHARE_FEATURE.fullmatch(value))
    if low == "usp":
        return bool(_SHARE_USP.fullmatch(value))
    return (affiliate and low in _BESIDE_AFFILIATE) or (shared and low in _BESIDE_SHARE)


# A session id a server wrote into the path as a parameter ("…/212201200;jsessionid=JP4K…",
# ";phpsessid=", ";sid="): tracking, and the page is the same without it. Other parameters
# are the path's own, their ";" kept as written (an escaped "%3B" is another path).
_SESSION_PARAMETER = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/;?#]*", re.IGNORECASE)
_ESCAPED_SEMICOLON = re.compile("%3B", re.IGNORECASE)


def with_path_parameters(canonical: str, written: str) -> str:
    """`canonical` with the ";" of the written address's path back and its session ids out."""
    path = urlsplit(written).path
    if ";" not in path:
        return canonical
    parts = urlsplit(canonical)
    kept = _SESSION_PARAMETER.sub("", _ESCAPED_SEMICOLON.sub(";", parts.path))
    return urlunsplit(parts._replace(path=kept))


def inline_href(url: str) -> str:
    """`url` less affiliate, share-tracking and referral parameters (and Amazon's "/ref=…")."""
    url = without_host_folder(path_without_associate(url))
    parts = urlsplit(url)
    path = _REF_TAIL.sub("", parts.path) if "/ref=" in parts.path else parts.path
    if not parts.query:
        return url if path == parts.path else urlunsplit(parts._replace(path=path))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    affiliate = path != parts.path or any(
        k.lower() in _AFFILIATE_KEYS or (k.lower() == "tag" and _ASSOCIATE_TAG.fullmatch(v))
        for k, v in pairs
    )
    shared = any(k.lower() == "usp" and _SHARE_USP.fullmatch(v) for k, v in pairs)
    kept = [(k, v) for k, v in pairs if not _is_noise(k, v, affiliate, shared)]
    if len(kept) == len(pairs) and path == parts.path:
        return url
    # A key with no value stays bare ("?intro2"), as canonical_url writes it.
    query = "&".join(urlencode([(k, v)]) if v else urlencode([(k, "")])[:-1] for k, v in kept)
    return urlunsplit(parts._replace(path=path, query=query))


# A page that lists a site's items under a label (tag, topic, category, search) is no source:
# "clima" linked to /tema/pronostico-del-tiempo, "Asimo" to /tag/asimo/. A release's tag
# ("releases/tag/2.1", "tags/0.13.4") is a page of its own.
_LISTING_PATH = re.compile(
    r"/(?:tags?|topics?|temas?|tema|category|categories|categoria|categorie|kategorie|thema|"
    r"themen|rubrique|etiqueta|etiquetas|labels?|search|buscar|suche|recherche)"
    r"/(?![vV]?\d)[^/]+/?$",
    re.IGNORECASE,
)


# A site's own glossary or dictionary (a page of it, or one letter: "-Glossaire-?lettre=M"):
# plugins link words of every entry to it, a definition and no source for the words. Another
# site's ("merriam-webster.com/dictionary/merge", MDN's "Glossary/Viewport") an author chose.
_GLOSSARY_PATH = re.compile(
    r"/-?(?:gloss(?:ary|aries|aire|ar|ario|arium)|lexi(?:que|con|kon)|"
    r"dictionary|dictionnaire|diccionario|w(?:ö|oe)rterbuch)-?(?:\.\w+)?(?:/|$)",
    re.IGNORECASE,
)


def is_listing_page(url: str) -> bool:
    """Whether `url` is a tag, topic, category or search listing (not a release's tag)."""
    path = urlsplit(url).path
    listed = bool(_LISTING_PATH.search(path)) and "/releases/" not in path
    return listed or is_listing_query(url)


def is_own_glossary(url: str, article_url: str | None) -> bool:
    """Whether `url` is a page of the glossary of the article's own site."""
    if article_url is None or not _GLOSSARY_PATH.search(urlsplit(url).path):
        return False
    return registered_domain(url) == registered_domain(article_url)


# A sentence that points at the listing itself ("some of my <personal favorites>", "this flickr
# <collection>") relies on its link: a demonstrative or possessive just before the words.
_POINTING = frozenset(
    """this these that those my our your his her their ce cet cette ces mon ma mes notre nos
    votre vos este esta estos estas mi mis nuestro nuestra nuestros nuestras dieser diese
    dieses mein meine unser unsere questo questa questi mio mia miei mie""".split()
)


def points_at_listing(before: str) -> bool:
    """Whether one of the two words before a link is a demonstrative or possessive."""
    return any(w in _POINTING for w in _WORD.findall(before.casefold())[-2:])


# Function words (articles, prepositions, conjunctions, pronouns, auxiliaries, degree words) of
# the languages the feeds use most. Deictic pointers ("here", "this", "aquí", "ici") are not
# here: "read it <here>" relies on its link.
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with about as into onto over under and or but nor so
    if than then that which who whom whose it its he she they them his her their we our you your
    i me my is are was were be been being am do does did has have had will would can could
    shall should may might must not no quite very rather just also too all any some more most
    much many lot lots few every each such both either neither only even still yet already
    de del la las el los un una unos unas y o en con por para al lo le les se su sus que es
    du des et ou au aux en dans sur pour par avec une un est sont ce cette ces il elle ils
    der die das den dem des ein eine einen und oder im am zu mit von für auf ist sind
    di da il lo gli le e o nel nella con per del della che
    het een en van op te voor met is""".split()
)
_WORD = re.compile(r"\w+")


def is_function_words(text: str) -> bool:
    """Whether every word of an anchor is a function word ("about", "a lot", "de la")."""
    words = _WORD.findall(text.casefold())
    return bool(words) and all(w in _FUNCTION_WORDS for w in words)


# Between two one-word links of a run: spaces only ("<lot> <about>"); "Om and Niall",
# "MGMT par AEROPLANE" are names joined, each its link.
_RUN_GAP = re.compile(r"\s+")


def in_one_word_runs(summary: str, spans: Sequence[tuple[int, int, str]]) -> set[int]:
    """Indexes of spans that are one-word links run together ("<quite> a <lot> <about>"): an
    author's links on each word of a phrase read as noise, not as a source."""
    ordered = sorted(range(len(spans)), key=lambda i: spans[i][0])
    noisy: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        (_, end, _), (start, stop, _) = spans[a], spans[b]
        one_word = " " not in summary[spans[a][0] : end] and " " not in summary[start:stop]
        if one_word and _RUN_GAP.fullmatch(summary[end:start]):
            noisy |= {a, b}
    return noisy
