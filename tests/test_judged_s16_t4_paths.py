"""Sample 14's category paths: a spaced slash joins two labels, each its own hashtag."""

from bot.parsing.categories import entry_categories
from bot.render.content import hashtags


def _tags(*terms: str) -> tuple[str, ...]:
    return hashtags(entry_categories([{"term": t} for t in terms]), 3)


def test_a_spaced_slash_files_two_labels() -> None:
    # Synodiance (s16 feed--576981922 #9): "Internet mobile / web Mobile" was one glued tag.
    assert _tags("Internet mobile / web Mobile") == ("#Internet_mobile", "#web_Mobile")
    # Its "Actualité/ Marché" (#5): two labels (the feed's pass then drops the news bucket).
    assert _tags("Actualité/ Marché") == ("#Actualité", "#Marché")
    # Other feeds' pairs (s15 feed-696355382, s16 feed--374347207).
    assert _tags("Freelance / Portfolios") == ("#Freelance", "#Portfolios")
    assert _tags("Ruby / Rails") == ("#Ruby", "#Rails")


def test_one_name_with_a_slash_stays_whole() -> None:
    # No space: one name. One word before a name of several shares its head or abbreviates it.
    assert _tags("TCP/IP") == ("#TCP_IP",)
    assert _tags("Black / Thrash Metal") == ("#Black_Thrash_Metal",)
    assert _tags("YA / Young Adult") == ("#YA_Young_Adult",)
