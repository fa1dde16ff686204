"""RSS 2.0's <source> text is "the name of the RSS channel" the item came from; some tools write
an address there: VMware Blogs' aggregator the source blog's home ("https://jorgedelacruz.es"),
FeedForAll the episode's own file ("…/WhenAnimalsSpeak_013_Litterbox.mp3"). An address names
no one: the item's own footer names its site, else the feed is credited as for any carried item.
From sample 29's credit rejects (rssant's blogs-vmware-com-wprss.xml, PetLifeRadio)."""

from __future__ import annotations

from pathlib import Path

from bot.admin.inspect import inspect_sources
from bot.config import Settings
from bot.parsing.feeds import parse_feed
from bot.parsing.source_titles import names_no_channel

_VMWARE_ITEM = """<item><title>{title}</title><link>{link}</link>
<description><![CDATA[<p>{title} is out, and here is how to upgrade your appliance.</p>
<p>The post <a rel="nofollow" href="{link}">{title}</a> appeared first on
<a rel="nofollow" href="{home}/">{name}</a>.</p>]]></description>
<source url="{home}/feed/">{home}</source></item>"""


def _vmware_feed() -> bytes:
    items = [
        ("vCenter Server 7.0", "https://www.jorgedelacruz.es", "El Blog de Jorge de la Cruz"),
        ("vSAN 7 file services", "http://www.vmwarearena.com", "VMware Arena"),
        ("ESXi 7.0 installation", "https://www.stephenhackers.co.uk", "Stephen Hackers"),
    ]
    body = "".join(
        _VMWARE_ITEM.format(title=t, link=f"{home}/2020/04/{n}/", home=home, name=name)
        for n, (t, home, name) in enumerate(items)
    )
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>VMware Blogs</title>
<link>https://blogs.vmware.com</link>{body}</channel></rss>""".encode()


def test_an_address_is_no_channel_name_but_a_bare_domain_or_a_dotted_name_is() -> None:
    assert names_no_channel("https://jorgedelacruz.es")
    assert names_no_channel("http://www.podtunecast.com/WhenAnimalsSpeak_013_Litterbox.mp3")
    assert names_no_channel("techietech.org/")
    assert not names_no_channel("vmgu.ru")
    assert not names_no_channel("Node.js")
    assert not names_no_channel("Carl Chenet's Blog » debian-fr")


async def test_a_source_named_by_its_address_is_credited_by_the_items_footer(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "https-blogs-vmware-com-wprss.xml"
    feed.write_bytes(_vmware_feed())
    inspected = await inspect_sources(Settings(_env_file=None, teaser_chars=0), [str(feed)])
    credit = inspected[0].message.rpartition("Read more</a> · ")[2]
    footer_name = '<a href="https://www.jorgedelacruz.es/">El Blog de Jorge de la Cruz</a>'
    assert credit.startswith(footer_name)
    assert all(">http" not in entry.message for entry in inspected)


def test_an_episode_files_address_in_source_names_no_original() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>When Animals Speak - Pets &amp; Animals on Pet Life Radio (PetLifeRadio.com)</title>
<link>http://www.petliferadio.com/animalspeak.html</link><item>
<title>PetLifeRadio.com - Episode 13 No More Litterbox</title>
<link>http://www.podtunecast.com/WhenAnimalsSpeak_013_Litterbox.mp3</link>
<source url="http://www.podtunecast.com/WhenAnimalsSpeak_013_Litterbox.mp3"
>http://www.podtunecast.com/WhenAnimalsSpeak_013_Litterbox.mp3</source>
</item></channel></rss>"""
    assert parse_feed(body, url="f").entries[0].source_name is None
