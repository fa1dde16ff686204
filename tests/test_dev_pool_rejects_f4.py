"""What an editor rejected in helper F4's sample of session 6's development pool
(bench/judged/2026-12-05-s6-f4.jsonl), by family, checked on excerpts of the real feeds."""

from __future__ import annotations

from bot.compose.entry import source_name
from bot.parsing.categories import is_topic
from bot.parsing.identity import stand_in_headline
from bot.render.content import hashtags
from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.math_text import plain_math
from tests.conftest import carried
from tests.test_dev_pool_rejects import parsed, posts

CHESTERTON = ("judged", "fastfeedparser-chesterton-labels.rss")
USABILITY = ("judged", "fastfeedparser-usabilitycounts-retweet.rss")
CAUSALITY = ("judged", "fastfeedparser-causality.rss")
KOTTKE = ("judged", "fastfeedparser-kottke-cut-titles.atom")
MORNING_TEMPO = ("judged", "fastfeedparser-morningtempo-topic-title.rss")
RECHTIN = ("judged", "fastfeedparser-rechtin-video-promo.atom")


# Labels that say how an item is placed, sold or shared, not what it is about: a members-only
# flag ("Member Content"), a "featured" placement under the magazine's name ("Gilbert Featured
# Articles"), a social-sharing flag ("Retweet" on 17 of Usability Counts' 20 posts).


def test_members_featured_and_sharing_labels_are_no_hashtags() -> None:
    chestertonian, back_issue = posts(parsed(*CHESTERTON), carried(*CHESTERTON).as_uri())
    assert chestertonian.tags == () and back_issue.tags == ()
    [usability] = posts(parsed(*USABILITY), carried(*USABILITY).as_uri())
    # The section it was filed under goes too: the post never names a "GPT Prompt Guide"
    # (a tag is shown only where the item names it, session 17).
    assert usability.tags == ()


def test_labels_that_name_a_topic_stay() -> None:
    # Seen beside them over the corpus and the dev pool: a column about members ("Member
    # Spotlight"); a word that only begins like a flag ("Reposition") is no flag.
    assert is_topic("Member Spotlight") and is_topic("Featured Artists Of Detroit")
    assert is_topic("Twitter") and is_topic("Reposition")
    assert not is_topic("Featured Blogs") and not is_topic("Subscribers' Picks")


# Telegram ends a hashtag at an apostrophe, so "Simpson's Paradox" became #Simpson_s_Paradox:
# a possessive or a contraction is kept one word.


def test_a_possessive_stays_one_word_in_a_hashtag() -> None:
    [_, post] = posts(parsed(*CAUSALITY), carried(*CAUSALITY).as_uri())
    assert post.tags == ("#Simpsons_Paradox",)
    assert hashtags(["Women’s suffrage", "what's new in flask 2"], 5) == (
        "#Womens_suffrage",
        "#whats_new_in_flask_2",
    )
    # An elision is not a possessive: "l'Europe" keeps its two words apart.
    assert hashtags(["l'Europe"], 5) == ("#l_Europe",)


# A blog that titles its untitled posts with their first words cut with "..." (kottke.org:
# "Polar explorer and scientist Felicity Aston shares her...") had that cut headline shown and
# the same words repeated below it: such an item is untitled, and posted as one.


def test_a_title_cut_from_the_texts_start_makes_an_untitled_item() -> None:
    polar, mural, quote = posts(parsed(*KOTTKE), carried(*KOTTKE).as_uri())
    # A short first sentence is the headline, and the summary goes on after it.
    assert polar.title == "Polar explorer and scientist Felicity Aston shares her beauty uniform."
    assert polar.summary.startswith("“When I come back from an expedition")
    # A long one: no headline, the text whole.
    assert mural.title == "" and quote.title == ""
    assert mural.summary.startswith("If you haven’t seen this or heard about it (or even if you")
    assert quote.summary.startswith("“Any serious push to account for the actions of this")


def test_a_title_that_only_ends_in_an_ellipsis_stays() -> None:
    # "Living through another great transformation…" (globalinequality) is a title whose text
    # starts otherwise: it is the headline.
    assert stand_in_headline("I Spent Hours Debugging My Software…", "<p>It was late.</p>") == (
        "I Spent Hours Debugging My Software…"
    )
    assert stand_in_headline("Fans Just Staring...", "<p>Fans just staring at me.</p>") == (
        "Fans Just Staring..."  # too few words to tell a cut from a title's own dots
    )


# A feed title that lists what the site is about ("Web • Tech • Audio", morningtempo.com) was
# credited by its first topic ("Web"): a list of topics names no site, so the domain does.


def test_a_title_listing_topics_is_no_name() -> None:
    [post] = posts(parsed(*MORNING_TEMPO), carried(*MORNING_TEMPO).as_uri())
    assert post.source_name == "morningtempo.com"
    # A name joined to its sections by dashes is still the name ("HuffPost Canada - Athena2 -
    # All Posts", in the corpus), and so is one part that names the domain.
    assert source_name("HuffPost Canada - Athena2 - All Posts", "https://example.net/", "x") == (
        "HuffPost Canada"
    )
    assert source_name("Tempo • Tech • Audio", "https://tempo.com/", "x") == "Tempo"


# A video's description opens with its sponsor's thanks and calls to subscribe or comment
# ("Thanks to Onshape for sponsoring this video!", "Subscribe for More!", "… let me know in the
# comments!"): promotion, not what the video is about. With nothing else, the post is its
# headline, photo and link.


def test_sponsor_thanks_and_calls_to_subscribe_or_comment_are_no_lead() -> None:
    rocket, fixed, tracks, simulator = posts(parsed(*RECHTIN), carried(*RECHTIN).as_uri())
    assert rocket.summary == "" and tracks.summary == "" and simulator.summary == ""
    assert "This is the second video in my mini SpinLaunch build series" in fixed.summary
    assert rocket.image_url and rocket.link == "https://www.youtube.com/watch?v=hsm_f92NBp0"


def test_a_sentence_that_goes_on_past_the_comments_stays() -> None:
    # The corpus's blogs: a request that says more than "tell us in the comments" is text.
    text = (
        "<p>This shaves a couple of requests per second off the call. Let me know in the "
        "comments if you have a faster way to do it.</p>"
    )
    assert "Let me know in the comments if you have" in cleaned(text)
    assert cleaned("<p>It ships today. Let us know in the comments.</p>") == "It ships today."


def cleaned(html: str) -> str:
    return clean_article_text(to_blocks(html), cuts=())


# MathJax's inline TeX ("\\(P(y_t)\\)", "\\(\\text{ATE} = …\\)") was shown as its source in the
# lead: a formula is written as its text.


def test_inline_tex_reads_as_the_formula() -> None:
    [note, _] = posts(parsed(*CAUSALITY), carried(*CAUSALITY).as_uri())
    assert "estimates of two probabilities, P(y_t) and P(y_c), standing for" in note.summary
    assert "the outcome Y under treatment" in note.summary
    assert "only their difference ATE = P(y_t)-P(y_c) is measured" in note.summary
    assert "\\" not in note.summary


def test_a_formula_keeps_its_grouping_and_prices_stay() -> None:
    assert (
        plain_math(r"exactly \(2^{height + 1} - 1\) elements")
        == "exactly 2^(height + 1) - 1 elements"
    )
    assert plain_math(r"dada pelo \(\log_{10}(1 + 1/d)\).") == "dada pelo log_10(1 + 1/d)."
    assert plain_math("It costs $5, or $6 with tax.") == "It costs $5, or $6 with tax."
