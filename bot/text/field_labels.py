"""A description field's label ("Описание:", "Synopsis:", "О фильме:") and a card's fields."""

from __future__ import annotations

import re

# A spec sheet's or catalogue's field label opening the summary ("Описание: Маленький диктофон
# …", "Description: …", "Synopsis: …"): the label of the field the text was taken from, with
# the thing it describes ("Описание фильма:", "О фильме:" — a film card's "About the film:").
# A report's or paper's abstract ("<i>Abstract:</i> In the last year, …") is such a field.
FIELD_LABEL = re.compile(
    r"\s*(?:(?:описание|опис|description|descripción|descrição|descrizione|beschreibung"
    r"|beschrijving|opis|popis|kuvaus|beskrivning|beskrivelse|synopsis|sinopsis|sinopse"
    r"|аннотация|summary|résumé|zusammenfassung|resumen|resumo|сюжет|содержание|abstract"
    r"|kurzfassung|samenvatting|sammanfattning|tiivistelmä|riassunto|streszczenie|анотація"
    r"|краткое содержание|кратко о сюжете)(?:\s+\w+)?"
    r"|(?:о|об|про)\s+(?:фильме|фильм|сериале|книге|игре|программе))\s*:\s+(?=\S)"
    # Chinese and Japanese abstract fields ("摘要：作为一种特殊的…"), whose colon is unspaced.
    r"|\s*(?:(?:内容)?(?:摘要|提要|简介|簡介|概要)|要旨|要約|あらすじ|梗概|导语|導語)\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)


def card_fields_dropped(parts: list[list[str]], is_field: re.Pattern[str]) -> list[list[str]]:
    """The lines' runs without a card's field lines ("В ролях: …") above its description field."""
    # A card's fields (cast, year, length) are no lead when the card has a description: the
    # longest field ("В ролях: <eleven names>") would be taken and cut at an initial ("мл.").
    at = next((i for i, part in enumerate(parts) if FIELD_LABEL.match(part[0])), None)
    if at is None or at == 0:
        return parts
    above = [line for part in parts[:at] for line in part]
    fields = [line for line in above if is_field.match(line)]
    if len(fields) < 2 or not is_field.match(above[-1]):
        return parts
    # The card's field lines go; lines above the card (a title, a player's text) stay.
    first = above.index(fields[0])
    if any(not is_field.match(line) for line in above[first:]):
        return parts
    kept = [line for line in above[:first]]
    return ([kept] if kept else []) + parts[at:]
