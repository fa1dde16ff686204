"""What an editor rejected in a second draw of the session-8 development pool
(bench/judged/2026-12-05-s8-dev-a2.jsonl), helper F12's families: a podcast's call to subscribe
to it in an app, a show's score and music credits closing the summary, and Chinese lines
without a full stop run together. Checked on the real entries (tests/data/judged/s8f12-*) and
on neighbours the rules must leave alone."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.offers import is_sponsor_or_credit
from bot.text.pointer_links import pointer_link_cuts
from bot.text.sentences import split_sentences
from tests.test_judged_dev_pool import post_of

# A show's call to subscribe in a podcast app ("Subscribe to A Piece of Work wherever you get
# your podcasts.", "Subscribe on Apple Podcasts or wherever you listen to shows.", WNYC's Nancy).


def test_a_call_to_subscribe_in_a_podcast_app_is_no_summary_text() -> None:
    rupaul = post_of("s8f12-nancy-credits.rss", "#17: RuPaul")
    assert rupaul.summary.endswith("Nancy returns for season two in August.")
    assert "wherever you get your podcasts" not in rupaul.summary
    buteau = post_of("s8f12-nancy-credits.rss", "#38: Michelle Buteau")
    assert buteau.summary.endswith("comedian Matteo Lane and actor Nico Tortorella.")
    assert "Apple Podcasts" not in buteau.summary


# A show's score credit, with every piece of additional music named ("Episode scoring by Jeremy
# Bloom with additional music by Little Glass Men ("Dream Blaze") and Kai Engel ("Snowmen").").


def test_a_score_and_music_credit_is_no_summary_text() -> None:
    dillon = post_of("s8f12-nancy-credits.rss", "#11: You've Told Me")
    # (The whole feed's learned boilerplate also takes "Nancy is a production of WNYC Studios.";
    # four items are too few to learn it from.)
    assert 'book is called "Introducing Teddy."' in dillon.summary
    assert "scoring" not in dillon.summary and "Kai Engel" not in dillon.summary
    grimm = post_of("s8f12-nancy-credits.rss", "#13: It's Really You")
    assert "Scoring by" not in grimm.summary and "Broke for Free" not in grimm.summary
    assert grimm.summary.startswith("Sometimes when you speak up, the world answers.")


def test_scores_and_music_in_the_news_stay() -> None:
    assert is_sponsor_or_credit("Episode scoring by Jeremy Bloom.")
    assert is_sponsor_or_credit('Additional music by Kevin MacLeod ("Slow Burn").')
    # A match's score, a film's score as its subject, music in a story: news, not credits.
    assert not is_sponsor_or_credit("The score by halftime was 2-1.")
    assert not is_sponsor_or_credit(
        "The original score by Hans Zimmer, which won an Oscar, was played live by the orchestra"
        " in front of a crowd of twenty thousand people on Saturday night."
    )
    assert not is_sponsor_or_credit("Scoring by the forwards has dropped, the coach said.")
    # The show's thanks to its helpers are credits too; thanks in a story are not.
    assert is_sponsor_or_credit(
        "Special thanks to Mandy Naglich, Anna Burke, and Alison Morgenstern."
    )
    assert not is_sponsor_or_credit("Thanks to a special fund, the school reopened in May.")


# Chinese plain-text descriptions whose lines end with no full stop, the line break standing
# for one (烧饼博客's Hugo summaries): two sentences must not run together as one.


def test_a_chinese_line_without_a_stop_ends_its_sentence() -> None:
    upgrade = post_of("s8f12-ttt-cjk-lines.xml", "Debian 8 Jessie")
    assert upgrade.summary == (
        "Debian 9 Stretch 已经在 2017 年 6 月 17 号发布，而很多商家的步伐并未那么快，"
        "比如某千万云，所以我们可以选择自己升级。"
    )
    whmcs = post_of("s8f12-ttt-cjk-lines.xml", "Debian 9 安装 LEMP")
    assert whmcs.summary.endswith("这里就写个简单的教程记录一下安装方式。")
    assert "准备工作" not in whmcs.summary  # the numbered step's heading on the next line
    gdnsd = post_of("s8f12-ttt-cjk-lines.xml", "Debian 使用 gdnsd")
    # Two sentences, run on without a space as Chinese writes them (helper R1).
    assert "分区解析。众所周知" in gdnsd.summary


def test_short_lines_and_other_scripts_are_left_as_they_are() -> None:
    # A heading or a list item is too short to be a sentence; Latin lines are no CJK lines.
    assert split_sentences("准备工作\n账号一枚") == ["准备工作 账号一枚"]
    assert split_sentences("The first line\nthe second line.") == [
        "The first line the second line."
    ]
    assert split_sentences("这是一个足够长的句子没有标点符号结尾\n下一句。", "zh") == [
        "这是一个足够长的句子没有标点符号结尾。",
        "下一句。",
    ]


# A link whose text says it is a link ("Voici un <a>lien vers un petit script</a> que j'utilise
# pour faire mes sauvegardes."): without the link, its sentence presents nothing.


def test_a_sentence_presenting_a_link_by_name_goes_with_the_link() -> None:
    post = post_of("s8f12-bouil-link-to.xml", "Script de sauvegarde")
    assert post.summary.startswith("Pour une fois, la loi de Murphy m'a épargnée")
    assert "lien" not in post.summary


def test_a_link_about_links_is_no_pointer() -> None:
    html = '<p>The <a href="https://x.org/a">link between diet and sleep</a> is weak, he said.</p>'
    assert pointer_link_cuts(to_blocks(html)) == []
    html = '<p>Here is a <a href="https://x.org/a">link to an implementation</a>. It works.</p>'
    [cut] = pointer_link_cuts(to_blocks(html))
    assert to_blocks(html)[cut.block].text[cut.start : cut.end].startswith("Here is a link")


# A planet prefixes each headline with its writer ("Simon Willison: Cache Machine: Automatic
# caching for your Django models"); the post it carries opens on the rest of that headline.


def test_a_planet_headline_is_not_repeated_from_after_its_writer() -> None:
    post = post_of("s8f12-planet-django-titles.xml", "Simon Willison: Cache Machine")
    assert post.summary.startswith("This is the third new ORM caching layer for Django")
    other = post_of("s8f12-planet-django-titles.xml", "Josh VanderLinden")
    assert other.summary.startswith("I recently found myself in a situation where knowing")
