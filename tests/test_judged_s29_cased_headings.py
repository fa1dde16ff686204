"""What an editor rejected in sample 31 (bench/judged/2026-12-07-heldout-31*): a plain-text
summary (Hugo's `.Summary`) ran a subhead into the lead's first sentence ("Introduction
Installing Ubuntu onto a computer …"). The text's own case shows where the sentence starts:
its first word is written in lower case elsewhere in the entry, a name never is.
Strings quoted from the real entries (short quotations)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.blocks import to_blocks
from bot.text.summaries import summarize


def summary(text: str, title: str) -> str:
    lead, _ = read_text(text, title=title, site_name=None, site_url=None)
    return summarize(lead, title=title)


# 16eagle.github.io/blog (Hugo): the post's "Introduction" subhead, then its first paragraph.
UBUNTU = (
    "Introduction Installing Ubuntu onto a computer is not complicated: One just needs to boot a"
    " live image (e.g. from a USB drive or served via the network) and the user is prompted with"
    " the option to install Ubuntu onto the host’s internal hard drive. After a few steps, the"
    " installation is done and the system is ready.\nHowever, this process is interactive, i.e."
    " it requires user input to complete the installation."
)


def test_a_subhead_the_summary_ran_into_its_lead_is_a_heading() -> None:
    blocks = to_blocks(UBUNTU)
    assert (blocks[0].text, blocks[0].role) == ("Introduction", "heading")
    assert blocks[1].text.startswith("Installing Ubuntu onto a computer is not complicated:")
    title = "How to create an Ubuntu Server auto-install image for a headless system"
    assert summary(UBUNTU, title).startswith("Installing Ubuntu onto a computer")


def test_a_title_case_subhead_with_joining_words_ends_where_the_sentence_starts() -> None:
    # cecilesauder/site (Hugo): "le" is written in lower case further on.
    text = (
        "Concours de la Gazette de Montpellier Le jeu-concours : racontez-nous, sur le thème"
        " “La Gazette, mon petit canard”, une histoire ou anecdote que vous inspire La Gazette."
    )
    assert [b.role for b in to_blocks(text)] == ["heading", "para"]
    assert to_blocks(text)[1].text.startswith("Le jeu-concours : racontez-nous")


def test_names_and_sentences_opening_on_capitals_stay_whole() -> None:
    # "VirtualBox" is a name (never in lower case): the words before it may be its sentence's.
    virtualbox = (
        "Introduction VirtualBox is a widely used virtualization software that allows you to"
        " install and run entire operating systems as virtual machines on a host system."
    )
    # A possessive goes on into its noun, though the text writes "hardware" in lower case.
    zdnet = (
        "ZDNet's Hardware 2.0 blogger stacks an early beta build of Windows 7 against 32-bit"
        " Vista and finds the hardware faster."
    )
    # A subhead never ends on a word the text writes in lower case ("the"): it opens the sentence.
    the = "The Airport will close until March because of uncertainty over the airport licence."
    for text in (virtualbox, zdnet, the):
        assert [(b.text, b.role) for b in to_blocks(text)] == [(text, "para")]
