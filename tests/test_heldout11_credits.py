"""What the editors rejected for credits in held-out sample 11 (/work/judge13, feeds under
bench/judged/pools/session13-heldout.txt, no licence stated: short channel strings quoted)."""

from __future__ import annotations

from bot.attribution.phrase_titles import reads_as_phrase
from bot.compose.entry import source_name
from bot.parsing.feeds import parse_feed
from bot.render.content import PostContent, credit_line
from tests.support.channel_names import derived_site_name
from tests.support.first_check import first_check


def test_a_section_feed_is_credited_by_the_acronym_its_description_opens_with() -> None:
    # haymant/crawinsight tests/fixtures/cnbc.xml: credited "cnbc.com" before.
    channel = (
        "<title>International: Top News And Analysis</title><description>CNBC International is"
        " the world leader for news on business, technology, China, trade</description>"
    )
    assert derived_site_name(channel, "https://www.cnbc.com/world-top-news/") == "CNBC"


def test_a_description_written_all_in_capitals_gives_no_acronym() -> None:
    channel = "<title>Top News</title><description>CNBC IS THE WORLD LEADER</description>"
    assert derived_site_name(channel, "https://www.cnbc.com/world-top-news/") == "cnbc.com"


def test_a_feeds_selection_label_in_brackets_is_no_part_of_the_name() -> None:
    # hobeone/rss2go testdata/rapha_all.xml: credited "Rapha (All)" before.
    channel = "<title>Rapha Feed (All)</title><description>The Rapha website</description>"
    assert derived_site_name(channel, "http://www.rapha.cc/") == "Rapha"


def test_a_title_that_is_a_phrase_yields_to_the_name_the_channel_states() -> None:
    # A Talk Digger conversation feed (the 2008 crawl, feed--502651716.rss10): credited
    # "New sources that entered this conversation" before.
    channel = (
        "<title>New sources that entered this conversation: claimID.com/dwoolfe - David L."
        " Woolfenden</title><description>This RSS feed is aggregating the new sources"
        "</description><dc:publisher>Talk Digger (talkdigger.com)</dc:publisher>"
    )
    assert derived_site_name(channel, "http://www.talkdigger.com") == "Talk Digger"


def test_names_with_a_few_lower_case_words_are_not_phrases() -> None:
    assert reads_as_phrase("New sources that entered this conversation")
    assert not reads_as_phrase("Joel on Software")
    assert not reads_as_phrase("Rands in Repose")
    assert not reads_as_phrase("The Art of the Deal")


def _posts(xml: str) -> list[PostContent]:
    parsed = parse_feed(xml.encode(), url="https://feeds.example/feed.xml", headers={})
    source = source_name(parsed.title, parsed.site_url, "https://feeds.example/feed.xml", None)
    return [post.content for post in first_check(parsed, source) if post.content]


# Pop Wuping (the 2008 crawl, feed--344406833.rss20), one item shortened.
_POP_WUPING = """<?xml version="1.0"?><rss version="2.0"><channel><title>Pop Wuping</title>
<link>http://www.popwuping.com/</link><description>d</description>
<item><title>Louis Vuitton iPod Case</title>
<link>http://www.popwuping.com/stuff/bags/ipod-cases/louis-vuitton-ipod-case.php</link>
<description><![CDATA[<p>A case for those who demand the ultimate in luxury for their iPods. This
particular case was made for Karl Lagerfeld and it boasts a case that can hold up to 20 iPods.</p>
<p><a href="http://slamxhype.com/news/louis-vuitton-ipod-case/">Continue at Slamxhype</a></p>
]]></description></item></channel></rss>"""


def test_a_continue_at_pointer_to_another_site_credits_that_site() -> None:
    [post] = _posts(_POP_WUPING)
    assert post.original_publisher == "Slamxhype"
    assert "Continue at" not in credit_line(post) + post.summary


def test_a_continue_at_pointer_to_the_sites_own_page_credits_no_one() -> None:
    own = _POP_WUPING.replace("http://slamxhype.com/news", "http://www.popwuping.com/more")
    [post] = _posts(own.replace("Continue at Slamxhype", "Continue at Pop Wuping"))
    assert post.original_publisher is None


def test_a_pointer_whose_words_do_not_name_its_links_site_credits_no_one() -> None:
    # "Read more on the recall" is a topic, not the site the link goes to.
    [post] = _posts(_POP_WUPING.replace("Continue at Slamxhype", "Read more on the recall"))
    assert post.original_publisher is None


# reflex-vital.com (the 2008 crawl, feed--193497009.rss20), one item shortened; its link carries
# the notice's closing bracket in its host.
_GUEST = """<?xml version="1.0"?><rss version="2.0"><channel><title>reflex-vital.com</title>
<link>http://www.reflex-vital.com/</link><description>d</description>
<item><title>Enzymes et cuisson</title><link>http://www.reflex-vital.com/article-4962300.html</link>
<description><![CDATA[<p>(article écrit par Eric Viard - <a href="http://www.eco-bio.info%29/">
http://www.eco-bio.info)</a></p><p>Voici un exemple facile à saisir à propos du rôle des
enzymes. Avez vous déjà essayé de semer une graine qui a été cuite ?</p>]]></description>
</item></channel></rss>"""


def test_a_guest_article_notice_credits_the_site_it_links() -> None:
    [post] = _posts(_GUEST)
    assert post.original_publisher == "eco-bio.info"
    assert 'href="http://www.eco-bio.info/"' in credit_line(post)
    assert "écrit par" not in post.summary
