"""Leads that say what the item is (session 23, E23): an opening set apart above the text that
says nothing of the headline, where the text below it does, does not lead (an author's aside,
an epigraph); "etc..." is the abbreviation's stop. Short strings quoted from kalv
ruby-feed-parser-benchmark's 2008 crawl (no licence), held-out samples 23-25."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.models import FeedEntry

_LIFT = (
    "<blockquote><p>Yes, this blogpost is longer than normal but I wanted to create one holistic"
    " view. If you are not a big reader just scan the nice bits or go to the end :)</p>"
    "</blockquote><h2>The Lift</h2><p>The past week I was in Geneva, the city where HTTP/HTML"
    " or in other words the internet was invented. I visited Lift 08, a three day event to"
    " explore the social impact of new technologies.</p>"
)


def _summary(title: str, html: str) -> str:
    entry = FeedEntry("1", title, "https://blog.example.org/2008/post", None, None, html)
    return compose_entry(
        entry, source="Blog", source_url=None, language=None, summary_chars=600
    ).summary


def test_an_aside_about_the_post_above_a_heading_gives_way_to_the_story() -> None:
    # feed--488285318, entry 0: the editor's "Lead is the author's aside … says nothing about
    # the item, though the entry goes on 'The past week I was in Geneva …'".
    summary = _summary("Lift 08: Lifted in a nutshell", _LIFT)
    assert summary.startswith("The past week I was in Geneva")
    assert "I visited Lift 08" in summary
    assert "blogpost is longer" not in summary


def test_epigraphs_give_way_to_the_first_paragraph() -> None:
    # feed--874619480, entry 0: a Buck 65 lyric and a tweet as the post's epigraphs, then
    # the post ("Lead is the post's epigraph … the real lead is 'A few weeks ago …'").
    html = (
        "<blockquote><p>And with my handheld portable all-purpose lightweight doohickey I fuse"
        " thoughts and try not to be too picky. &#8212;Buck65</p></blockquote>"
        "<blockquote><p>I&#8217;m personally offended that you enjoy the software you work"
        " with ;)&#8212;<a href='http://twitter.com/al3x/status/1038618571'>al3x</a></p>"
        "</blockquote>"
        "<p>A few weeks ago I decided to try out Emacs. I wasn&#8217;t especially dissatisfied"
        " with TextMate.</p>"
    )
    summary = _summary("Emacs? Emacs.", html)
    assert summary.startswith("A few weeks ago I decided to try out Emacs.")


def test_an_opening_that_shares_the_headlines_words_still_leads() -> None:
    # The same aside under a headline it speaks of: the opening names the item, it leads.
    summary = _summary("A longer blogpost than normal: Lift 08", _LIFT)
    assert summary.startswith("Yes, this blogpost is longer than normal")


def test_the_text_below_must_name_the_headlines_subject() -> None:
    # Text below that names nothing of the headline gives no sign the opening is an aside.
    summary = _summary("Geneva diary", _LIFT.replace("Geneva", "Switzerland"))
    assert summary.startswith("Yes, this blogpost is longer than normal")


def test_etc_with_a_pauses_dots_ends_no_sentence_early() -> None:
    # feed-289137262, entry 2 (held-out 25): the lead stopped before "… configuration etc...
    # all jumbled together."; entry 12 dropped its opening "… controllers etc..".
    html = (
        "<p>In the before time, the bottom of most of my apps' environment.rb was an unholy mess."
        " Inflector rules, requiring of various libraries or gems, various bits of app specific"
        " configuration etc... all jumbled together. Rails 2.0 introduced initializers.</p>"
    )
    summary = _summary("environment.rb and requiring dependencies", html)
    assert summary.endswith(
        "configuration etc. all jumbled together. Rails 2.0 introduced initializers."
    )
    html = (
        "<p>Modules are great for sharing bits of code across models, controllers etc.. The very"
        " basic case, where you just want to share some instance methods is dead easy.</p>"
    )
    summary = _summary("Modules aren't just for instance methods", html)
    assert summary.startswith("Modules are great for sharing bits of code")


def test_text_below_that_goes_on_from_above_does_not_lead() -> None:
    # feed--851606700, entry 4 (pool s14): the text below leans on what is above ("Thats also
    # …"), so the opening keeps the lead.
    html = (
        "<p>Just a brief update to try to explain what some commenters dont seem to understand.</p>"
        "<h3>Bits</h3><p>Thats also the equivalent of 500 standard def digital channels for cable"
        " customers.</p>"
    )
    summary = _summary("Cable & The Internet P2& The FCC - What many are missing", html)
    assert summary.startswith("Just a brief update")
