"""Prose in a script written without full stops (Thai, Lao, Khmer) is a lead, not fragments."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

# A Thai blog's post (kalv ruby-feed-parser-benchmark feed--45963972, entry 2; no licence:
# quoted): the description hard-wrapped with <br />, no stop anywhere, as Thai writes.
TRANSLATOR = (
    '<p><a href="http://www.nicetranslator.com/">Nice Translator</a> เว็บแปลภาษาอีกเว็บ '
    "ที่มีลูกเล่นน่าสนใจ โดยเฉพาะความรวดเร็วในการแปลและสามารถแปล<br />\n"
    "หนึ่งประโยคออกได้เป็นหลายภาษา สามารถเลือกภาษาได้เองหรือจะใช้แบบ auto-detect "
    "โดยตัวระบบจะตรวจ<br />\n"
    "น่าใช้งานมากๆเลยคับ ยังไงก็ลองใช้กันดูมันเจ๋งจริงๆ</p>"
)
TITLE = "Nice Translator - แปลภาษา เร็ว ง่าย สะดวก"


def _summary(markup: str, title: str) -> str:
    text, _ = read_text(markup, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, max_chars=600)


def test_thai_prose_without_a_stop_is_the_lead() -> None:
    summary = _summary(TRANSLATOR, TITLE)
    assert summary.startswith("Nice Translator เว็บแปลภาษาอีกเว็บ ที่มีลูกเล่นน่าสนใจ")
    assert summary.endswith("ยังไงก็ลองใช้กันดูมันเจ๋งจริงๆ")  # no Latin stop added


def test_the_lead_is_whole_lines_within_the_budget() -> None:
    # Without spaces between words, a line cut at a space could end inside a phrase.
    text, _ = read_text(TRANSLATOR, title=TITLE, site_name=None, site_url=None)
    assert summarize(text, title=TITLE, max_chars=150) == (
        "Nice Translator เว็บแปลภาษาอีกเว็บ ที่มีลูกเล่นน่าสนใจ โดยเฉพาะความรวดเร็วในการแปลและสามารถแปล"
    )


def test_a_short_thai_line_is_no_lead() -> None:
    # A heading or a list item: a few words only.
    assert _summary("<p>เว็บแปลภาษา</p>", "Translator") == ""
