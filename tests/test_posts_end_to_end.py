"""Posts end to end: photos, teasers completed from the page, filters, routing, templates."""

from __future__ import annotations

import re
import time

from bot.config import Settings
from tests.conftest import (
    ADMIN_ID,
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    wait_until,
)
from tests.support.botapi import FakeBotApi, SentMessage
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

SITE = "https://harbour.example"
IMAGE = "https://img.harbour.example/ferry.jpg"
LEAD = (
    "<p>The island ferry returned to its full timetable on Wednesday, three days after a storm "
    "closed the harbour. Port officials said the breakwater had held and no vessels were "
    "damaged. Extra crossings will run on Saturday to clear the backlog of freight.</p>"
)


# A different story: posts of two stories must not share their text, or they are one story.
OTHER_LEAD = (
    "<p>Storm damage along the seafront will take weeks to repair, the council said on "
    "Thursday, after waves broke through the promenade wall in two places and flooded the car "
    "park behind the lifeboat station.</p>"
)


def item(n: int, title: str, description: str = LEAD, **extra: object) -> Item:
    return Item(
        title=title,
        link=str(extra.pop("link", f"{SITE}/story-{n}")),
        description=description,
        guid=f"h-{n}",
        published=time.time() - 600 + n,
        **extra,  # type: ignore[arg-type]
    )


async def ask(bot_api: FakeBotApi, text: str, replies: int = 1) -> list[SentMessage]:
    before = len(bot_api.replies_to(ADMIN_ID))
    bot_api.send_user_message(ADMIN_ID, text)
    await wait_until(
        lambda: len(bot_api.replies_to(ADMIN_ID)) >= before + replies, what=f"reply to {text}"
    )
    return bot_api.replies_to(ADMIN_ID)[before:]


async def reply(bot_api: FakeBotApi, text: str) -> str:
    answer = (await ask(bot_api, text))[0].text
    assert answer is not None
    return answer


async def start_with_feed(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    service_factory: ServiceFactory,
    settings: Settings,
) -> None:
    feed_server.set_feed("h.xml", rss("Harbour Gazette", SITE, []))
    await service_factory(settings).start()
    assert (await reply(bot_api, f"/add {feed_server.url('h.xml')}")).startswith("Added #1")


def publish(feed_server: FeedServer, *items: Item) -> None:
    feed_server.set_feed("h.xml", rss("Harbour Gazette", SITE, list(items)))


def channel_posts(bot_api: FakeBotApi) -> dict[tuple[int, int | None], list[str]]:
    """Headlines of the posts each channel (and topic) received, in order."""
    found: dict[tuple[int, int | None], list[str]] = {}
    for name, params in bot_api.calls:
        chat = bot_api.chat_key(params.get("chat_id", 0))
        if name.lower() not in ("sendmessage", "sendphoto") or chat >= 0:
            continue
        if not any(r[1] is params for r in bot_api.rejected):
            topic = params.get("message_thread_id")
            html = str(params.get("text") or params.get("caption"))
            headline = re.sub(r"<[^>]+>", "", html.split("\n")[0])
            found.setdefault((chat, topic and int(topic)), []).append(headline)
    return found


async def test_an_image_enclosure_becomes_a_photo_post_and_a_refused_photo_becomes_text(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    photo_item = item(1, "Ferry resumes", image=IMAGE, categories=("Winter Olympics", "Ferry"))
    publish(feed_server, photo_item)
    [photo] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert photo.kind == "photo" and photo.photo == IMAGE
    assert photo.caption is not None and photo.caption.startswith("Ferry resumes\n\nThe island")
    # "Winter Olympics" goes: the story never names it (a tag shows only where the item does).
    assert photo.caption.endswith("Read more · Harbour Gazette\n\n#Ferry")
    assert photo.reply_markup == {
        "inline_keyboard": [[{"text": "Read more", "url": f"{SITE}/story-1"}]]
    }

    bot_api.inject_fault(
        "sendPhoto", error_code=400, description="Bad Request: wrong file identifier/HTTP URL"
    )
    publish(feed_server, photo_item, item(2, "Storm damage", OTHER_LEAD, image=IMAGE + "?broken"))
    messages = await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    assert messages[1].kind == "text" and (messages[1].text or "").startswith("Storm damage")
    assert messages[1].link_preview_options == {"url": f"{SITE}/story-2"}
    assert [(r[0], r[2]) for r in bot_api.rejected] == [("sendPhoto", 400)]


async def test_a_caption_too_long_goes_as_text_with_a_preview_of_the_article(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings(summary_chars=1500))
    # Sentences that differ: one said twice in a row is printed once (text/repeated_leads).
    words = (
        "harbour",
        "ferry",
        "quay",
        "budget",
        "tide",
        "pier",
        "crane",
        "cargo",
        "dock",
        "fleet",
    )
    long_text = (
        "<p>"
        + " ".join(
            f"On day {i} the {words[i % 10]} team checked {words[(i * 3 + 1) % 10]} and "
            f"{words[(i * 7 + 2) % 10]} plans."
            for i in range(30)
        )
        + "</p>"
    )
    publish(feed_server, item(1, "Long story", long_text, image=IMAGE))
    [message] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert message.kind == "text" and len(message.text or "") > 1024
    assert message.link_preview_options == {"url": f"{SITE}/story-1"}
    assert not bot_api.rejected, bot_api.rejected


async def test_a_teaser_is_completed_from_the_article_page_and_kept_when_that_fails(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    page = (
        "<html lang='en'><head><title>Quay opens</title>"
        "<meta property='og:image' content='/images/quay.jpg'></head><body>"
        "<nav>Home | News | Sport</nav><article><h1>Quay opens</h1>"
        "<p>The new quay opened on Monday after two years of work on the old harbour wall.</p>"
        "<p>Fishing boats moored there first, followed by the island ferry in the afternoon. "
        "The mayor thanked the builders and the people of the town for their patience.</p>"
        "</article><footer>© Harbour Gazette</footer></body></html>"
    )
    feed_server.set_feed("quay.html", page, content_type="text/html; charset=utf-8")
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    publish(
        feed_server,
        item(1, "Quay opens", "<p>Read on.</p>", link=feed_server.url("quay.html")),
        item(2, "Gone story", "<p>Short teaser.</p>", link=feed_server.url("gone.html")),
    )
    first, second = await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    assert first.kind == "photo" and first.photo == feed_server.url("images/quay.jpg")
    assert (first.caption or "").startswith(
        "Quay opens\n\nThe new quay opened on Monday after two years of work"
    )
    assert "Home | News" not in (first.caption or "")
    assert (second.text or "").startswith("Gone story\n\nShort teaser.")
    assert [r.status for r in feed_server.hits("gone.html")] == [404]
    assert not bot_api.rejected, bot_api.rejected


async def test_stories_go_once_to_two_channels_and_a_topic_oldest_first(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    assert (await reply(bot_api, "/targets add @harbour_news Second")).startswith(
        "Added target #2 Second (@harbour_news)"
    )
    assert (await reply(bot_api, f"/targets add {CHANNEL_ID}:42 Sport")).startswith(
        f"Added target #3 Sport ({CHANNEL_ID}:42)"
    )
    assert "Already a target" in await reply(bot_api, "/targets add @harbour_news")
    assert (await reply(bot_api, "/route 1 1 2 3")).startswith("Feed #1 now goes to #1")
    assert "There is no feed #9" in await reply(bot_api, "/route 9 1")
    assert "There is no target #7" in await reply(bot_api, "/route 1 7")
    publish(feed_server, item(2, "Second", OTHER_LEAD), item(1, "First"))
    await bot_api.wait_for_messages("@harbour_news", 2, timeout=15)
    await bot_api.wait_for_messages(CHANNEL_ID, 4, timeout=15)
    second = bot_api.chat_key("@harbour_news")
    expected = {
        (CHANNEL_ID, None): ["First", "Second"],
        (CHANNEL_ID, 42): ["First", "Second"],
        (second, None): ["First", "Second"],
    }
    assert channel_posts(bot_api) == expected
    hits = len(feed_server.hits("h.xml"))
    await wait_until(lambda: len(feed_server.hits("h.xml")) >= hits + 2, what="two more polls")
    assert channel_posts(bot_api) == expected
    listing = await reply(bot_api, "/targets")
    assert "#1 -1001234567890 — default" in listing and "#3 Sport (-1001234567890:42)" in listing
    assert not bot_api.rejected, bot_api.rejected


async def test_article_page_mode_is_set_per_feed(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed(
        "quay.html", "<html><body><p>Page.</p></body></html>", content_type="text/html"
    )
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    assert (await reply(bot_api, "/fulltext 1")).startswith("Feed #1 article pages: auto.")
    assert await reply(bot_api, "/fulltext 1 never") == "Feed #1 article pages: never."
    assert (await reply(bot_api, "/fulltext 1 sometimes")).startswith("Usage: /fulltext")
    assert await reply(bot_api, "/fulltext 8 always") == "There is no feed #8. See /list."
    publish(feed_server, item(1, "Quay", "<p>Teaser.</p>", link=feed_server.url("quay.html")))
    await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert feed_server.hits("quay.html") == []


async def test_feed_and_target_filters_keep_stories_out_and_say_why(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    await reply(bot_api, "/targets add @harbour_news")
    await reply(bot_api, "/route 1 1 2")
    assert (await reply(bot_api, "/filter add feed 1 exclude sport results")).startswith(
        "Added filter 1: feed #1 exclude sport results"
    )
    assert (await reply(bot_api, "/filter add target 2 include /harbou?r/i")).startswith(
        "Added filter 2: target #2 include /harbou?r/i"
    )
    assert "not a valid regular expression" in await reply(
        bot_api, "/filter add feed 1 include /(/"
    )
    assert "There is no target #5" in await reply(bot_api, "/filter add target 5 include x")
    assert (await reply(bot_api, "/filter add feed 1 maybe x")).startswith("Usage:")
    publish(
        feed_server,
        item(1, "Sport Results from the weekend"),
        item(2, "Harbor reopens", OTHER_LEAD),
        item(3, "Council news", "<p>The council met. It voted for the library.</p>"),
    )
    await bot_api.wait_for_messages(CHANNEL_ID, 2, timeout=15)
    await bot_api.wait_for_messages("@harbour_news", 1, timeout=15)
    assert [m.text.split("\n")[0] for m in bot_api.messages(CHANNEL_ID) if m.text] == [
        "Harbor reopens",
        "Council news",
    ]
    assert [m.text.split("\n")[0] for m in bot_api.messages("@harbour_news") if m.text] == [
        "Harbor reopens"
    ]
    listing = await reply(bot_api, "/filter list")
    assert "“Sport Results from the weekend” — feed #1 exclude sport results" in listing
    assert "“Council news” — target #2 include /harbou?r/i: no match" in listing
    assert "Filtered: 2" in await reply(bot_api, "/status")
    assert await reply(bot_api, "/filter remove 1") == "Removed filter 1."
    assert not bot_api.rejected, bot_api.rejected


async def test_template_and_footer_apply_from_the_next_post_and_bad_ones_are_refused(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    await start_with_feed(feed_server, bot_api, service_factory, make_settings())
    refused = await reply(bot_api, "/template <b>{headline}</b>")
    assert refused.startswith("Not changed: line 1: unknown placeholder {headline}")
    refused = await reply(bot_api, "/template <div>{title}</div>")
    assert refused.startswith("Not changed:") and "<div>" in refused
    assert (await reply(bot_api, "/template\n🗞 <b>{title}</b>\n{summary}\n{link}")).startswith(
        "Template set for target #1"
    )
    assert (await reply(bot_api, "/footer 📢 Join <b>@harbour</b> for more")).startswith(
        "Footer set for target #1"
    )
    assert "🗞 <b>{title}</b>" in await reply(bot_api, "/template")
    await reply(bot_api, "/targets set 1 button off")
    await reply(bot_api, "/targets set 1 preview small")
    publish(feed_server, item(1, "Ferry resumes"))
    [post] = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert (post.text or "").startswith("🗞 Ferry resumes\nThe island ferry")
    assert (post.text or "").endswith("Read more\n\n📢 Join @harbour for more")
    assert post.reply_markup is None
    assert post.link_preview_options == {"url": f"{SITE}/story-1", "prefer_small_media": True}
    assert not bot_api.rejected, bot_api.rejected


async def test_preview_shows_the_post_in_the_private_chat_without_posting(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    feed_server.set_feed(
        "p.xml",
        rss("Harbour Gazette", SITE, [item(1, "Older"), item(2, "Newest", image=IMAGE)]),
    )
    feed_server.set_feed(
        "page.html",
        "<html><head><title>Library plan</title></head><body><article><h1>Library plan</h1>"
        "<p>Councillors voted on Tuesday night to turn the customs house into a library.</p>"
        "<p>Work is due to start in the spring, and the clock tower will be kept.</p>"
        "</article></body></html>",
        content_type="text/html",
    )
    await service_factory(make_settings()).start()
    note, post = await ask(bot_api, f"/preview {feed_server.url('p.xml')}", replies=2)
    assert note.text == (
        f"Preview for target #1 {CHANNEL_ID}: photo post ({IMAGE}), “Read more” button."
    )
    assert post.kind == "photo" and (post.caption or "").startswith("Newest\n\nThe island ferry")
    note, post = await ask(bot_api, f"/preview {feed_server.url('page.html')}", replies=2)
    assert (post.text or "").startswith("Library plan\n\nCouncillors voted on Tuesday night")
    assert "Could not preview" in await reply(bot_api, f"/preview {feed_server.url('no.xml')}")
    assert (await reply(bot_api, "/preview")).startswith("Usage: /preview")
    assert bot_api.messages(CHANNEL_ID) == []
    assert not bot_api.rejected, bot_api.rejected
