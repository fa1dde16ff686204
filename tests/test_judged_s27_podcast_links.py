"""What a podcast episode's post links, from held-out sample 29's rejects (alexangas/
podcast-feed-reader's CBC and SCOTUSblog feeds, quoted inline): the episode's file where every
item's <link> is the show's page, and an address whose scheme the feed wrote twice read once."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed


def _cbc_item(title: str, file: str) -> str:
    return f"""<item><title>{title}</title>
<guid>http://podcast.cbc.ca/mp3/podcasts/{file}</guid>
<description>{title}: we hear from the people who were there.</description>
<link>http://www.cbc.ca/podcasting</link>
<enclosure url="http://podcast.cbc.ca/mp3/podcasts/{file}" length="6326" type="audio/mpeg" />
</item>"""


_CBC = f"""<rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel>
<title>The Central Newfoundland Morning Show from CBC Radio Nfld. and Labrador (Highlights)</title>
<link>http://www.cbc.ca/podcasting</link>
<description>CBC Radio's Leigh Anne Power in Gander hosts the Central Newfoundland Morning Show.
</description>
{_cbc_item("Winter Whales Spotted in Lewisporte", "cnlmornshow_20160118_50731.mp3")}
{_cbc_item("John Haggie Becomes New Minister of Health", "cnlmornshow_20151215_68294.mp3")}
{_cbc_item("Provincial Candidates for Grand Falls Windsor", "cnlmornshow_20151120_52556.mp3")}
</channel></rss>"""


def test_an_episode_whose_link_is_the_shows_page_links_its_file() -> None:
    # "Read more" went to http://www.cbc.ca/podcasting, the channel's own link (and the credit's)
    # on all 108 episodes: the episode has no page, its enclosure is what a reader can open.
    parsed = parse_feed(_CBC.encode(), url="http://www.cbc.ca/podcasting/cnlmornshow.xml")
    assert parsed.site_url == "http://www.cbc.ca/podcasting"
    assert [entry.link for entry in parsed.entries] == [
        "http://podcast.cbc.ca/mp3/podcasts/cnlmornshow_20160118_50731.mp3",
        "http://podcast.cbc.ca/mp3/podcasts/cnlmornshow_20151215_68294.mp3",
        "http://podcast.cbc.ca/mp3/podcasts/cnlmornshow_20151120_52556.mp3",
    ]


_JOURNAL = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Devine Lu Linvega&#39;s journal</title>
<id>https://wiki.xxiivv.com/site/now.html</id>
<link rel="alternate" href="https://wiki.xxiivv.com/site/now.html"></link>
<entry><title>2025-12-27 O May I join the choir invisible</title>
<id>https://wiki.xxiivv.com/site/now.html#2025-12-27 O May I join the choir invisible</id>
<updated>2025-12-27T00:00:00+00:00</updated><content type="html">A day of reading.</content></entry>
<entry><title>2025-10-27 Commutative Arithmetic Anarchy</title>
<id>https://wiki.xxiivv.com/site/now.html#2025-10-27 Commutative Arithmetic Anarchy</id>
<updated>2025-10-27T00:00:00+00:00</updated><content type="html">A day of sums.</content></entry>
</feed>"""


def test_an_items_anchor_on_the_channels_page_is_its_own_place() -> None:
    # fastfeedparser's benchmark_data/1d58ba8460bcc2d0: each day is an anchor on the journal's
    # page, which is also the channel's link; the anchor, not the page, is the item's link.
    parsed = parse_feed(_JOURNAL.encode(), url="https://wiki.xxiivv.com/links/rss.xml")
    assert [entry.link for entry in parsed.entries] == [
        "https://wiki.xxiivv.com/site/now.html#2025-12-27OMayIjointhechoirinvisible",
        "https://wiki.xxiivv.com/site/now.html#2025-10-27CommutativeArithmeticAnarchy",
    ]


_SCOTUSBLOG = """<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" version="2.0"><channel>
<title>SCOTUSblog Podcast</title><link>http://www.scotusblog.com/</link>
<item><title>Snyder v. Phelps: Arguments for Respondent</title>
<itunes:summary><![CDATA[Margie J. Phelps presents the arguments for respondent.]]></itunes:summary>
<enclosure url="http://sblog.s3.amazonaws.com/wp-content/uploads/2010/10/\
Snyder-v.-Phelps-Podcast-Argument-for-Respondent.mp3" length="5000000" type="audio/mpeg" />
<guid>http://http://sblog.s3.amazonaws.com/wp-content/uploads/2010/10/\
Snyder-v.-Phelps-Podcast-Argument-for-Respondent.mp3</guid>
</item></channel></rss>"""


def test_an_address_with_its_scheme_written_twice_is_read_once() -> None:
    # The guid "http://http://sblog…" was posted as "http://http/sblog…" (host "http"), a dead
    # "Listen" link; the enclosure confirms the address meant.
    parsed = parse_feed(_SCOTUSBLOG.encode(), url="http://scotusblog.com/wp-content/podcast.rss")
    assert parsed.entries[0].link == (
        "http://sblog.s3.amazonaws.com/wp-content/uploads/2010/10/"
        "Snyder-v.-Phelps-Podcast-Argument-for-Respondent.mp3"
    )
