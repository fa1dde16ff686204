"""What an editor rejected in held-out sample 5 (bench/judged/2026-12-05-heldout-5a/b/c.jsonl,
development data since), helper H2's families: posts left headline-only although the entry
opened with a usable sentence, and summaries that are only a pointer. Each is checked on real
entries of the rejected feeds (excerpts under tests/data/judged/s7ho-*)."""

from __future__ import annotations

from bot.text.summaries import split_sentences
from tests.test_judged_dev_pool import post_of

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
