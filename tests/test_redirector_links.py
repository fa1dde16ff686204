"""Article links of held-out sample 11's rejects (development data since): redirectors and
trackers that carry the article's address, in a query parameter or encoded in their path.
The feeds' repository (kalv/ruby-feed-parser-benchmark) states no licence: short strings inline."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.feeds import parse_feed


def _rss(items: str, channel_link: str = "http://example.org/") -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:fs="http://www.feedsky.com/namespace/'
        f'feed"><channel><title>T</title><link>{channel_link}</link>{items}</channel></rss>'
    ).encode()


def _links(items: str, channel_link: str = "http://example.org/") -> list[str | None]:
    parsed = parse_feed(_rss(items, channel_link), url="http://example.org/feed")
    return [entry.link for entry in parsed.entries]


# L'Express through rss.feedsportal.com, Chip through its own rss.chip.de: the article's address
# in the path, "0L" for "http://", "0S" for "www.", "0B" for ".", "0C" for "/", "0E" for "-".
_FEEDSPORTAL = """
<item><title>Le monde selon Sarkozy</title><link>http://rss.feedsportal.com/c/568/f/10792/s/
289e6c8/l/0L0Slexpress0Bfr0Cactualite0Cmonde0Cle0Emonde0Eselon0Esarkozy0I7227350Bhtml0Dxtor0F
RSS0E263/story01.htm</link><guid isPermaLink="false">contenu_722735</guid></item>
<item><title>TomTom HD Traffic</title><link>http://rss.chip.de/c/573/f/7448/s/2899551/l/0L0Schip
0Bde0Cnews0CTomTom0EHD0ETraffic0EStauinfos0Eonline0Eabfragen0I340A182320Bhtml/story01.htm</link>
</item>""".replace("\n", "").replace("<item>", "\n<item>")


def test_a_feedsportal_counter_links_the_address_its_path_encodes() -> None:
    lexpress, chip = _links(_FEEDSPORTAL)
    assert lexpress is not None and lexpress.startswith(
        "http://www.lexpress.fr/actualite/monde/le-monde-selon-sarkozy_722735.html"
    )
    assert (
        chip == "http://www.chip.de/news/TomTom-HD-Traffic-Stauinfos-online-abfragen_34018232.html"
    )


def test_a_path_with_a_code_the_scheme_does_not_know_stays_as_it_is() -> None:
    odd = "http://rss.example.net/c/1/f/2/s/3/l/0L0Sexample0Bcom0C0Zx/story01.htm"
    assert _links(f"<item><title>x</title><link>{odd}</link></item>") == [odd]


# L'Equipe's "redir.php?…&URL=<article>", Google News France's "news/url?…&url=<article>&usg=…".
_QUERY_REDIRECTS = """
<item><title>Retours de Faty et Birsa</title><link>http://www.lequipe.fr/redir.php?ORIG=RSS&amp;
RUB=homeG&amp;URL=http://www.lequipe.fr/Football/20081212_175020_retours-de-faty-et-birsa.html
</link></item>
<item><title>On ne reconnait plus Bernard Kouchner ! - Le Parisien</title><link>http://news.google
.fr/news/url?sa=T&amp;ct=fr/8-0-0&amp;fd=R&amp;url=http://www.leparisien.fr/les-sujets-qui-vous-
passionnent/on-ne-reconnait-plus-bernard-kouchner-12-12-2008-340060.php&amp;cid=1268426008&amp;ei=
B6xCSePxFYTOgAOClf3ACQ&amp;usg=AFQjCNE_esqGPGenef45n6o5-m3ntPFzbQ</link></item>
""".replace("\n", "").replace("<item>", "\n<item>")


def test_a_redirect_script_links_the_article_its_query_carries() -> None:
    assert _links(_QUERY_REDIRECTS) == [
        "http://www.lequipe.fr/Football/20081212_175020_retours-de-faty-et-birsa.html",
        "http://www.leparisien.fr/les-sujets-qui-vous-passionnent/"
        "on-ne-reconnait-plus-bernard-kouchner-12-12-2008-340060.php",
    ]


# Feedsky rewrites <link> to its own item page and keeps the post's in <fs:srclink>.
_FEEDSKY = """<item><title>NFS:Carbon</title>
<link>http://item.feedsky.com/~feedsky/xuhel/~5932834/148370916/4061262/1/item.html</link>
<guid isPermaLink="false">http://xuhel.cn/?p=610</guid>
<fs:srclink>http://xuhel.cn/themes/nfscarbon-wp-theme-test.html</fs:srclink></item>"""


def test_a_feedsky_item_links_the_post_feedsky_kept() -> None:
    assert _links(_FEEDSKY) == ["http://xuhel.cn/themes/nfscarbon-wp-theme-test.html"]


# Steep and Cheap's channel link, its ampersands escaped twice ("&amp;amp;mv_pc") in the file.
_TWICE_ESCAPED = (
    "http://www.steepandcheap.com/steepcheap/index.html?cmp_id=ODAL_RSS5001&amp;amp;mv_pc=r205"
    "&amp;amp;cmp_sku=SOG0009"
)


def test_a_link_escaped_twice_keeps_plain_ampersands_and_loses_its_campaign_id() -> None:
    # Its partner code (mv_pc) is tracking too (session 14, tests/test_shop_links.py).
    parsed = parse_feed(_rss("", _TWICE_ESCAPED), url="http://example.org/feed")
    assert parsed.site_url == "http://www.steepandcheap.com/steepcheap/index.html?cmp_sku=SOG0009"


# Google News France's items: an outlet's article, and an AFP wire story Google hosts itself.
_GOOGLE_NEWS_FR = """
<item><title>Carla mise en sac - leJDD.fr</title><link>http://news.google.fr/news/url?sa=T&amp;
fd=R&amp;url=http://www.lejdd.fr/cmc/societe/200850/carla-mise-en-sac_170018.html&amp;usg=AFQjC
</link><description>&lt;p&gt;Carla Bruni-Sarkozy a perdu son sac.&lt;/p&gt;</description></item>
<item><title>La Belgique se bat - AFP</title><link>http://news.google.fr/news/url?sa=T&amp;fd=R&amp;
url=http://www.google.com/hostednews/afp/article/ALeqM5h_TSVlUBPElM37vCoyNDd6YfUNbA&amp;usg=AFQj
</link><description>&lt;p&gt;La Belgique se bat pour ne pas etre une base.&lt;/p&gt;</description>
</item>""".replace("\n", "").replace("<item>", "\n<item>")


def test_an_aggregators_own_hosted_item_stays_credited_to_it() -> None:
    site = "http://news.google.fr/nwshp?ned="
    parsed = parse_feed(_rss(_GOOGLE_NEWS_FR, site), url="http://news.google.fr/?output=rss")
    credits = []
    for entry in parsed.entries:
        composed = compose_entry(
            entry,
            source="Google",
            source_url=site,
            language=None,
            summary_chars=600,
            aggregated=True,
        )
        assert composed.content is not None
        credits.append((composed.content.source_name, composed.content.carried_via))
    # The outlet's article is the outlet's (a news engine is no "via": session 14,
    # tests/test_news_engine_credits.py); Google's own page is Google's.
    assert credits == [("lejdd.fr", None), ("Google", None)]
