"""Families an editor rejected in session 11's development sample
(bench/judged/2026-12-05-s11-dev.jsonl, development data). The source repositories state no
licence (stalyndc/sfm, feedreaderorg/feedreader): a few strings are quoted instead of files."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.render.content import PostContent
from bot.text.blocks import to_blocks
from bot.text.leadins import with_lead_ins
from tests.support.first_check import one_item_post


def _items(*links: str) -> bytes:
    items = "".join(
        f"<item><title>t{n}</title><link>{link}</link><description>d</description></item>"
        for n, link in enumerate(links)
    )
    return (
        '<rss version="2.0"><channel><title>Psychology Headlines Around the World</title>'
        f"<link>http://www.socialpsychology.org/</link>{items}</channel></rss>"
    ).encode()


# Links: a site's redirect script gives way to the article address it carries.


def test_a_redirect_script_in_a_folder_gives_way_to_the_address_it_carries() -> None:
    # socialpsychology.org's headlines (stalyndc/sfm public/feeds/.httpcache/dd1e4f25…body):
    # every item goes through its click counter, the article's address unencoded after url=.
    redirect = (
        "http://www.socialpsychology.org/client/redirect.php?from=rss_feed&amp;id=187304"
        "&amp;url=https://www.sciencedaily.com/releases/2025/09/250915202834.htm"
    )
    [entry] = parse_feed(_items(redirect), url="file:///feeds/psych.xml").entries
    assert entry.link == "https://www.sciencedaily.com/releases/2025/09/250915202834.htm"


def test_a_page_that_only_links_another_address_is_no_redirect() -> None:
    # A script of another name, or a folder named like an endpoint, is the site's own page.
    pages = (
        "https://example.org/share.php?url=https://other.example.net/a",
        "https://example.org/go/article.html?ref=https://other.example.net/b",
        "https://example.org/blog/redirect/?url=https://other.example.net/c",
    )
    entries = parse_feed(_items(*pages), url="file:///feeds/pages.xml").entries
    assert [entry.link for entry in entries] == list(pages)


# Credits: a translation note naming a language pair credits no outlet.


def _composed(html: str) -> PostContent:
    body = (
        '<rss version="2.0"><channel><title>The American Report</title>'
        "<link>https://theamericanreport.org/</link><item><title>Speeches</title>"
        f"<link>https://theamericanreport.org/2023/04/01/speeches/</link>"
        f"<description><![CDATA[{html}]]></description></item></channel></rss>"
    ).encode()
    return one_item_post(body, "file:///feeds/report.xml")


def test_a_translation_from_one_language_to_another_credits_no_outlet() -> None:
    # The American Report (stalyndc/sfm …/acf45320…body): a subhead over its own translation
    # was credited "Originally published by CHINESE TO ENGLISH".
    lead = "<p>The American Report translated both speeches, section by section.</p>"
    for note in (
        "(TRANSLATED FROM CHINESE TO ENGLISH)",
        "Translated from Russian into English by the editors.",
        "Traducido del chino al español.",
    ):
        post = _composed(f"{lead}<h2><b>EPOCH TIMES</b></h2><h2><b>{note}</b></h2><p>Text.</p>")
        assert post.original_publisher is None, note
    # An outlet after the language stays credited.
    post = _composed(f"{lead}<p>Translated from the Spanish original published in El País.</p>")
    assert post.original_publisher == "El País"


# Leads: a newsletter's recap set in italics over a short standing note is the lead.

_NOTE = (
    "<p><strong>This is Drop Site Daily, our new, free daily news recap. </strong>"
    "We’ll be sending it Monday through Friday.</p>"
)


def test_an_italic_recap_longer_than_the_note_after_it_is_the_lead() -> None:
    # Drop Site Daily (stalyndc/sfm …/0b40ca13…body): the recap was skipped as an epigraph
    # and the summary was "We’ll be sending it Monday through Friday."
    recap = (
        "<p><em>At least 76 Palestinians have been killed and 298 injured in Gaza over the past"
        " 24 hours, with 10 more dying of famine and malnutrition, including two children. An"
        " ongoing Israeli raid in Nablus injures at least 80 people. Churches in Gaza City vow"
        " to continue sheltering civilians as Israel prepares its assault.</em></p>"
    )
    blocks = with_lead_ins(to_blocks(recap + _NOTE))
    assert blocks[0][1].text.startswith("At least 76 Palestinians have been killed")


def test_an_italic_epigraph_or_labelled_note_stays_set_off() -> None:
    writer = (
        "<p>Discussion about prefixes was recently stirred up again by an article, so the"
        " working group is talking about it once more.</p>"
    )
    note = (
        "<p><em>Edit: This was originally written for the mailing list. I thought it might be"
        " a good idea to post it here. Other people might find it useful too.</em></p>"
    )
    lyric = "<p><em>Texas is an outrage when your husband is dead.</em></p>"
    for opening in (note, lyric):
        assert with_lead_ins(to_blocks(opening + writer))[0][1].text.startswith("Discussion")


# Pointers: a sentence presenting its link as a link names the page in a few more words.


def test_a_link_presented_after_several_words_goes_with_its_sentence() -> None:
    # FFmpeg's news (feedreaderorg/feedreader …/ffmpeg.com.2022.02.03.xml): the summary kept
    # "Here is a link to the user mailing list archive ." with the link gone.
    html = (
        "<p>The details were sent to the mailing lists by Alexander Strasser. Here is a link to"
        ' the user mailing list <a href="https://lists.ffmpeg.org/pipermail/ffmpeg-user/">archive'
        "</a> .</p><p>We encourage you to read up on the bug.</p>"
    )
    post = _composed(html)
    assert "Here is a link" not in post.summary
    assert post.summary.startswith("The details were sent to the mailing lists")


# Closings: the lead ends before a sentence announcing what follows, in any paragraph.


def test_the_lead_ends_before_a_paragraph_closing_on_an_announcement() -> None:
    # Insider's ranking (feedreaderorg/feedreader …/www.insider.com.2022.12.27.xml): the
    # summary ran "… Here's my ultimate ranking. In last place is Taco Bell's Beefy Melt …".
    html = (
        "<p>I've tried plenty of new Taco Bell dishes this year.</p><p>From a variety of new"
        " burritos to the return of some favorites, Taco Bell gave us plenty to eat in 2022."
        "</p><p>Here's my ultimate ranking.</p><div class='slide'>In last place is Taco Bell's"
        " Beefy Melt Burrito.</div>"
    )
    summary = _composed(html).summary
    assert summary.endswith("Taco Bell gave us plenty to eat in 2022.")
    # A sentence announcing what it goes on to say in its own paragraph stays.
    html = (
        "<p>The team shipped the new parser this week. Here's what changed in it: every feed"
        " is read once.</p><p>More news follows soon.</p>"
    )
    assert "Here's what changed" in _composed(html).summary


def test_a_chinese_sentence_announcing_a_list_closes_no_lead() -> None:
    # CoolShell (feedreaderorg/feedreader …/coolshell.cn.2022.01.31.xml): "我罗列一下我学过的，
    # 而且还被淘汰掉的技术，大家先感受一下。" ended the summary, the list it announces left out.
    html = (
        "<p>我们这群老程序员成长中所经历的技术比今天的程序员玩的还更杂更多。"
        "我罗列一下我学过的，而且还被淘汰掉的技术，大家先感受一下。</p>"
        "<ul><li>Unix/Linux 的 GUI 编程。</li><li>PowerBuilder。</li></ul>"
    )
    assert _composed(html).summary.endswith("还更杂更多。")


# Footnotes (session 11 audit A2): an inline footnote element holds the note, not the sentence.


def test_an_inline_footnote_element_is_no_part_of_its_sentence() -> None:
    # 1A23 Blog (anyant/rssant …/https-1a23-com-feed.xml, WordPress Modern Footnotes): "… for
    # whatever purpose you wantI used it to monitor … asleep”. , though probably …".
    html = (
        "<p>You can use this script for whatever purpose you want<mfn>I used it to monitor"
        " whether my parent has left home when I am “seemingly asleep”. </mfn>, though probably"
        " you might not be able to find one like most of others.</p>"
    )
    [block] = to_blocks(html)
    assert block.text == (
        "You can use this script for whatever purpose you want, though probably you might not"
        " be able to find one like most of others."
    )


def test_an_announcement_that_says_what_the_text_does_stays_in_the_lead() -> None:
    # A guest post's intro (fastfeedparser benchmark data, dev pool): its second sentence says
    # what the post is about, and the lead goes on into the post.
    html = (
        "<p>This is a guest post from Jack Ellis, who has a lot of experience in AWS. Here's how"
        " he used serverless technologies to stop having to worry about servers.</p><p>Back in"
        " mid 2018, Fathom Analytics was deployed across a series of dedicated servers.</p>"
    )
    assert _composed(html).summary.endswith("a series of dedicated servers.")
