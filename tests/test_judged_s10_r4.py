"""What the editors rejected in held-out sample 8 (bench/judged/2026-12-05-heldout-8*, now
development data) as a summary of furniture: a podcast host's notice under every episode, in
the show's language. Checked on the real feed (tests/data/judged/r4-*) and on made-up
neighbours the rule must leave alone."""

from __future__ import annotations

from bot.text.boilerplate import split_units
from bot.text.host_notices import host_notices
from bot.text.openings import cut_opening_length
from bot.text.story_signatures import same_story, story_signature
from tests.test_judged_dev_pool import post_of, read


def _notice_units(text: str) -> list[str]:
    units = split_units(text)
    return [units[i].strip() for _, i in sorted(host_notices([units]))]


# Acast, Megaphone and Omny put a notice giving their privacy or ad-choices page under every
# episode, in the show's language: the address marks it, not the words around it.


def test_a_hosts_notice_in_french_is_no_summary() -> None:
    post = post_of("r4-rdvtech-acast-footer.xml", "RDV Tech 516")
    assert "Acast" not in post.summary
    assert "acast.com" not in post.summary


def test_a_host_notice_goes_in_any_language_with_the_sentence_naming_the_host() -> None:
    french = "Hébergé par Acast. Visitez acast.com/privacy pour plus d'informations."
    assert _notice_units(french) == [
        "Hébergé par Acast.",
        "Visitez acast.com/privacy pour plus d'informations.",
    ]
    english = "Hosted on Acast. See acast.com/privacy for more information."
    assert len(_notice_units(english)) == 2
    assert _notice_units("See omnystudio.com/listener for privacy information.") == [
        "See omnystudio.com/listener for privacy information."
    ]
    german = "Hosted on Acast. Weitere Informationen unter acast.com/privacy."
    assert len(_notice_units(german)) == 2


def test_the_shows_own_sentences_around_a_host_notice_stay() -> None:
    text = "Jane talks tax with the Acast team. Visit megaphone.fm/adchoices"
    assert _notice_units(text) == ["Visit megaphone.fm/adchoices"]
    # A privacy page named without an address, or an address to another page, is no notice.
    assert _notice_units("Read the privacy policy of the new law. It is long.") == []
    assert _notice_units("Our notes are at acast.com/rdvtech for you.") == []


# Radio France opens every episode's text with its length and the show's name in capitals
# ("durée : 00:08:38 - L'ALPHABET NUMERIQUE - …"): the player gives the length; the lead starts
# after the field.


def test_an_episode_length_field_opening_the_text_is_no_lead() -> None:
    post = post_of("r4-alphabet-numerique-length.xml", "Disruption")
    assert post.summary.startswith("« Disruption » : d’usage rarissime en français")
    assert cut_opening_length("Duration: 1:02:11 – We talk about Rust.") == "We talk about Rust."
    assert cut_opening_length("Dauer: 00:45:10 - Heute geht es um Rust.") == (
        "Heute geht es um Rust."
    )
    # A show's name in capitals goes with the field; a sentence after the dash stays.
    assert cut_opening_length("durée : 00:05:37 - LE SHOW - Avec Evgeny Morozov.") == (
        "Avec Evgeny Morozov."
    )
    # A time of day or a score inside a sentence is no length field.
    kept = "Update: the 10:30:00 train - late again"
    assert cut_opening_length(kept) == kept
    assert cut_opening_length("Score: 3:10 - Bob wins") == "Score: 3:10 - Bob wins"


# This Week in Rust numbers its issues bare at the end of the title ("This Week in Rust 549"):
# issues opening on the same standing intro are different stories, so the intro is learned.


def test_a_bare_issue_number_closing_the_title_tells_issues_apart() -> None:
    intro = ["Hello and welcome to another issue of This Week in Rust! Rust is a language."]
    first = "Hello and welcome to another issue of This Week in Rust!"
    issue_549 = story_signature("This Week in Rust 549", intro, first)
    issue_548 = story_signature("This Week in Rust 548", intro, first)
    assert not same_story(issue_549, issue_548)
    # A version's last part or a number glued to letters is no issue number.
    release = ["PostGIS 3.5.0 is out with new features."]
    assert same_story(
        story_signature("PostGIS 3.5.0rc1", release, ""),
        story_signature("PostGIS 3.5.0", release, ""),
    )


# This Week in Rust's standing intro runs nine sentences in three paragraphs before the first
# heading, past the six edge units: learned over the issues before that heading, it never leads.


def test_a_newsletters_whole_standing_intro_is_learned() -> None:
    posts = [post for _, post in read("r4-twir-standing-intro.atom")[1]]
    assert len(posts) == 3
    for post in posts:
        assert "welcome to another issue" not in post.summary
        assert "openly developed on GitHub" not in post.summary
        assert "please submit a PR" not in post.summary
        assert post.summary.startswith("This week's crate is ")
