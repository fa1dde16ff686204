"""Labels a feed closes its headlines with (a post kind, each item's section, a forum's poster)
leave the headline; learnt from the feed's own items. Titles quoted from 2008 feeds
(kalv/ruby-feed-parser-benchmark, no licence: short strings inline)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.parsing.feeds import parse_feed


def _rss(items: Sequence[tuple[str, str | None]]) -> bytes:
    body = "".join(
        f"<item><title>{escape(title)}</title><link>http://example.org/{n}</link>"
        + (f"<category>{escape(category)}</category>" if category else "")
        + "<description>Text of the post.</description></item>"
        for n, (title, category) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"<link>http://example.org/</link>{body}</channel></rss>"
    ).encode()


def _titles(items: Sequence[tuple[str, str | None]]) -> list[str]:
    feed = parse_feed(_rss(items), url="http://example.org/feed")
    return [entry.title for entry in feed.entries]


def test_each_items_own_section_in_brackets_leaves_its_headline() -> None:
    # lrytas.lt closes every headline with the item's category in round brackets.
    items = [
        ("Kaune chuliganams užkliuvo Kalėdų eglutė (Kriminalai)", "Kriminalai"),
        ("D.Šalugos advokatai verslininkui prikiša melą (Lietuvos diena)", "Lietuvos diena"),
        ("NATO patrulis nušovė tris afganų civilius (Pasaulis)", "Pasaulis"),
        ("Mirė rašytojas S.Geda (papildyta, interviu su kūrėju) (Žmonės)", "Žmonės"),
    ]
    assert _titles(items) == [
        "Kaune chuliganams užkliuvo Kalėdų eglutė",
        "D.Šalugos advokatai verslininkui prikiša melą",
        "NATO patrulis nušovė tris afganų civilius",
        "Mirė rašytojas S.Geda (papildyta, interviu su kūrėju)",
    ]


def test_a_post_kind_closing_several_headlines_leaves_them() -> None:
    # Land+Living files half its posts as "[Clipping]"; the others are bare.
    items: list[tuple[str, str | None]] = [
        ("Frank's on the move... [Clipping]", "News"),
        ("MOCA needs help! [Clipping]", "News"),
        ("Jorn Utzon dies at 90 [Clipping]", "News"),
        ("Finnish Summer Houses", "Architecture"),
    ]
    assert _titles(items) == [
        "Frank's on the move...",
        "MOCA needs help!",
        "Jorn Utzon dies at 90",
        "Finnish Summer Houses",
    ]


def test_a_forums_field_name_and_poster_leave_the_subject() -> None:
    items: list[tuple[str, str | None]] = [
        ("Subject: Re:Error when tried to request Web Service - by: richard.berger", None),
        ("Subject: BPMS Console Login Failure in Linux - by: ryan.fields", None),
        ("Subject: How to display multiple records in UI - by: sirswendu.ganapati", None),
        ("Subject: i'd like make a russian localization - by: 123.123", None),
    ]
    assert _titles(items) == [
        "Re:Error when tried to request Web Service",
        "BPMS Console Login Failure in Linux",
        "How to display multiple records in UI",
        "i'd like make a russian localization",
    ]


def test_the_same_place_on_every_job_stays_and_a_date_keeps_its_label() -> None:
    # A job board's "(Chicago, IL)" is the news, not a section; a date alone says less.
    items: list[tuple[str, str | None]] = [
        ("Ruby on Rails at Human Capital Management Solutions (Chicago, IL)", None),
        ("Ruby on Rails Developer at Pathfinder Associates (Chicago, IL)", None),
        ("Rails gig to drool over... at Inventables (Chicago, IL)", None),
        ("01/11/2008 [Flickr]", None),
        ("02/11/2008 [Flickr]", None),
        ("03/11/2008 [Flickr]", None),
    ]
    assert _titles(items) == [title for title, _ in items]
