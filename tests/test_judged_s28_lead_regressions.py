"""Leads session 27's rules changed on judged publishes (the judged re-render's doubtful changes,
bench/judged/README.md): a closing enumeration is said whole again, and a lead of only the
headline's words is none."""

from __future__ import annotations

from bot.text.plus_lists import is_plus_list
from tests.test_judged_s27_lead_labels import _leads


def test_a_sentence_closing_on_a_plus_chain_is_no_plus_list() -> None:
    # LINUX Unplugged, episode 238 (gnome-podcasts' test feeds): the second paragraph is a
    # sentence whose enumeration is written with "+"; the rundown rule dropped it.
    text = (
        "<p>Linux apps are coming to ChromeOS via containers, Fedora is going for better "
        "battery life &amp; what is going on with Xfce?</p>\n\n<p>Plus Ubuntu MATE’s cool new "
        "tick &amp; we take a look at crankshaft: raspberry pi + android auto + free software + "
        "love.</p>"
    )
    [lead] = _leads([("Episode 238: It's All Wimpy's Fault | LUP 238", text)])
    assert lead.endswith("raspberry pi + android auto + free software + love.")


def test_a_sum_is_no_plus_list() -> None:
    text = "<p>Intro of the post.</p><p>The sum of the primes below 10 is 2 + 3 + 5 + 7 = 17.</p>"
    [lead] = _leads([("Problem 10", text)])
    assert lead.endswith("2 + 3 + 5 + 7 = 17.")


def test_a_lead_of_only_the_headlines_words_is_no_lead() -> None:
    # Assembla's ticket feed (KDE syndication's autotests): the body opens with the ticket's
    # number and name, the headline's own words; the ticket table after it is no lead either.
    title = "Ticket #2867 updated: Create an upgrade page to decide about all not suported spaces"
    text = (
        "<b>#2867:</b> Create an upgrade page to decide about all not suported spaces<br />"
        "---------------------------+------------------<br /> Reporter: sromano         |"
        "     Owner: sromano         <br />   Status: Test            |  Priority: High (2)"
    )
    assert _leads([(title, text)]) == [""]


def test_a_lead_saying_more_than_the_headline_stays() -> None:
    title = "Ticket #2871 updated: User choice is not persisted"
    text = "<p>#2871: User choice is not persisted after a restart of the service.</p>"
    assert _leads([(title, text)]) == [text[3:-4]]


def test_a_plus_closing_a_word_is_no_list_separator() -> None:
    # Yousazoe's Chinese C++ style guide (session 27's doubtful change): the paragraph naming
    # C++ three times was dropped as a "+" list, and the lead lost its middle.
    text = (
        "<p>Google 因此发布了这份自己的编程风格指南。</p><p>C++ 是 Google 大部分开源项目的主要"
        "编程语言. 正如每个 C++ 程序员都知道的, C++ 有很多强大的特性, 但这种强大不可避免的"
        "导致它走向复杂，使代码更容易产生 bug, 难以阅读和维护.</p>"
    )
    [lead] = _leads([("Google开源项目C++风格指南", text)], "zh")
    assert "C++ 是 Google 大部分开源项目的主要编程语言." in lead


def test_a_plus_glued_to_an_items_last_word_still_separates() -> None:
    # Fastlane #004 (a news podcast's rundown): its items are links, one "+" glued to the
    # link before it ("… am frühen Abend</a>+ <a …>").
    assert is_plus_list(
        "Ende der Contentfarmen? Suite101 schließt Büro in Berlin + ThinkUp-App gestartet + "
        "FT-Infographik: Mobile Nutzer vor allem morgens und am frühen Abend+ Mobile Geräte "
        "sorgen für einen Anstieg von digitalen Zeitschriftenabos + Studie: iPad-Besitzer"
    )
