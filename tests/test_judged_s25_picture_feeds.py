"""A feed whose items each carry one picture that is the item posts it as the item's photo
(held-out sample 27, photo: a drawing blog's "La vie en rose" and a web comic's pages went out
as text posts without the drawing or the comic the words are about). Short strings quoted from
the entries (feed2imap's diane.xml, picoFeed's rss_egscomics.xml, hadess.xml)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from tests.support.first_check import first_check


def _photos(
    items: list[tuple[str, str]], site: str = "http://diane-blog.kataplop.net"
) -> list[str]:
    """Each (title, content) posted as an item of one feed on its first check: their photos."""
    body = "".join(
        f"<item><title>{title}</title><link>{site}/index.php?{n}</link>"
        f"<description><![CDATA[{content}]]></description></item>"
        for n, (title, content) in enumerate(items)
    )
    feed = (
        f'<rss version="2.0"><channel><title>Blog</title><link>{site}/</link>{body}</channel></rss>'
    )
    parsed = parse_feed(feed.encode(), url=f"{site}/rss.php", headers={})
    composed = first_check(parsed, "Blog", language="fr")
    return [post.content.image_url or "" if post.content else "" for post in composed]


# Diane's drawing blog: a line or two of text, then the day's drawing (relative addresses).
_DRAWINGS = [
    (
        "La vie en rose",
        "<p>Je sais, c'est de la grosse récup, mais je m'en sors pas à préparer la crémaillère du "
        'week end et blogguer en même temps.<br/>Bientot le retour des dessins. <br/><img src="/'
        'images/mosaique/pink.jpg" alt="" /></p>',
    ),
    (
        "Dégaine",
        "<p>La crémaillère a bien été pendue. Et la frangine (dessinatrice de poney de son état) "
        "reste pour quelques jours.<br/>Avec les conséquences que l'on voit.<br/><img src=\"/"
        'images/juin06/cheveux.jpg" alt="" />',
    ),
    (
        "Je n'oublie pas",
        "<p>Je sais, j'ai un questionnaire de violence gratuite à faire. Mais en ce moment je suis "
        "très peace &amp; love, j'ai envie de faire des trucs mignons.</p>"
        '<p><img src="/images/mai06/serial_tondeur.jpg" alt="" /></p>',
    ),
]


def test_a_drawing_blogs_items_post_their_drawing_resolved_against_the_site() -> None:
    pink, hair, mower = _photos(_DRAWINGS)
    assert pink == "http://diane-blog.kataplop.net/images/mosaique/pink.jpg"
    assert hair.endswith("/images/juin06/cheveux.jpg")
    assert mower.endswith("/images/mai06/serial_tondeur.jpg")


def test_a_web_comics_pages_post_the_comic_named_a_thumbnail() -> None:
    # El Goonish Shive: each item opens on its comic ("comicsthumbs/…", linked to the page),
    # then the author's commentary, however long.
    commentary = (
        "<p>I know this isn't much of a question, but it has been asked, and it had to happen "
        "after I thought of that last panel.</p>" * 6
    )
    pages = [
        (
            f"El Goonish Shive - QA8-0{n}",
            f'<a href="http://egscomics.com/comic/qa8-0{n}"><img src="http://egscomics.com/'
            f'comicsthumbs/155366463{n}-1903-qa8-0{n}-bgdgh.png" /><br />New comic!</a><br />'
            f"Today's News:<br />{commentary}",
        )
        for n in (7, 8, 9)
    ]
    photos = _photos(pages, site="http://egscomics.com")
    assert photos == [
        f"http://egscomics.com/comicsthumbs/155366463{n}-1903-qa8-0{n}-bgdgh.png" for n in (7, 8, 9)
    ]


def test_one_drawing_among_a_feeds_articles_is_no_habit() -> None:
    # An article blog that sometimes shows a picture keeps its text posts: a feed tells its
    # habit only when more than half of its items carry one picture.
    article = (
        "<p>Could have been a fest, was a feast. Good and bad together, and a reminescence of "
        "Shinobi, a real treat.</p>" * 4
    )
    items = [_DRAWINGS[0], ("Film Feast", article), ("Ouch", article), ("Won it!", article)]
    assert _photos(items) == ["", "", "", ""]


def test_an_article_with_its_one_picture_deep_in_it_keeps_its_text_post() -> None:
    # Words before the picture and more than a caption's worth of text: the picture illustrates
    # one paragraph of an article (hadess.net's entries, several items in one), not the item.
    article = (
        "<p>He got the 10 wickets out yesterday already! (Cricket lovers, don't despair, it's a "
        "private joke).</p>"
        * 3
        + '<table><tr><td><img src="/blog/images/30-08-05_2210.jpg"><br><i>Since Fluendo\'s '
        "inception, xine lovers have gone underground</i></td></tr></table>"
        + "<p>Breakthrough in gnome-phone-manager hacking. No need for a phone, I can have a dummy "
        "one! Implemented the dummy backend, which allowed me to fix one bug.</p>" * 3
    )
    items = [*_DRAWINGS, ("McGratthie's on a roll", article)]
    *_, cricket = _photos(items)
    assert cricket == ""


def test_a_file_named_a_thumbnail_is_no_items_picture() -> None:
    # news.korr's items each open on "…/58_tn.jpg", a stamp-sized copy: no photo of the item.
    items = [
        (
            f"DW: news {n}",
            f'<img src="http://k.img.com.ua/img/forall/a/1387{n}/58_tn.jpg" /> Коллективный '
            "кошмар Норвегии подошел к концу.",
        )
        for n in range(3)
    ]
    assert _photos(items, site="http://korrespondent.net") == ["", "", ""]


def test_a_feed_services_title_stamp_is_no_items_picture() -> None:
    # Consumer Reports via SimpleFeed: each item opens on "…/<slug>/4.gif?f=…", a GIF of its
    # title the service draws (wrong-photo in sample 6c), then, on some, the story's photo.
    stamp = "http://simplefeed.consumerreports.org/rsrc/i/1/_/{}/4.gif?f=4e420560&amp;s=AaxRW2a"
    items = [
        (
            title,
            f'<img src="{stamp.format(slug)}" align="left" border="0"> Consumer Reports tested '
            "the new models this week.",
        )
        for title, slug in (
            ("Rosemary Shahan", "rosemary_shahan_214790655"),
            ("Sunscreen tips", "sunscreen_tips_88547475"),
            ("Babies and water", "is_it_safe_to_give_babies_water__979990949"),
        )
    ]
    assert _photos(items, site="http://blogs.consumerreports.org") == ["", "", ""]
