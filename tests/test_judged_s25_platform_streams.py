"""Credits of platform streams (held-out sample 27's rejects, by family): a user's stream of shares
credits the shared page's site via its owner, not "FriendFeed"; a tag stream of many people's
photos credits each photographer, not "flickr.com"; a per-query feed whose every item says
"Feed provided by www.myconcertdates.com" is that site's, not "coldplay Tour"; a channel link
leaked from an item (Acast's <podaccess:item>, an entry after a broken </feed>) gives way to the
link the channel wrote. Entries quoted inline and shortened from the pool files
nikegp/speedparser3 tests/bozo/0137.dat, isofarro/php5-feed-parser-and-normaliser
testdata/027-flickr-rdf.xml, rometools/rome rss2.0-w3cgeo.xml, sesamyab/podcast-parser
acast.rss and anyant/rssant https-mlog-club-topic-atom-xml.xml."""

from __future__ import annotations

from bot.compose.aggregation import aggregated_feed
from bot.compose.entry import compose_batch
from bot.compose.site_naming import derived_site_name
from bot.parsing.feeds import parse_feed
from bot.render.content import render_post


def _credits(body: bytes, url: str) -> list[str]:
    parsed = parse_feed(body, url=url)
    composed = compose_batch(
        parsed.entries,
        source=derived_site_name(parsed, url).name,
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        aggregated=aggregated_feed(parsed, url),
    )
    posts = [render_post(c.content) for c in composed if c.content is not None]
    return [post.split("Read more</a> · ", 1)[1].split("\n", 1)[0] for post in posts]


_FRIENDFEED_SHARES = (
    ("“La Gramática no ha muerto”", "http://trestizas.wordpress.com/2011/10/03/la-gramatica/"),
    ("Proyectando", "http://www.educacontic.es/blog/proyectando"),
    ("La aún débil escuela 2.0", "http://iesazahar.blogspot.com/2011/10/la-aun-debil.html"),
    ("What A Surprise", "http://larryferlazzo.edublogs.org/2011/09/30/what-a-suprise/"),
)


def _friendfeed(own: str = "http://friendfeed.com/ovando") -> bytes:
    entries = "".join(
        f'<entry><title type="text">{title}</title><id>tag:friendfeed.com,2007:d51fb32{n}</id>'
        f'<link href="{link}" rel="alternate" type="text/html"/>'
        '<content type="xhtml" xml:base="http://friendfeed.com/"><div xmlns="http://www.w3.org/'
        f'1999/xhtml"><div><a href="{own}" class="l_profile"><img src="http://m.friendfeed-'
        f'media.com/p-9f4a-medium" alt="Ana Ovando"/></a><a href="{own}">Ana Ovando</a></div>'
        f'<div>{title} - <a rel="nofollow" href="{link}">{link[:30]}...</a></div><div><a href='
        f'"{own}/d51fb32{n}/x">11 hours ago</a> from <a href="http://www.google.com/reader/'
        f'shared/06763943376350898136">Google Reader</a></div></div></content></entry>'
        for n, (title, link) in enumerate(_FRIENDFEED_SHARES)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title type="text">FriendFeed - ovando</title><id>http://friendfeed.com/ovando</id>'
        f'<link rel="alternate" href="{own}" type="text/html"/>'
        "<author><name>FriendFeed</name></author>"
        f"{entries}</feed>"
    ).encode()


def test_a_users_stream_of_shares_credits_each_shared_site_via_its_owner() -> None:
    credits = _credits(_friendfeed(), "http://friendfeed.com/ovando?format=atom")
    assert credits[0] == (
        '<a href="http://trestizas.wordpress.com/">trestizas.wordpress.com</a> via Ana Ovando'
    )
    assert credits[2].startswith('<a href="http://iesazahar.blogspot.com/">iesazahar.blogspot')
    assert credits[3].startswith('<a href="http://larryferlazzo.edublogs.org/">')


def test_a_streams_owner_is_named_by_the_link_every_item_gives_its_page() -> None:
    url = "http://friendfeed.com/ovando?format=atom"
    assert derived_site_name(parse_feed(_friendfeed(), url=url), url).name == "Ana Ovando"


_FLICKR_PHOTOS = (
    ("d-arch", "d-arch", "3031860741", "NYC"),
    ("Uncle Buddha", "uncle_buddha", "3032481538", "Hoge Building, Seattle"),
    ("craigfuhr", "9499968@N03", "3031402021", "MMA_NL_Networking"),
    ("FredrikN", "fredrikn", "3032017260", "Going up or down?"),
    ("TimoOK", "timokoo", "3031158869", "Looking south from the Empire State building"),
)


def _flickr_tag_feed() -> bytes:
    items = "".join(
        f'<item rdf:about="http://www.flickr.com/photos/{user}/{photo}/"><title>{title}</title>'
        f"<link>http://www.flickr.com/photos/{user}/{photo}/</link><description>&lt;p&gt;&lt;a"
        f" href=&quot;http://www.flickr.com/people/{user}/&quot;&gt;{name}&lt;/a&gt; posted a "
        "photo:&lt;/p&gt;</description>"
        f"<dc:creator>{name} (http://www.flickr.com/people/{user}/)</dc:creator></item>"
        for name, user, photo, title in _FLICKR_PHOTOS
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        '22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://purl.org/'
        'rss/1.0/"><channel rdf:about="http://www.flickr.com/photos/tags/skyscraper/">'
        "<title>Recent Uploads tagged skyscraper</title>"
        "<link>http://www.flickr.com/photos/tags/skyscraper/</link></channel>"
        f"{items}</rdf:RDF>"
    ).encode()


def test_a_platforms_stream_of_its_users_photos_credits_each_photographer() -> None:
    url = "http://api.flickr.com/services/feeds/photos_public.gne?tags=skyscraper&format=rss_200"
    credits = _credits(_flickr_tag_feed(), url)
    assert credits[3] == '<a href="http://www.flickr.com/people/fredrikn/">FredrikN</a>'
    # A numeric account's page still carries the photographer's name.
    assert credits[2] == '<a href="http://www.flickr.com/people/9499968@N03/">craigfuhr</a>'


def test_one_persons_photostream_keeps_its_own_credit() -> None:
    # All of the items are one photographer's: the feed is that person's, credited as a feed.
    body = _flickr_tag_feed().replace(b"uncle_buddha", b"d-arch").replace(b"Uncle Buddha", b"x")
    body = body.replace(b"9499968@N03", b"d-arch").replace(b"fredrikn", b"d-arch")
    body = body.replace(b"timokoo", b"d-arch").replace(b"craigfuhr", b"d-arch")
    body = body.replace(b"FredrikN", b"d-arch").replace(b"TimoOK", b"d-arch")
    url = "http://api.flickr.com/services/feeds/photos_public.gne?id=d-arch"
    parsed = parse_feed(body, url=url)
    assert aggregated_feed(parsed, url) is None


_CONCERTS = (
    ("04/03/2006: Manchester, NH", "m=4&amp;d=3", "Verizon Wireless Arena New Hampshire."),
    ("04/04/2006: Uncasville, CT", "m=4&amp;d=4", "Mohegan Sun Arena."),
    ("04/06/2006: Philadelphia, PA", "m=4&amp;d=6", "Wachovia Center (First Union Center)."),
    ("09/06/2006: New York, NY", "m=9&amp;d=6", "Madison Square Garden."),
)


def _concerts(channel_link: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>http://www.myconcertdates.com/event.php?name=coldplay"
        f"&amp;{day}&amp;y=2006</link><description>{venue} &lt;br&gt;&lt;br&gt;Feed provided by"
        ' &lt;a href="http://www.myconcertdates.com"&gt;www.myconcertdates.com&lt;/a&gt;'
        "</description></item>"
        for title, day, venue in _CONCERTS
    )
    return (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>coldplay'
        f" Tour</title><link>{channel_link}</link>"
        f"<description>coldplay Tour</description>{items}</channel></rss>"
    ).encode()


def test_the_provider_every_item_links_names_a_per_query_feeds_site() -> None:
    body = _concerts("http://www.myconcertdates.com/event.php?name=coldplay")
    url = "http://www.myconcertdates.com/rss.php?name=coldplay"
    assert derived_site_name(parse_feed(body, url=url), url).name == "myconcertdates.com"


def test_a_blogs_own_title_stays_whatever_company_its_footer_links() -> None:
    # "The Heart of Innovation" whose every post links "Idea Champions" (ideachampions.com).
    body = _concerts("http://www.myconcertdates.com/weblogs/")
    url = "http://www.myconcertdates.com/weblogs/index.rdf"
    assert derived_site_name(parse_feed(body, url=url), url).name == "coldplay Tour"


def test_a_channel_link_leaked_from_an_unread_item_gives_way_to_the_channels_own() -> None:
    episodes = "https://shows.acast.com/sparpodcast/episodes"
    items = "".join(
        f"<item><title>Avsnitt {slug}</title><link>{episodes}/{slug}</link>"
        f"<guid isPermaLink='false'>62{n}</guid><description>Ett avsnitt.</description></item>"
        for n, slug in enumerate(("teaser-vi-atervander-den-7e-juni", "vi-har-inte-glomt-er"))
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:podaccess="https://'
        'access.acast.com/schema/1.0/"><channel><title>Spår</title>'
        "<link>https://play.acast.com/s/sparpodcast/152377</link>"
        f"{items}<podaccess:item locked='true'><itunes:title>2. Rättsläkaren Teo</itunes:title>"
        f"<link>{episodes}/premium-rattslakaren-teo-2</link></podaccess:item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, url="https://access.acast.com/rss/d826bce9/")
    assert parsed.site_url == "https://play.acast.com/s/sparpodcast/152377"


def test_a_channel_link_to_one_of_its_items_after_a_broken_close_gives_way() -> None:
    entries = "".join(
        f"<entry><title>Topic {n}</title><id>tag:mlog.club,2020-04-06:/topic/{n}</id><link href="
        f'"https://mlog.club/topic/{n}" rel="alternate"></link><summary>Text {n}.</summary></entry>'
        for n in (900, 899, 9)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>码农俱乐部  - Golang中国 - Go语言中文社区</title><id>https://mlog.club</id>"
        f'<link href="https://mlog.club"></link>{entries}</feed>>'
        '<link href="https://mlog.club/topic/9" rel="alternate"></link></entry></feed>'
    ).encode()
    assert parse_feed(body, url="https://mlog.club/topic/atom.xml").site_url == "https://mlog.club"


_FOUND = (
    ("hopefulvoyeur4.jpg (JPEG-Grafik, 500x704 Pixel)", "http://www.plusminus.ca/images/h4.jpg"),
    ("Lovely Package® . The leading source", "http://lovelypackage.com/"),
    ("Newman’s Own Organics", "http://lovelypackage.com/?p=478#more-478"),
    ("No Days Off", "http://www.nodaysoff.com/work_detail.php?id=74"),
)


def test_a_stream_of_things_found_elsewhere_credits_where_each_was_found() -> None:
    # FFFFOUND!'s items: a picture and the words "via <address>", nothing else.
    items = "".join(
        f"<item><title>{title}</title><link>http://ffffound.com/image/5a4e{n}</link>"
        f"<description>&lt;p&gt;&lt;a href=&quot;http://ffffound.com/image/5a4e{n}&quot;&gt;"
        f"&lt;img src=&quot;http://img.ffffound.com/static-data/assets/6/5a4e{n}_m.jpg&quot; "
        "alt=&quot;&quot; width=&quot;480&quot; height=&quot;305&quot;&gt;&lt;/a&gt;&lt;/p&gt;"
        f"&lt;p&gt;via &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;&lt;/p&gt;</description>"
        f'<guid isPermaLink="true">http://ffffound.com/image/5a4e{n}</guid></item>'
        for n, (title, url) in enumerate(_FOUND)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>FFFFOUND! / '
        f"EVERYONE</title><link>http://ffffound.com/</link>{items}</channel></rss>"
    ).encode()
    credits = _credits(body, "http://ffffound.com/feed")
    assert credits[0] == '<a href="http://www.plusminus.ca/">plusminus.ca</a> via FFFFOUND!'
    assert credits[2] == '<a href="http://lovelypackage.com/">lovelypackage.com</a> via FFFFOUND!'
