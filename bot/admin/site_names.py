"""Naming a feed's site by hand (/name, `newsbot feeds name`): the use case both share."""

from __future__ import annotations

from bot.attribution.site_names import NameSource, SiteName, editor_site_name
from bot.compose.site_naming import stored_feed_name
from storage.records import Feed
from storage.store import Storage

# What an editor types to give the naming back to newsbot.
RESET_WORDS = ("auto", "reset", "default")


async def name_site(storage: Storage, feed_id: int, typed: str) -> Feed | None:
    """Set the name posts credit the feed's site by, or with a reset word the automatic one;
    the feed as it is now, or None when there is none. Raises BadSiteName."""
    # The automatic name is derived from the stored title now; the home page is read again
    # at the feed's next check with new content.
    feed = await storage.feeds.get(feed_id)
    if feed is None:
        return None
    site = (
        stored_feed_name(feed)
        if typed.strip().lower() in RESET_WORDS
        else SiteName(editor_site_name(typed), NameSource.EDITOR)
    )
    if not await storage.feeds.set_site_name(feed_id, site.name, site.source):
        return None
    return await storage.feeds.get(feed_id)
