"""Whether a notice is about this text or about another one: a quoted formula, a gloss of a
quoted title, a reply or a reflection, a citation, a clause about another text that the sentence
goes on about, or a writer's career ("He was first published in ...")."""

from __future__ import annotations

import re

from bot.attribution.patterns import REPRINT_CUE
from bot.text.blocks import sentence_bounds

_I = re.I | re.U

# A notice inside a sentence that answers, reflects on or cites another text is about that text:
# "This is a reply to an article that first appeared in ...", "prompted by an essay ...".
RESPONSE_CUE = re.compile(
    r"\b(?:repl(?:y|ies|ied)|respon(?:se|ds?|de|den|ding)|rebuttal|reflection|prompted\s+by"
    r"|inspired\s+by|react(?:s|ing|ion)|comment(?:s|ing)\s+on|critique|refers?|referring|cit(?:es|ed"
    r"|ing)|mentioned|discussed|Antwort|Replik|bezieht|réponse|réplique|répond|risposta|risponde"
    r"|ответ|ссыла\w*|упомина\w*)\b",
    _I,
)
# "In a piece originally published in ...": an indefinite text is another text, unless the
# sentence says this one is a version or an excerpt of it.
INDEFINITE_TEXT = re.compile(
    r"\b(?:a|an|un|una|um|uma|ein|eine|einen|einem|einer|uno)\s+(?:[\w-]+\s+)?(?:piece|article"
    r"|essay|column|story|op-ed|post|artículo|columna|artigo|coluna|Artikel|Beitrag|Text|articolo"
    r"|texte|texto|testo)\b",
    _I,
)
VERSION_CUE = re.compile(
    r"\b(?:version|excerpt|extract|adapted|adaptation|reprint|republish|this|these|versión"
    r"|extracto|adaptado|Auszug|Fassung|extrait|estratto|versão|trecho)\w*",
    _I,
)

# A sentence whose subject is "the/an article ..." and that goes on after the outlet ("L'article
# paru dans Le Monde hier montre que ...", "The report, first published by X, remains ...")
# refers to that text; a notice about this text ends with the outlet (and a date).
ARTICLE_DETERMINER = re.compile(
    r"^\s*(?:l['’]\s*|(?:the|el|la|le|il|lo|los|las|les|o|os|a|an|un|una|um|uma|der|die|das|den"
    r"|ein|eine)\s+)[^\W\d_]",
    _I,
)
THIS_TEXT = re.compile(
    r"\b(?:this|these|following|below|dieser|diese|dieses|folgende\w*|este|esta|estos|siguiente"
    r"|cet|cette|ce|suivant\w*|questo|questa|seguente|seguinte|эта|этот|данная|данный"
    r"|следующ\w*)\b|^\s*(?:本|この)",
    _I,
)
# People as the subject: "He was first published in The New Yorker at 22" is about a writer.
PERSON_SUBJECT = re.compile(
    r"^\s*(?:he|she|they|I|we|you)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)?\s*$",
    _I,
)
# An auxiliary or a comma between subject and participle makes a sentence of its own ("The
# article, by X, was originally run in ..."); a bare participle modifies the noun ("L'article
# paru dans Le Monde hier montre ...").
OWN_CLAUSE = re.compile(
    r",|\b(?:was|is|were|has|had|est|a|été|fue|fu|es|ha|è|stato|stata|ist|wurde|war|foi|é|был\w*)\b",
    _I,
)


_OPEN_QUOTE = re.compile(r"[“«„]|(?:^|(?<=[\s:(]))\"")
_CLOSE_QUOTE = re.compile(r"[”»“]|\"(?=[\s.,;:)!?]|$)")


def quoted_or_glossing(text: str, start: int) -> bool:
    """Whether a notice at start is quoted as an example ("write: \"This article first appeared
    on [URL]\"") or glosses a quoted title ("\"What Is Software Design?\" (published in ...)")."""
    sentence = text[sentence_bounds(text, start, start + 1)[0] : start]
    opens = len(_OPEN_QUOTE.findall(sentence))
    if opens > len(_CLOSE_QUOTE.findall(sentence)) - (1 if '"' in sentence else 0) and opens:
        return True
    paren = text.rfind("(", 0, start)
    if paren < 0 or ")" in text[paren:start] or start - paren > 40:
        return False
    return re.search(r"[”\"»*_]\s*$", text[:paren].rstrip()) is not None


def refers_onward(text: str, m: re.Match[str], end: int) -> bool:
    """Whether a notice is a clause about another text that the sentence goes on about."""
    start, stop = sentence_bounds(text, m.start(), end)
    subject, tail = text[start : m.end()], text[end:stop]
    if PERSON_SUBJECT.match(clause_before(text, m.start())):
        return True
    if THIS_TEXT.search(subject) or REPRINT_CUE.search(tail):
        return False
    if _parenthesised_modifier(text[start : m.start()], text[end:stop]):
        return True
    rest = [w for w in re.findall(r"[^\W\d_]{2,}", tail) if not _DATE_WORD.match(w)]
    # "The report, first published by X in 2020, remains relevant": an apposition.
    if text[start : m.start()].rstrip().endswith(",") and re.search(r",\s*[^\W\d_]", tail):
        return bool(rest)
    modifier = ARTICLE_DETERMINER.match(subject) and not OWN_CLAUSE.search(subject)
    return bool(modifier) and len(rest) > 4


# "a technique called sandbag DIVs (first published by Rob Swan …) that solved the problem": a
# parenthesis opened after a word, with the sentence going on after it, glosses that word.
_OPENED_AFTER_WORD = re.compile(r"[^\W\d_]\s*\((?:\s*[^\W\d_]+\b){0,2}\s*$")
_WORDS_AFTER_CLOSE = re.compile(r"^[^()]*\)\s*[,;]?\s*[^\W\d_]{2,}")


def _parenthesised_modifier(before: str, tail: str) -> bool:
    """Whether a notice stands in a parenthesis inside its sentence: about the word before it."""
    return bool(_OPENED_AFTER_WORD.search(before)) and bool(_WORDS_AFTER_CLOSE.match(tail))


_DATE_WORD = re.compile(
    r"(?:on|in|am|el|le|il|em|de|del|du|the|of|last|week|month|year|ago|yesterday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mai|juni|juli|mayo|junio|julio|janvier|mars|avril|juin|juillet|août)\w*$",
    re.I,
)


def about_another_text(sentence: str) -> bool:
    """Whether a sentence answers, reflects on or cites another text ("a reply to an article")."""
    return bool(RESPONSE_CUE.search(sentence)) or (
        bool(INDEFINITE_TEXT.search(sentence)) and not VERSION_CUE.search(sentence)
    )


# "Here's an excerpt from a piece I wrote for X": the sentence shows a quoted part of the post.
_PRESENTING = re.compile(
    r"(?:\bhere(?:['’]s|\s+is)|\bbelow\s+is|\bfollowing\s+is)\s+(?:an?|the|some)\s+(?:\w+\s+)?$", _I
)
_EXCERPT = re.compile(r"ex(?:c)?erpt|extract", _I)


def presents_an_excerpt(clause: str, notice: str, block: int) -> bool:
    """Whether a notice past the post's opening presents an excerpt that follows ("Here's an
    excerpt from …"): it says where a quoted part comes from, not where the post does."""
    return block > 0 and bool(_EXCERPT.match(notice)) and bool(_PRESENTING.search(clause))


def clause_before(text: str, pos: int) -> str:
    """The clause that ends at pos: back to the sentence start, a colon, a bracket or a line."""
    s = pos
    while (
        s > 0
        and text[s - 1] not in "\n;:(["
        and not (
            text[s - 1] in ".!?"
            and s < len(text)
            and (text[s].isspace() or text[s].isupper())
            and not re.search(r"\b[A-Z]\.$", text[max(0, s - 4) : s])
        )
    ):
        s -= 1
    return text[s:pos]
