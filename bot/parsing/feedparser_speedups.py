"""feedparser, faster, with the same results: memoised URL joins, coalesced character data,
plain key lookups, flat copies of flat content parameters."""

# feedparser joins the current base URL with itself for every element it opens and resolves
# every link against it (a quarter of its time on news feeds), and expat hands it text in
# many small pieces. Both fixes are invisible in the results: the joins are pure functions of
# their arguments, and buffered text reaches the same handler concatenated.
#
# FeedParserDict looks every key up through its legacy aliases ("modified" for "updated"):
# feedparser itself asks ~60 times an entry for keys that have none ("type", "base"), and a
# Python __getitem__ behind each .get() and `in` was ~10% of parsing. Keys without an alias
# now go straight to dict's lookup, which is what the long way ends in for them. And each
# content element's parameters (type, language, base: strings) were deep-copied through
# copy.deepcopy's generic machinery; a flat copy of a dict of strings is the same dict.
# Measured on the bench's 58 news feeds: feedparser.parse 0.248 → 0.208 ms an entry.
# tests/test_parse.py checks that the corpus parses the same with and without them.

from __future__ import annotations

import copy
import functools
import importlib.util
import inspect
import re
import textwrap
import types
from typing import Any
from urllib.parse import urlsplit
from xml.sax import expatreader

from feedparser import api, datetimes, mixin, urls
from feedparser.datetimes.w3dtf import _parse_date_w3dtf
from feedparser.parsers.strict import _StrictFeedParser
from feedparser.util import FeedParserDict

from bot.parsing import fast_sax

_ORIGINAL = (
    mixin.make_safe_absolute_uri,
    mixin._urljoin,
    expatreader.ExpatParser.reset,
    FeedParserDict.__getitem__,
    FeedParserDict.__contains__,
    FeedParserDict.get,
    mixin.copy,
    mixin._FeedParserMixin.pop,
    FeedParserDict.setdefault,
    mixin._FeedParserMixin.handle_data,
    _StrictFeedParser.characters,
    api.PREFERRED_XML_PARSERS,
    mixin._FeedParserMixin.unknown_starttag,
    mixin._FeedParserMixin.unknown_endtag,
    tuple(datetimes._date_handlers),
)
# Keys FeedParserDict answers for specially (legacy aliases and computed keys).
_SPECIAL_KEYS = frozenset(
    {"category", "enclosures", "license", "updated", "updated_parsed", *FeedParserDict.keymap}
)
_ATOMS = (str, int, bool, type(None))

# Every element's text goes through two whole-string passes in FeedParserDict's pop: a
# Latin-1 → UTF-8 round trip, and a translate() that maps the C1 controls (U+0080–U+009F) to
# what Windows-1252 meant by them. For ASCII text the round trip gives the text back, and a
# text without a C1 control translates to itself; but translate() with a dict looks every
# character of non-ASCII text up one by one (12% of feedparser's time on the bench's feeds).
# Both are skipped where they cannot change the text: the same lines, each behind a check.
_ROUND_TRIP = "output = output.encode('iso-8859-1').decode('utf-8')"
_TRANSLATE = "output = output.translate(_cp1252)"
_C1_CONTROL = re.compile("[\x80-\x9f]")


# contentparams (a FeedParserDict) is asked for "type" and "base64", keys without an alias, at
# every element's end and for every piece of text: dict.get answers them as _get would, without
# a Python call (about 240,000 an ingest_stages run of 116 feeds, 0.15 us each: 3% of parsing).
_PARAMS_GET = "self.contentparams.get("
# pop then drops two keys the content parameters rarely hold, each by `del` in a try: a
# KeyError raised and caught twice an element (24,000 elements a copy of the bench's news
# feeds); dict.pop with a default drops the same key, or nothing, without raising.
_DROPS = {
    f"try:\n        del self.contentparams['{key}']\n    except KeyError:\n        pass": (
        f"self.contentparams.pop('{key}', None)"
    )
    for key in ("mode", "base64")
}


def _rewritten(method: Any, edits: dict[str, str], name: str) -> Any:
    """feedparser's `method` with its source edited (each edit's text found once or more);
    None if feedparser's source is not the one this was written for."""
    source = textwrap.dedent(inspect.getsource(method))
    if any(old not in source for old in edits):
        return None
    for old, new in edits.items():
        source = source.replace(old, new)
    # Its globals are a copy of feedparser's module's, taken before install() swaps `copy`
    # there: without its own, pop deep-copied through copy.deepcopy after all.
    namespace = {
        **vars(mixin),
        "_C1_CONTROL": _C1_CONTROL,
        "_plain_get": dict.get,
        "copy": types.SimpleNamespace(deepcopy=_deepcopy),
    }
    exec(compile(source, f"<feedparser {name}, newsbot speed-ups>", "exec"), namespace)  # noqa: S102
    return namespace[method.__name__]


def _quick_pop() -> Any:
    """feedparser's pop with the two passes skipped where they change nothing; None if
    feedparser's source is not the one this was written for."""
    source = inspect.getsource(mixin._FeedParserMixin.pop)
    if source.count(_ROUND_TRIP) != 1 or source.count(_TRANSLATE) != 1:
        return None
    edits = {
        _ROUND_TRIP: f"if not output.isascii(): {_ROUND_TRIP}",
        _TRANSLATE: f"if not output.isascii() and _C1_CONTROL.search(output): {_TRANSLATE}",
        _PARAMS_GET: "_plain_get(self.contentparams, ",
        **_DROPS,
        _HTMLISH: _HTMLISH_IF_READ,
        _LINK_ENTITIES: _LINK_ENTITIES_IF_ANY,
        _GUESS_HTML: _GUESS_HTML_IF_MARKED,
    }
    return _rewritten(mixin._FeedParserMixin.pop, edits, "pop")


# Two of pop's searches whose patterns need a character most texts lack (session 26, I28):
# every link's text goes through re.sub for "&name;" (a module-level call: the pattern looked
# up in re's cache, then the search; ~2,500 links a copy of the bench's news feeds), and every
# RSS text said to be text/plain (titles: 2,686 a copy) through looks_like_html, whose first
# test is a search for "</name>" or "&name;"/"&#…;". Without a "&" the substitution gives the
# text back; without "<" or "&" looks_like_html answers False (feedparser 6.0's own
# staticmethod, which newsbot does not override). Same results, without the calls.
_LINK_ENTITIES = r'output = re.sub("&([A-Za-z0-9_]+);", r"&\g<1>", output)'
_LINK_ENTITIES_IF_ANY = f'{_LINK_ENTITIES} if "&" in output else output'
_GUESS_HTML = "if self.looks_like_html(output):"
_GUESS_HTML_IF_MARKED = 'if ("<" in output or "&" in output) and self.looks_like_html(output):'


# pop works out whether an element's text is HTML for two passes newsbot switches off
# (relative-URI resolution and sanitising: feeds.py): a content-type lookup and a Python
# call every element (26,000 a copy of the bench's news feeds). The flag is read only by
# the two passes' `if is_htmlish and self.<pass>`, so it is worked out when one is on.
_HTMLISH = "is_htmlish = self.map_content_type("
_HTMLISH_IF_READ = (
    "is_htmlish = (self.resolve_relative_uris or self.sanitize_html) and self.map_content_type("
)

# feedparser finds an element's handler by getattr in a try: for the elements it has none for
# (a feed's extensions: "post-id", "wfw:commentRss", "slash:comments", an enclosure's end; 3,169
# of 23,794 elements a copy of the bench's news feeds) each start and end raised and caught an
# AttributeError, ~1.7 us against 0.1 us for getattr's default. Same flow: a handler that
# raises AttributeError itself still falls back to the default handling.
_START_LOOKUP = {
    # An element without attributes (most: 18,000 of 24,000) builds no list comprehension.
    "attrs = [self._normalize_attributes(attr) for attr in attrs]": (
        "attrs = [self._normalize_attributes(attr) for attr in attrs] if attrs else []"
    ),
    """try:
        method = getattr(self, methodname)
        return method(attrs_d)
    except AttributeError:
""": """method = getattr(self, methodname, None)
    try:
        if method is not None:
            return method(attrs_d)
    except AttributeError:
        pass
    if True:  # feedparser's except-branch, as it is
""",
}
_END_LOOKUP = {
    """try:
        if self.svgOK:
            raise AttributeError()
        method = getattr(self, methodname)
        method()
    except AttributeError:
        self.pop(prefix + suffix)
""": """method = None if self.svgOK else getattr(self, methodname, None)
    try:
        if method is not None:
            method()
    except AttributeError:
        method = None
    if method is None:
        self.pop(prefix + suffix)
"""
}


def _reset_with_buffered_text(self: Any) -> None:
    _ORIGINAL[2](self)
    self._parser.buffer_text = True
    fast_sax.hook(self)


def _getitem(self: FeedParserDict, key: Any) -> Any:
    if key in _SPECIAL_KEYS:
        return _ORIGINAL[3](self, key)
    return dict.__getitem__(self, key)


def _contains(self: FeedParserDict, key: Any) -> bool:
    if key in _SPECIAL_KEYS:
        return bool(_ORIGINAL[4](self, key))
    return dict.__contains__(self, key)


def _get(self: FeedParserDict, key: Any, default: Any = None) -> Any:
    if key in _SPECIAL_KEYS:
        return _ORIGINAL[5](self, key, default)
    return dict.get(self, key, default)


def _setdefault(self: FeedParserDict, key: Any, default: Any) -> Any:
    # feedparser's: `in`, then a set or a get, each through its aliases (33,000 calls a stage
    # bench run, 3 Python calls each); for a key without one, dict's own does the same.
    if key in _SPECIAL_KEYS:
        return _ORIGINAL[8](self, key, default)
    return dict.setdefault(self, key, default)


def _deepcopy(value: Any, memo: Any = None) -> Any:
    # A FeedParserDict of strings and numbers with no attributes and no aliased keys: a copy
    # holds the same items (deepcopy would rebuild it through __setitem__, which renames
    # aliased keys; none are here).
    if (
        type(value) is FeedParserDict
        and not value.__dict__
        and all(type(v) in _ATOMS for v in dict.values(value))
        and not any(k in _SPECIAL_KEYS for k in dict.keys(value))
    ):
        return FeedParserDict(value)
    return copy.deepcopy(value, memo)


_POP = _quick_pop()
_CHARACTERS_BODY = inspect.getsource(_StrictFeedParser.characters).split(":", 1)[1]
_CHARACTERS_ONLY_HANDS_ON = _CHARACTERS_BODY.split() == ["self.handle_data(text)"]
_HANDLE_DATA = _rewritten(
    mixin._FeedParserMixin.handle_data,
    {_PARAMS_GET: "_plain_get(self.contentparams, "},
    "handle_data",
)
_STARTTAG = _rewritten(mixin._FeedParserMixin.unknown_starttag, _START_LOOKUP, "unknown_starttag")
_ENDTAG = _rewritten(mixin._FeedParserMixin.unknown_endtag, _END_LOOKUP, "unknown_endtag")

# feedparser resolves every link element against the base (urljoin behind an lru_cache that a
# new link never hits): 5,088 joins for 4,396 entries on the bench's news feeds. An absolute
# http(s) address that urlsplit reads without a check (ASCII host, no brackets, whitespace or
# ";" params) and whose "?" and "#" parts are not empty is what urljoin gives back for it,
# against any base urlsplit can read: it returns a URL of another scheme unchanged, and
# urlunparse(urlparse(u)) == u for one of the same. tests/test_parse.py holds this to
# feedparser's join on every address of the corpus. bench/ingest_stages.py --copies 4, parse
# (best of 4, interleaved): 0.235 -> 0.218 ms an entry, about 1.2 s of CPU over
# bench/ingest.py's 75,598 entries.
_PLAIN_ADDRESS = re.compile(r"https?://([^/?#\[\]\s;]+)(?:/[^?#\s;]*)?(?:\?[^#\s;]+)?(?:#[^\s;]+)?")


@functools.lru_cache(maxsize=256)
def _readable_base(base: str) -> bool:
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


def quick_urljoin(base: Any, uri: Any) -> Any:
    """feedparser's _urljoin, answering plain absolute addresses without joining."""
    if type(uri) is str and type(base) is str and _readable_base(base):
        plain = _PLAIN_ADDRESS.fullmatch(uri)
        if plain is not None and plain.group(1).isascii():
            return uri
    return _JOIN(base, uri)


_JOIN = functools.lru_cache(maxsize=4096)(urls._urljoin)


# feedparser tries the W3C date format first on every date. An RFC 822 date whose day name has
# no "t" and no "t" after it either ("Mon, 07 Dec 2026 08:00:00 +0000") reaches int("mon,")
# there and fails by a ValueError, raised and caught (3% of a first check's parse on the
# bench's news feeds). The same steps tell that beforehand: with no "t" in the lowered text,
# the year it reads is its first word up to a "-", and four characters opening with a letter
# are no number int() reads. Such a date gets the same None without the exception; any other
# text goes to feedparser's function. tests/test_judged_s24_parse_cpu.py holds it to it.
def quick_w3dtf(datestr: Any) -> Any:
    """feedparser's _parse_date_w3dtf, answering None early where its year is a word."""
    if type(datestr) is str and "t" not in (lowered := datestr.lower()):
        words = lowered.split()
        if words and len(year := words[0].split("-", 2)[0]) == 4 and "a" <= year[0] <= "z":
            return None
    return _parse_date_w3dtf(datestr)


# feedparser asks xml.sax for libxml2's SAX driver first: where libxml2's Python bindings are
# not installed, that import fails anew at every parse (a search of sys.path, 2,000 a first
# cycle) before expat's driver, which is what parses then. Asked once here instead.
_NO_LIBXML2 = importlib.util.find_spec("drv_libxml2") is None


def install() -> None:
    """Switch the speed-ups on (idempotent)."""
    if _NO_LIBXML2:
        api.PREFERRED_XML_PARSERS = [p for p in _ORIGINAL[11] if p != "drv_libxml2"]
    mixin.make_safe_absolute_uri = functools.lru_cache(maxsize=4096)(urls.make_safe_absolute_uri)
    mixin._urljoin = quick_urljoin
    setattr(expatreader.ExpatParser, "reset", _reset_with_buffered_text)  # noqa: B010
    FeedParserDict.__getitem__ = _getitem
    FeedParserDict.__contains__ = _contains
    FeedParserDict.get = _get
    mixin.copy = types.SimpleNamespace(deepcopy=_deepcopy)
    FeedParserDict.setdefault = _setdefault
    if _POP is not None:
        mixin._FeedParserMixin.pop = _POP
    datetimes._date_handlers[:] = [
        quick_w3dtf if handler is _parse_date_w3dtf else handler for handler in _ORIGINAL[14]
    ]
    if _STARTTAG is not None:
        # Its globals were copied before the swaps above: it joins through the quick ones too.
        _STARTTAG.__globals__["make_safe_absolute_uri"] = mixin.make_safe_absolute_uri
        _STARTTAG.__globals__["_urljoin"] = mixin._urljoin
        mixin._FeedParserMixin.unknown_starttag = _STARTTAG
    if _ENDTAG is not None:
        mixin._FeedParserMixin.unknown_endtag = _ENDTAG
    if _HANDLE_DATA is not None:
        mixin._FeedParserMixin.handle_data = _HANDLE_DATA
        if _CHARACTERS_ONLY_HANDS_ON:
            # expat's text handler: characters(text) only calls handle_data(text).
            _StrictFeedParser.characters = _HANDLE_DATA


def uninstall() -> None:
    """Back to feedparser as shipped (for the equivalence test)."""
    (
        mixin.make_safe_absolute_uri,
        mixin._urljoin,
        reset,
        FeedParserDict.__getitem__,
        FeedParserDict.__contains__,
        FeedParserDict.get,
        mixin.copy,
        mixin._FeedParserMixin.pop,
        FeedParserDict.setdefault,
        mixin._FeedParserMixin.handle_data,
        _StrictFeedParser.characters,
        api.PREFERRED_XML_PARSERS,
        mixin._FeedParserMixin.unknown_starttag,
        mixin._FeedParserMixin.unknown_endtag,
        date_handlers,
    ) = _ORIGINAL
    datetimes._date_handlers[:] = date_handlers
    setattr(expatreader.ExpatParser, "reset", reset)  # noqa: B010
