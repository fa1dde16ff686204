"""OPML subscription lists: reading one to subscribe to its feeds, writing ours."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.etree import ElementTree

from bot.admin.subscriptions import CANNOT_ADD, add_subscription
from bot.checker import FeedChecker
from bot.parts import SharedParts
from bot.scheduler import HostLimits
from storage.feeds import FeedAlreadyExists
from storage.records import Feed

log = logging.getLogger(__name__)

# OPML needs no DTD; refusing one keeps entity tricks out of the XML parser entirely.
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


class OpmlError(Exception):
    """The document is not a usable OPML subscription list; the message says why."""


@dataclass(frozen=True)
class OutlineFeed:
    """One feed an OPML document lists."""

    url: str
    title: str | None = None


@dataclass
class ImportReport:
    """What importing an OPML list did, feed by feed."""

    added: list[Feed] = field(default_factory=list)
    existing: list[Feed] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)


def parse_opml(data: bytes) -> list[OutlineFeed]:
    """The feeds (outlines with an xmlUrl) of an OPML document, nested ones included."""
    if _DTD.search(data):
        raise OpmlError("OPML documents with a DOCTYPE or entities are not accepted")
    try:
        root = ElementTree.fromstring(data)  # noqa: S314 - no DTD, see above
    except ElementTree.ParseError as exc:
        raise OpmlError(f"not an XML document ({exc})") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML document (its root is <{root.tag}>)")
    feeds: list[OutlineFeed] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        attributes = {k.lower(): v.strip() for k, v in outline.attrib.items()}
        url = attributes.get("xmlurl", "")
        if url and url not in seen:
            seen.add(url)
            feeds.append(OutlineFeed(url, attributes.get("title") or attributes.get("text")))
    return feeds


def export_opml(feeds: Sequence[Feed], *, now: float, title: str = "newsbot feeds") -> bytes:
    """An OPML 2.0 document listing `feeds`."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = formatdate(now, usegmt=True)
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.display_name, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    document = bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=False))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + document


async def import_feeds(
    shared: SharedParts, checker: FeedChecker, feeds: Sequence[OutlineFeed]
) -> ImportReport:
    """Subscribe to each feed as /add would (fetched and validated), a few at a time."""
    settings = shared.settings
    report = ImportReport()
    hosts = HostLimits(settings.fetch_per_host)
    overall = asyncio.Semaphore(settings.fetch_concurrency)

    async def one(outline: OutlineFeed) -> None:
        async with hosts.slot(outline.url), overall:
            try:
                added = await add_subscription(shared, checker, outline.url)
            except FeedAlreadyExists as exc:
                report.existing.append(exc.feed)
            except CANNOT_ADD as exc:
                report.failed.append((outline.url, str(exc).split("\n", 1)[0]))
            except Exception as exc:  # one feed's fault must not lose the others' report
                log.exception("importing %s failed", outline.url)
                report.failed.append(
                    (outline.url, f"an internal error ({type(exc).__name__}, logged)")
                )
            else:
                report.added.append(added.feed)

    await asyncio.gather(*(one(outline) for outline in feeds))
    return report


def format_report(report: ImportReport) -> list[str]:
    """The report as text blocks: a summary line, then each failure with its reason."""
    summary = (
        f"Imported {len(report.added)} feed(s); {len(report.existing)} already subscribed; "
        f"{len(report.failed)} could not be added."
    )
    blocks = [summary]
    if report.added:
        blocks.append("\n".join(f"#{f.id} {f.display_name}" for f in report.added))
    blocks += [f"✗ {url}\n{reason}" for url, reason in report.failed]
    return blocks
