"""RSS 2.0's <source url="…">Name</source> names "the RSS channel that the item came from":
an aggregator whose items name several channels, each by its own page of it (Moreover's
"moreover.com/page?s=WebWire"), credits each item to its channel, via the aggregator. From
sample 28's credit rejects (rssowl performance/69.xml, Moreover Technologies' feed of 2006)."""

from __future__ import annotations

from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.attribution.source_channels import cites_channels
from bot.config import Settings
from bot.parsing.feeds import parse_feed

_ITEM = """<item><title>{title}</title>
<link>http://c.moreover.com/click/here.pl?r{n}&amp;w=2277468</link>
<description>{title}. Small businesses need more support, the minister said.</description>
<guid>http://c.moreover.com/click/here.pl?r{n}&amp;w=2277468</guid>
<source url="http://www.moreover.com/page?s={key}&amp;o=rss002&amp;wiz=2277468">{name}</source>
</item>"""
_ITEMS = [
    ("Internet Researcher Finds Home Business Treasures", "WebWire", "WebWire"),
    ("'Mideast must support SMEs more'", "Khaleej%20Times", "Khaleej Times"),
    ("Citigroup targets Indian small businesses", "BBR", "Banking Business Review"),
]


def _feed(items: list[tuple[str, str, str]], title: str = "Moreover Technologies") -> bytes:
    body = "".join(
        _ITEM.format(title=t, key=key, name=name, n=539380865 + n)
        for n, (t, key, name) in enumerate(items)
    )
    return f"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>{title} - Small business news - of 897 returned</title>
<link>http://www.moreover.com/rss</link>{body}</channel></rss>""".encode()


async def test_each_item_credits_the_channel_its_source_names_via_the_aggregator(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "69.xml"
    feed.write_bytes(_feed(_ITEMS))
    inspected = await inspect_sources(Settings(_env_file=None, teaser_chars=0), [str(feed)])
    credits = [entry.message.rpartition(" · ")[2] for entry in inspected]
    # The channel's address in the feed is the aggregator's page of it: the name is unlinked.
    assert credits == [f"{name} via Moreover Technologies" for _, _, name in _ITEMS]


def test_one_address_under_many_names_or_the_feeds_own_name_cites_no_channels() -> None:
    # RMC's podcast names each episode in <source>, all at its one channel's address.
    one_address = parse_feed(_feed([(t, "RMC", name) for t, _, name in _ITEMS]), url="f")
    assert not cites_channels(one_address.entries, one_address.title)
    # A feed naming itself in <source> (Hanselminutes, korrespondent.net) carries nothing.
    itself = _feed([(t, key, "Moreover Technologies") for t, key, _ in _ITEMS])
    assert not cites_channels(parse_feed(itself, url="f").entries, "Moreover Technologies")
    assert cites_channels(parse_feed(_feed(_ITEMS), url="f").entries, "Moreover Technologies")
