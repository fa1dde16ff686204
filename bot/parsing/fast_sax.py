"""feedparser's element events straight from expat: the tag and attributes its SAX handlers
would work out, without xml.sax's wrapper objects in between."""

# Each element went expat → ExpatParser.start_element_ns (splits the name, builds an
# AttributesNSImpl) → _StrictFeedParser.startElementNS (lowercases, maps the namespace to
# feedparser's prefix, builds the attributes dict) → unknown_starttag; the end tag likewise.
# Neither library exposes a way to skip the middle, and the tag an expat name maps to is the
# same every time it recurs (one of 40-odd names a feed): here expat calls one function that
# looks the tag up and calls unknown_starttag / unknown_endtag with what the two would have
# passed. bench/ingest_stages.py's parse stage, with and without it interleaved in one
# process: 2.613 -> 2.274 s CPU, 13% less (README, "Session 12"). The code it stands in for
# is checked by its source: on another feedparser or Python whose functions differ, expat
# keeps calling the library's own handlers. tests/test_fast_sax.py checks that the corpus
# parses to the same feedparser result with and without it.

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from typing import Any
from xml.sax import expatreader

from feedparser.parsers.strict import _StrictFeedParser

_MATHML = "http://www.w3.org/1998/Math/MathML"
_SVG = "http://www.w3.org/2000/svg"
_USERLAND = "http://backend.userland.com/rss"

# sha256 of the four functions' source this module reproduces (feedparser 6.0.14, CPython 3.11).
_KNOWN_SOURCES = "19fad9165701aad90d18554c9bb42ee4ab567e3cfe54144851eb534b92adbae8"


def _sources_digest() -> str:
    parts = (
        expatreader.ExpatParser.start_element_ns,
        expatreader.ExpatParser.end_element_ns,
        _StrictFeedParser.startElementNS,
        _StrictFeedParser.endElementNS,
    )
    text = "".join(inspect.getsource(part) for part in parts)
    return hashlib.sha256(text.encode()).hexdigest()


def _pair(name: str) -> tuple[str | None, str] | None:
    """start_element_ns's (namespace, local name) of an expat name; None where it would not
    give two parts (left to the library's own path)."""
    parts = name.split()
    if len(parts) == 1:
        return None, name
    if len(parts) in (2, 3):
        return parts[0], parts[1]
    return None


class _Tags:
    """Tags and attribute keys by expat name, for one feedparser namespace table."""

    def __init__(self, match: dict[str, str]) -> None:
        self.match = match
        # expat name → (tag, xmlns attribute or None, namespace to look up in the feed's
        # namespaces_in_use or None); (None, None, None) for a name left to the library.
        self.starts: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.ends: dict[str, tuple[str | None, str | None]] = {}
        self.attributes: dict[str, tuple[str, str] | None] = {}

    def start(self, name: str) -> tuple[str | None, str | None, str | None]:
        pair = _pair(name)
        if pair is None:
            found: tuple[str | None, str | None, str | None] = (None, None, None)
        else:
            namespace, localname = pair
            lowernamespace = (namespace or "").lower()
            if lowernamespace.find("backend.userland.com/rss") != -1:
                namespace = lowernamespace = _USERLAND
            prefix = self.match.get(lowernamespace)
            localname = localname.lower()
            xmlns = None
            if (localname, namespace) in (("math", _MATHML), ("svg", _SVG)):
                xmlns = namespace
            if prefix:
                found = ((prefix.lower() + ":" + localname).lower(), xmlns, None)
            elif namespace:
                found = (localname, xmlns, namespace)
            else:
                found = (localname.lower(), xmlns, None)
        self.starts[name] = found
        return found

    def end(self, name: str) -> tuple[str | None, str | None]:
        pair = _pair(name)
        if pair is None:
            found: tuple[str | None, str | None] = (None, None)
        else:
            namespace, localname = pair
            prefix = self.match.get((namespace or "").lower(), "")
            if prefix:
                found = ((prefix + ":" + localname).lower(), None)
            elif namespace:
                found = (localname, namespace)
            else:
                found = (localname.lower(), None)
        self.ends[name] = found
        return found

    def attribute(self, name: str) -> tuple[str, str] | None:
        parts = name.split()
        found: tuple[str, str] | None = None
        if len(parts) in (1, 2, 3):
            namespace, local = (None, name) if len(parts) == 1 else (parts[0], parts[1])
            qname = f"{parts[2]}:{parts[1]}" if len(parts) == 3 else local
            prefix = self.match.get((namespace or "").lower(), "")
            found = ((prefix + ":" + local if prefix else local).lower(), qname.lower())
        self.attributes[name] = found
        return found


def _in_use(handler: Any, namespace: str, localname: str) -> str:
    # The namespace is not one feedparser knows: the prefix the feed declared for it, if any.
    for name, value in handler.namespaces_in_use.items():
        if name and value == namespace:
            tag: str = (name + ":" + localname).lower()
            return tag
    return localname.lower()


def _attributes(handler: Any, tags: _Tags, xmlns: str | None, attrs: dict[str, str]) -> Any:
    """startElementNS's attribute pairs; None for a name left to the library."""
    keys = []
    for name in attrs:
        key = tags.attributes[name] if name in tags.attributes else tags.attribute(name)
        if key is None:
            return None
        keys.append(key)
    found, handler.decls = handler.decls, {}
    if xmlns is not None:
        found["xmlns"] = xmlns
    values = list(attrs.values())
    for (local, _), value in zip(keys, values, strict=True):
        found[local] = value
    for (_, qname), value in zip(keys, values, strict=True):
        found[qname] = value
    return list(found.items())


def _handlers(reader: Any, handler: Any, tags: _Tags) -> tuple[Callable[..., Any], ...]:
    starttag, endtag = handler.unknown_starttag, handler.unknown_endtag
    starts, ends = tags.starts, tags.ends
    library_start, library_end = reader.start_element_ns, reader.end_element_ns

    def start(name: str, attrs: dict[str, str]) -> None:
        tag, xmlns, namespace = starts.get(name) or tags.start(name)
        if tag is None:
            return library_start(name, attrs)  # type: ignore[no-any-return]
        if attrs or xmlns is not None or handler.decls:
            pairs = _attributes(handler, tags, xmlns, attrs)
            if pairs is None:
                return library_start(name, attrs)  # type: ignore[no-any-return]
        else:
            pairs = []
        if namespace is not None:
            tag = _in_use(handler, namespace, tag)
        starttag(tag, pairs)
        return None

    def end(name: str) -> None:
        tag, namespace = ends.get(name) or tags.end(name)
        if tag is None:
            library_end(name)
            return
        endtag(tag if namespace is None else _in_use(handler, namespace, tag))

    return start, end


_TAGS: dict[int, _Tags] = {}
SUPPORTED = _sources_digest() == _KNOWN_SOURCES


def hook(reader: Any) -> None:
    """After ExpatParser.reset: expat's element events go straight to a feedparser handler."""
    handler = reader._cont_handler
    if not SUPPORTED or not isinstance(handler, _StrictFeedParser):
        return
    match = handler._matchnamespaces
    tags = _TAGS.get(id(match))
    if tags is None or tags.match is not match:
        tags = _TAGS[id(match)] = _Tags(match)
    start, end = _handlers(reader, handler, tags)
    reader._parser.StartElementHandler = start
    reader._parser.EndElementHandler = end
