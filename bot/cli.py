"""The `newsbot` command line: run, feeds, inspect."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings, load_settings
from bot.fetching.http import FetchError
from bot.instance import AlreadyRunning
from bot.logs import configure_logging
from bot.parsing.feeds import NotAFeed, ParseLimitExceeded
from bot.runner import run as run_on_loop
from storage.database import MAX_INTEGER
from storage.faults import DatabaseUnusable
from storage.records import PostState

if TYPE_CHECKING:
    from bot.app import ServiceParts

    # argparse names no public type for the subcommands object (nor subscripts it at run time).
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def _row_id(text: str) -> int:
    """An id as typed: ASCII digits (a leading # is fine); one beyond every row names none."""
    digits = text.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (ids are numbers, such as 12)")
    return int(digits)


def _count(text: str) -> int:
    """A number of things: ASCII digits, 0 up to SQLite's largest integer."""
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_INTEGER:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count (0, 1, 2 …)")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbot", description="Keeps a Telegram channel fed from news feeds."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_run_parser(commands)
    _add_feeds_parser(commands)
    _add_posts_and_inspect_parsers(commands)
    return parser


def _add_run_parser(commands: Subcommands) -> None:
    run = commands.add_parser("run", help="run the service (poll feeds, post, answer admins)")
    run.add_argument("--once", action="store_true", help="one poll cycle, drain the outbox, exit")
    run.add_argument(
        "--dry-run",
        action="store_true",
        help="print posts instead of sending; needs no token, records nothing",
    )
    run.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL_OR_FILE",
        help="subscribe to this feed first (repeatable)",
    )
    run.add_argument(
        "--backfill",
        type=_count,
        default=0,
        metavar="N",
        help="with --feed: post the newest N entries of a newly added feed",
    )


def _add_feeds_parser(commands: Subcommands) -> None:
    feeds = commands.add_parser("feeds", help="manage feeds in the database")
    feed_commands = feeds.add_subparsers(dest="feeds_command", required=True)
    add = feed_commands.add_parser("add", help="subscribe to a feed (URL or local file)")
    add.add_argument("source")
    add.add_argument(
        "--backfill",
        type=_count,
        default=0,
        metavar="N",
        help="post the newest N current entries too",
    )
    feed_commands.add_parser("list", help="list feeds")
    remove = feed_commands.add_parser("remove", help="unsubscribe by id")
    remove.add_argument("feed_id", type=_row_id)
    name = feed_commands.add_parser(
        "name", help="set the site name posts credit (auto: the name read or derived)"
    )
    name.add_argument("feed_id", type=_row_id)
    name.add_argument("name", nargs="+", help="the name, or `auto`")
    opml_in = feed_commands.add_parser("import", help="subscribe to the feeds of an OPML file")
    opml_in.add_argument("file", metavar="FILE.opml")
    opml_out = feed_commands.add_parser("export", help="write the feeds as OPML")
    opml_out.add_argument("file", nargs="?", metavar="FILE.opml", help="default: standard output")


def _add_posts_and_inspect_parsers(commands: Subcommands) -> None:
    posts = commands.add_parser("posts", help="list the outbox: queued, sent, failed posts")
    posts.add_argument(
        "--state",
        choices=[state.value for state in PostState],
        help="only posts in this state",
    )
    posts.add_argument("--limit", type=_count, default=100, metavar="N", help="at most N posts")

    inspect = commands.add_parser("inspect", help="show what newsbot makes of feeds (no database)")
    inspect.add_argument("sources", nargs="+", metavar="SOURCE", help="feed URL or local file")
    inspect.add_argument("--json", action="store_true", help="print a JSON list")
    inspect.add_argument(
        "--target",
        type=_row_id,
        metavar="ID",
        help="render in this target's voice (template, footer), read from the database",
    )


async def _feeds_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.admin.subscriptions import CANNOT_ADD, add_subscription
    from bot.app import service_parts
    from storage.feeds import FeedAlreadyExists

    async with service_parts(settings, None, dry_run=False) as parts:
        storage = parts.storage
        if args.feeds_command == "add":
            try:
                added = await add_subscription(
                    parts.shared,
                    parts.checker,
                    args.source,
                    backfill=args.backfill,
                    from_operator=True,
                )
            except FeedAlreadyExists as exc:
                print(f"already subscribed as #{exc.feed.id}", file=sys.stderr)
                return 1
            except CANNOT_ADD as exc:
                print(f"cannot add {args.source}: {exc}", file=sys.stderr)
                return 1
            feed = added.feed
            print(f"#{feed.id}\t{feed.display_name}\t{feed.url}\t({added.entries} entries seen)")
        elif args.feeds_command in ("import", "export"):
            return await _opml_command(parts, args)
        elif args.feeds_command == "list":
            for feed in await storage.feeds.list_feeds():
                state = "paused" if feed.paused else "active"
                if feed.paused_reason:
                    state += f" ({feed.paused_reason})"
                checked = (
                    time.strftime("%Y-%m-%d %H:%M", time.localtime(feed.last_checked_at))
                    if feed.last_checked_at
                    else "never"
                )
                print(
                    f"#{feed.id}\t{state}\t{checked}\t{feed.display_name}\t{feed.url}"
                    + f"\tcredited as: {feed.credited_name}"
                    + (f"\terror: {feed.last_error}" if feed.last_error else "")
                )
        elif args.feeds_command == "name":
            return await _name_command(parts, args)
        else:
            # An id beyond SQLite's integers names no feed (and would make the query raise).
            if not 0 < args.feed_id <= MAX_INTEGER or not await storage.feeds.remove(args.feed_id):
                print(f"there is no feed #{args.feed_id}", file=sys.stderr)
                return 1
            print(f"removed #{args.feed_id}")
    return 0


async def _name_command(parts: ServiceParts, args: argparse.Namespace) -> int:
    from bot.admin.site_names import name_site
    from bot.attribution.site_names import BadSiteName

    try:
        feed = (
            await name_site(parts.storage, args.feed_id, " ".join(args.name))
            if 0 < args.feed_id <= MAX_INTEGER
            else None
        )
    except BadSiteName as exc:
        print(f"cannot use that name: {exc}", file=sys.stderr)
        return 1
    if feed is None:
        print(f"there is no feed #{args.feed_id}", file=sys.stderr)
        return 1
    print(f"#{feed.id}\tcredited as: {feed.credited_name} ({feed.site_name_source})")
    return 0


def _when(timestamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp)) if timestamp else "-"


async def _posts_command(settings: Settings, args: argparse.Namespace) -> int:
    from storage.store import Storage

    storage = await Storage.open(settings.database)
    try:
        state = PostState(args.state) if args.state else None
        posts = await storage.outbox.list_posts(state, limit=args.limit)
    finally:
        await storage.close()
    print("id\tstate\tattempts\tqueued\tsent\tchannel\ttitle\tlast error")
    for post in posts:
        print(
            f"#{post.id}\t{post.state.value}\t{post.attempts}\t{_when(post.created_at)}\t"
            f"{_when(post.sent_at)}\t{post.channel_id}\t{post.title or ''}\t"
            f"{post.last_error or ''}"
        )
    return 0


async def _opml_command(parts: ServiceParts, args: argparse.Namespace) -> int:
    from bot.admin.opml import OpmlError, export_opml, format_report, import_feeds, parse_opml

    path = Path(args.file) if args.file else None
    if args.feeds_command == "export":
        data = export_opml(await parts.storage.feeds.list_feeds(), now=parts.shared.clock())
        if path is None:
            sys.stdout.write(data.decode("utf-8") + "\n")
            return 0
        try:
            path.write_bytes(data)
        except OSError as exc:
            print(f"cannot write {path}: {exc.strerror}", file=sys.stderr)
            return 1
        return 0
    assert path is not None
    try:
        outlines = parse_opml(path.read_bytes())
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    except OpmlError as exc:
        print(f"cannot import {path}: {exc}", file=sys.stderr)
        return 1
    report = await import_feeds(parts.shared, parts.checker, outlines)
    print("\n\n".join(format_report(report)))
    return 1 if report.failed and not (report.added or report.existing) else 0


async def _inspect_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.admin.inspect import format_json, format_text, inspect_sources
    from bot.admin.preview import PreviewError
    from bot.render.voice import Voice
    from storage.targets import read_target

    if args.target is not None and args.target > MAX_INTEGER:
        print(f"cannot inspect: there is no target #{args.target}", file=sys.stderr)
        return 1
    # The database is only read, never created: without it the default voice applies.
    target = await asyncio.to_thread(
        read_target, settings.database, target_id=args.target, chat_id=settings.channel_id
    )
    if args.target is not None and target is None:
        print(f"cannot inspect: there is no target #{args.target}", file=sys.stderr)
        return 1
    voice = (
        Voice(target.template, target.footer, target.link_preview, target.button)
        if target
        else Voice()
    )
    try:
        entries = await inspect_sources(settings, args.sources, voice=voice)
    except (FetchError, NotAFeed, ParseLimitExceeded, PreviewError) as exc:
        print(f"cannot inspect: {exc}", file=sys.stderr)
        return 1
    print(format_json(entries) if args.json else format_text(entries))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.command == "run" and not args.dry_run:
            settings.require_for_run()
    except ConfigError as exc:
        print(f"newsbot: configuration error: {exc}", file=sys.stderr)
        return 2
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    configure_logging(level=logging.DEBUG if args.verbose else logging.INFO, secrets=[token])
    try:
        return _dispatch(settings, args)
    except DatabaseUnusable as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return 2


def _dispatch(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "run":
        from bot.app import run_service

        try:
            return run_on_loop(
                run_service(
                    settings,
                    once=args.once,
                    dry_run=args.dry_run,
                    feeds=args.feed,
                    backfill=args.backfill,
                )
            )
        except AlreadyRunning as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            return 1
    if args.command == "feeds":
        return run_on_loop(_feeds_command(settings, args))
    if args.command == "posts":
        return run_on_loop(_posts_command(settings, args))
    return run_on_loop(_inspect_command(settings, args))


if __name__ == "__main__":
    sys.exit(main())
