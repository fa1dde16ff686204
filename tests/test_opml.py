"""OPML: reading subscription lists safely, writing ours, and the CLI import/export."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from bot.admin.opml import OpmlError, export_opml, parse_opml
from storage.records import Feed
from tests.conftest import REPO, carried
from tests.support.feedserver import FeedServer
from tests.support.rss import Item, rss

LIST = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline text="World" title="World news" type="rss" xmlUrl="https://a.example/world.xml"/>
      <outline text="Tech" type="rss" xmlurl="https://a.example/tech.xml"
               htmlUrl="https://a.example/tech"/>
    </outline>
    <outline text="Again" type="rss" xmlUrl="https://a.example/world.xml"/>
    <outline text="A folder without a feed"/>
  </body>
</opml>"""


def test_nested_outlines_give_their_feeds_once_each() -> None:
    feeds = parse_opml(LIST)
    assert [(f.url, f.title) for f in feeds] == [
        ("https://a.example/world.xml", "World news"),
        ("https://a.example/tech.xml", "Tech"),
    ]


def test_an_opml_document_with_a_dtd_is_refused_before_parsing() -> None:
    # The billion-laughs DTD from the XML attack corpus, put in front of an OPML list.
    bomb = carried("corpus", "defusedxml/xmltestdata/xmlbomb.xml")
    dtd = bomb.read_bytes().split(b"]>")[0] + b"]>"
    with pytest.raises(OpmlError, match="DOCTYPE"):
        parse_opml(dtd + b'<opml><body><outline xmlUrl="&d;"/></body></opml>')


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<rss><channel/></rss>", "not an OPML document"),
        (b"<opml><body><outline", "not an XML document"),
        (b"", "not an XML document"),
    ],
)
def test_other_documents_are_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(OpmlError, match=reason):
        parse_opml(data)


def _feed(feed_id: int, url: str, title: str | None, site: str | None) -> Feed:
    return Feed(feed_id, url, title, site, None, None, 0.0, None, 0.0, None, 0, False, True, 0)


def test_export_reads_back_as_the_same_feeds() -> None:
    feeds = [
        _feed(1, "https://a.example/feed?x=1&y=<2>", 'Quotes " & <tags>', "https://a.example/"),
        _feed(2, "https://b.example/rss", None, None),
    ]
    data = export_opml(feeds, now=1_800_000_000)
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">')
    assert [(f.url, f.title) for f in parse_opml(data)] == [
        ("https://a.example/feed?x=1&y=<2>", 'Quotes " & <tags>'),
        ("https://b.example/rss", "https://b.example/rss"),
    ]


async def _newsbot(*args: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    # A subprocess awaited asynchronously, so the feed server in this loop keeps answering.
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        cwd=cwd,
        env=base
        | env
        | {"PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_cli_imports_an_opml_list_and_exports_it_again(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    for name in ("world", "tech"):
        item = Item(f"{name} story", f"https://a.example/{name}/1", "Text.", guid=f"{name}-1")
        feed_server.set_feed(f"{name}.xml", rss(f"A {name}", "https://a.example", [item]))
    feed_server.set_response("broken.xml", 500)
    opml = tmp_path / "subscriptions.opml"
    opml.write_bytes(
        b'<opml version="2.0"><body>'
        + b"".join(
            f'<outline text="{n}" xmlUrl="{feed_server.url(n + ".xml")}"/>'.encode()
            for n in ("world", "tech", "broken")
        )
        + b"</body></opml>"
    )
    env = {"NEWSBOT_DATABASE": str(tmp_path / "n.db"), "NEWSBOT_ALLOW_PRIVATE_ADDRESSES": "true"}
    code, out, err = await _newsbot("feeds", "import", str(opml), cwd=tmp_path, env=env)
    assert code == 0, err
    assert out.startswith("Imported 2 feed(s); 0 already subscribed; 1 could not be added.")
    assert f"✗ {feed_server.url('broken.xml')}\nHTTP 500" in out

    code, out, err = await _newsbot("feeds", "import", str(opml), cwd=tmp_path, env=env)
    assert out.startswith("Imported 0 feed(s); 2 already subscribed; 1 could not be added.")

    exported = tmp_path / "out.opml"
    code, out, err = await _newsbot("feeds", "export", str(exported), cwd=tmp_path, env=env)
    assert code == 0, err
    assert sorted((f.url, f.title) for f in parse_opml(exported.read_bytes())) == [
        (feed_server.url("tech.xml"), "A tech"),
        (feed_server.url("world.xml"), "A world"),
    ]
