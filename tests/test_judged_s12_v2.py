"""Dangling pointers from held-out sample 10: a link that is its whole sentence sending the reader
on ("<Check it out>!", "<More in the announcement>.") or Japanese "see <here>" (こちらをご覧下さい)
ends a summary that carries no such link; the entries' text is quoted inline."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.pointer_links import pointer_link_cuts
from bot.text.references import without_page_references


def _cleaned(html: str) -> str:
    blocks = to_blocks(html)
    return clean_article_text(blocks, cuts=pointer_link_cuts(blocks))


def test_a_linked_check_it_out_sentence_goes() -> None:
    # aasmith/feed-normalizer test/data/atom10.xml (BSD-3-Clause), habtm.com's Beast post.
    html = (
        "<p>It’s no beast of an application either, clocking in at 285 LOC. "
        '<a href="http://svn.techno-weenie.net/projects/beast/">Check it out</a>!</p>'
    )
    assert _cleaned(html) == "It’s no beast of an application either, clocking in at 285 LOC."


def test_a_linked_more_in_the_announcement_sentence_goes() -> None:
    # horde/Feed lexicon fixture of hauser-wenz.de (BSD-2-Clause), "First Moonlight Release".
    html = (
        "<p>Just a quick note that the Mono project has unveiled their first release of "
        'Moonlight. <a href="http://www.mono-project.com/news/archive/2008/May-13.html">More '
        "in the announcement</a>.</p>"
    )
    assert _cleaned(html).endswith("their first release of Moonlight.")


def test_a_japanese_see_here_sentence_goes() -> None:
    # pear/XML_Feed_Parser samples/sixapart-jp.xml (LGPL), "TypePad Japan がバージョンアップ".
    html = (
        "<p>本日よりオープン・ベータを開始しております。</p><p>2005年9月5日発表のプレスリリースは"
        '<a href="http://www.sixapart.jp/press_releases/2005/09/05-1420.html">こちら</a>'
        "をご覧下さい。</p>"
    )
    assert _cleaned(html) == "本日よりオープン・ベータを開始しております。"


def test_such_links_that_say_something_stay() -> None:
    # The link inside a sentence of its own, or "here" with no "see", is the writer's text.
    kept = (
        '<p>I wrote more in <a href="/a">the announcement</a> than anyone read. '
        'We <a href="/b">check it out</a> of the library weekly. '
        '<a href="/c">ここ</a>は東京です。</p>'
    )
    assert _cleaned(kept) == (
        "I wrote more in the announcement than anyone read. "
        "We check it out of the library weekly. ここは東京です。"
    )


def test_a_parenthesis_that_only_links_photos_goes() -> None:
    # horde/Feed lexicon fixture of docuverse.com (BSD-2-Clause), "Mad Cow Disease Hysteria".
    html = (
        "<p>Hysteria over mad cow disease is reaching boiling point in South Korea "
        '(<a href="http://kr.news.yahoo.com/x">photos of candle vigil</a>), triggered by a '
        "recent concession.</p>"
    )
    assert _cleaned(html) == (
        "Hysteria over mad cow disease is reaching boiling point in South Korea, triggered by a "
        "recent concession."
    )
    # Words of the writer's own around the link, or a link that is not to pictures, stay.
    kept = '<p>A vigil (<a href="/p">photos</a> by Kim) and a march (<a href="/m">report</a>).</p>'
    assert _cleaned(kept) == "A vigil (photos by Kim) and a march (report)."


def test_a_sentence_that_only_says_here_it_is_goes() -> None:
    # miyagawa/plagger t/samples/atom-category.xml, "Catalyst + Cache": the mailing-list message
    # it presents is not in the post.
    html = (
        "<p>I recently posted this to the mailing list, but the moderator rejected it.</p>"
        "<p>Anyway, here it is.  I will expand on this further with actual measurements.</p>"
    )
    summary = without_page_references(_cleaned(html))
    assert "here it is" not in summary
    assert summary.endswith("I will expand on this further with actual measurements.")
    # One that says more than "here it is" is the writer's.
    kept = "<p>You asked me to interview him, so here it is! Well, here it is, December again.</p>"
    assert without_page_references(_cleaned(kept)) == (
        "You asked me to interview him, so here it is! Well, here it is, December again."
    )
