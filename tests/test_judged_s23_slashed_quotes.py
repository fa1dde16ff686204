"""Characters a feed's own software escaped or misread, put back where the text proves it: PHP's
addslashes before apostrophes ("the weekend\\'s racing action", a 2008 crawl's FastMachines.com
podcast) and ISO-8859-15's euro sign read through Latin-1 (held-out sample 20's NetAffiliation
feed, rejected for "rémunéré à hauteur de 0,12 ¤ / clic")."""

from __future__ import annotations

from bot.parsing.repair import plain_headline, repaired


def test_an_apostrophe_escaped_inside_a_word_is_the_writers() -> None:
    text = r"Each week Chris Bailey and Josh Katinger review the weekend\'s racing action"
    assert repaired(text) == (
        "Each week Chris Bailey and Josh Katinger review the weekend's racing action"
    )
    assert plain_headline(r"L\'agriculture et \"la ville\"") == 'L\'agriculture et "la ville"'


def test_escapes_in_code_and_without_that_proof_stay() -> None:
    code = r"<p>It\'s done:</p><pre>printf(\"it\'s\");</pre>"
    assert repaired(code) == r"<p>It's done:</p><pre>printf(\"it\'s\");</pre>"
    c_post = r"<p>Call printf(\"%d\") with the count.</p>"
    assert repaired(c_post) == c_post


def test_a_currency_sign_beside_an_amount_is_the_euro() -> None:
    text = "et vous serez rémunéré à hauteur de 0,12 ¤ / clic, 15¤ au plus"
    assert repaired(text) == "et vous serez rémunéré à hauteur de 0,12 € / clic, 15€ au plus"
    assert repaired("Ã¤ngstlich, ¤ alone") == "ängstlich, ¤ alone"
