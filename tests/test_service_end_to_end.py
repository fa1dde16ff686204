"""The service end to end: admin adds a feed, new entries reach the channel exactly once."""

from __future__ import annotations

import time

import pytest

from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    STRANGER_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss


def _items(n: int, start: int = 1, base: str = "https://news.example.com") -> list[Item]:
    now = time.time()
    return [
        Item(
            title=f"Story number {i} & <friends>",
            link=f"{base}/story-{i}",
            guid=f"story-{i}",
            published=now - 3600 + i * 60,
            description=f"<p>Lead sentence of story {i}. It has a second sentence.</p>",
        )
        for i in range(start, start + n)
    ]


async def _ask(bot_api: FakeBotApi, user_id: int, text: str) -> str:
    before = len(bot_api.replies_to(user_id))
    bot_api.send_user_message(user_id, text)
    await wait_until(lambda: len(bot_api.replies_to(user_id)) > before, what=f"reply to {text}")
    reply = bot_api.replies_to(user_id)[before]
    assert reply.text is not None
    return reply.text


async def test_added_feed_posts_only_new_entries_once_and_not_again_after_restart(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", rss("World News", "https://news.example.com", _items(2)))
    settings = make_settings()
    service = service_factory(settings)
    await service.start()

    reply = await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('world.xml')}")
    assert reply.startswith("Added #1: World News"), reply

    # Two entries appear after the reply: both are posted, oldest first.
    feed_server.set_feed("world.xml", rss("World News", "https://news.example.com", _items(4)))
    posted = await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    assert [m.text.split("\n")[0] for m in posted if m.text] == [
        "Story number 3 & <friends>",
        "Story number 4 & <friends>",
    ]
    assert "Lead sentence of story 3." in (posted[0].text or "")
    assert (
        posted[0].html is not None
        and "<b>Story number 3 &amp; &lt;friends&gt;</b>" in posted[0].html
    )
    assert 'href="https://news.example.com/story-3"' in posted[0].html

    # Let a few more poll cycles pass: nothing is posted twice.
    hits = len(feed_server.hits("world.xml"))
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="two more polls")
    assert len(bot_api.messages(CHANNEL_ID)) == 2
    assert await service.stop() == 0

    # Restart on the same database: the feed is polled again, nothing is re-posted.
    restarted = service_factory(settings)
    await restarted.start()
    hits = len(feed_server.hits("world.xml"))
    await wait_until(
        lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="polls after restart"
    )
    await restarted.stop()
    assert len(bot_api.messages(CHANNEL_ID)) == 2
    assert not bot_api.rejected, bot_api.rejected


@pytest.mark.parametrize("also_carried", [True, False])
async def test_same_article_through_two_feeds_is_posted_once(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
    also_carried: bool,
) -> None:
    feed_server.set_feed("a.xml", rss("Site A", "https://a.example.com", []))
    feed_server.set_feed("b.xml", rss("Site B", "https://b.example.com", []))
    service = service_factory(make_settings(edit_also_carried=also_carried))
    await service.start()
    assert (await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('a.xml')}")).startswith(
        "Added #1"
    )
    assert (await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('b.xml')}")).startswith(
        "Added #2"
    )

    article = "https://www.example.org/2026/11/big-story"
    feed_server.set_feed(
        "a.xml",
        rss(
            "Site A",
            "https://a.example.com",
            [Item("Big story", article, "<p>One. Two.</p>", guid="a-1", published=time.time())],
        ),
    )
    feed_server.set_feed(
        "b.xml",
        rss(
            "Site B",
            "https://b.example.com",
            [
                Item(
                    "Big story (B's headline)",
                    article + "?utm_source=rss&utm_medium=feed#top",
                    "<p>One. Two.</p>",
                    guid="b-77",
                    published=time.time(),
                )
            ],
        ),
    )
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    hits_a, hits_b = len(feed_server.hits("a.xml")), len(feed_server.hits("b.xml"))
    await wait_until(
        lambda: (
            len(feed_server.hits("a.xml")) > hits_a + 1
            and len(feed_server.hits("b.xml")) > hits_b + 1
        ),
        what="both feeds polled again",
    )
    (post,) = bot_api.messages(CHANNEL_ID)
    # Whichever site came second is named on the post (sent with it, or edited in).
    credits = {"Also carried by: Site A", "Also carried by: Site B"}
    last_line = (post.text or "").rsplit("\n\n", 1)[-1]
    if also_carried:
        await wait_until(lambda: (post.text or "").rsplit("\n\n", 1)[-1] in credits)
    else:
        assert last_line not in credits and not bot_api.calls_to("editMessageText")


async def test_non_admin_is_refused_and_nothing_changes(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", rss("World News", "https://news.example.com", _items(1)))
    service = service_factory(make_settings())
    await service.start()
    reply = await _ask(bot_api, STRANGER_ID, f"/add {feed_server.url('world.xml')}")
    # The refusal names no id: neither the channel's nor anyone else's.
    assert "only they can use" in reply and str(CHANNEL_ID) not in reply
    assert feed_server.hits("world.xml") == []
    assert "No feeds yet" in await _ask(bot_api, ADMIN_ID, "/list")
    assert await _ask(bot_api, ADMIN_ID, "/remove 42") == "There is no feed #42. See /list."
    assert (await _ask(bot_api, ADMIN_ID, "/remove")).startswith("Usage: /remove")
    assert "Unknown command /frobnicate" in await _ask(bot_api, ADMIN_ID, "/frobnicate now")


async def test_a_flood_wait_on_the_first_send_still_delivers_the_post_once(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed("world.xml", rss("World News", "https://news.example.com", _items(1)))
    service = service_factory(make_settings())
    await service.start()
    await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('world.xml')}")
    bot_api.inject_fault(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=CHANNEL_ID,
    )
    feed_server.set_feed("world.xml", rss("World News", "https://news.example.com", _items(2)))
    posted = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert posted[0].text and posted[0].text.startswith("Story number 2")
    assert [r[2] for r in bot_api.rejected] == [429]
    hits = len(feed_server.hits("world.xml"))
    await wait_until(lambda: len(feed_server.hits("world.xml")) >= hits + 2, what="more polls")
    assert len(bot_api.messages(CHANNEL_ID)) == 1


async def test_an_entry_whose_link_changes_form_is_not_posted_again(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    # Items without a guid are known by their canonical link. When that link changes form
    # (a feed starts adding tracking parameters or going through a redirect endpoint, or a
    # newer newsbot resolves one it did not), the entry gets a new key: its story, found
    # again by its text under the same headline, must not be posted twice.
    now = time.time()
    lead = (
        "<p>The harbour master said on Tuesday that the northern breakwater would be closed for "
        "repairs until the end of March, and that ferries would use the southern berth.</p>"
    )

    def feed(link: str) -> str:
        item = Item("Breakwater closed until March", link, lead, guid=None, published=now - 60)
        return rss("Harbour News", "https://harbour.example.com", [item])

    feed_server.set_feed("harbour.xml", rss("Harbour News", "https://harbour.example.com", []))
    service = service_factory(make_settings())
    await service.start()
    reply = await _ask(bot_api, ADMIN_ID, f"/add {feed_server.url('harbour.xml')}")
    assert reply.startswith("Added #1"), reply

    feed_server.set_feed("harbour.xml", feed("https://harbour.example.com/breakwater"))
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    for changed in (
        "https://harbour.example.com/breakwater?utm_source=rss&at_medium=feed",
        "https://www.google.com/url?url=https://harbour.example.com/breakwater/&sa=t",
        "https://harbour.example.com/news/breakwater-closed",
    ):
        feed_server.set_feed("harbour.xml", feed(changed))
        await _two_more_polls(feed_server, "harbour.xml")
    await service.stop()
    assert len(bot_api.messages(CHANNEL_ID)) == 1, [m.text for m in bot_api.messages(CHANNEL_ID)]


async def _two_more_polls(feed_server: FeedServer, name: str) -> None:
    wanted = len(feed_server.hits(name)) + 2
    await wait_until(lambda: len(feed_server.hits(name)) >= wanted, what=f"two polls of {name}")
