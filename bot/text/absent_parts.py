"""Sentences presenting a table, list or chart that the entry's HTML holds and a post drops
("These are the dates for each competition …", "Voici donc 3 sites qui …", "… by looking at
these figures"): with the part in the HTML as evidence, the sentence points at nothing."""

from __future__ import annotations

import re

from bot.text.absent_media import PLAYER, RECORDING_LINK

# What a post never carries, by the HTML's tags: a table, a list (or a run of headings, each
# item under its own), an embedded player. Pictures are left to the photo rules (a post may
# show one), but a chart's words below need one too.
_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_LIST = re.compile(r"<(?:ul|ol|dl)\b", re.IGNORECASE)
_HEADING = re.compile(r"<h[2-6]\b", re.IGNORECASE)
_PICTURE = re.compile(r"<img\b", re.IGNORECASE)
# A list written as lines of links, one a line ("1 <a>techcrunch.com</a><br />2 <a>…"): five
# rows in a row, each no more than a number and a link, is a list a post's text leaves out.
_LINK_ROWS = re.compile(
    r"(?:<br\s*/?>\s*(?:\d{1,3}[.)]?\s*)?<a\b[^>]*>[^<]{1,200}</a>\s*){5}(?=<br|</p|</div|$)",
    re.IGNORECASE,
)


def dropped_parts(content_html: str) -> frozenset[str]:
    """The kinds of part (`table`, `list`, `picture`, `player`) the entry's HTML holds that a post's
    plain text does not."""
    parts = set()
    if _TABLE.search(content_html):
        parts.add("table")
    if (
        _LIST.search(content_html)
        or len(_HEADING.findall(content_html)) >= 2
        or ("<br" in content_html and _LINK_ROWS.search(content_html))
    ):
        parts.add("list")
    if _PICTURE.search(content_html):
        parts.add("picture")
    if PLAYER.search(content_html):
        parts.add("player")
        if RECORDING_LINK.search(content_html):
            parts.add("recording-link")
    return frozenset(parts)


_OPENS = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=\n))"
# A sentence's words (a stop inside an address or after one letter ends none) up to its stop;
# one ending on a colon goes on to its items in the text ("Here are the examples for Java:").
# Atomic: a dot after one letter and before a word ("a.b") fits two branches; with a plain group a
# run of them gave 2^n ways to split, and one 54 KB feed's entry ran for minutes (session 19).
_WORDS = r"(?>[^.!?…:\n]|(?<=\b\w)\.|\.(?=\w))"
_END = r"(?:[.!?…]+[\"'”’»)]*|$)[ \t]*"
# The items a table or list holds, in the languages the pools write of them.
_ITEMS = (
    r"(?:dates|sites|websites|blogs|links|tips|tools|apps|books|songs|tracks|titles|results"
    r"|figures|numbers|stats|statistics|rules|items|resources|examples|winners"
    r"|sites\s+web|liens|outils|astuces|livres|titres|résultats|chiffres|exemples|gagnants"
    r"|sitios|enlaces|herramientas|consejos|libros|resultados|ejemplos|ganadores"
    r"|siti|strumenti|consigli|libri|risultati|esempi|vincitori"
    r"|Seiten|Werkzeuge|Tipps|Bücher|Ergebnisse|Beispiele|Gewinner)"
)
# What presents them: "These are the dates for …", "Here are 5 tips …", "Voici donc 3 sites qui
# …", "Voici les résultats", "Aquí están los 10 enlaces", "Ecco i risultati", "Hier sind die
# Ergebnisse". A count or an article must come first: "here are sites that do it better"
# and "these are the results of years of work" (an abstract "results") say something.
_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|deux|trois|quatre|cinq)"
)
_PRESENTER = (
    r"\b(?:(?:these|those)\s+are\s+the\s+(?!"
    + _COUNT
    + r"\s)|here\s+are\s+(?:the\s+|(?:the\s+)?"
    + _COUNT
    + r"\s+)"
    r"|voici\s+(?:donc\s+|enfin\s+)?(?:les\s+|nos\s+|mes\s+|" + _COUNT + r"\s+)"
    r"|aqu[íi]\s+(?:est[áa]n|ten[ée]is)\s+(?:los|las)\s+(?:\d{1,3}\s+)?"
    r"|ecco\s+(?:i|le|gli)\s+(?:\d{1,3}\s+)?|hier\s+sind\s+die\s+(?:\d{1,3}\s+)?)"
)
_PRESENTED = re.compile(
    _OPENS
    + _WORDS
    + r"{0,40}?"
    + _PRESENTER
    # "These are the first steps we're taking …" tells what is done, not what follows.
    + r"(?!(?:first|next|last|final|initial|early|only|same|kind|sort)\b)"
    + r"(?:[\w'’-]+\s+){0,2}?"
    + _ITEMS
    + r"\b(?!\s+of\s+(?:years|months|decades|my|our|his|her|their|hard|long|much)\b)"
    + _WORDS
    + r"*"
    + _END,
    re.IGNORECASE,
)
# "… by looking at these figures", "voir ce tableau": a chart or table the sentence sends the
# reader to (a picture or a table in the HTML). "These figures show" and "on this chart" say
# what the chart shows, and stay.
_READS_FROM = re.compile(
    _OPENS
    + _WORDS
    + r"*?\b(?:look(?:ing)?\s+at|see(?:ing)?|view(?:ing)?|regardez|voir|mirando|mira|guardando)\s+"
    r"(?:these|this|those|ces|ce|cette|estos|estas|este|esta|questi|queste|diese[nr]?)\s+"
    r"(?:figures|charts?|graphs?|diagrams?|infographics?|tables?|chiffres|graphiques?|tableaux?"
    r"|gráficos?|tablas?|grafici|tabelle|Grafiken?|Tabellen?|Zahlen)\b" + _WORDS + r"*" + _END,
    re.IGNORECASE,
)
# The next sentences that go on about the presented items ("You should visit each site on those
# dates …"): "those"/"these" and an item word.
_GOES_ON = (
    r"(?:"
    + _WORDS
    + r"*?\b(?:those|these|ces|esos|esas|quei|diese)\s+"
    + _ITEMS
    + r"\b"
    + _WORDS
    + r"*"
    + _END
    + r")*"
)
# … or the list itself, presented ("Here is the list of the top 150 blogs that I find relevant
# …", "Voici la liste des…", "Aquí tenéis la lista…", "Ecco l'elenco…", "Hier ist die Liste…").
_LIST_WORD = r"(?:list|liste|lista|llista|elenco|Liste|table|tableau|tabla|taula|tabella|Tabelle)"
_LIST_PRESENTED = (
    _OPENS
    + _WORDS
    + r"{0,40}?\b(?:here\s+is|here['’]s|below\s+is|voici|voil[àa]|aqu[íi]\s+(?:est[áa]"
    r"|ten[ée]is|tienes|teniu|os\s+dejo|les\s+dejo)|ecco|hier\s+ist|segue|oto)\s+"
    r"(?:the|a|my|our|la|une|ma|notre|una|mi|nuestra|il|l['’]|die|eine|meine|unsere|a\s+nossa)\s*"
    r"(?:(?:full|complete|whole|short|updated|final|complète|complet|completa|vollständige)\s+)?"
    + _LIST_WORD
    + r"\b(?!\s+(?:of\s+)?(?:reasons|problems|questions|issues)\b)"
    + _WORDS
    + r"*"
    + _END
)
_PRESENTED_AND_ON = re.compile(
    r"(?:" + _PRESENTED.pattern + r"|" + _LIST_PRESENTED + r")" + _GOES_ON, re.IGNORECASE
)
_CUE = re.compile(
    r"\b(?:these|those|here|below|voici|voil[àa]|segue|oto|aqu[íi]|ecco|hier|this|ces|ce|cette"
    r"|estos|estas|este|esta"
    r"|questi|queste|diese[nr]?)\b",
    re.IGNORECASE,
)


def without_absent_part_pointers(text: str, parts: frozenset[str]) -> str:
    """`text` without the sentences presenting a table or list (or reading from a chart) that
    the entry's HTML holds (`parts`, from `dropped_parts`) and the post does not carry."""
    if not parts or not _CUE.search(text):
        return text
    before = text
    if "table" in parts or "list" in parts:
        text = _PRESENTED_AND_ON.sub("", text)
    if "table" in parts or "picture" in parts:
        text = _READS_FROM.sub("", text)
    return text if text == before else re.sub(r"[ \t]+(?=\n|$)", "", text)
