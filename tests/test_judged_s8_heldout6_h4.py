"""What an editor rejected in held-out sample 6 (bench/judged/2026-12-05-heldout-6{a,b,c}), helper
H4's families: a post's kind or a blog's catch-all as hashtag, a headline's words split into tags,
a bracketed kind label once among the site's usual ones, a link blog's name before its quotation
and a description that is only the headline. Each is checked on the real entries
(tests/data/judged/h4-*) and on made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.parsing.categories import headline_named_first, is_topic
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize
from tests.test_judged_dev_pool import post_of, read

# Post kinds in other words and languages: "Announcement" (RubyMine's blog), "chronique" (a
# review column, Cultiz), "podcast" on a podcast's episodes (Launched); a blog's catch-all
# ("Einfach so ..." = "just because", Der Männerblog).


def test_a_posts_kind_in_any_words_is_no_hashtag() -> None:
    for _, post in read("h4-rubymine-announcement.rss")[1]:
        assert post.tags == ()  # "Tsubaki" unnamed by either post: session 17's tag gate
    airbuddy = post_of("h4-launched-podcast.xml", "28: AirBuddy")
    # Its other keywords ("Indie", …) go where its notes do not name them (session 11, H6).
    assert "#podcast" not in airbuddy.tags and airbuddy.tags[0] == "#App"
    doris = post_of("h4-cultiz-labels.xml", "Earl Sweatshirt")
    assert doris.tags == ("#doris", "#earl_sweatshirt", "#Hip_hop")
    for kind in ("Announcements", "Annonces", "Chronique", "Podcasts"):
        assert not is_topic(kind)


def test_a_blogs_catch_all_is_no_hashtag() -> None:
    posts = dict((e.title, p) for e, p in read("h4-maennerseiten-catch-all.xml")[1])
    assert posts["Die Unsichtbaren"].tags == ("#unsichtbar",)
    assert "#Flirt" in posts["Als Holzfäller geboren"].tags
    assert not is_topic("Einfach so ...") and not is_topic("Just because")
    # A topic that opens with the same words stays.
    assert is_topic("Einfach so leben") and is_topic("Random forests")


# An SEO plugin's tags for the headline and each of its words ("Keep Left": "#keep #Keep_Left
# #Left", Fubiz): the words alone are fragments; the headline's tag and the others stay.


def test_a_headlines_words_split_into_tags_are_no_hashtags() -> None:
    keep_left = post_of("h4-fubiz-title-words.xml", "Keep Left")
    # "Inspiration", "Unexpected" unnamed by the post: session 17's tag gate.
    assert keep_left.tags == ("#Keep_Left", "#fubiz_awards", "#pleasure_of")
    # Without the whole headline as a tag, its words are topics as any other.
    assert headline_named_first(("Apple", "Watch"), "Apple Watch") == ("Apple", "Watch")


# A bracketed kind label opening a headline: where the site labels headlines so ("[Chronique]"
# twice), its other bracketed kind ("[Tumblrification]", once) is a label too.


def test_a_sites_other_bracketed_kind_is_a_label_too() -> None:
    titles = [e.title for e, _ in read("h4-cultiz-labels.xml")[1]]
    assert "Je cherche un CDI" in titles and "Earl Sweatshirt – Doris" in titles
    assert not any(t.startswith("[") for t in titles)


# A link blog names the thing and quotes its page ("itsycal: “Itsycal is a tiny …”", One Thing
# Well); a description that only repeats the headline, split at its dots ("In Case You Missed
# It...The Week of March 26, 2006" → "The Week of March 26, 2006."), says nothing.


def test_a_link_blogs_name_before_its_quotation_is_the_headline() -> None:
    itsycal = post_of("h4-onethingwell-name-quote.rss", "itsycal")
    assert itsycal.summary.startswith("“Itsycal is a tiny [keyboard controlled] calendar")
    leaves = post_of("h4-onethingwell-name-quote.rss", "Loose Leaves")
    assert leaves.summary.startswith("“Loose Leaves for Mac lets you")
    # A one-word name saying something stays: only a quotation after the colon is the page's.
    said = summarize("Putin: the war goes on, he said on Monday.", title="Putin")
    assert said.startswith("Putin: the war")


def test_a_description_within_the_headline_is_no_summary() -> None:
    for _, post in read("h4-152-headline-tail.xml")[1]:
        assert post.summary == ""
    text = "The minister resigned on Monday. She had led the ministry since 2019."
    assert summarize(text, title="The minister resigned").startswith("The minister resigned on")


# The bookmarking service that made the item closing its headline ("Links for 2012-08-24
# [del.icio.us]", a blog's daily links): an address in brackets, not a word of the headline.


def test_a_bookmarking_services_address_closing_a_headline_is_a_label() -> None:
    titles = [e.title for e, _ in read("h4-feedhq-delicious-links.xml")[1]]
    assert "Links for 2012-08-24" in titles and not any("[del.icio.us]" in t for t in titles)


# A postscript's mark the segmenter took for a sentence of its own ("PS." as the headline of an
# untitled diary entry, the postscript's text as its summary, Advogato).


def test_a_postscripts_mark_opens_its_sentence() -> None:
    [(_, post)] = read("h4-advogato-postscript.xml")[1]
    assert post.title.startswith("PS. If you still haven't gotten an orkut invite")
    assert split_sentences("P.S. Thanks to all. It is ps. Yes.") == [
        "P.S. Thanks to all.",
        "It is ps.",
        "Yes.",
    ]
