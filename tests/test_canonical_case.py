"""The article this project started from: a reprint with a promo line on top (shared/seed)."""

from __future__ import annotations

import html
import time

from tests.conftest import (
    CHANNEL_ID,
    ServiceFactory,
    SettingsFactory,
    carried,
    wait_until,
)
from tests.support.botapi import FakeBotApi
from tests.support.delivery import ask
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

AMN = "https://americanmilitarynews.com"
RFERL = "https://www.rferl.org"
TITLE = "Russia, China present unified front amid rising tensions with West"


def seed_paragraphs() -> list[str]:
    path = carried("seed", "amn-reprint-rferl.txt")
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def as_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


async def test_the_reprint_is_credited_to_rferl_and_posted_once_when_rferl_carries_it(
    feed_server: FeedServer,
    bot_api: FakeBotApi,
    make_settings: SettingsFactory,
    service_factory: ServiceFactory,
) -> None:
    paragraphs = seed_paragraphs()
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("The leaders of Russia"))
    feed_server.set_feed("amn.xml", rss("American Military News", AMN, []))
    feed_server.set_feed("rferl.xml", rss("Radio Free Europe/Radio Liberty", RFERL, []))
    await service_factory(make_settings()).start()
    assert (await ask(bot_api, f"/add {feed_server.url('amn.xml')}")).startswith("Added #1")
    assert (await ask(bot_api, f"/add {feed_server.url('rferl.xml')}")).startswith("Added #2")

    now = time.time()
    feed_server.set_feed(
        "amn.xml",
        rss(
            "American Military News",
            AMN,
            [
                Item(
                    TITLE,
                    f"{AMN}/2021/12/russia-china-present-unified-front/",
                    guid="amn-1",
                    published=now,
                    description="Russian President Vladimir Putin and Chinese leader...",
                    content_html=as_html(paragraphs),
                )
            ],
        ),
    )
    (post,) = await bot_api.wait_for_messages(CHANNEL_ID, 1, timeout=15)
    assert post.text is not None
    lines = post.text.split("\n\n")
    assert lines[0] == TITLE
    assert lines[1].startswith("The leaders of Russia and China sought to display a unified front")
    for unwanted in (
        "Join our",
        "Telegram channel",
        "Navigation",
        "Official Internet Resources",
        "originally published by Radio Free Europe/Radio Liberty and is reprinted",
    ):
        assert unwanted not in lines[1]
    assert lines[-1] == (
        "Read more · Originally published by Radio Free Europe/Radio Liberty"
        " · via American Military News"
    )

    # RFE/RL's own feed carries the original a little later: no second post.
    feed_server.set_feed(
        "rferl.xml",
        rss(
            "Radio Free Europe/Radio Liberty",
            RFERL,
            [
                Item(
                    TITLE,
                    f"{RFERL}/a/russia-china-putin-xi-video-call/31611437.html",
                    guid="rferl-1",
                    published=now + 60,
                    content_html=as_html(paragraphs[start:]),
                )
            ],
        ),
    )
    hits = len(feed_server.hits("rferl.xml"))
    await wait_until(lambda: len(feed_server.hits("rferl.xml")) >= hits + 2, what="rferl polls")
    assert len(bot_api.messages(CHANNEL_ID)) == 1
    status = await ask(bot_api, "/status")
    assert "Stories: 1" in status and "Entries: 2" in status
    # ... but the post now says who else carried it.
    await wait_until(lambda: post.edited, what="the post edited")
    assert post.text is not None
    assert post.text.endswith("Also carried by: Radio Free Europe/Radio Liberty")
    assert post.text.split("\n\n")[1].startswith("The leaders of Russia and China")
    assert [c["message_id"] for c in bot_api.calls_to("editMessageText")] == [post.message_id]
