"""What an editor rejected in sample 31 (bench/judged/2026-12-07-heldout-31*): a plain-text
summary (Hugo's `.Summary`) ran a subhead into the lead's first sentence ("Introduction This
section will include guides …"). The text's own words show where the sentence starts: a short
function word of its language ("This", "Le"), written in lower case elsewhere in the entry.
Strings quoted from the real entries (short quotations)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.summaries import summarize


def summary(text: str, title: str) -> str:
    lead, _ = read_text(text, title=title, site_name=None, site_url=None)
    return summarize(lead, title=title)


# amplia-iiot/oda-docs (Hugo): two subheads, each run into its paragraph's line.
ODA = (
    "Introduction This section will include guides to execute common tasks in ODA development.\n"
    "Dependencies Some bundles need others to work correctly, because those bundles implements a"
    " common api and implements some functions that the first bundles need to use in its"
    " operation.\nIt is important to handle the dependencies, including those bundles that need"
    " the modules we will use.\nIf you need to know what dependencies have a module that you"
    " want to use, you can go to its respective documentation page or use this table."
)


def test_a_subhead_the_summary_ran_into_its_lead_is_a_heading() -> None:
    blocks = to_blocks(ODA)
    assert [(b.text[:24], b.role) for b in blocks] == [
        ("Introduction", "heading"),
        ("This section will includ", "para"),
    ]
    # A later subhead leaves its line, which the lead goes on through (as test_judged_s7_dev_f3).
    assert "\nSome bundles need others to work correctly" in blocks[1].text
    assert "Dependencies" not in blocks[1].text
    assert summary(ODA, "Guides").startswith("This section will include guides")


def test_a_title_case_subhead_with_joining_words_ends_where_the_sentence_starts() -> None:
    # cecilesauder/site (Hugo): "le" is written in lower case further on.
    text = (
        "Concours de la Gazette de Montpellier Le jeu-concours : racontez-nous, sur le thème"
        " “La Gazette, mon petit canard”, une histoire ou anecdote que vous inspire La Gazette."
    )
    assert [b.role for b in to_blocks(text)] == ["heading", "para"]
    assert to_blocks(text)[1].text.startswith("Le jeu-concours : racontez-nous")


def test_names_and_sentences_opening_on_capitals_stay_whole() -> None:
    # "VirtualBox" is a name (no function word): the words before it may be its sentence's.
    virtualbox = (
        "Introduction VirtualBox is a widely used virtualization software that allows you to"
        " install and run entire operating systems as virtual machines on a host system."
    )
    # A stoplist's nouns are no function words ("university"): Ohio University is a name.
    ohio = (
        "Ohio University is considering covering damages to student property caused by"
        " sprinkler systems. The university does not carry fire or other hazard insurance."
    )
    # "Dieses" is a function word itself: "Dieses Mal" opens the sentence.
    dieses = (
        "Dieses Mal reden wir über Pakete, die nicht ankommen. Dann lassen wir uns mal"
        " eine wilde Sexparty nicht entgehen."
    )
    for text in (virtualbox, ohio, dieses):
        assert [(b.text, b.role) for b in to_blocks(text)] == [(text, "para")]
