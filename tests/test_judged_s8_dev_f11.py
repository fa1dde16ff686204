"""What an editor rejected in the session-8 development pool (bench/judged/2026-12-05-s8-dev-a/b,
judged by F8 and F9), helper F11's families: a blog's standing warning opening the lead, a shell
session run into the prose, pointers whose target the post does not carry, and a spec sheet's
field label opening the summary. Each is checked on the real entries (tests/data/judged/s8f11-*)
and on made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.byline_labels import without_field_label
from bot.text.code_intros import before_shell_prompt
from bot.text.notes import is_reading_note
from bot.text.pointer_links import pointer_link_cuts
from bot.text.references import without_page_references
from tests.test_judged_dev_pool import post_of, read

# A blog's standing warning about its own writing heads some of its posts (Dilbert.com's blog:
# "Warning: This blog is written for a rational audience …", 3 of 20 items).


def test_a_blogs_standing_warning_is_no_lead_text() -> None:
    posts = [post for _, post in read("s8f11-dilbert-warning.xml")[1]]
    assert len(posts) == 4 and all(post.summary for post in posts)
    assert not any("Warning" in p.summary or "rational audience" in p.summary for p in posts)
    paula = post_of("s8f11-dilbert-warning.xml", "The Paula Deen Context")
    assert paula.summary.startswith("I hadn't heard of Paula Deen, the so-called Southern")


def test_a_warning_about_the_news_is_news() -> None:
    assert is_reading_note("Warning: This post contains spoilers for the whole season.")
    assert not is_reading_note("Warning: the new firmware bricks some routers, users report.")
    assert not is_reading_note("The blog is written for a rational audience.")


# A terminal session run into the text ("[root@centos]# openssl version OpenSSL 1.0.1e-fips 11 Feb
# 2013 所以我们有必要升级 CentOS 7."): the command and its output are code.


def test_a_shell_prompt_and_its_output_end_the_lead_text() -> None:
    post = post_of("s8f11-ttt-shell.xml", "CentOS / RHEL 7")
    assert post.summary.startswith("CentOS 7.x 的 OpenSSL 软件版本实在是低")
    assert "root@" not in post.summary and "openssl version" not in post.summary
    # The line introducing the command ("you can look at the default version") goes with it.
    assert "可以看一下默认自带的版本" not in post.summary


def test_only_a_prompt_naming_user_and_host_is_a_shell_session() -> None:
    text = "The fix is simple.\nCheck it:\nme@box:~/src$ make test\nok 12 tests"
    assert before_shell_prompt(text) == "The fix is simple."
    assert before_shell_prompt("It costs $ 5 and # 3 is next.") == "It costs $ 5 and # 3 is next."
    assert before_shell_prompt("Mail jane@example.org: she answers.") == (
        "Mail jane@example.org: she answers."
    )


# Pointers at what the post does not carry: "here" with its link dropped by the feed (AudiWorld),
# a link that only calls the reader on ("Learn more about this work", Mapbox's blog).


def test_a_sentence_sending_the_reader_here_goes_with_its_link() -> None:
    post = post_of("s8f11-audiworld-here.xml", "Jay Leno")
    assert "You can read about the R8 RWS here" not in post.summary
    assert post.summary.startswith("It’s usually a good thing to be featured on Jay Leno’s Garage")


def test_here_saying_where_things_are_stays() -> None:
    kept = "Winter is here. I'm glad to be here. I read a lot of books here."
    assert without_page_references(kept) == kept
    assert without_page_references("The report is out. The full report is available here.") == (
        "The report is out."
    )
    assert without_page_references("Watch the talk here! It was good.") == "It was good."


def test_a_call_to_learn_more_is_no_lead_text() -> None:
    post = post_of("s8f11-mapbox-learn-more.rss", "3D building data")
    assert post.summary.startswith("You’ll find now height data for 140,484 San Francisco")
    assert post.summary.endswith("for games, AR and VR applications in Unity.")
    assert "Learn more" not in post.summary and "this tutorial" not in post.summary


def test_a_link_naming_more_details_in_a_news_sentence_stays() -> None:
    news = to_blocks('<p>Google shared <a href="https://x.test/a">more details</a> this week.</p>')
    assert pointer_link_cuts(news) == []
    call = to_blocks('<p>It works. <a href="https://x.test/b">Read more about it</a> on OSM.</p>')
    assert [call[0].text[cut.start : cut.end] for cut in pointer_link_cuts(call)] == [
        "Read more about it on OSM."
    ]


# A spec sheet's field label opening the summary (touchnokia.ru's "Описание:", "Description:").


def test_a_field_label_does_not_open_the_summary() -> None:
    post = post_of("s8f11-touchnokia-label.xml", "Программы для Nokia 5800 и Nokia N97: Dudu")
    assert post.summary.startswith("Маленький диктофон, имеющий функции")
    assert without_field_label("Description: a small recorder.") == "A small recorder."
    kept = "Descriptions of the war differ."
    assert without_field_label(kept) == kept
