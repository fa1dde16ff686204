"""Hashtags an editor keeps: a category becomes a hashtag only where the post's headline or
shown summary names it (bot.compose.shown_tags); the article's body further down is no
evidence. Built from judged posts' entries (bench/judged, "hashtag" rejects)."""

from __future__ import annotations

from html import escape

from bot.compose.shown_tags import shown_topics
from bot.render.content import hashtags
from tests.support.first_check import one_item_post
from tests.support.tagged_feeds import tagged_atom

# Derick Rethans' blog (pool "all", zetacomponents rss2-10.xml): "#work #php" on a post about
# PHP 5.2's overloading notice; "work" is his catch-all category, and only "This all works
# 'fine'", five paragraphs down, says it (heldout-10a: "#work" rejected).
_PHP_POST = (
    "<p>While checking whether the eZ components would run with the latest PHP 5.2 release "
    "candidate we noticed that there are some things that are not backwards compatible with "
    "PHP 5.1.</p><p>The first issue is an extra notice in some cases. In our ezcMailTools "
    'class we implement a method that allows you to "reply" to a parsed e-mail message. In '
    "this method we have the folowing code:</p><pre>static public function replyToMail( "
    "ezcMail $mail ) { foreach ( $mail-&gt;to as $address ) { } }</pre><p>As you can see we "
    "loop over one of the seemingly public variables of the $mail class. However, the ezcMail "
    "class does not have this as a public member variable, but instead uses overload as you "
    "can see in this code snippet:</p><pre>public function __get( $name ) { switch ( $name ) "
    "{ case 'to': return $this-&gt;properties[$name]; } }</pre><p>This all works 'fine' with "
    "PHP 5.1, however with PHP 5.2 the following notice was generated for this code:</p>"
)


def _post_tags(headline: str, tags: tuple[str, ...], html: str) -> tuple[str, ...]:
    body = tagged_atom("Blog", (headline, tags, escape(html)))
    return one_item_post(body, "http://example.com/feed").tags


def test_a_catch_all_only_the_body_says_is_no_hashtag() -> None:
    tags = _post_tags("Overloaded properties (__get)", ("work", "php"), _PHP_POST)
    assert tags == ("#php",)


def test_a_lyric_keyword_list_keeps_only_what_the_lead_sings() -> None:
    # Kaboom Party (s18 pool): 12 keywords on "The Drug Is Our Hero", the words of the whole
    # lyric; "#bacteria #chemistry" come from its last verse, not what the song is about
    # (heldout-16-after: rejected). The next keyword the lead says ("heaven") is not lifted.
    verse = "<br />".join(
        (
            "The drug is our hero as body and mind",
            "stay separated, perfectly fine",
            "layed down far from heaven",
            "and covered in tar",
        )
    )
    later = "<p>" + "Injected in lymph nodes, inspected and tangled<br />" * 12 + "</p>"
    text = f"<p>{verse}</p>{later}<p>Kiss me with chemistry<br />Break my bacteria</p>"
    keywords = ("hero", "bacteria", "chemistry", "heaven", "molecules")
    assert _post_tags("The Drug Is Our Hero", keywords, text) == ("#hero",)


def test_a_gated_tag_holds_its_place() -> None:
    # No lower-ranked tag takes a gated one's place: only fewer tags, never other ones.
    categories = ("Le salon", "Idées", "journalisme", "internet")
    assert hashtags(categories, 2, {"journalisme", "internet"}) == ()
    assert hashtags(categories, 4, {"journalisme", "internet"}) == ("#journalisme", "#internet")
    assert hashtags(categories, 2) == ("#Le_salon", "#Idées")


def test_a_tag_the_headline_or_summary_names_stays_in_any_script() -> None:
    assert shown_topics(("Politics", "Life"), "Rep hangs up", "A political row.", "") == (
        "Politics",
    )
    assert shown_topics(("软件", "logo"), "修改MAC地址", "这个软件很好用。", "") == ("软件",)


def test_a_hashtag_the_text_writes_stays_though_the_summary_drops_it() -> None:
    # A toot's closing "#MastoArt #art" (Mastodon wraps the name: "#<span>MastoArt</span>").
    html = '<p>A turn of events.</p><p><a class="hashtag">#<span>MastoArt</span></a></p>'
    kept = shown_topics(("MastoArt", "fantasy"), "A turn", "A turn of events.", "", html)
    assert kept == ("MastoArt",)
