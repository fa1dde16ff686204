"""The site credit from what the channel says of itself, from sample 29's credit rejects: a
copyright holder's corporate name yields to the outlet the title names ("FOX News Network" on
"… on Fox News"); a blog engine's feed under a path is titled by its blog ("Copyrighteous",
PyBlosxom at mako.cc/copyrighteous); a journal (prism:publicationName) is named by a whole part
of a publisher's coded title ("tandf: Journal of Web Librarianship: Table of Contents")."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.parsing.feeds import parse_feed


def _site_name(body: str, url: str = "https://feeds.example/feed.xml") -> str:
    parsed = parse_feed(body.encode(), url=url)
    return derive_site_name(parsed.title, parsed.site_url, url, parsed.channel).name


def test_a_copyright_holders_corporate_name_yields_to_the_outlet_the_title_names() -> None:
    fox = """<?xml version="1.0"?><rss version="2.0"><channel>
<title>Latest &amp; Breaking News on Fox News</title><link>https://www.foxnews.com/</link>
<description>Discover the latest breaking news feed with Fox.</description>
<copyright>Copyright 2022 FOX News Network</copyright>
<item><title>A whale</title><link>https://www.foxnews.com/us/whale</link></item>
</channel></rss>"""
    assert _site_name(fox, "https://moxie.foxnews.com/google-publisher/latest.xml") == "Fox News"


def test_a_blog_engines_feed_under_a_path_is_titled_by_its_blog() -> None:
    mako = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Copyrighteous</title>
<id>http://mako.cc/copyrighteous/</id>
<link rel="alternate" type="text/html" href="http://mako.cc/copyrighteous" />
<generator uri="http://pyblosxom.sourceforge.net/">PyBlosxom http://pyblosxom.sourceforge.net/
1.5rc2 20100803</generator><updated>2011-09-15T05:21:00Z</updated>
<entry><title>Anxiety</title><id>http://mako.cc/copyrighteous/20110913-00</id>
<updated>2011-09-15T05:21:00Z</updated>
<link rel="alternate" href="http://mako.cc/copyrighteous/20110913-00" /></entry></feed>"""
    assert _site_name(mako, "http://mako.cc/copyrighteous/?flav=atom") == "Copyrighteous"


def test_a_journal_is_credited_where_a_publishers_coded_title_holds_it() -> None:
    tandf = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
<channel rdf:about="https://www.tandfonline.com/loi/wjwl20">
<title>tandf: Journal of Web Librarianship: Table of Contents</title>
<link>https://www.tandfonline.com/loi/wjwl20?ai=1dl&amp;mi=el63dh&amp;af=R</link>
<description>Table of Contents for Journal of Web Librarianship.</description>
<dc:publisher>tandf</dc:publisher>
<prism:publicationName>Journal of Web Librarianship</prism:publicationName></channel>
<item rdf:about="https://www.tandfonline.com/doi/full/10.1080/19322909.2024.2327822">
<title>Search engines</title><link>https://www.tandfonline.com/doi/full/10.1080/19322909.2024.2327822</link>
</item></rdf:RDF>"""
    assert _site_name(tandf) == "Journal of Web Librarianship"


def test_a_host_named_at_a_sentences_end_is_credited_without_its_article_and_stop() -> None:
    otr = """<?xml version="1.0"?><rss version="2.0"><channel>
<title>RadioTimeZone.com Network. A FREE Vintage Radio and OTR Channel</title>
<link>http://www.radiotimezone.com/index.html</link>
<image><url>http://www.radiotimezone.com/logo.jpg</url><link>http://www.radiotimezone.com/</link>
<title>The Internet's Favorite Free Old Time Radio Show Network. OTR All Of The Time. OTR Only On
RadioTimeZone.com. A trip back to a not so distant time. A time we call... the RadioTimezone.com.
</title></image>
<item><title>"Dinner At Eight." Campbell Playhouse. Aired 02-18-40.</title>
<link>http://www.radiotimezone.com/podcastbeta/CP021840.mp3</link></item></channel></rss>"""
    assert _site_name(otr, "http://www.radiotimezone.com/RSS/podcast2.xml") != (
        "the RadioTimezone.com."
    )
    assert _site_name(otr, "http://www.radiotimezone.com/RSS/podcast2.xml").casefold() == (
        "radiotimezone.com"
    )
