"""Summary-sentence families held-out sample 8's editor rejected (bench/judged/2026-12-05-
heldout-8{a,b,c}.jsonl, development data now), each checked over the corpus and the dev pools:
microblog reply marks, pointers at what the post drops, changelog lines as a release's news,
share widgets. Sources named at each test; where a repository states no licence, a few short
strings are quoted instead of files."""

from __future__ import annotations

from bot.compose.entry import ComposedEntry, compose_batch
from bot.parsing.feeds import parse_feed
from bot.text.back_references import without_back_reference
from bot.text.blocks import is_sentence_end, to_blocks
from bot.text.change_lists import is_change_list
from bot.text.link_rows import is_link_row
from bot.text.memo_fields import envelope
from bot.text.references import without_page_references
from bot.text.reply_marks import lead_without_marks
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize


def _summaries(
    items: str, channel: str = "<title>Blog</title><link>https://blog.example/</link>"
) -> dict[str, str]:
    body = f'<rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()
    parsed = parse_feed(body, url="https://blog.example/feed.xml", headers={})
    composed: list[ComposedEntry] = compose_batch(
        parsed.entries,
        source="Blog",
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
    )
    return {
        entry.title: post.content.summary if post.content else ""
        for entry, post in zip(parsed.entries, composed, strict=True)
    }


# Weibo through an RSS bridge (hntee/spring-boot-rss-filter, src/main/resources/feed.xml, no
# licence stated; 51 items titled by their whole text): short strings of its items.
def test_a_replys_text_opens_on_the_replys_own_words() -> None:
    reply = (
        "回复<a href='http://weibo.example/u/1'>@总有一个位置属于我</a>:你想想，你去阻止不能，咋办？？？"
        " //<a href='http://weibo.example/u/1'>@总有一个位置属于我</a>:晚婚晚育为什么要后悔？"
        "  RT @<a>神嘛事儿</a>:中年人四大后悔<br />1、没学英语<br />2、晚婚晚育"
    )
    summaries = _summaries(
        f"<item><title>一条回复</title><description>{reply}</description></item>"
    )
    assert summaries["一条回复"] == "你想想，你去阻止不能，咋办？"
    # A reply titled by its own words says nothing the headline does not: headline only.
    titled = _summaries(
        "<item><title>回复@a:你的发言权不好使[偷笑]无效</title><description>回复<a>@a</a>:"
        '你的发言权不好使<img src="http://img.t.sinajs.cn/t4/appstyle/expression/ext/normal/'
        '19/heia_org.gif" title="[偷笑]" />无效 RT @<a>b</a>:啥叫天赋，我再说个事情。'
        "</description></item>"
    )
    assert titled == {"你的发言权不好使[偷笑]无效": ""}


def test_an_articles_paragraph_keeps_its_at_signs() -> None:
    text = "Write to me @home: the address is on the about page."
    assert lead_without_marks(text) == text
    assert lead_without_marks("回复@某人:谢谢。") == "谢谢。"


# Pointers down the page. DBeath/feedscanner test/rss.xml (MIT), ungerik/go-rss
# testdata/remoteok.io.rss (Unlicense), shenfeng/rssminer test/atom.xml (no licence stated); the
# others from the corpus and dev pools' posts (fastfeedparser benchmark data, 99pi, Archinect).
def test_a_sentence_pointing_down_at_a_part_the_post_lacks_goes() -> None:
    for text, kept in (
        (
            "Students enroll to gain skills. To achieve this, you will engage with students using "
            "the below range of approaches known as Engagement Formats. Experts will help.",
            "Students enroll to gain skills. To achieve this, you will engage with students. "
            "Experts will help.",
        ),
        (
            "MySQL crashed when the disk was full, you can see the free disk graph below. The "
            "Y-axis is in the tens of GiB scale.",
            "The Y-axis is in the tens of GiB scale.",
        ),
        (
            "I got in. See description below for details. I hope to see some of y'all there!",
            "I got in. I hope to see some of y'all there!",
        ),
        (
            "I already wrote two posts on the subject, the links are below. So far, I did not "
            "share what brought my attention to this.",
            "So far, I did not share what brought my attention to this.",
        ),
        # A stop inside an address, or one the sentence goes on from, ends no sentence
        # (ArunGupta's and Junior Developer's blogs, dev pool).
        (
            "It is embarrassing to share the post below but encouraging (blogs.sun.com/arun). "
            "Next.",
            "Next.",
        ),
        ("Pictures are below.... and I'll post more details. Thanks Sun!!", "Thanks Sun!!"),
        ("我琢磨着写了下面的函数，可以快速切换到指定窗口。效果很好。", "效果很好。"),
        # A closing phrase pointing down goes alone (reddit, corpus feed-rs fixture).
        (
            "I'm facing an issue where the NSX Edge won't start due to the below error.",
            "I'm facing an issue where the NSX Edge won't start.",
        ),
        # A pointing clause after a comma goes alone (waerfa, s9 pool).
        (
            "Gifox 是一款软件，今年已经升级到了 2.0 版本，下面我们来看看有什么新鲜功能。",
            "Gifox 是一款软件，今年已经升级到了 2.0 版本。",
        ),
    ):
        assert without_page_references(text) == kept


def test_a_see_below_aside_goes_and_its_sentence_stays() -> None:
    text = (
        "Bug reports are an important knowledge sharing tool in the MySQL Community (and in "
        "other communities, see Valkey below)."
    )
    assert without_page_references(text) == (
        "Bug reports are an important knowledge sharing tool in the MySQL Community."
    )


def test_below_as_a_place_or_an_amount_stays() -> None:
    for text in (
        "He climbed a concrete abutment and fell to the frozen ground below. That makes no sense.",
        "But once she went to a protest in the plaza below.",
        "The true rate is probably below 10%, and maybe below 5%.",
        "I ordered one for about $100 below retail using a coupon code.",
        # 线下 + 面对面: offline, face to face
        "本期是三周年特别节目，我们仨特意在线下面对面录制。",
        "Outlined below is how I started to add observability to an existing codebase.",
    ):
        assert without_page_references(text) == text


def test_a_here_link_after_the_page_it_stands_for_takes_its_sentence() -> None:
    summaries = _summaries(
        "<item><title>Configuring SSL in Nginx</title><description><![CDATA[<p>This post aims "
        "to be a fairly thorough guide to getting SSL up and running on an Nginx server. If not, "
        "then find a tutorial on how to get it going first, such as the section on Nginx in my "
        'post <a href="https://davidbeath.com/posts/installing-tiny-tiny-rss.html">here</a>, or '
        'the <a href="http://nginx.org/en/docs/install.html">Installation</a> pages on the '
        "official site.</p>]]></description></item>"
    )
    assert summaries["Configuring SSL in Nginx"] == (
        "This post aims to be a fairly thorough guide to getting SSL up and running on an Nginx "
        "server."
    )


# A release's change list (pascalw/script-service src/test/resources/feed.xml, Jenkins'
# changelog, no licence stated: short strings of two items).
def test_a_releases_change_list_is_no_summary() -> None:
    issue = '(<a href="https://issues.jenkins-ci.org/browse/JENKINS-{0}">issue {0}</a>)'
    items = (
        '<ul class="image"><li class="rfe"> Split Windows slave functionality into its own '
        'plugin. </li><li class="major bug"> NPE since 1.545 when using aggregated test result '
        f"publisher. {issue.format(18410)} </li><li class='bug'> Fixed Trend Graph NPE when there "
        f"isn't any builds {issue.format(21239)}</li></ul>"
    )
    summaries = _summaries(
        f"<item><title>What's new in 1.547</title><description><![CDATA[{items}]]></description>"
        "</item>"
    )
    assert summaries == {"What's new in 1.547": ""}


def test_a_list_citing_no_issues_is_still_read() -> None:
    items = "<ul><li>Impressions of the Vision Pro headset.</li><li>Why Reddit is angry.</li></ul>"
    assert not is_change_list(to_blocks(items))
    cited = "<ul><li>Builds disappear (#18678).</li><li>Login fixed (GH-21).</li></ul>"
    assert is_change_list(to_blocks(cited))


# A share widget's button (KDE/akregator src/libsyndication/tests/rss2/
# feedster_search_akregator.xml, BSD): a Wists bookmarking table as the item's whole text.
def test_a_share_widgets_button_is_no_text() -> None:
    wists = (
        '<table><tr><td><a href="http://akregator.sourceforge.net/download.php"><img src="http://'
        'www.wists.com/thumbnails/f/03/f03b65.jpg" /></a></td></tr><tr><td><b><a href="http://'
        "www.wists.com/?action=add&amp;url=http%3A%2F%2Fakregator.sourceforge.net%2Fdownload.php"
        '&amp;from_user=jaffa">add item to my Wists</a></b></td></tr></table>'
    )
    summaries = _summaries(
        f"<item><title>akregator</title><description><![CDATA[{wists}]]></description></item>"
    )
    assert summaries == {"akregator": ""}
    # A link to a page whose own address has a query stays text.
    link = '<a href="https://example.org/search?q=rss">How we searched the web for RSS feeds</a>'
    [block] = to_blocks(f"<p>{link}</p>")
    assert not is_link_row(block)


# An aside's question mark (nerevu/riko data/feeds.feedburner.com_TheEdTechie.xml, MIT).
def test_an_asides_question_mark_ends_no_sentence_that_goes_on() -> None:
    text = (
        "If you're here from the old place and use an RSS reader (I know, who uses them now?) "
        "then the new feed is at the new address. All you WordPress geeks can tell me more."
    )
    assert split_sentences(text)[0].endswith("the new feed is at the new address.")
    assert not is_sentence_end("a reader (who uses them now?) then", 26)
    assert is_sentence_end("I asked (why not?) Then I left.", 16)


# A letter's envelope (slavsan/news example_atom.xml, Clean Coder's open letter; the licence
# is not stated: short strings of the item).
def test_a_letters_header_fields_are_no_lead() -> None:
    letter = (
        "<p>To: The Linux Foundation<br />Jim Zemlin: Executive Director<br />Angela Brown: VP "
        "of Events</p><p>From: Robert Martin (unclebob@cleancoder.com)</p><p>Re: Code of Conduct "
        "case of Charles Max Wood.</p><p>Dear Linux Foundation:</p><p>I am writing to you as a "
        "concerned member of the software development community.</p>"
    )
    summaries = _summaries(
        f"<item><title>Open Letter</title><description><![CDATA[{letter}]]></description></item>"
    )
    assert summaries["Open Letter"] == (
        "I am writing to you as a concerned member of the software development community."
    )
    # One label alone opens a text as its own sentence's: "A: Yes" is an answer.
    assert envelope(to_blocks("<p>A: Yes, we ship on Monday.</p><p>More news.</p>")) == set()


# A lead opening below what was left out (vladislavbailovic/fred testdata/atom.xml, WTFPL: Eli
# Bendersky's "Derivative of the Exponential Function", its formulas written as TeX).
def test_a_lead_opening_on_a_pointer_back_at_a_left_out_formula_is_no_summary() -> None:
    post = (
        "<p>It's a known piece of math folklore that <em>e</em> was discovered by Jacob "
        "Bernoulli, and defined thus:</p>\\[e=\\lim_{n \\to \\infty}(1+\\frac{1}{n})^n\\]"
        "<p><em>e</em> is important in mathematics; specifically, that:</p>"
        "\\[\\frac{d}{dx}e^x=e^x\\]<p>In this post I want to present a couple of simple proofs "
        "of this fundamental fact.</p><h2>Proof using the limit definition</h2>"
    )
    summaries = _summaries(
        f"<item><title>Derivative</title><description><![CDATA[{post}]]></description></item>"
    )
    assert summaries == {"Derivative": ""}
    # Where the lead opens the text, its sentences say what "this" is.
    assert without_back_reference("This result is new. It holds.") == "It holds."
    assert summarize("This result is new. It holds for every n.") == (
        "This result is new. It holds for every n."
    )


def test_below_opening_a_sentence_sends_the_reader_down() -> None:
    # Archinect's and Idea Champions' posts (s9 pool); "Outlined below is how …" stays (above).
    text = (
        "Send us your school's lecture series poster. Below are upcoming Evening Events only. "
        "Unless noted, lectures take place at Piper Auditorium."
    )
    assert without_page_references(text) == (
        "Send us your school's lecture series poster. Unless noted, lectures take place at Piper "
        "Auditorium."
    )
    sampling = "Mitch is now blogging for the Huffington Post. Below is a sampling. Enjoy them."
    assert (
        without_page_references(sampling)
        == "Mitch is now blogging for the Huffington Post. Enjoy them."
    )
