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
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from telegram.error import Conflict, TelegramError
from telegram.ext import Application

from bot.admin.desk import AdminDesk
from bot.admin.subscriptions import CANNOT_ADD, add_subscription
from bot.checker import FeedChecker
from bot.config import Settings
from bot.delivery.notices import AdminNotifier, Notify, log_only, telegram_notifier
from bot.delivery.pacing import Pacer
from bot.delivery.publishers import Publisher, StdoutPublisher, TelegramPublisher
from bot.delivery.sender import OutboxSender
from bot.instance import instance_lock
from bot.parts import SharedParts
from bot.scheduler import FeedScheduler
from bot.workers import WorkerPool, off_loop_in
from handlers import CONTEXT_TYPES, NewsbotApplication, bot_commands, register
from storage.database import Database
from storage.faults import check_database_path
from storage.feeds import FeedAlreadyExists
from storage.store import Storage

log = logging.getLogger(__name__)

DRY_RUN_CHANNEL = "dry-run"
# Exit status when another instance polls the same token (409): a service manager should not
# restart into the same conflict (systemd: RestartPreventExitStatus=3).
EXIT_CONFLICT = 3
# Updates handled at once; more wait for a free slot (PTB's update processor).
COMMANDS_AT_ONCE = 32
# Exit status when one of the service's loops failed (logged): restarting may well help.
EXIT_FAILURE = 1


async def open_storage(
    path: str, *, dry_run: bool, checkpoint_in_background: bool = True
) -> Storage:
    """The database; a dry run works on an in-memory copy so it records nothing."""
    if not dry_run:
        return await Storage.open(path, checkpoint_in_background=checkpoint_in_background)
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


def build_application(settings: Settings, pacer: Pacer) -> NewsbotApplication:
    """The PTB application: token, Bot API base URL, newsbot's pacer as rate limiter, and
    newsbot's typed bot_data."""
    # Files (an OPML sent to /import) come from the Bot API's file endpoint beside it.
    base = settings.api_base_url
    file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base
    return (
        Application.builder()
        .token(settings.token())
        .base_url(base)
        .base_file_url(file_base)
        .rate_limiter(pacer)
        .context_types(CONTEXT_TYPES)
        # Commands run side by side (a slow /add does not hold up /status); the changes one
        # chat asks for still run in order (handlers/access.py).
        .concurrent_updates(COMMANDS_AT_ONCE)
        .build()
    )


@dataclass(frozen=True)
class ServiceParts:
    """Everything but Telegram, opened and closed together by `service_parts`."""

    shared: SharedParts
    pool: WorkerPool
    checker: FeedChecker
    scheduler: FeedScheduler
    sender: OutboxSender

    @property
    def storage(self) -> Storage:
        """The database, as every part shares it."""
        return self.shared.storage


@asynccontextmanager
async def service_parts(
    settings: Settings,
    publisher: Publisher | None,
    *,
    dry_run: bool,
    notify: Notify = log_only,
    checkpoint_in_background: bool = True,
) -> AsyncIterator[ServiceParts]:
    """Everything but Telegram, opened and closed together; `notify` reaches the admins."""
    # Without `checkpoint_in_background`, `run_loops` runs the WAL checkpointer.
    from bot.fetching.http import create_session

    async with AsyncExitStack() as stack:
        storage = await open_storage(
            settings.database, dry_run=dry_run, checkpoint_in_background=checkpoint_in_background
        )
        stack.push_async_callback(storage.close)
        pool = WorkerPool(
            settings.parse_workers,
            memory_bytes=settings.parse_memory_mb * 1024 * 1024,
            service_pid=os.getpid(),
        )
        stack.callback(pool.shutdown, wait=True, cancel_futures=True)
        session = create_session(
            allow_private=settings.allow_private_addresses,
            connect_timeout=settings.fetch_connect_timeout,
            total_timeout=settings.fetch_timeout,
            limit=max(64, settings.fetch_concurrency),
            per_host=settings.fetch_per_host,
            info_url=settings.user_agent_url,
        )
        stack.push_async_callback(session.close)
        shared = SharedParts(
            settings,
            storage,
            session,
            off_loop_in(pool),
            channel_id=settings.channel_id or DRY_RUN_CHANNEL,
        )
        checker = FeedChecker(shared, allow_local_files=True, notify=notify)
        sender = OutboxSender(
            storage.outbox,
            publisher or StdoutPublisher(),
            max_attempts=settings.send_max_retries,
            base_delay=settings.send_retry_delay,
            resend_unconfirmed=settings.resend_unconfirmed,
        )
        scheduler = FeedScheduler(
            shared,
            checker,
            concurrency=settings.fetch_concurrency,
            per_host=settings.fetch_per_host,
            on_new_posts=sender.wake.set,
        )
        yield ServiceParts(shared, pool, checker, scheduler, sender)


async def settle(pool: WorkerPool) -> None:
    """Before the first poll: start the parse workers, and take start-up objects out of GC."""
    # Both keep the event loop responsive: a lazily started pool would start on the loop's
    # thread, and collecting the ~80k objects of the imported libraries again and again
    # would pause the loop for tens of milliseconds each time.
    await asyncio.to_thread(pool.warm_up)
    gc.collect()
    gc.freeze()


async def add_cli_feeds(parts: ServiceParts, sources: Sequence[str], backfill: int) -> None:
    """`run --feed`: subscribe to operator-given feeds (URLs or files) before polling."""
    for source in sources:
        try:
            added = await add_subscription(
                parts.shared, parts.checker, source, backfill=backfill, from_operator=True
            )
            log.info(
                "added feed #%d %s (%d entries)",
                added.feed.id,
                added.feed.display_name,
                added.entries,
            )
        except FeedAlreadyExists:
            pass
        except CANNOT_ADD as exc:
            log.error("cannot add %s: %s", source, exc)


async def run_loops(parts: ServiceParts, stop: asyncio.Event, *, once: bool = False) -> None:
    """The scheduler, the sender and the WAL checkpointer in one task group until `stop` (or,
    `once`, one poll cycle and the outbox drained); one failing cancels the others."""
    # The others are cancelled and awaited before the error (an ExceptionGroup) leaves here,
    # so nothing runs on against storage, session and workers as they close.
    async with asyncio.TaskGroup() as loops:
        checkpointer = parts.storage.db.checkpointer
        if checkpointer is not None and not checkpointer.started:
            loops.create_task(checkpointer.run(stop), name="wal-checkpointer")
        if once:
            loops.create_task(_one_cycle(parts, stop), name="one-cycle")
        else:
            loops.create_task(parts.scheduler.run(stop), name="scheduler")
            loops.create_task(parts.sender.run(stop), name="sender")


async def _one_cycle(parts: ServiceParts, stop: asyncio.Event) -> None:
    try:
        await parts.scheduler.poll_once()
        await parts.sender.drain()
    finally:
        stop.set()  # the checkpointer's signal that the service is done


async def settle_interrupted(parts: ServiceParts) -> None:
    """Posts left `sending` (the service stopped mid-send) become unconfirmed, or pending
    again with NEWSBOT_RESEND_UNCONFIRMED: nobody knows whether Telegram has them."""
    resend = parts.shared.settings.resend_unconfirmed
    interrupted = await parts.storage.outbox.recover_interrupted(
        now=parts.shared.clock(), resend=resend
    )
    for post_id in interrupted:
        if resend:
            log.warning("post %d was being sent when the service stopped: resending", post_id)
        else:
            log.warning("post %d was being sent when the service stopped: unconfirmed", post_id)


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
    """`newsbot run`: poll, post and answer admins until SIGINT/SIGTERM (or one cycle)."""
    # A caller that passes `stop` (tests, embedding) stops the service by setting it; otherwise
    # SIGINT and SIGTERM do. Returns the exit status.
    install_signals = stop is None
    stop = stop or asyncio.Event()
    if install_signals:
        _install_signal_handlers(stop)
    # Taken before the database is touched: a second instance must not "recover" the first
    # one's in-flight post. A dry run works on a copy and needs no lock.
    if not dry_run:
        check_database_path(settings.database)  # the lock file goes beside it
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
    async with service_parts(
        settings, publisher, dry_run=dry_run, notify=notify, checkpoint_in_background=False
    ) as parts:
        await settle_interrupted(parts)
        await parts.sender.load()
        await settle(parts.pool)
        try:
            await add_cli_feeds(parts, feeds, backfill)
            if application is None:
                await run_loops(parts, stop, once=once)
                return 0
            parts.sender.notify = AdminNotifier(application.bot, settings.admin_ids)
            desk = AdminDesk(parts.shared, parts.checker, parts.scheduler, parts.sender, publisher)
            application.bot_data.attach(desk)
            return await _run_with_telegram(application, parts, once=once, stop=stop)
        except ExceptionGroup as failed:
            # A loop failed; the others were cancelled. Storage, session and workers close
            # after this (service_parts), and a service manager restarts the process.
            for error in failed.exceptions:
                log.critical("newsbot stops: %r", error, exc_info=error)
            return EXIT_FAILURE
        finally:
            # A post cut off mid-send is settled now, not left `sending` until a restart.
            try:
                await settle_interrupted(parts)
            except Exception:  # the database may be what failed; the next start settles it
                log.exception("could not settle the posts being sent")
            gc.unfreeze()  # a process that runs the service again (tests) collects as usual


def _install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass  # not the main thread (tests): the caller sets `stop` itself


async def _run_with_telegram(
    application: NewsbotApplication, parts: ServiceParts, *, once: bool, stop: asyncio.Event
) -> int:
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
            await run_loops(parts, stop, once=True)
            return 0
        await application.bot.set_my_commands(bot_commands())
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=["message"], error_callback=polling_error
        )
        log.info("newsbot is running")
        try:
            await run_loops(parts, stop)
        finally:
            await application.updater.stop()
            await application.stop()
    if conflict.is_set():
        return EXIT_CONFLICT
    log.info("newsbot stopped")
    return 0
