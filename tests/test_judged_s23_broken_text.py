"""Text a feed broke before newsbot read it goes out nowhere: characters its writer's charset lost
(U+FFFD, a "?" inside a word: held-out sample 6's autostrip feed, "la premi?re fois") or tags
stripped of their brackets (sample 20's "a href=”…”Installing YubNub/a", three rejects). No tool
can mend them: the summary stops before the sentence that holds them, and is left out when too
little comes before. Markup written out as text (sample 20's SHARETHIS script) is read as the
markup it is."""

from __future__ import annotations

from bot.text.broken_text import before_broken_text

# davidbau.com's feed (shared corpus): its apostrophes were lost upstream, as U+FFFD.
DAVIDBAU = (
    "The idea that large language models could be capable of cognition is not obvious. "
    "Neural language modeling has been around since Jeff Elman\ufffds 1990 structure-in-time "
    "work, but 33 years passed between that initial idea and first contact with ChatGPT."
)


def test_the_summary_stops_before_the_sentence_with_a_replacement_character() -> None:
    assert before_broken_text(DAVIDBAU, DAVIDBAU) == (
        "The idea that large language models could be capable of cognition is not obvious."
    )


def test_a_question_mark_inside_a_word_is_a_lost_letter() -> None:
    text = (
        "L'ambiance est chaude par ici... je crois bien que c'est la premi?re fois qu'il y a "
        "du nibard sur le blog !!!"
    )
    assert before_broken_text(text, text) == "L'ambiance est chaude par ici..."
    # What comes before must say something: "Donc..." does not.
    festiblog = "Donc... J'esp?re vraiment vous voir autour de moi, histoire qu'on bavarde."
    assert before_broken_text(festiblog, festiblog) == ""


def test_the_summary_is_cut_at_a_sentences_end_not_at_a_lost_letter() -> None:
    summary = "Raaahhh !!! Putain de merde !!! C'?tait pas le moment qu'elle me l?che (encore) !!!"
    assert before_broken_text(summary, summary) == "Raaahhh !!! Putain de merde !!!"
    names = "Hey !!! Ça vous dit une gribouille ? Avec Bambiii, 2D, L?na?c, mais surtout Jul."
    assert before_broken_text(names, names) == "Hey !!! Ça vous dit une gribouille ?"


def test_once_letters_are_lost_a_question_mark_alone_before_a_small_letter_is_one_more() -> None:
    summary = (
        "Hey, n'oubliez pas ce samedi, venez nombreux !!! C'est un peu la fête ? la blague "
        "pourrie en ce moment sur ce blog..."
    )
    assert before_broken_text(summary, summary + " J'esp?re vous voir.") == (
        "Hey, n'oubliez pas ce samedi, venez nombreux !!!"
    )
    # Without that proof it ends a question the French way.
    assert before_broken_text(summary, summary) == summary


def test_question_marks_of_addresses_and_of_cjk_text_stay() -> None:
    address = "The full list is at http://example.org/index.php?page=2 for everyone to read."
    assert before_broken_text(address, address) == address
    cjk = "你好吗?我们明天见面吧。"
    assert before_broken_text(cjk, cjk) == cjk


def test_tags_stripped_of_their_brackets_leave_no_summary() -> None:
    text = (
        "a href=”http://yubnub.org/documentation/describe_installation”Installing YubNub/a "
        "blockquote pimg src=”http://yubnub.org/images/opera.png” / br /bOpera integration./b"
    )
    assert before_broken_text("Opera integration.", text) == ""
    # The rest of such a text is its tags' names glued to its words: none of it is kept.
    ironical = "pSo ironical you need a program to prevent Windows update from rebooting!!br /"
    assert before_broken_text(ironical, ironical + text) == ""


def test_markup_written_out_as_text_is_read_as_markup() -> None:
    summary = (
        "Mes photos favorites de novembre sur Flickr, une idée originale de Orebokech. "
        '<script type="text/javascript">SHARETHIS.addEntry({ title: "mes Flickr favorites" });'
        "</script>"
    )
    assert before_broken_text(summary, summary) == (
        "Mes photos favorites de novembre sur Flickr, une idée originale de Orebokech."
    )
    # Rapha's feed (hobeone/rss2go's testdata/rapha_all.xml): a link escaped once too often.
    rapha = (
        "The Rapha Brevet Jersey is a high-performance product designed to meet the demands of "
        '<a href="http://en.wikipedia.org/wiki/Brevet(cycling)">brevet riding</a>.'
    )
    assert before_broken_text(rapha, rapha) == (
        "The Rapha Brevet Jersey is a high-performance product designed to meet the demands of "
        "brevet riding."
    )


def test_a_tag_named_in_prose_stays() -> None:
    # findlinks' fixture, published: "… including it from a CDN via a <script> tag, …".
    summary = "Start with a quick prototype by including it from a CDN via a <script> tag."
    assert before_broken_text(summary, summary) == summary
    # DanManges.xml (feedjira): the tag a post about Rails is about.
    rails = (
        '<script src="/javascripts/jquery.js?1212761793" type="text/javascript"></script>: '
        "“What are those numbers Rails puts after my image, css, and javascript files?”"
    )
    assert before_broken_text(rails, rails) == rails
