"""Sentences that only hand the reader a link the post's text does not carry ("voici même le
lien.", "Here's the link:", "Découvrez sur le lien suivant …", "suivez ce lien !")."""

from __future__ import annotations

import re

_OPENS = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=\n))"
# A sentence's words: a stop inside an address or after one letter ends none.
# Atomic: a dot after one letter and before a word ("a.b") fits two branches; with a plain group a
# run of them gave 2^n ways to split, and one 54 KB feed's entry ran for minutes (session 19).
_WORDS = r"(?>[^.!?…\n]|(?<=\b\w)\.|\.(?=\w))"
_END = r"(?:[.!?…]+[\"'”’»)]*|:?[ \t]*(?=\n|$))[ \t]*"
# Its stop, or a colon closing its line (the address that went on the next one is dropped).
_STOP = r"\s*(?:[.!…]+(?:[ \t]+|(?=\n|$))|:[ \t]*(?=\n|$))"
_LINK = r"(?:link|lien|enlace|collegamento|Link)"
# "voici (même) le lien", "here's the link", "aquí tenéis el enlace", "ecco il link", "hier ist
# der Link", ending its sentence: all it says is that a link follows. "Here is the link to the
# report" names what the link is for, and stays.
_PRESENTED = (
    _OPENS + r"(?:[\w'’]+[,!]?\s+){0,4}?(?:voici|voil[àa]|here(?:['’]s|\s+is)|aqu[íi]\s+"
    r"(?:est[áa]|ten[ée]is|tienes|os\s+dejo|les\s+dejo)|ecco|hier\s+ist|hier)\s+(?:(?:même|donc|enfin|again|also"
    r"|también)\s+)?(?:the|le|el|il|der|un|a)\s+" + _LINK + _STOP
)
# "… sur le lien suivant …", "the following link", "el siguiente enlace", "folgenden Link": the
# sentence sends the reader to a link set after it, which the post drops with the address.
_FOLLOWING = (
    _OPENS
    + _WORDS
    + r"*?\b(?:(?:le|ce)\s+lien\s+suivant|(?:the|this)\s+following\s+link|(?:el|este)\s+"
    r"(?:siguiente\s+enlace|enlace\s+siguiente)|(?:den\s+)?folgenden\s+Link)\b"
    + _WORDS
    + r"*"
    + _END
)
# "… then you should check out this link:", "Pour nous rejoindre, suivez ce lien !": a call to
# follow a link, ending its sentence. "Don't click on the link." warns; it names no link here.
_FOLLOW = (
    _OPENS
    + _WORDS
    + r"*?\b(?:follow|check\s+out|visit|click(?:\s+on)?|suivez|cliquez\s+sur|sigue|visita"
    r"|haz\s+clic\s+en|folgt|folge|klickt\s+auf|klicke\s+auf)\s+(?:this|ce|este|diesen|dem)\s+"
    + _LINK
    + _STOP
)
_POINTER = re.compile(rf"{_PRESENTED}|{_FOLLOWING}|{_FOLLOW}", re.IGNORECASE)
_CUE = re.compile(r"(?i)\b(?:link|lien|enlace|collegamento)\b")


def without_link_pointers(text: str) -> str:
    """`text` without the sentences that only present a link or send the reader to the link
    after them (a post's text carries no such link)."""
    if not _CUE.search(text):
        return text
    kept = _POINTER.sub("", text)
    return text if kept == text else re.sub(r"[ \t]+(?=\n|$)", "", kept)
