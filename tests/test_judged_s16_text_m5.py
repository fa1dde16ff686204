"""Text defects the editors still rejected in held-out samples 11-13 (/work/judge16 leftovers):
a double prime closing a curly quotation. The crawl
these came from states no licence, so its strings are quoted inline."""

from __future__ import annotations

from bot.text.quotations import quotation_closed


def test_a_double_prime_closing_a_curly_quotation_owes_no_closing_mark() -> None:
    # Matt Cutts's blog (s15 feed--239981641, entry 3): WordPress wrote “Chrome 0.2″; the
    # summary gained a stray ” at its end, "… (~26%).”".
    text = (
        "they hardwired it to look for the string “Chrome 0.2″ when Chrome is on version 0.3 "
        "or 0.4 by now. I hadn’t realized that Internet Explorer usage had dropped so low for "
        "my site (~26%)."
    )
    assert quotation_closed(text) == text
    assert quotation_closed("He wrote: “Chrome is out and we") == "He wrote: “Chrome is out and we”"
