"""Aggregated feeds (one feed carrying many sites' items, such as Antenna or a planet) and the
site that carried each of their items: that site, not the aggregator, is the post's credit.

Kept apart from reprint attribution: the carrier is the site whose page the item links to;
who first published the article (a reprint's original) is still decided by `reprints`."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.attribution.credit_labels import via_label
from bot.attribution.domains import outlet_for_domain, registered_domain
from bot.attribution.hits import Hit
from bot.attribution.outlets import USER_SUBDOMAIN_PLATFORMS, by_domain
from bot.attribution.site_names import NameSource, derive_site_name
from bot.attribution.sites import Site
from bot.attribution.title_parts import separated
from bot.attribution.user_sites import place, user_credit, user_home, user_venue
from bot.parsing.feed_proxies import is_feed_host
from bot.parsing.links import is_redirector

# A feed is aggregated when its items link to at least this many registered domains other
# than its own, and those items are at least this share of the items with a link: a site
# linking now and then to a partner (faz.net's plus.faz.net is the same domain anyway) or a
# feed served from a feed host (feedburner) whose items are all on the site is not.
_MIN_FOREIGN_DOMAINS = 3
_MIN_FOREIGN_SHARE = 0.5
_BY_LINK = "the item link's domain"
_BY_TEXT = "its own text"
# A capitalised name as text writes it: words starting upper case or in mixed case ("LAist",
# "infoDOCKET"), joined by spaces or a short lower-case joiner ("Taste of Home"); a full stop
# ends a name unless a letter follows it ("U.S.").
# Python's re, not re2: \w is every script's letters here and the text is capped below.
_CAPITALISED = r"(?:[A-Z]|[a-z]+[A-Z])(?:[\w'’&-]|\.(?=\w))*"
_NAME_RUN = re.compile(
    rf"(?<![\w.'’-]){_CAPITALISED}(?:\s+(?:(?:of|the|and|on|de|la)\s+)?{_CAPITALISED})*"
)
_TEXT_CHARS = 3000


def is_aggregated(links: Iterable[str | None], site_url: str | None, feed_url: str) -> bool:
    """Whether a feed's item `links` are on many sites unlike its own (`site_url`, its <link>,
    and `feed_url`, where it is served)."""
    # A user's directory is its own site: a host's feed of its users' journals is aggregated.
    own = {place(site_url), place(feed_url)} - {None}
    domains = [place(link) for link in links if link]
    linked = [d for d in domains if d]
    foreign = [d for d in linked if d not in own]
    if not linked or len(foreign) < _MIN_FOREIGN_SHARE * len(linked):
        return False
    return len(Counter(foreign)) >= _MIN_FOREIGN_DOMAINS


# A tag URI's authority ("tag:daringfireball.net,2017:/linked//6.33853"; RFC 4151 allows
# "user@domain" there too).
_TAG_AUTHORITY = re.compile(r"^tag:(?:[^@,]*@)?([^,]+),")
# Blog platforms that mint their users' guids under their own name.
_GUID_PLATFORMS = USER_SUBDOMAIN_PLATFORMS | {"blogger.com", "google.com", "posterous.com"}


def guid_domain(entry_key: str) -> str | None:
    """The registered domain an entry's guid is minted under (a permalink's or a tag URI's),
    None when its key is no guid or the guid names no domain ("urn:uuid:…", "story-12")."""
    if not entry_key.startswith("id:"):
        return None
    guid = entry_key[3:].strip()
    if tagged := _TAG_AUTHORITY.match(guid):
        return registered_domain(tagged.group(1))
    return registered_domain(guid) if guid.startswith(("http://", "https://")) else None


def venue_link(link: str | None, entry_key: str) -> str | None:
    """The address an item's site is read from: its link, or where that is a feed service's
    redirect ("feeds.feedburner.com/~r/metajack/~3/…"), the home of the host its guid names."""
    if not link or not is_redirector(link) or not entry_key.startswith("id:"):
        return link
    # A permalink guid is the link already (parsing.links); a tag URI names only its host.
    guid = entry_key[3:].strip()
    tagged = _TAG_AUTHORITY.match(guid)
    host = tagged.group(1) if tagged else urlsplit(guid).hostname if "://" in guid else None
    home = f"http://{host.lower()}/" if host else None
    # "tag:typepad.com,2003:post-…", "tag:blogger.com,1999:blog-…": a platform's, not the site's.
    domain = registered_domain(home) if home else None
    if home is None or domain is None or domain in _GUID_PLATFORMS or is_redirector(home):
        return link
    return home


def is_own_item(entry_key: str, site_url: str | None, feed_url: str | None = None) -> bool:
    """Whether an item's guid is minted on the feed's own site: a link blog's post about
    another site's page (Daring Fireball, Pixel Envy) is the blog's own, not carried."""
    domain = guid_domain(entry_key)
    if domain is None:
        return False
    # A permalink in one user's directory is that user's, not the host's list of journals.
    guid = entry_key[3:].strip()
    here = place(guid) if guid.startswith(("http://", "https://")) else domain
    return here in {place(site_url), place(feed_url)}


@dataclass(frozen=True)
class Carrier:
    """The site an aggregated item came from: its name, its home page, and which evidence
    named it (for inspect and the bench)."""

    name: str
    url: str | None
    rule: str

    @property
    def by_address(self) -> bool:
        """Named by the item link's domain alone: a name read from its page would be better."""
        return self.rule in (_BY_LINK, _BY_TEXT)


def _home(url: str | None) -> str | None:
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}/"


def _source_home(source_url: str | None, link: str | None) -> str | None:
    """Where a <source>'s credit links: its site's front page, never a feed service's."""
    # "feeds.feedburner.com/LeWeblogDeBenoitDausse/" (an xFruits digest): the service's front
    # page is no one's site; the item's own host, else the source's feed, is the blog's.
    for url in (source_url, link):
        if (home := _home(url)) and not is_feed_host(home) and not (url and is_redirector(url)):
            return home
    return source_url if _home(source_url) else _home(link)


def _compact(text: str) -> str:
    """Letters and digits only, accents dropped: "Bon Appétit" spells bonappetit."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def venue(link: str) -> str:
    """The site an item's link is on: its registered domain, or a platform user's own host
    ("robertreich.substack.com" is not paulkrugman.substack.com), or a user's directory."""
    if user := user_venue(link):
        return user
    host = (urlsplit(link).hostname or "").removeprefix("www.")
    domain = registered_domain(link) or host
    return host if domain in USER_SUBDOMAIN_PLATFORMS else domain


def _label(link: str) -> str:
    """The part of the link's host a site's name spells: "islandtimes" for islandtimes.org,
    "robertreich" for robertreich.substack.com (a platform user's own venue)."""
    host = (urlsplit(link).hostname or "").removeprefix("www.")
    domain = registered_domain(link) or host
    if domain in USER_SUBDOMAIN_PLATFORMS and host != domain:
        return host.split(".")[0]
    return domain.split(".")[0]


def via_name(aggregator: str) -> str | None:
    """An aggregator's name as a post's "via": none for a bare host or an address."""
    # "rsdoiel.github.io" tells a reader nothing; a name written as a host, capitalised
    # ("Distrijob.fr", "Boston.com"), is the site's name for itself.
    host = re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", aggregator) and aggregator.islower()
    return None if host or "://" in aggregator else via_label(aggregator)


def _on_venue(url: str | None, link: str) -> bool:
    """Whether `url` is on the site an item's `link` is on."""
    return url is not None and venue(url) == venue(link)


# A blogger's "(via X)" naming where the linked item was found: one to three words, in any
# case ("(via archinect)", "via treehugger").
_VIA = re.compile(r"\bvia\s+((?:[\w&+'’-]+)(?:\s+[\w&+'’-]+){0,2})", re.IGNORECASE)


def named_via(text: str, link: str) -> str | None:
    """The linked site's name as the text's "via" gives it, spelling the link's domain or host
    ("archinect" for archinect.com, "MSNBC" for msnbc.msn.com); lower case gets a capital."""
    host = (urlsplit(link).hostname or "").removeprefix("www.")
    labels = {_compact(_label(link)), _compact(host.split(".")[0])}
    for found in _VIA.finditer(text[:_TEXT_CHARS]):
        words = found.group(1).split()
        for count in range(len(words), 0, -1):
            name = " ".join(words[:count]).rstrip("'’-")
            if len(_compact(name)) >= 3 and _compact(name) in labels:
                # "archinect" is a name written in lower case, as a handle is; a credit opens
                # with a capital as a name in a sentence does.
                return name[:1].upper() + name[1:] if name.islower() else name
    return None


def name_in_text(text: str, link: str) -> str | None:
    """The site's name as the item's own text writes it: a whole capitalised name spelling
    the link's domain ("Daily Trojan" on dailytrojan.com, "USNI News" on usni.org)."""
    label = _compact(_label(link))
    if len(label) < 3:
        return None
    text = text[:_TEXT_CHARS]
    if via := named_via(text, link):
        return via
    for run in _NAME_RUN.finditer(text):
        # "Marketplace’s Kai Ryssdal": the possessive is no part of the name either.
        name = re.sub(r"['’]s$", "", run.group(0).rstrip("'’-"))
        before = text[: run.start()].rstrip()
        opening = not before or before[-1] in ".!?:"
        # "The" opening a sentence is an article ("The Sprudge Coffee …"); "… told The
        # Economist" keeps it.
        bare = re.sub(r"^The\s+", "", name) if opening else name
        if _compact(bare) not in (label, label + "news"):
            continue
        # One plainly capitalised word may be any word, a city's name ("Boston" on
        # boston.com) or a sentence's first: only a brand's own styling ("TIME", "LAist",
        # "TechCrunch") or a name of several words ("Daily Trojan") is taken.
        if " " not in bare and bare[1:].islower():
            continue
        return bare
    return None


def name_in_title_parts(title: str, link: str) -> str | None:
    """The site's name as the first or last part of the item's title, spelling the link's
    domain ("Bigfoot - Conference Call, …" on bigfoot.com, "… | Ad Bard" on adbard.net)."""
    # A page's title naming its site, as a search aggregator (Talk Digger) carries it.
    label = _compact(_label(link))
    parts = [p.strip() for p in separated(title)]
    if len(label) < 3 or len(parts) < 2:
        return None
    for part in (parts[0], parts[-1]):
        # A part cut short ("Laura Robson Fans ...") is no name as written.
        cut = part.endswith(("...", "…"))
        if not cut and _compact(part) in (label, label + "news") and any(c.isupper() for c in part):
            return part
    return None


def author_names_site(author: str, link: str) -> bool:
    """Whether an item's author element is its site's name, as media monitors put it: one
    spelling the link's domain ("Västerås Tidning") or its initials ("Borås Tidning", bt.se)."""
    label = _compact(_label(link))
    words = [_compact(w) for w in author.split()]
    words = [w for w in words if w]
    if len(label) < 2 or not words:
        return False
    initials = len(words) >= 2 and "".join(w[0] for w in words) == label
    return initials or (len(label) >= 4 and "".join(words) in (label, label + "news"))


def item_carrier(
    link: str | None,
    *,
    source_name: str | None,
    source_url: str | None,
    notices: Sequence[Hit],
    text: str = "",
    footer_names: Mapping[str, str] | None = None,
    author: str | None = None,
) -> Carrier | None:
    """The site that carried an aggregated item: its <source>, its own or its site's CMS
    footer (`footer_names`, by venue), the outlets table, its `text`'s name, its host."""
    if source_name:
        # The source feed's title names its site as a channel's title does: less its section
        # ("Carl Chenet's Blog » debian-fr", "A propos de GNU/Linux - Tag - debian").
        source_home = _source_home(source_url, link)
        titled = derive_site_name(source_name, source_url or link, source_home or "")
        # Cut only at its separators: a one-part title is the source's own name ("DEV Community").
        whole = titled.source == NameSource.ADDRESS or len(separated(source_name)) < 2
        name = source_name if whole else titled.name
        return Carrier(name, source_home, "the item's <source>")
    home = _home(link)
    if home is None:
        return None
    site = Site(None, link)
    for hit in notices:
        if hit.family == "cms" and hit.publisher and site.owns(hit.publisher, hit.url):
            return Carrier(hit.publisher, home, "its CMS footer")
    assert link is not None  # it has a home
    if footer_names and (learned := footer_names.get(venue(link))):
        return Carrier(learned, home, "its site's name in the feed's items (footer or title)")
    if source_url and (named := outlet_for_domain(source_url)):
        return Carrier(named, _home(source_url), "the domain of the item's <source>")
    if (outlet := by_domain(urlsplit(link).hostname or "")) is not None:
        return Carrier(outlet.name, home, "the outlets table")
    if author and author_names_site(author, link):
        return Carrier(author.strip(), home, "the item's author, naming its site")
    # An aggregator's source line naming the linked site ("Source : <a href=link>LSA</a>",
    # Distrijob.fr): the name the aggregator gives the site it took the item from.
    for hit in notices:
        if hit.family == "source" and hit.publisher and _on_venue(hit.url, link):
            return Carrier(hit.publisher, home, "the item's source line")
    if titled_name := name_in_title_parts(text.partition("\n")[0], link):
        return Carrier(titled_name, home, "the item's title, naming its site")
    if (user := user_credit(link)) is not None:
        return Carrier(user, user_home(link), "the user's directory on a shared host")
    if spelled := name_in_text(text, link):
        return Carrier(spelled, home, _BY_TEXT)
    named = outlet_for_domain(link)
    return Carrier(named, home, _BY_LINK) if named else None
