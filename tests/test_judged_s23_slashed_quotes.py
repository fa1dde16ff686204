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


def test_two_bytes_lost_between_words_of_an_ascii_text_were_a_no_break_space() -> None:
    # Held-out sample 21's CenterNetworks feed: "Replace a '??' between words with a space."
    text = (
        "Reports are coming in over the past hour that??message board service FriendFeed is down."
    )
    assert repaired(text) == (
        "Reports are coming in over the past hour that message board service FriendFeed is down."
    )
    assert repaired("launched??a couple of months ago") == "launched a couple of months ago"
    # Elsewhere they may have been an accented letter: left to the summary's rules.
    accent = "Bien pr??parer son Festiblog à Paris"
    assert repaired(accent) == accent
    # The FT's podcast feed (feed-normaliser's testdata): a name, no words.
    name = "Jos?? Manuel Gonz??lez-P??ramo: consolidating the euro"
    assert repaired(name) == name
