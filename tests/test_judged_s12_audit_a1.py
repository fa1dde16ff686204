"""What the editor rejected in session 12's audit of session 11's pool
(bench/judged/2026-12-06-s12-audit-A1.jsonl), family by family. The source repositories state no
licence: short strings are quoted from the entries instead of files."""

from __future__ import annotations

from bot.render.content import PostContent
from tests.support.first_check import one_item_post


def _composed(html: str) -> PostContent:
    body = (
        '<rss version="2.0"><channel><title>A Blog</title>'
        "<link>https://blog.example.org/</link><item><title>A post</title>"
        "<link>https://blog.example.org/2020/05/a-post</link>"
        f"<description><![CDATA[{html}]]></description></item></channel></rss>"
    ).encode()
    return one_item_post(body, "file:///feeds/blog.xml")


# A code block the post leaves out: the sentence presenting it ("here are …") presents nothing.
_GONZIH = (
    "<p>I found out about ruby gem called visualruby and decided to give it a try. Unfortunately"
    " it has a lot of dependencies that were missing on my system.\nSo to save my (or maybe"
    " your&rsquo;s if you are reading this now) time in the future here are required"
    " dependencies for OpenSUSE 13.1.\nI bet you can figure out similar packages for different"
    " distribution.</p><p></p><pre><code>sudo zypper -n in glib2 glib2-devel atk-devel\n"
    "</code></pre><p>Adjust glade command in settings to glade from glade-gtk2.</p>"
)


def test_a_sentence_presenting_the_code_left_out_goes_with_what_follows_it() -> None:
    # Max Gonzih's blog (scsibug/feedparser-clj resources/fixtures/gonzih-blog.xml, entry 13).
    assert _composed(_GONZIH).summary == (
        "I found out about ruby gem called visualruby and decided to give it a try."
        " Unfortunately it has a lot of dependencies that were missing on my system."
    )


def test_here_meaning_in_this_case_or_far_from_the_code_stays() -> None:
    # "The point here is …" says nothing of what follows; a "here is" three sentences before
    # the code presents something in the paragraph itself.
    point = _composed(
        "<p>Caching made the page slow. The point here is that every request missed it.</p>"
        "<pre><code>cache.get(key)</code></pre>"
    )
    assert point.summary == (
        "Caching made the page slow. The point here is that every request missed it."
    )
    early = _composed(
        "<p>Here is the story of a slow page. It took four seconds to load. The cache was"
        " missed on every request.</p><pre><code>cache.get(key)</code></pre>"
    )
    assert early.summary.startswith("Here is the story of a slow page.")


def test_a_last_sentence_ending_on_what_it_shows_goes_before_code_left_out() -> None:
    # The same family with a full stop where a colon would be: "… looked like this.", "… with
    # the following command." say nothing once the code is gone.
    shown = _composed(
        "<p>Python 3.12 added a new syntax for generics. The old syntax looked like this.</p>"
        "<pre><code>T = TypeVar('T')</code></pre><p>It was verbose.</p>"
    )
    assert shown.summary == "Python 3.12 added a new syntax for generics."
    following = _composed(
        "<p>I moved my blog to a new server last week. It was painless. You can install it"
        " with the following command.</p><pre><code>apt install certbot</code></pre>"
    )
    assert following.summary == "I moved my blog to a new server last week. It was painless."
    # Not when the words that show end no sentence before the code.
    kept = _composed(
        "<p>Python 3.12 added a new syntax for generics. The old one was like this, and worse"
        " to read.</p><pre><code>T = TypeVar('T')</code></pre>"
    )
    assert kept.summary.endswith("and worse to read.")


def test_a_paragraph_that_only_presents_the_code_stays_the_lead() -> None:
    # therailsist (feedjira sample_feeds): the one sentence says what the post offers; cutting it
    # would leave the headline alone and drop the remark after the code (Ph values' "We knew it:
    # Class is an object and Object is a class.").
    post = _composed(
        "<p>Here’s a Sass version of Eric Meyer’s CSS reset (the “Resetting Again” version).</p>"
        "<pre><code>html, body, div\n  :margin 0</code></pre>"
        "<p>Just drop this into the top of your application.sass file.</p>"
    )
    assert post.summary.startswith("Here’s a Sass version of Eric Meyer’s CSS reset")


def test_an_abbreviation_inside_the_showing_sentence_is_no_sentence_end() -> None:
    # fastfeedparser benchmark c717c931…: "… reads backwards, i.e. the rightmost function call is
    # invoked first, … like so:" goes whole, not from "the rightmost" on.
    post = _composed(
        "<p>Since I have been learning Elixir, I find chained calls in C# grating. The bit that"
        " really grates is that it reads backwards, i.e. the rightmost function call is invoked"
        " first, and the left hand one last, like so.</p><pre><code>C(B(A()))</code></pre>"
    )
    assert post.summary == (
        "Since I have been learning Elixir, I find chained calls in C# grating."
    )


def test_the_sentence_before_the_presenting_one_stays() -> None:
    # RubyisAwesome (feedjira sample_feeds): "… during my tests. Here's a little method that will
    # disable output …:" keeps "I don't need to see console output during my tests."
    post = _composed(
        "<p>I write a lot of command line tools. I don't need to see console output during my"
        " tests. Here's a little method that will disable output for the block it's given.</p>"
        "<pre><code>def silence; end</code></pre>"
    )
    assert post.summary == (
        "I write a lot of command line tools. I don't need to see console output during my tests."
    )
