"""Wiring the service: storage, fetcher, scheduler, sender and the Telegram application."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractContextManager, AsyncExitStack, asynccontextmanager, nullcontext
from pathlib import Path
from typing import TextIO

from telegram.error import Conflict, TelegramError
from telegram.ext import Application

from bot.admin.subscriptions import add_subscription
from bot.checker import FeedChecker
from bot.config import Settings
from bot.context import CONTEXT_KEY, ServiceContext
from bot.delivery.notices import AdminNotifier, Notify, log_only, telegram_notifier
from bot.delivery.pacing import Pacer
from bot.delivery.sender import OutboxSender, Publisher, StdoutPublisher, TelegramPublisher
from bot.fetching.http import FetchError
from bot.instance import instance_lock
from bot.parsing.feeds import NotAFeed
from bot.scheduler import FeedScheduler
from bot.workers import WorkerPool
from storage.database import Database
from storage.feeds import FeedAlreadyExists
from storage.store import Storage

log = logging.getLogger(__name__)

DRY_RUN_CHANNEL = "dry-run"
# Exit status when another instance polls the same token (409): a service manager should not
# restart into the same conflict (systemd: RestartPreventExitStatus=3).
EXIT_CONFLICT = 3


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


def build_pacer(settings: Settings) -> Pacer:
    """The request pacer: per channel and overall limits from the settings."""
    return Pacer(
        chat_limit=settings.chat_rate_limit,
        chat_period=settings.chat_rate_period,
        overall_limit=settings.global_rate_limit,
        overall_period=settings.global_rate_period,
    )


def build_application(settings: Settings, pacer: Pacer) -> Application:  # type: ignore[type-arg]
    """The PTB application: token, Bot API base URL, and newsbot's pacer as rate limiter."""
    # Files (an OPML sent to /import) come from the Bot API's file endpoint beside it.
    base = settings.api_base_url
    file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base
    return (
        Application.builder()
        .token(settings.token())
        .base_url(base)
        .base_file_url(file_base)
        .rate_limiter(pacer)
        .build()
    )


@asynccontextmanager
async def service_parts(
    settings: Settings, publisher: Publisher | None, *, dry_run: bool, notify: Notify = log_only
) -> AsyncIterator[tuple[Storage, FeedChecker, FeedScheduler, OutboxSender]]:
    """Everything but Telegram, opened and closed together; `notify` reaches the admins."""
    from bot.fetching.http import create_session

    async with AsyncExitStack() as stack:
        storage = await open_storage(settings.database, dry_run=dry_run)
        stack.push_async_callback(storage.close)
        executor = WorkerPool(
            settings.parse_workers,
            memory_bytes=settings.parse_memory_mb * 1024 * 1024,
            service_pid=os.getpid(),
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
            storage.outbox,
            publisher or StdoutPublisher(),
            max_attempts=settings.send_max_retries,
            base_delay=settings.send_retry_delay,
            resend_unconfirmed=settings.resend_unconfirmed,
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
    # Taken before the database is touched: a second instance must not "recover" the first
    # one's in-flight post. A dry run works on a copy and needs no lock.
    lock: AbstractContextManager[None] = (
        nullcontext() if dry_run else instance_lock(settings.database)
    )
    with lock:
        return await _run_locked(
            settings, once=once, dry_run=dry_run, feeds=feeds, backfill=backfill, out=out, stop=stop
        )


async def _run_locked(
    settings: Settings,
    *,
    once: bool,
    dry_run: bool,
    feeds: Sequence[str],
    backfill: int,
    out: TextIO | None,
    stop: asyncio.Event,
) -> int:
    pacer = build_pacer(settings)
    application = None if dry_run else build_application(settings, pacer)
    publisher: Publisher = (
        StdoutPublisher(out or sys.stdout)
        if application is None
        else TelegramPublisher(application.bot, pacer, timeout=settings.send_timeout)
    )
    notify = (
        log_only if application is None else telegram_notifier(application.bot, settings.admin_ids)
    )
    async with service_parts(settings, publisher, dry_run=dry_run, notify=notify) as parts:
        storage, checker, scheduler, sender = parts
        interrupted = await storage.outbox.recover_interrupted(
            now=checker.clock(), resend=settings.resend_unconfirmed
        )
        for post_id in interrupted:
            if settings.resend_unconfirmed:
                log.warning("post %d was being sent when the service stopped: resending", post_id)
            else:
                log.warning("post %d was being sent when the service stopped: unconfirmed", post_id)
        await sender.load()
        await settle(checker)
        try:
            await add_cli_feeds(checker, feeds, backfill)
            if application is None:
                return await _run_without_telegram(scheduler, sender, once=once, stop=stop)
            sender.notify = AdminNotifier(application.bot, settings.admin_ids)
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
    conflict = asyncio.Event()

    def polling_error(error: TelegramError) -> None:
        # PTB would retry getUpdates forever (backing off to 30 s); a 409 will not go away.
        if isinstance(error, Conflict):
            if not conflict.is_set():
                log.critical(
                    "another bot instance is polling with this token (Telegram: %s); "
                    "newsbot stops. Stop the other instance, then start this one again.",
                    error.message,
                )
            conflict.set()
            stop.set()
        else:
            log.warning("polling for updates failed: %s", error)

    async with application:
        if once:
            await scheduler.poll_once()
            await sender.drain()
            return 0
        await application.bot.set_my_commands(bot_commands())
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=["message"], error_callback=polling_error
        )
        log.info("newsbot is running")
        try:
            await asyncio.gather(scheduler.run(stop), sender.run(stop))
        finally:
            await application.updater.stop()
            await application.stop()
    if conflict.is_set():
        return EXIT_CONFLICT
    log.info("newsbot stopped")
    return 0
