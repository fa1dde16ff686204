"""What the editors rejected in held-out sample 9 (bench/judged/2026-12-05-heldout-9*.jsonl, now
development data) under empty posts and structure, family by family: the real entry's text
(short strings quoted inline) and made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize


def _lead(html: str, language: str | None = None, title: str = "x") -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, language=language)


# Arageek (stalyndc/sfm's cached feed, Arabic): pysbd's Arabic rules end a sentence at the
# comma "،" and at a colon, so every lead opened mid-sentence, its subject dropped; and a
# question quoted inside a sentence ("… على سؤال كيف تحصل على وظيفة؟ هي: …") was cut at its "؟".
_ARAGEEK_SUBJECT = (
    "الحقيقة أن الاعتقاد السائد حول غياب انتهاكات الخصوصية في اليوتيوب، اعتقاد خاطئ وفي نظري"
    " علينا تغييره!"
)
_ARAGEEK_QUESTION = (
    "حسناً، فلنتحدّث بصراحة، إن كانت إجابتك على سؤال كيف تحصل على وظيفة؟ هي: “أن تبحث عن"
    " الواسطة المناسبة”، فلا داعي لأن تقرأ المقال."
)


def test_an_arabic_comma_or_colon_ends_no_sentence() -> None:
    assert split_sentences(_ARAGEEK_SUBJECT, "ar") == [_ARAGEEK_SUBJECT]
    assert _lead(f"<p>{_ARAGEEK_SUBJECT}</p><p>فالواقع واضح.</p>", "ar").startswith("الحقيقة أن")
    said = "قال الوزير: إن الحكومة ستعمل، وفقا للخطة، على ذلك. ثم غادر؛ وانتهى الاجتماع."
    assert split_sentences(said, "ar") == [
        "قال الوزير: إن الحكومة ستعمل، وفقا للخطة، على ذلك.",
        "ثم غادر؛ وانتهى الاجتماع.",
    ]


def test_a_question_quoted_inside_an_arabic_sentence_does_not_end_it() -> None:
    assert split_sentences(_ARAGEEK_QUESTION, "ar") == [_ARAGEEK_QUESTION]
    assert _lead(f"<p>{_ARAGEEK_QUESTION}</p>", "ar") == _ARAGEEK_QUESTION
    # A question standing alone is a sentence: what follows it is the next one.
    asked = "هل ستمطر غدا؟ قال المذيع إن السماء ستكون صافية."
    assert split_sentences(asked, "ar") == ["هل ستمطر غدا؟", "قال المذيع إن السماء ستكون صافية."]
    # English keeps pysbd's own split after a question.
    assert split_sentences("Is it over? Yes: it is.") == ["Is it over?", "Yes: it is."]
