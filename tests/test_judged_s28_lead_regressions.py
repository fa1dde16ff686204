"""Leads session 27's rules cut short on judged publishes (the judged re-render's four doubtful
changes, bench/judged/README.md): each is said whole again."""

from __future__ import annotations

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
