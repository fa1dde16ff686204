"""Wiring the service: storage, fetcher, scheduler, sender and the Telegram application."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import TextIO

from telegram.ext import AIORateLimiter, Application

from bot.checker import FeedChecker
from bot.config import Settings
from bot.context import CONTEXT_KEY, ServiceContext
from bot.fetch import FetchError
from bot.notify import Notify, log_only, telegram_notifier
from bot.parse import NotAFeed
from bot.publish import OutboxSender, Publisher, StdoutPublisher, TelegramPublisher
from bot.scheduler import FeedScheduler
from bot.subscriptions import add_subscription
from bot.workers import WorkerPool
from storage.database import Database
from storage.feeds import FeedAlreadyExists
from storage.store import Storage

log = logging.getLogger(__name__)

# Flood waits are retried by PTB's limiter this many times before the sender sees them.
RATE_LIMITER_RETRIES = 3
DRY_RUN_CHANNEL = "dry-run"


async def open_storage(path: str, *, dry_run: bool) -> Storage:
    """The database; a dry run works on an in-memory copy so it records nothing."""
    if not dry_run:
        return await Storage.open(path)
    memory = await Database.open(":memory:")
    if await asyncio.to_thread(Path(path).exists):
        source = await Database.open(path)
        try:
            await source.conn.backup(memory.conn)
        finally:
            await source.close()
        await memory.migrate()
    return Storage(memory)


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    """The PTB application: token, Bot API base URL, and a rate limiter that retries."""
    # Files (an OPML sent to /import) come from the Bot API's file endpoint beside it.
    base = settings.api_base_url
    file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base
    return (
        Application.builder()
        .token(settings.token())
        .base_url(base)
        .base_file_url(file_base)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMITER_RETRIES))
        .build()
    )


@asynccontextmanager
async def service_parts(
    settings: Settings, publisher: Publisher | None, *, dry_run: bool, notify: Notify = log_only
) -> AsyncIterator[tuple[Storage, FeedChecker, FeedScheduler, OutboxSender]]:
    """Everything but Telegram, opened and closed together; `notify` reaches the admins."""
    from bot.fetch import create_session

    async with AsyncExitStack() as stack:
        storage = await open_storage(settings.database, dry_run=dry_run)
        stack.push_async_callback(storage.close)
        executor = WorkerPool(
            settings.parse_workers, memory_bytes=settings.parse_memory_mb * 1024 * 1024
        )
        stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        session = create_session(
            allow_private=settings.allow_private_addresses,
            connect_timeout=settings.fetch_connect_timeout,
            total_timeout=settings.fetch_timeout,
            limit=max(64, settings.fetch_concurrency),
            per_host=settings.fetch_per_host,
            info_url=settings.user_agent_url,
        )
        stack.push_async_callback(session.close)
        channel = settings.channel_id or DRY_RUN_CHANNEL
        checker = FeedChecker(
            settings,
            storage,
            session,
            executor,
            channel_id=channel,
            allow_local_files=True,
            notify=notify,
        )
        sender = OutboxSender(
            storage.outbox, publisher or StdoutPublisher(), max_attempts=settings.send_max_retries
        )
        scheduler = FeedScheduler(
            checker,
            concurrency=settings.fetch_concurrency,
            per_host=settings.fetch_per_host,
            on_new_posts=sender.wake.set,
        )
        yield storage, checker, scheduler, sender


async def settle(checker: FeedChecker) -> None:
    """Before the first poll: start the parse workers, and take start-up objects out of GC."""
    # Both keep the event loop responsive: a lazily started pool would start on the loop's
    # thread, and collecting the ~80k objects of the imported libraries again and again
    # would pause the loop for tens of milliseconds each time.
    if isinstance(checker.executor, WorkerPool):
        await asyncio.to_thread(checker.executor.warm_up)
    gc.collect()
    gc.freeze()


async def add_cli_feeds(checker: FeedChecker, sources: Sequence[str], backfill: int) -> None:
    """`run --feed`: subscribe to operator-given feeds (URLs or files) before polling."""
    for source in sources:
        try:
            added = await add_subscription(checker, source, backfill=backfill, from_operator=True)
            log.info(
                "added feed #%d %s (%d entries)",
                added.feed.id,
                added.feed.display_name,
                added.entries,
            )
        except FeedAlreadyExists:
            pass
        except (FetchError, NotAFeed) as exc:
            log.error("cannot add %s: %s", source, exc)


async def run_service(
    settings: Settings,
    *,
    once: bool = False,
    dry_run: bool = False,
    feeds: Sequence[str] = (),
    backfill: int = 0,
    out: TextIO | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """`newsbot run`: poll, post and answer admins until SIGINT/SIGTERM (or one cycle).

    A caller that passes `stop` (tests, embedding) stops the service by setting it; otherwise
    SIGINT and SIGTERM do.
    """
    install_signals = stop is None
    stop = stop or asyncio.Event()
    if install_signals:
        _install_signal_handlers(stop)
    application = None if dry_run else build_application(settings)
    publisher: Publisher = (
        StdoutPublisher(out or sys.stdout)
        if application is None
        else TelegramPublisher(application.bot)
    )
    notify = (
        log_only if application is None else telegram_notifier(application.bot, settings.admin_ids)
    )
    async with service_parts(settings, publisher, dry_run=dry_run, notify=notify) as parts:
        storage, checker, scheduler, sender = parts
        interrupted = await storage.outbox.recover_interrupted(now=checker.clock())
        for post_id in interrupted:
            log.warning("post %d was being sent when the service stopped: unconfirmed", post_id)
        await settle(checker)
        try:
            await add_cli_feeds(checker, feeds, backfill)
            if application is None:
                return await _run_without_telegram(scheduler, sender, once=once, stop=stop)
            application.bot_data[CONTEXT_KEY] = ServiceContext(
                settings, storage, checker, scheduler, sender
            )
            return await _run_with_telegram(application, scheduler, sender, once=once, stop=stop)
        finally:
            gc.unfreeze()  # a process that runs the service again (tests) collects as usual


def _install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass  # not the main thread (tests): the caller sets `stop` itself


async def _run_without_telegram(
    scheduler: FeedScheduler, sender: OutboxSender, *, once: bool, stop: asyncio.Event
) -> int:
    if once:
        await scheduler.poll_once()
        await sender.drain()
        return 0
    await asyncio.gather(scheduler.run(stop), sender.run(stop))
    return 0


async def _run_with_telegram(
    application: Application,  # type: ignore[type-arg]
    scheduler: FeedScheduler,
    sender: OutboxSender,
    *,
    once: bool,
    stop: asyncio.Event,
) -> int:
    from handlers import bot_commands, register

    register(application)
    async with application:
        if once:
            await scheduler.poll_once()
            await sender.drain()
            return 0
        await application.bot.set_my_commands(bot_commands())
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=["message"])
        log.info("newsbot is running")
        try:
            await asyncio.gather(scheduler.run(stop), sender.run(stop))
        finally:
            await application.updater.stop()
            await application.stop()
    log.info("newsbot stopped")
    return 0
