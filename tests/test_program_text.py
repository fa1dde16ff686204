"""A feed's plain description that repeats a post's program is code, not a lead (held-out
sample 14: a Ruby "def … end" posted as "def wrap_long_string(text,max_width = 20) …")."""

from __future__ import annotations

from bot.text.blocks import to_blocks

# The plain description of feed--1066290044 #5, as the feed gives it.
_RUBY = (
    "def wrap_long_string(text,max_width = 20)\n"
    "  (text.length &#60; max_width) ?\n"
    "    text :\n"
    "    text.scan(/.{1,#{max_width}}/).join(“&#60;wbr&#62;“)\n"
    "end\n"
)


def test_a_program_as_plain_text_is_code() -> None:
    blocks = to_blocks(_RUBY)
    assert [b.kind for b in blocks] == ["code"]
    assert blocks[0].text.startswith("def wrap_long_string")


def test_plain_prose_with_an_equation_stays_text() -> None:
    prose = (
        "We measured the load on three machines.\n"
        "The mean was x = 4.2 with little spread.\n"
        "Next week we try the larger cluster."
    )
    assert {b.kind for b in to_blocks(prose)} == {"text"}


def test_prose_before_a_program_stays_the_lead() -> None:
    # CoryFoy's plain description (feedjira's sample feed): a question, then its code.
    text = (
        "Is it possible to do the following, or do I have to use a Mocking framework?\n"
        "private IClassificationService fakeClassificationService = delegate {\n"
        "    {\n"
        "        get { return null; }\n"
        "    }\n"
        "}\n"
    )
    assert to_blocks(text)[0].kind == "text"
