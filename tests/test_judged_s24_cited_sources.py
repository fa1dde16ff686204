"""Held-out samples 24 and 25 (2008 crawl, no licence stated: short strings quoted inline): a
source label under the writer's own text is a reference it cites, not the outlet it reprints;
a notice in a parenthesis glosses the word before it, not the post; a footer plugin's "This is a
post from X" names the site a planet's item is from."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import Attribution, attribute
from bot.text.blocks import to_blocks


def _attribution(html: str, site_name: str, site_url: str) -> Attribution:
    blocks = to_blocks(html)
    return attribute(blocks, find_notices(blocks, html), site_name=site_name, site_url=site_url)


_ZTH = ("Zerotohundred.com", "http://www.zerotohundred.com")


def test_a_source_label_under_a_first_person_write_up_credits_no_origin() -> None:
    # feed-62508097 entry 1: the blogger's own rendering write-up, "Source: AutoBlog" at its end.
    html = (
        "<p>Formula 1 has always been about transferring race technology to road cars and I "
        "believe Ecclestone and Co. now have an ideal tool to transfer race technology for use "
        "by driving enthusiast.</p><p>The Formula RZ is simply a design study for the moment.</p>"
        '<p>Source: <a href="http://www.autoblog.com">AutoBlog</a></p>'
    )
    assert not _attribution(html, *_ZTH).is_reprint


def test_a_first_person_only_inside_quotations_keeps_the_source_label_credit() -> None:
    # Entry 3 of the same feed: agency copy whose "I" is the driver's, quoted.
    html = (
        "<p>In the wake of his Red Bull test last month, Sebastien Loeb has admitted he would "
        "seriously consider an offer to switch to F1 in 2010.</p>"
        "<p>“The team bosses think I am too old, but mentally I am not,” the 34-year-old told "
        "the French newspaper Liberation.</p><p>Source: GMM via F1-Live</p>"
    )
    assert _attribution(html, *_ZTH).original_publisher == "GMM"


def test_a_comment_after_a_quoted_story_keeps_the_story_s_source() -> None:
    # blogpmarca: the story quoted first, the blogger's "I" only in a closing comment.
    html = (
        "<blockquote><p>Prosecutors are moving ahead with a case against one of two 93-year-old "
        "men picked up during undercover prostitution stings.</p></blockquote><p>Now, granted, "
        "the only woman I'm going to be flirting with when I'm 93 is my lovely wife.</p>"
        "<p>[Source: Tampa Bay Online.]</p>"
    )
    assert _attribution(html, "pmarca", "http://blog.pmarca.com").is_reprint


def test_a_write_up_naming_its_source_in_its_own_sentence_credits_no_origin() -> None:
    # feed-906138983 entry 0: Bounce2Dis's French write-up of a CNN interview.
    cnn = "http://www.cnn.com/2008/SHOWBIZ/Music/12/09/common.universal.mind.control/index.html"
    html = (
        "<p>L’effet Obama va-t-il avoir des répercussion sur le Hip-Hop?</p>"
        "<p>Dans une interview donné à CNN, Common, dont le 8ème album sort mardi, pense que son "
        "élection va changer le Hip Hop pour le meilleur.</p>"
        f'<p>Source: <a href="{cnn}">CNN</a></p>'
    )
    assert not _attribution(html, "Bounce2Dis.com", "http://www.bounce2dis.com").is_reprint


def test_the_cited_source_label_is_still_cut_from_the_text() -> None:
    html = "<p>I believe this is a fine car for the track.</p><p>Source: AutoBlog</p>"
    hits = find_notices(to_blocks(html))
    assert [(h.publisher, h.cut is not None) for h in hits] == [("AutoBlog", True)]


def test_a_notice_in_a_parenthesis_inside_its_sentence_is_about_the_word_before_it() -> None:
    # feed-177824272 entry 15: Nihilogic's own post; Rob Swan published the technique.
    ala = "http://www.alistapart.com/articles/sandbags"
    html = (
        "<p>Along came a technique called sandbag DIVs (first "
        f'<a href="{ala}">published by Rob Swan</a> a few years ago, I believe) that solved the '
        "problem for those odd cases where you need something fancier than float:left.</p>"
    )
    assert not _attribution(html, "Nihilogic", "http://blog.nihilogic.dk/").is_reprint


def test_a_post_from_footer_names_the_site_a_planet_item_is_from() -> None:
    # feed-4277810 (Tamanegi, a planet): Geeky Gadgets' items carry their footer plugin's line.
    html = (
        "<p>Check out this cool handheld Ms Pacman Mini.</p>"
        '<p>This is a post from <a href="http://www.geeky-gadgets.com">Geeky Gadgets</a>, who '
        "bring you the latest news on the coolest gadgets.</p>"
    )
    attribution = _attribution(html, "Tamanegi", "http://planet.zhekov.net/")
    assert attribution.original_publisher == "Geeky Gadgets"
    # On Geeky Gadgets' own feed the footer is the site's own.
    assert not _attribution(html, "Geeky Gadgets", "http://www.geeky-gadgets.com").is_reprint


def test_a_post_from_a_common_noun_is_no_footer() -> None:
    html = "<p>This is a story from production. I have changed a couple of details.</p>"
    assert not _attribution(html, "Blog", "http://blog.example/").is_reprint
