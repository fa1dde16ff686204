"""Feeds in a legacy encoding Python knows under another name are read in that encoding
(issue 11, class 3: mojibake that is newsbot's own)."""

from __future__ import annotations

from pathlib import Path

from ftfy.badness import is_bad

from bot.parsing.encoding import python_codec_name
from bot.parsing.feeds import parse_feed
from tests.support.feedserver import FeedServer
from tests.support.served_feeds import served_feed

# Manager Online's Thai breaking news (2008 crawl, held-out sample 21): the file declares
# encoding="windows-874", a label browsers know and Python does not (Python calls it cp874).
THAI_TITLE = 'แผนช่วยชีวิตอุตฯรถUS"แท้ง" ส่งตลาดทั่วโลกผวาศก.จะยิ่งย่ำแย่'
THAI_TEXT = "เหมืองแร่รัสเซียระเบิด มีผู้เสียชีวิตอย่างน้อย 12 ราย"


def _legacy_feed(label: str, codec: str, title: str, text: str) -> bytes:
    xml = (
        f'<?xml version="1.0" encoding="{label}"?><rss version="2.0"><channel>'
        "<title>Manager Online - Breaking News</title><link>http://www.manager.co.th</link>"
        f"<item><title>{title}</title><link>http://www.manager.co.th/1</link>"
        f"<description>{text}</description></item></channel></rss>"
    )
    return xml.encode(codec)


def test_browser_labels_python_lacks_name_the_codec_python_has() -> None:
    assert python_codec_name("windows-874") == "cp874"
    assert python_codec_name("x-mac-roman") == "mac-roman"
    assert python_codec_name("windows-1251") == "windows-1251"  # known: unchanged
    assert python_codec_name("no-such-charset") == "no-such-charset"  # feedparser decides


def test_a_windows_874_feed_read_from_a_file_is_thai() -> None:
    feed = parse_feed(_legacy_feed("windows-874", "cp874", THAI_TITLE, THAI_TEXT), url="feed.xml")
    assert feed.entries[0].title == THAI_TITLE
    assert THAI_TEXT in feed.entries[0].content_html
    assert not is_bad(feed.entries[0].title)


async def test_a_served_windows_874_feed_is_thai_whatever_the_header_says(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    path = tmp_path / "thai.xml"
    path.write_bytes(_legacy_feed("windows-874", "cp874", THAI_TITLE, THAI_TEXT))
    for content_type in ("text/xml", "application/rss+xml; charset=windows-874"):
        feed = await served_feed(feed_server, path, content_type)
        assert [e.title for e in feed.entries] == [THAI_TITLE], content_type


def test_a_mac_roman_feed_keeps_its_accents() -> None:
    title = "Café crème à l’école"
    feed = parse_feed(_legacy_feed("x-mac-roman", "mac-roman", title, "Un café."), url="f.xml")
    assert feed.entries[0].title == title
