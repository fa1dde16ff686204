"""Chinese and Japanese writing conventions (held-out sample 27 and earlier, families text-mangled,
cut-sentence, heading-glued, credit, boilerplate): a line break inside a CJK sentence joins with
no space, no space follows a full-width stop, a line ending in "、" goes on in the next, a
numbered section head ("一、") starts a section, an abstract's field label ("摘要：") is no text,
and a repost footer ("作者：X 链接：URL") credits the original publisher. Short strings quoted
from the entries (test feeds of rssant, speedparser3, sismics reader and Winds)."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import Attribution, attribute
from bot.parsing.feeds import parse_feed
from bot.text.blocks import to_blocks
from bot.text.cjk_writing import split_at_cjk_section_heads, without_cjk_line_breaks
from tests.support.first_check import first_check


def _summaries(*descriptions: str, language: str = "ja") -> list[str]:
    """Each description posted as one item of a feed, as on the first check."""
    items = "".join(
        f"<item><title>Item {n}</title><link>https://example.org/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in enumerate(descriptions)
    )
    feed = (
        '<rss version="2.0"><channel><title>Site</title><link>https://example.org/</link>'
        f"{items}</channel></rss>"
    )
    parsed = parse_feed(feed.encode(), url="https://example.org/feed", headers={})
    composed = first_check(parsed, "Site", language=language)
    return [post.content.summary if post.content else "" for post in composed]


def test_a_source_line_break_inside_a_japanese_sentence_is_no_space() -> None:
    # sismics reader's feed_atom_makiko.xml #16: "アトリエで作業 を開始しています" was posted.
    [post] = _summaries(
        '<div dir="ltr">落ち着いたのでアトリエで作業\n      を開始しています。<br />'
        "うん、やっぱり1人だけの空間 いいかも。</div>"
    )
    assert post.startswith("落ち着いたのでアトリエで作業を開始しています。")
    assert "1人だけの空間 いいかも" in post  # a space the writer typed stays


def test_a_line_break_after_a_full_width_comma_is_no_space() -> None:
    # speedparser3's bozo/0850.dat #2: "「My Vision」にて、 イラストを担当" was posted.
    [post] = _summaries(
        '<img alt="w.jpg" src="http://www.pecope.com/mblog/w.jpg" />\n\n'
        "進研ゼミ・中学生向け会員誌「My Vision」にて、\nイラストを担当させていただきました。"
    )
    assert (
        post == "進研ゼミ・中学生向け会員誌「My Vision」にて、イラストを担当させていただきました。"
    )


def test_a_sentence_split_at_a_br_after_its_comma_is_one_sentence() -> None:
    # feed_atom_makiko.xml #7: the lead was only its second half,
    # "写真を撮りたくなるんでしょうか？".
    [post] = _summaries(
        '<div dir="ltr"><div class="separator"><img src="http://example.org/a.jpg" /></div>'
        "どうして天気が良くて暖かくなると、<br />写真を撮りたくなるんでしょうか？<br /><br /><br />"
        "今日は春のように暖かくて、コートも脱いでしまいたいくらいでした^^<br /></div>"
    )
    assert post.startswith("どうして天気が良くて暖かくなると、写真を撮りたくなるんでしょうか？")


def test_no_space_follows_a_full_width_stop() -> None:
    # rssant's caogen.com feed #7: "直接熔断。 3月16日大跌后" was posted; the source has none.
    [post] = _summaries(
        "美股飞流直下3000点，直接熔断。3月16日大跌后，有段子就这样说。", language="zh"
    )
    assert post == "美股飞流直下3000点，直接熔断。3月16日大跌后，有段子就这样说。"


def test_a_numbered_section_head_ends_the_lead() -> None:
    # caogen.com #0: "…个人见解。一、新冠疫情必将影响欧盟政治发展欧盟在此次…" ran the head in.
    [post] = _summaries(
        "新冠疫情世界性蔓延，其对世界政治经济影响是巨大的。在此对新冠之后一些发展趋势发飙一些个人见解。"
        "一、新冠疫情必将影响欧盟政治发展欧盟在此次应对疫情中各自为政。",
        language="zh",
    )
    assert post.endswith("发飙一些个人见解。")


def test_an_abstract_field_label_opens_no_lead() -> None:
    # Winds' rss.cnki.net #12: the lead kept the template's "摘要：".
    [post] = _summaries(
        "作者：徐自强;李增元;<br />摘要：作为一种特殊的公共政策态度,网络舆情的传播受到了政策沉淀"
        "和认知定势的双重影响。在延迟退休政策问题的建构中,网络舆情是在官方行动者观点…",
        language="zh",
    )
    assert post == "作为一种特殊的公共政策态度,网络舆情的传播受到了政策沉淀和认知定势的双重影响。"


def _attribution(html: str) -> Attribution:
    blocks = to_blocks(html)
    return attribute(
        blocks,
        find_notices(blocks, html),
        site_name="匠心零度",
        site_url="http://www.jiangxinlingdu.com/",
    )


def test_a_repost_footer_credits_the_outlet_its_link_names() -> None:
    # rssant's jiangxinlingdu.com feed #0 and #3: a Zhihu and a Jianshu article reposted.
    zhihu = _attribution(
        "<p>正如我在本文中介绍的那样，使用 IntelliJ IDEA 进行远程调试非常简单。</p>"
        "<p>本文作者：码农小胖哥<br />\n链接：https://zhuanlan.zhihu.com/p/95098721</p>"
    )
    assert zhihu.original_publisher == "知乎"
    jianshu = _attribution(
        "<p>站外推广系统订单报表一直是一个痛点。</p>"
        "<p>作者：罗一鸣<br />\n链接：https://www.jianshu.com/p/c81edc59546c</p>"
    )
    assert jianshu.original_publisher == "简书"


def test_a_repost_footer_on_an_unnamed_site_credits_its_author() -> None:
    # #8: "作者：aCoder2013 链接：github.com/aCoder2013/blog/issues/35" is no "github.com" credit.
    attribution = _attribution(
        "<p>另外ServiceMesh的方案，对于多语言支持也更友好。</p>"
        "<p><br />\n<br />\n作者：aCoder2013<br />\n"
        "链接：github.com/aCoder2013/blog/issues/35<br />\n"
        "<strong>版权归作者所有，转载请注明出处</strong></p>"
    )
    assert attribution.original_publisher == "aCoder2013"


def test_a_link_label_without_an_author_label_is_no_repost_footer() -> None:
    attribution = _attribution(
        "<p>这款软件支持 markdown 语法。</p><p>下载地址如下<br />\n链接：https://example.com/app/</p>"
    )
    assert not attribution.is_reprint


def test_what_is_no_section_head_and_where_a_break_stays_a_space() -> None:
    # "10、20代の女性" (teens and twenties) and "第1回" (the first time) go on as sentences.
    for paragraph in (
        "調査しました。10、20代の女性が多い。",
        "準備しました。第1回の会議は三月です。",
    ):
        assert split_at_cjk_section_heads(paragraph) == [paragraph]
    # A show's numbered topics go on as a list: "2、" after "1、" starts no section.
    topics = "1、余华的成长经历、写作风格及对他作品的争议。2、《文城》讲了一个什么故事？"
    assert split_at_cjk_section_heads(topics) == [topics]
    # Korean spaces its words, and a break between a CJK and a Latin word is a space.
    assert without_cjk_line_breaks("플라타너스트리의\n두 번째") == "플라타너스트리의\n두 번째"
    assert without_cjk_line_breaks("会員誌\nMy Vision") == "会員誌\nMy Vision"
