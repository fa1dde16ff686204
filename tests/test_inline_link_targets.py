"""A summary's inline link goes only where a reader can go: not to a listing asked by query, a
broken host, an admin or edit screen, a page its sentence calls gone, nor on a plugin's keyword.
Strings quoted short from the 2008 crawl (kalv's benchmark, no licence: inline), held-out 11-12."""

from __future__ import annotations

from bot.text.link_hygiene import inline_href
from bot.text.reader_links import reader_summary_anchors


def _links(summary: str, html: str, article: str) -> list[tuple[str, str]]:
    return [(a.text, a.href) for a in reader_summary_anchors(summary, html, article)]


def test_no_link_to_a_tag_listing_asked_by_query_nor_on_a_plugins_keywords() -> None:
    # jjjjj.es (s13 feed--217856320 #0): Simple Tags linked "Port" of "Port Vell" to ?tag=port.
    html = (
        '<p>De paseo por el <a href="http://jjjjj.es/?tag=port" class="st_tag internal_tag" '
        'title="Entradas etiquetadas con Port">Port</a> Vell de <a href="http://example.org/bcn">'
        "Barcelona</a> vimos esto.</p>"
    )
    summary = "De paseo por el Port Vell de Barcelona vimos esto."
    assert _links(summary, html, "http://jjjjj.es/?p=137") == [
        ("Barcelona", "http://example.org/bcn")
    ]
    # The same listing without the plugin's class goes too (a WordPress "?cat=", "?s=").
    bare = html.replace(' class="st_tag internal_tag"', "")
    assert _links(summary, bare, "http://jjjjj.es/?p=137") == [
        ("Barcelona", "http://example.org/bcn")
    ]
    # learnsigma (s14 feed--766170218 #7): Zemanta's auto-links to Wikipedia on "Analyze".
    zem = (
        '<p>The DMAIC Toolbar organizes the tools (Define, Measure, <a class="zem_slink" '
        'title="Analyze" rel="wikipedia" href="http://en.wikipedia.org/wiki/Analyze">Analyze</a>,'
        ' Improve) of <a href="http://www.minitab.com/">Minitab</a> 15.</p>'
    )
    summary = (
        "The DMAIC Toolbar organizes the tools (Define, Measure, Analyze, Improve) of Minitab 15."
    )
    assert _links(summary, zem, "http://learnsigma.com/dmaic-toolbar-for-minitab-15/") == [
        ("Minitab", "http://www.minitab.com/")
    ]


def test_a_broken_host_is_read_as_meant_or_not_linked() -> None:
    # 30gms (s13 feed--648439702 #3): the scheme written twice, "http://http://www.aqi.co.jp/".
    assert inline_href("http://http/www.aqi.co.jp/product/ds10/en/index.html") == (
        "http://www.aqi.co.jp/product/ds10/en/index.html"
    )
    # saadkamal (s14 feed-411901675 #5): a host-first href resolved against the page.
    assert inline_href("http://www.saadkamal.com/www.saadkamal.com/tech-news/leweb/") == (
        "http://www.saadkamal.com/tech-news/leweb/"
    )
    # A host that is no host name at all ("https://itunes/apple.com/…") is not linked.
    html = '<p>Get it on <a href="https://itunes/apple.com/us/book/id429691295">iTunes</a> now.</p>'
    assert _links("Get it on iTunes now.", html, "http://example.com/post") == []


def test_no_associate_tag_in_the_path_no_admin_page_no_page_called_gone() -> None:
    # Real World Illustrator (s14 feed--38056048 #1): the associate's tag as the last folder.
    assert inline_href("http://www.amazon.com/exec/obidos/ASIN/0321573552/mordycom-20") == (
        "http://www.amazon.com/exec/obidos/ASIN/0321573552"
    )
    # Servant of Chaos (s14 feed-317314435 #2): a Facebook page's admin screen.
    html = (
        '<p>(You can even join the <a href="http://www.facebook.com/pages/edit/?id=39410747468">'
        "ESB Fan Page</a> on Facebook!)</p>"
    )
    summary = "(You can even join the ESB Fan Page on Facebook!)"
    assert _links(summary, html, "http://www.servantofchaos.com/2008/12/x.html") == []
    # en.dogeno.us (s13 feed-779924162 #7): "…on Flickr, which is no longer available now."
    html = (
        '<p>The original post is on <a href="http://www.flickr.com/pics/kickinthehead/3081904301">'
        "Flickr</a>, which is no longer available now.</p>"
    )
    summary = "The original post is on Flickr, which is no longer available now."
    assert _links(summary, html, "http://en.dogeno.us/2008/12/wow-wall-e-bento/") == []
    # A Google document's ".../edit" address is the document: it stays.
    doc = "https://docs.google.com/document/d/1YZcZrOIuY1wQ3Z6/edit"
    html = f'<p>Read <a href="{doc}">the proposal</a> first.</p>'
    assert _links("Read the proposal first.", html, "http://example.com/p") == [
        ("the proposal", doc)
    ]
