"""What a podcast episode's post says, from held-out sample 29's rejects (quoted inline): a
channel promo each episode words its own way (Maine Ghost Hunters, korowiow80/PodSearch_Content)
and close tags written as empty elements (Luciaamo/podcast's "<description/>")."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry
from bot.text.taglines import tagline_phrases


def _summary(entry: FeedEntry, phrases: frozenset[str] = frozenset()) -> str:
    composed = compose_entry(
        entry, source="Feed", source_url=None, language=None, summary_chars=600, boilerplate=phrases
    )
    return composed.summary


_GHOST_HUNTERS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>Maine Ghost Hunters - Video Podcasts - Tutorials</title>
<link>http://www.maineghosthunters.org/VideoGallery/tabid/171/Default.aspx</link>
<item><title>Maine Ghost Hunters - 20-125 - Tutorial</title>
<description>Maine Ghost Hunters Team Leader TonyL and Jr. Tech. Member TJ get together to show \
you how to properly modify a Radio Shack am-fm model 20-125 into a fully functional Ghost Box.
Feel free to join our Maine Ghost Hunters forum at www.maineghosthunters.net to discuss this and \
other paranormal topics.</description>
<link>http://www.youtube.com/watch?v=IS3VDsdo8hU</link></item>
<item><title>Maine Ghost Hunters - Trial Run Ghost Box 20-125 - Tutorial</title>
<description>Maine Ghost Hunters Team Leader TonyL and Jr. Tech. Member TJ test out their freshly \
modified AM-FM Radio Shack radio, which they converted into a Ghost Box just minutes earlier.
Maine Ghost Hunters welcomes you to join our forum, located at www.maineghosthunters.net to \
discuss this and other paranormal topics.</description>
<link>http://www.youtube.com/watch?v=xKmL4GmW6h4</link></item>
</channel></rss>"""


def test_a_channel_promo_worded_two_ways_is_no_episodes_text() -> None:
    # Two episodes, two wordings of one forum promo (one address, "to discuss this and other
    # paranormal topics"): too few stories for learned boilerplate, still the feed's own.
    parsed = parse_feed(_GHOST_HUNTERS.encode(), url="http://www.maineghosthunters.org/a.xml")
    phrases = tagline_phrases(parsed.taglines)
    summaries = [_summary(e, phrases) for e in parsed.entries]
    assert summaries == [
        "Maine Ghost Hunters Team Leader TonyL and Jr. Tech. Member TJ get together to show you"
        " how to properly modify a Radio Shack am-fm model 20-125 into a fully functional Ghost"
        " Box.",
        "Maine Ghost Hunters Team Leader TonyL and Jr. Tech. Member TJ test out their freshly"
        " modified AM-FM Radio Shack radio, which they converted into a Ghost Box just minutes"
        " earlier.",
    ]


_NOMADA = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nómada en el camino</title>
<link> https://luciaamo.github.io/podcast/</link>
<item>
<title>Café Literario<title/>
<link>https://www.ivoox.com/podcast-cafe-literario_sq_f1383268_1.html<link/>
<description>Javier López, apasionado bibliófilo y crítico literario, te invita a unirse a él en \
conversaciones apasionantes sobre libros.<description/>
<item/>
</channel></rss>"""


def test_close_tags_written_as_empty_elements_close_the_elements() -> None:
    # The post ended "…sobre libros.<description>." and had "No article link".
    parsed = parse_feed(_NOMADA.encode(), url="https://luciaamo.github.io/podcast/podcast.rss")
    entry = parsed.entries[0]
    assert entry.title == "Café Literario"
    assert entry.link == "https://www.ivoox.com/podcast-cafe-literario_sq_f1383268_1.html"
    assert _summary(entry) == (
        "Javier López, apasionado bibliófilo y crítico literario, te invita a unirse a él en"
        " conversaciones apasionantes sobre libros."
    )


_BLURB = (
    "For an hour every day, we're using the Internet to talk about the world. Bloggers in Kenya,"
    " podcasters in the US Army on the Iraqi border, legions of wikipedia editors."
)


def _open_source_item(title: str, subtitle: str, notes: str) -> str:
    return f"""<item><title>{title}</title>
<itunes:subtitle>{subtitle}</itunes:subtitle>
<itunes:summary>{_BLURB}</itunes:summary>
<description><![CDATA[<h4><a href="http://stream.publicbroadcasting.net/ros/x.mp3">Click to \
Listen to the Show (24 MB MP3)</a></h4>{notes}]]></description>
<enclosure url="http://stream.publicbroadcasting.net/ros/{len(title)}.mp3" type="audio/mpeg"/>
</item>"""


_OPEN_SOURCE = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>Open Source</title><link>http://www.radioopensource.org/</link>
{
    _open_source_item(
        "The NSA's New New Phone Database",
        'How, exactly, is "data-mining" of every phone call in America going to reveal who is'
        " or might be a terrorist?",
        "<ul><li>Woke up this morning to the following headline.</li></ul>",
    )
}
{
    _open_source_item(
        "Harnessing Remittances", "Remittances", "<p>Migrant workers will remit more.</p>"
    )
}
{_open_source_item("China: The Biggest Migration Ever", "China", "<p>China now boasts it.</p>")}
</channel></rss>"""


def test_a_shows_standing_blurb_on_every_episode_gives_way_to_the_episodes_text() -> None:
    # The itunes:summary of every episode of Open Source (rssowl's performance/50.xml) is the
    # show's blurb: the episode's own subtitle, else its description, says what it holds.
    parsed = parse_feed(_OPEN_SOURCE.encode(), url="http://www.radioopensource.org/feed/")
    assert [_summary(entry) for entry in parsed.entries] == [
        'How, exactly, is "data-mining" of every phone call in America going to reveal who is or'
        " might be a terrorist?",
        "Migrant workers will remit more.",
        "China now boasts it.",
    ]
