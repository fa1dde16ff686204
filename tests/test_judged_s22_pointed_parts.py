"""Samples 24-25's leads closing on a sentence that points at the part of the entry right after
it: a link on its own line ("spread this article as far and wide as you can." over the article's
link) or pictures a Spanish blogger "leaves you" ("Os dejo unas imagenes de mis votaciones, …").
The post carries neither, so the sentence the markup shows pointing at it goes; a sentence about
the post's own article, or one whose link runs on in its own words, stays."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.introduced_parts import introduced_part_cuts


def _text(html: str) -> str:
    return read_text(html, title="A post", site_name=None, site_url=None)[0]


def test_a_call_to_spread_the_article_linked_on_the_next_line_goes() -> None:
    # scottsmb.com's "Republican Party's laughable incompetency …" (feed-1050690384, sample 24).
    html = (
        "<p>I had an article all ready to go on this subject.</p>\n"
        "<p>But Leslie Carbone jumped in and put it to words much quicker and better than I "
        "could.</p>\n<p>Please read, Digg, Stumble, Tweet, Plurk and spread this article as far "
        "and wide as you can.</p>\n<p><a href="
        '"http://lesliecarbone.blogspot.com/2008/12/rpv-v-bloggers.html" target="_blank">'
        "RPV vs. Bloggers</a></p>"
    )
    assert "spread this article" not in _text(html)
    assert "better than I could." in _text(html)


def test_a_download_link_left_down_here_goes() -> None:
    # pixelgrafico.com.mx's "Brushes Navideños" (feed--299516389, sample 25), its last sentence.
    html = (
        "<p>Uno de los recursos mas utiles para un diseñador son los brushes para Photoshop. "
        "Y les dejo el link de descarga aqui abajo.</p>\n"
        '<p><a href="http://depositfiles.com/files/ghm2g9y7q" target="_blank">Descargar</a></p>'
    )
    assert "aqui abajo" not in _text(html)
    assert "brushes para Photoshop." in _text(html)


def test_pictures_a_blogger_leaves_you_go() -> None:
    # teganandsaraspain.com's "Gummy Awards 2008" (feed--58662678, sample 25).
    html = (
        "<p>Como este año han sacado un nuevo álbum, podéis votar por ellas en más categorías. "
        "Os dejo unas imagenes de mis votaciones, en todas las que se podía votar a Tegan and "
        "Sara o Tegan o Sara, las he votado. </p>\n"
        '<p style="text-align: center;">\n<p><a class="wmp" '
        'href="http://img183.imageshack.us/my.php?image=gummysoh3.png" id="wmp3">'
        '<img alt="Free Image Hosting at www.ImageShack.us" border="0" class="aligncenter" '
        'src="http://img183.imageshack.us/img183/2797/gummysoh3.th.png" /></a></p>'
    )
    assert "Os dejo" not in _text(html)
    assert "podéis votar por ellas" in _text(html)


def test_a_sentence_about_the_posts_own_article_stays() -> None:
    html = (
        "<p>This article details how to use Project Lombok to remove boilerplate.</p>"
        '<p><a href="http://projectlombok.org/">Project Lombok</a></p>'
    )
    assert "This article details" in _text(html)


def test_a_pointer_whose_link_is_in_its_own_words_stays() -> None:
    # toni.org (feed-999028437, published): the link is "this link" itself; share buttons follow.
    html = (
        "<div class='snap_preview'><br /><p>Do not click <a href=\"http://magazines.drivers-"
        'republic.com/driversrepublic/thetruth030/">this link</a> unless you are a serious car '
        'nerd.</p>\n&nbsp;&nbsp;<a rel="nofollow" href="http://feeds.wordpress.com/1.0/'
        'gocomments/toni.wordpress.com/1283/"><img alt="" border="0" src="http://feeds.'
        'wordpress.com/1.0/comments/toni.wordpress.com/1283/" /></a></div>'
    )
    assert introduced_part_cuts(html, to_blocks(html)) == []
