"""Names of feeds that platforms and forum software generate from title templates: the
channel, user, community or project the feed is of, as the platform shows it ("r/homelab",
"gulpjs/gulp", "Failla Wines"), and the platform's own name where the feed is of no one
(OpenStreetMap's "Changesets"); the listing words of the template are never the credit.

The platform is left out of a name that says whose the feed is: the credit links the
channel's page on the platform, and Telegram's preview of a video link names the platform,
so "Failla Wines" reads better than "Failla Wines on Vimeo". Reddit's "r/" and Medium's own
"X on Medium" are how those platforms write their names, and are kept."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote, urlsplit

import re2

from bot.attribution.name_spellings import compact
from bot.attribution.section_pages import is_section_name
from bot.attribution.title_parts import separated
from bot.parsing.models import ChannelNames
from bot.parsing.urls import registered_domain

# Platforms whose feed titles are templates, by registered domain: their names, used when a
# feed is the platform's own listing rather than someone's on it.
_PLATFORMS = {
    "reddit.com": "Reddit",
    "youtube.com": "YouTube",
    "vimeo.com": "Vimeo",
    "github.com": "GitHub",
    "medium.com": "Medium",
    "openstreetmap.org": "OpenStreetMap",
}
# GitHub's path segments that are pages of a repository, not its owner's or its name.
_GITHUB_PAGES = frozenset("releases commits tags issues pulls wiki discussions".split())
# Vimeo: "Vimeo / Failla Wines’s videos", "Vimeo / Staff Picks"; its description "Videos
# uploaded by Failla Wines on Vimeo." says the same.
_VIMEO_TITLE = re2.compile(r"^Vimeo\s*/\s*(.+?)(?:['’]s?\s+(?:videos|likes|appearances))?$")
_VIMEO_DESCRIPTION = re2.compile(r"^Videos\s+(?:uploaded|liked)\s+by\s+(.+?)\s+on\s+Vimeo\.?$")
# Medium: "Stories by Jane Doe on Medium", "Food in Invironment on Medium" (a tag of a
# publication), "The Startup - Medium"; a publication's own title is its name.
_MEDIUM_TITLE = re2.compile(
    r"^(?:Stories\s+by\s+(?P<user>.+?)\s+on\s+Medium"
    r"|.+?\s+in\s+(?P<publication>.+?)\s+on\s+Medium"
    r"|(?P<named>.+?)\s+[-–—]\s+Medium)$"
)


# Hugo's default feed template titles a section's feed "<section> on <site>" and describes it
# "Recent content in <section> on <site>" (its description template, in English whatever
# the site's language): the site's title follows the first " on ".
_HUGO_DESCRIPTION = re2.compile(r"^Recent content in (?P<section>.+?) on (?P<site>.+)$")


def _hugo_site(title: str, channel: ChannelNames | None) -> str | None:
    """The site of a Hugo section's feed: "The blog of Csaba Kopiás on Kopiás Csaba" →
    "Kopiás Csaba", when the description is Hugo's default for that title."""
    described = _HUGO_DESCRIPTION.match(
        " ".join((channel.description or "").split()) if channel else ""
    )
    if described is None or title != f"{described['section']} on {described['site']}":
        return None
    return str(described["site"]).strip() or None


def _segments(url: str | None) -> list[str]:
    return [unquote(s) for s in urlsplit(url or "").path.split("/") if s]


def _reddit(site_url: str | None, feed_url: str) -> str:
    """ "r/homelab" for a subreddit's listings, "u/name" for a user's, else "Reddit"."""
    for url in (site_url, feed_url):
        segments = _segments(url)
        if len(segments) >= 2 and segments[0].casefold() == "r" and segments[1] != ".rss":
            return f"r/{segments[1]}"
        if len(segments) >= 2 and segments[0].casefold() in ("u", "user"):
            return f"u/{segments[1]}"
    return "Reddit"


def _github(site_url: str | None, feed_url: str) -> str | None:
    """ "gulpjs/gulp" for a repository's releases, commits or tags; the owner for a user's."""
    for url in (site_url, feed_url):
        segments = _segments(url)
        if len(segments) >= 2 and segments[1] not in _GITHUB_PAGES:
            return f"{segments[0]}/{segments[1].removesuffix('.atom')}"
        if len(segments) == 1 and not segments[0].endswith(".atom"):
            return segments[0]
    return None


def _vimeo(title: str, channel: ChannelNames | None) -> str | None:
    described = _VIMEO_DESCRIPTION.match(
        " ".join((channel.description or "").split()) if channel else ""
    )
    if described:
        return str(described.group(1))
    titled = _VIMEO_TITLE.match(title)
    return str(titled.group(1)).strip() if titled else None


def _medium(title: str) -> str | None:
    found = _MEDIUM_TITLE.match(title)
    if found is None:
        return None
    if found.group("user"):
        return f"{found.group('user')} on Medium"
    if found.group("publication"):
        return f"{found.group('publication')} on Medium"
    return str(found.group("named"))


def platform_feed_name(
    title: str, site_url: str | None, feed_url: str, channel: ChannelNames | None = None
) -> tuple[str, str] | None:
    """(name, rule) for a feed a platform generated, or None for any other feed. `title` is
    the feed's title as readers see it (clean_name)."""
    if (site := _hugo_site(title, channel)) is not None:
        return site, "a Hugo section's feed: its site"
    domain = registered_domain(site_url) or registered_domain(feed_url)
    if domain not in _PLATFORMS:
        return None
    platform = _PLATFORMS[domain]
    if domain == "reddit.com":
        return _reddit(site_url, feed_url), "a Reddit listing: its community"
    if domain == "github.com":
        project = _github(site_url, feed_url)
        return (project, "a GitHub feed: its repository") if project else None
    if domain == "vimeo.com":
        owner = _vimeo(title, channel)
        return (owner, "a Vimeo feed: its owner") if owner else None
    if domain == "medium.com":
        named = _medium(title)
        return (named, "a Medium feed: its author or publication") if named else None
    if domain == "youtube.com":
        # A channel's or playlist's feed is titled with its name, whatever words it uses.
        return (title, "a YouTube feed: its channel") if title else None
    # A platform's own listing ("Changesets" on openstreetmap.org) is of no one but it.
    return platform, "a platform's own listing"


def hosted_channel(parts: list[str], site_url: str | None, host_part: str) -> str | None:
    """A show's name where the title also names its host (`host_part`): the part its page's one
    path segment spells ("Beyond Worlds" at blogtalkradio.com/beyondworlds), never a section."""
    # "Tarot Tribe - Beyond Worlds | Blog Talk Radio Feed": the platform names the domain.
    segments = [s for s in urlsplit(site_url or "").path.split("/") if s]
    key = compact(unquote(segments[0])) if len(segments) == 1 else ""
    if len(key) < 4:
        return None
    # A name is capitalised: "články" at root.cz/clanky/ is the site's "articles".
    named = [p for p in parts if compact(p) == key and p[:1].isupper()]
    # A platform closes the title its channels' feeds carry; a site that names itself first
    # titles its own section ("SFGate: Wine" at sfgate.com/wine/), as newspapers do.
    own = compact(host_part)
    first = next((i for i, p in enumerate(parts) if own and own in compact(p)), None)
    if named and first is not None and first < parts.index(named[0]):
        return None
    return next((p for p in named if not is_section_name(p)), None)


# Forum software's listings (Flarum, Discourse, phpBB): "Activity in the release-notes tag",
# "Last posts in the release-notes tag", "Topics in the 'Announcements' category", "Latest
# topics", "Latest posts", "Newest submissions", "Top scoring links". They say what is listed,
# never whose; the forum's name is in another part of the title or elsewhere.
_LISTING = re2.compile(
    r"(?i)^(?:(?:activity|(?:last|latest|newest|new|recent|top|hot)\s+(?:\w+\s+)?"
    r"(?:posts|topics|discussions|threads|submissions|links|comments|replies))"
    r"(?:\s+(?:in|on|of|from)\s+(?:the\s+)?.+?(?:\s+(?:tag|category|forum|board|subforum))?)?"
    r"|(?:topics|posts|discussions|threads|entries|articles|stories)\s+(?:in|tagged|on)\s+"
    r"(?:the\s+)?.+?"
    r"(?:\s+(?:tag|category|forum|board))?)$"
)
# "Failla Wines’s videos", "dkg's posts": a user's listing names its user.
_OWNED_LISTING = re2.compile(
    r"(?i)^(.+?)['’]s?\s+(?:videos|posts|topics|likes|uploads|activity|photos|favorites|"
    r"bookmarks|stories|articles|toots|statuses)$"
)


def is_listing(part: str) -> bool:
    """Whether a title part only says what a forum lists ("Activity in the X tag")."""
    return _LISTING.match(part) is not None


# A blog's tag or category page names its site after "on"/"at": 'Entries tagged
# "django-community" on bruno.im' (Django blog engines), "Posts tagged python at Example".
_SITE_TAG_LISTING = re2.compile(
    r"(?i)^(?:all\s+)?(?:entries|posts|articles|stories|items|links|notes)\s+"
    r"(?:tagged|labell?ed|filed\s+under|in\s+(?:the\s+)?(?:tag|category))\s+.+?"
    r"\s+(?:on|at)\s+(\S.*)$"
)


# A blog's comment feed names its site after "for" (WordPress: "Comments for %s", in its
# translations "Kommentare für", "Commentaires pour", "Comentarios para", "Commenti per",
# "Reacties op"); "Comments on: <post>" names a post, not a site, and is left alone.
_SITE_COMMENTS = re2.compile(
    r"(?i)^(?:comments\s+for|kommentare\s+(?:für|zu)|commentaires\s+(?:pour|de)|"
    r"comentarios\s+(?:para|de)|commenti\s+(?:per|a)|reacties\s+op)\s+(\S.*)$"
)

# A site's comment feed named "<Site> Comments" (Gawker's "Valleywag Comments"): the site is
# before the word, unless a stream's or a page's word is ("Recent Comments", "Blog Comments").
_COMMENTS_AFTER = re2.compile(
    r"^(\p{Lu}.*?)\s+(?:Comments|Kommentare|Commentaires|Comentarios|Commenti|Reacties)$"
)
_NOT_SITES = frozenset(
    "latest recent newest new all top reader readers user users your my our blog site post "
    "posts article articles news the letzte neueste derniers últimos ultimi".split()
)


def _site_before_comments(part: str) -> str | None:
    """The site's name before "Comments" in a comment feed's title, else nothing."""
    found = _COMMENTS_AFTER.match(part)
    before = str(found.group(1)).strip() if found else ""
    return before if before and before.split()[-1].casefold() not in _NOT_SITES else None


# A post's comment feed: WordPress "Comments on: %s" (a post's title; also Reddit's thread
# feeds) and its translations; Blogger writes the blog first, "Comments on <blog>: <post>".
_POST_COMMENTS = re2.compile(
    r"(?i)^(?:comments\s+on|kommentare\s+zu|commentaires\s+sur|comentarios\s+(?:en|sobre)|"
    r"commenti\s+(?:a|su)|reacties\s+op|comentários\s+(?:sobre|em)|komentarze\s+do|"
    r"kommentarer\s+(?:till|til)|комментарии\s+к(?:\s+записи)?)\s*([^:：]*?)\s*[:：]\s*\S"
)


def post_comments_site(title: str | None, names_site: Callable[[str], bool]) -> str | None:
    """A post's comment feed's title as the blog Blogger names, else the part of the post's
    title that names the site, else nothing; any other title as it is."""
    # "Comments on: Battlefield Anomalies – Home": a page whose title carries the site's name.
    found = _POST_COMMENTS.match(title or "")
    if not title or not found:
        return title
    blog, post = str(found.group(1)).strip(), title[found.end() - 1 :]
    return blog or next((part for part in separated(post) if names_site(part.strip())), "")


def listing_owner(part: str) -> str | None:
    """Whose a user's listing is: "Failla Wines’s videos" → "Failla Wines"; whose a tag page
    or comment feed is: 'Entries tagged "django-community" on bruno.im' → "bruno.im"."""
    found = (
        _OWNED_LISTING.match(part) or _SITE_TAG_LISTING.match(part) or _SITE_COMMENTS.match(part)
    )
    return str(found.group(1)).strip() if found else _site_before_comments(part)
