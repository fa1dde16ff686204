"""What an editor rejected in held-out sample 5 (bench/judged/2026-12-05-heldout-5a/b/c.jsonl,
development data since), helper H2's families: posts left headline-only although the entry
opened with a usable sentence, and summaries that are only a pointer. Each is checked on real
entries of the rejected feeds (excerpts under tests/data/judged/s7ho-*)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.messages import plain_text_message
from bot.text.summaries import split_sentences
from tests.test_judged_dev_pool import post_of, read

# German quotation marks »…« read by the segmenter as «…» turned inside out.


def test_a_teaser_quoting_titles_the_german_way_keeps_its_first_sentence() -> None:
    # Anime2You quotes titles »…«: pysbd kept the span between two quotations ("« vor. Wir …
    # der »") whole, so the first sentence ran into the feed's cut ("…") and all was dropped.
    post = post_of("s7ho-feeder-anime2you.xml", "Autor von »My Hero Academia«")
    assert post.summary.startswith("Im Rahmen des Jump Festa 2024 gab »My Hero Academia«")
    assert "zum Abschluss bringen möchte." in post.summary and "…" not in post.summary
    post = post_of("s7ho-feeder-anime2you.xml", "Netflix entfernt")
    assert post.summary.endswith("im nächsten Monat aus dem Programm entfernt wird.")


def test_guillemets_either_way_round_split_alike() -> None:
    german = "Er las »Dune« vor. Dann kam »Emma« dran."
    french = "Il a lu «Dune» hier. Puis vint «Emma» ensuite."
    assert split_sentences(german, "de") == ["Er las »Dune« vor.", "Dann kam »Emma« dran."]
    assert split_sentences(french, "fr") == ["Il a lu «Dune» hier.", "Puis vint «Emma» ensuite."]
    # A quotation holding a full stop stays one sentence, marks as written.
    assert split_sentences("Sie sagte »Geh. Jetzt.« und ging.", "de") == [
        "Sie sagte »Geh. Jetzt.« und ging."
    ]


# A mail archive's message, whole in one <pre>, is prose: it was read as a code block and left
# out, so the post was headline-only.


def test_a_mailing_list_message_in_one_pre_is_read_as_its_text() -> None:
    posts = [post for _, post in read("s7ho-rss2email-gmane.rss")[1]]
    summaries = " ".join(post.summary for post in posts)
    assert "Alrighty, this is the first email on the list" in summaries
    assert "It seems to work, though it may have been grouped together with my MDA." in summaries
    # The line introducing the quoted message is not the writer's text.
    assert "wrote:" not in summaries and "[121112" not in summaries


def test_a_program_in_one_pre_stays_code() -> None:
    program = "<pre>def main():\n    print('Hello.')\n\nmain()\n</pre>"
    latex = "<pre>% Sit down, my child, and you shall hear a tale.\n% A tale of danger.\n</pre>"
    assert plain_text_message(program) is None
    assert plain_text_message(latex) is None
    assert [b.kind for b in to_blocks(program)] == ["code"]
    mail = "<pre>Thanks, that works for me now ;).\n\nOn Mon, Jane wrote:\n&gt; Try it.\n</pre>"
    assert plain_text_message(mail) == "Thanks, that works for me now ;)."


# A German teaser's closing pointer at what the article does next: the post carries neither.


def test_a_german_closing_pointer_ends_no_summary() -> None:
    from bot.text.closings import without_announcement

    first = "Bandai stellte eine neue Figur von Ruffy vor."
    for last in (
        "Wir fassen alle Details für euch zusammen.",
        "Einen neuen Trailer könnt ihr euch weiter unten ansehen.",
    ):
        assert without_announcement(f"{first} {last}", first, last) == first
    # A statement that only mentions "unten" stays.
    last = "Die Preise gingen weiter nach unten."
    assert without_announcement(f"{first} {last}", first, last) == f"{first} {last}"
