"""`newsbot check`: settings, token, where posts go, the database and the feeds, one line each."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import aiohttp
from telegram import Bot
from telegram.error import NetworkError, TelegramError

from bot.config import ENV_PREFIX, ConfigError, Settings, listen_address
from bot.delivery.notices import Notify
from bot.operations.chat_rights import (
    Destination,
    Finding,
    check_destination,
    check_token,
    unreachable,
)
from storage.database import migration_scripts
from storage.faults import DatabaseUnusable
from storage.records import Feed, Target
from storage.store import Storage

log = logging.getLogger(__name__)

# How long the start-up check may ask Telegram before the service goes on without it.
STARTUP_CHECK_SECONDS = 30
_LOOPBACK = {"0.0.0.0": "127.0.0.1", "::": "::1"}  # noqa: S104 - read, not bound
# Feeds named one by one in the report; the rest are counted.
MAX_FEED_LINES = 10


def destinations(settings: Settings, targets: Sequence[Target]) -> list[Destination]:
    """NEWSBOT_CHANNEL_ID and every stored target, each once."""
    found: list[Destination] = []
    if settings.channel_id:
        found.append(Destination(settings.channel_id, None, default=True))
    for target in targets:
        if all((d.chat_id, d.thread_id) != (target.chat_id, target.thread_id) for d in found):
            found.append(Destination(target.chat_id, target.thread_id))
    return found


def check_settings(settings: Settings) -> list[Finding]:
    """What `newsbot run` requires of the settings."""
    try:
        settings.require_for_run()
    except ConfigError as exc:
        return [Finding("problem", f"{exc}: set it in .env or the environment")]
    return [Finding("ok", "settings are valid")]


async def check_telegram(bot: Bot, settings: Settings, targets: Sequence[Target]) -> list[Finding]:
    """The token, then each destination: exists, and the bot may post there."""
    token = await check_token(bot, settings.api_base_url)
    if token.level != "ok":
        return [token]
    found = [token]
    try:
        for dest in destinations(settings, targets):
            found += await check_destination(bot, bot.id, dest)
        found += await check_webhook(bot, settings)
    except NetworkError as exc:
        found.append(unreachable(exc, settings.api_base_url))
    return found


async def check_webhook(bot: Bot, settings: Settings) -> list[Finding]:
    """What Telegram knows of the webhook: registered where, and can it deliver there?"""
    info = await bot.get_webhook_info()
    wanted = settings.webhook_url
    if not wanted:
        if not info.url:
            return []
        return [
            Finding(
                "warning",
                f"A webhook is registered ({info.url}) though {ENV_PREFIX}WEBHOOK_URL is empty: "
                "`newsbot run` removes it when it starts polling",
            )
        ]
    found: list[Finding] = []
    if info.url != wanted:
        found.append(
            Finding(
                "warning",
                f"Telegram has the webhook {info.url or '(none)'}, not {wanted}: "
                "`newsbot run` registers it when it starts",
            )
        )
    elif info.last_error_message:
        found.append(
            Finding(
                "problem",
                f"Telegram cannot deliver updates to {wanted} ({info.last_error_message}; "
                f"{info.pending_update_count} waiting): check the reverse proxy, its "
                "certificate and that the port is open",
            )
        )
    else:
        found.append(Finding("ok", f"Telegram delivers updates to {wanted}"))
    return found


async def open_checked(path: str, now: float) -> tuple[list[Finding], Storage | None]:
    """Open and migrate the database, and write to it once."""
    try:
        storage = await Storage.open(path, checkpoint_in_background=False)
    except DatabaseUnusable as exc:
        return [Finding("problem", f"Cannot use the database: {exc}")], None
    except (sqlite3.Error, OSError) as exc:
        return [
            Finding(
                "problem",
                f"Cannot open the database {path} ({exc}): check {ENV_PREFIX}DATABASE, and "
                "that its folder exists and this user may write there",
            )
        ], None
    try:
        await storage.set_meta("checked_at", repr(now))
    except sqlite3.Error as exc:
        await storage.close()
        return [
            Finding(
                "problem",
                f"The database {path} cannot be written ({exc}): give this user write access "
                "to the file and its folder (SQLite writes a -wal file beside it)",
            )
        ], None
    return [Finding("ok", f"the database {path} opens, is migrated and writable")], storage


def quick_database(path: str, now: float) -> Finding:
    """The running service's database: there, migrated, writable; never migrated from here."""
    # --quick runs every minute beside the service (a container's health check): it must not
    # race the service's own migrations at start-up, so it only reads the schema version.
    if not Path(path).is_file():
        return Finding("problem", f"There is no database at {path} yet: `newsbot run` creates it")
    try:
        with closing(sqlite3.connect(path, timeout=5.0, isolation_level=None)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version < len(migration_scripts()):
                return Finding(
                    "problem", f"The database {path} is not migrated yet (schema {version})"
                )
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('checked_at', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (repr(now),),
            )
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        return Finding(
            "problem", f"The database {path} cannot be written ({exc}): check the disk and rights"
        )
    return Finding("ok", f"the database {path} is migrated and writable")


def summarise_feeds(feeds: Sequence[Feed]) -> list[Finding]:
    """How the feeds' last checks went; failing and paused feeds named (warnings)."""
    if not feeds:
        return [
            Finding(
                "warning",
                "There are no feeds yet: add one with `newsbot feeds add URL` or /add in the "
                "bot's chat",
            )
        ]
    paused = [f for f in feeds if f.paused]
    failing = [f for f in feeds if not f.paused and f.error_count]
    never = [f for f in feeds if not f.paused and f.last_checked_at is None]
    fine = len(feeds) - len(paused) - len(failing) - len(never)
    found = [
        Finding(
            "ok",
            f"{len(feeds)} feeds: {fine} fine at their last check, {len(failing)} failing, "
            f"{len(never)} not checked yet, {len(paused)} paused",
        )
    ]
    lines = [
        f"Feed #{f.id} {f.display_name}: the last {f.error_count} check(s) failed "
        f"({f.last_error}); `newsbot inspect {f.url}` shows what newsbot makes of it"
        for f in failing
    ] + [
        f"Feed #{f.id} {f.display_name} is paused: {f.paused_reason}; /resume {f.id} checks it "
        "again"
        for f in paused
        if f.paused_reason
    ]
    found += [Finding("warning", line) for line in lines[:MAX_FEED_LINES]]
    if len(lines) > MAX_FEED_LINES:
        found.append(Finding("warning", f"… and {len(lines) - MAX_FEED_LINES} more feeds"))
    return found


async def run_check(settings: Settings, *, telegram: bool = True) -> list[Finding]:
    """Everything `newsbot check` looks at; `telegram=False` (`--quick`) asks Telegram nothing."""
    found = check_settings(settings)
    if not telegram:
        found.append(await asyncio.to_thread(quick_database, settings.database, time.time()))
        if settings.metrics_address:
            found.append(await check_service_health(settings.metrics_address, required=True))
        return found
    opened, storage = await open_checked(settings.database, time.time())
    found += opened
    targets: list[Target] = []
    if storage is not None:
        try:
            targets = await storage.targets.list_targets()
            found += summarise_feeds(await storage.feeds.list_feeds())
        finally:
            await storage.close()
    if settings.metrics_address:
        found.append(await check_service_health(settings.metrics_address, required=False))
    if settings.bot_token is not None:
        bot = _bot(settings)
        try:
            found += await check_telegram(bot, settings, targets)
        finally:
            await bot.shutdown()
    return found


async def check_service_health(address: str, *, required: bool) -> Finding:
    """The running service's /healthz; `required` (--quick) makes no answer a problem."""
    host, port = listen_address(address)
    # Listening on every interface (a container): ask it on the loopback.
    host = _LOOPBACK.get(host, host)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/healthz"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            async with session.get(url) as response:
                status, text = response.status, (await response.text()).strip()
    except (aiohttp.ClientError, TimeoutError) as exc:
        return Finding(
            "problem" if required else "warning",
            f"No service answers at {url} ({exc or type(exc).__name__}): is `newsbot run` running?",
        )
    if status != 200:
        return Finding("problem", f"The running service says it is {text} (HTTP {status})")
    return Finding("ok", f"the running service is healthy ({url})")


def _bot(settings: Settings) -> Bot:
    base = settings.api_base_url
    file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base
    return Bot(settings.token(), base_url=base, base_file_url=file_base)


def format_findings(findings: Sequence[Finding]) -> str:
    """One line per finding, its level first; a closing line with the count of problems."""
    lines = [f"{f.level:<8} {f.text}" for f in findings]
    problems = sum(f.level == "problem" for f in findings)
    lines.append(f"{problems} problem(s)" if problems else "all good")
    return "\n".join(lines)


async def startup_check(bot: Bot, settings: Settings, storage: Storage, notify: Notify) -> bool:
    """At start-up: can newsbot post where it should? Problems logged and told to the admins."""
    # The service keeps polling either way: posts wait in the outbox until the admins fix it.
    # Bounded, so a slow API cannot hold the service's start.
    targets = await storage.targets.list_targets()
    try:
        found = await asyncio.wait_for(
            check_telegram(bot, settings, targets), STARTUP_CHECK_SECONDS
        )
    except (TelegramError, TimeoutError) as exc:
        log.warning("start-up check could not ask Telegram: %r", exc)
        return False
    problems = [f.text for f in found if f.level == "problem"]
    for text in problems:
        log.error("cannot post: %s", text)
    if problems:
        try:
            await notify(
                "newsbot cannot post everywhere it should; posts wait in the queue:\n"
                + "\n".join(f"• {text}" for text in problems)
            )
        except Exception:  # telling the admins must never stop the service
            log.exception("could not notify the admins")
    return not problems
