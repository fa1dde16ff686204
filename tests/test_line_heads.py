"""Subheads and fields on lines of their own: set apart from the prose they would run into."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.byline_labels import without_field_label

# A Dutch news feed's entry (kalv ruby-feed-parser-benchmark feed--715230312, entry 8): its
# paragraphs are the source's blank lines inside one <p>, its subhead a bold line.
WALL_STREET = (
    "<p>De verliezen werden wel beperkt door de aankondiging van het Witte Huis dat het mogelijk "
    "geld uit het steunfonds voor banken gaat inzetten voor bedrijven als General Motors, "
    "Chrysler en Ford.\n\n<strong>Dow Jones\n</strong>De Dow-Jonesindex stond na tien minuten "
    "handel 1,6 procent lager op 8429 punten.</p>"
)


def test_a_bold_line_between_sentences_is_a_subhead_not_words_of_the_text() -> None:
    blocks = to_blocks(WALL_STREET)
    assert [b.role for b in blocks] == ["para", "subhead", "para"]
    assert blocks[0].text.endswith("Chrysler en Ford.")
    assert blocks[1].text == "Dow Jones"
    assert blocks[2].text.startswith("De Dow-Jonesindex stond")


def test_bold_words_a_sentence_goes_on_from_stay_in_it() -> None:
    # Emphasis on a wrapped line's start is the sentence's: no line break after it, or no
    # sentence ended before it.
    for markup in (
        "<p>The results are in.\n<strong>Dow Jones</strong> fell 1.6 percent today.</p>",
        "<p>Shares of\n<strong>General Motors\n</strong>Fell sharply.</p>",
    ):
        assert len(to_blocks(markup)) == 1, markup


# A Russian film site's card in plain text (kalv ruby-feed-parser-benchmark feed-340485375,
# entry 125): one field a line, the cast's running long.
FILM_CARD = (
    "Жанр: Комедия, Боевик, Отечественный\n"
    "Режисер: Алексей Балабанов\n"
    "В ролях: Виктор Сухоруков, Сергей Маковецкий, Гэри Хьюстон, Дарья Лесникова, Ирина "
    "Салтыкова, Кирилл Пирогов, Александр Дьяченко, Рэй Толер, Лиза Джеффри, Александр Наумов, "
    "Александр Карамнов\n"
    "Описание фильма: Участвуя в программе на телевидении, Данила Багров встречает своих друзей "
    "по Чечне."
)


def test_a_cards_fields_are_no_lead_text_when_a_description_field_follows() -> None:
    texts = [b.text for b in to_blocks(FILM_CARD)]
    assert texts == [FILM_CARD.split("\n")[-1]]


# The same site's card (entry 468), whose longest field was taken as the lead and cut at an
# initial: "В ролях: Олег Меньшиков, Сергей Бодров мл."
CARD_WITH_TITLE_LINE = (
    "Год / Страна: 1996 / Казахстан, Россия\n"
    "Режиссёр: Сергей Бодров\n"
    "Время: 99 мин\n"
    "В ролях: Олег Меньшиков, Сергей Бодров мл. , Джемал Сихарулидзе, Сузанна Мехралиева\n"
    "Содержание: На Кавказе — война. Двух раненых русских солдат забирает житель аула."
)


def test_the_card_goes_and_the_description_is_the_lead() -> None:
    texts = [b.text for b in to_blocks(CARD_WITH_TITLE_LINE)]
    assert not any("В ролях" in text for text in texts)
    assert texts[-1].startswith("Содержание: На Кавказе — война.")


def test_labelled_lines_with_no_description_field_stay() -> None:
    text = "Guests: Steve Kovach, Tim Stevens\nHost: Ben Thompson\nWe talk about phones."
    assert len(to_blocks(text)) == 3


def test_the_label_of_the_description_field_names_the_thing_described() -> None:
    for label in (
        "Описание фильма",
        "О фильме",
        "Сюжет фильма",
        "Краткое содержание",
        "Description",
    ):
        text = without_field_label(f"{label}: Он живет в огромном мегаполисе.")
        assert text == "Он живет в огромном мегаполисе."
    # A sentence is no field's label.
    said = "Summary judgment was granted: the court agreed."
    assert without_field_label(said) == said
