"""An entry's opening sentence that a pointer rule would drop ("Voici 3 exemples d'outils … qui
annoncent un Internet libéré des claviers et souris.") but that says what the item is: the
sentence left to open the lead refers back to it ("… car ceci n'est plus du domaine du futur")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text.boilerplate import split_units

# A pointer sentence this long says more than "here are the photos": it names the item
# ("Suite a la demande generale, voici quelques photos de la fameuse bague…").
_SAYING_WORDS = 9
# A sentence presenting the items it names ("Voici 3 exemples d'outils …", "Here are some
# photos from …", "Ecco i risultati …"): only this kind says what the item is. One sending the
# reader to a link or a place on the page ("Click on the link above.") names nothing.
_PRESENTS = re.compile(
    r"\b(?:voici|voil[àa]|here(?:['’]s|\s+is|\s+are)|these\s+are|ecco|aqu[íi]\s+(?:est[áa]n?"
    r"|ten[ée]is|os\s+dejo)|hier\s+(?:sind|ist)|das\s+sind)\b",
    re.IGNORECASE,
)
_SENDS = re.compile(
    r"\b(?:click|above|below|link|ci-dessus|ci-dessous|lien|oben|unten|enlace)\b", re.IGNORECASE
)
# What the next sentence cannot open on without the dropped one: a pronoun or demonstrative as
# its subject ("This was a given", "Ceci n'est …", "Das war …"), a lower-case continuation
# ("has just become 5 years … young."), a quoted fragment alone ("“The engagement ring”.").
_OPENS_BACK = re.compile(
    r"(?:this|that|these|those|it|they|such|ceci|cela|ça|c['’]est|ce\s+sont|ces|ils|elles"
    r"|das|dies(?:e[rs]?)?|esto|eso|estos|estas|questo|questa|questi|ciò)\b"
    r"|[“\"«„][^”\"»\n]{1,60}[”\"»][.!?…]*$",
    re.IGNORECASE,
)
# A demonstrative standing for what was said before, inside the next sentence: "…, car ceci
# n'est plus du domaine du futur", "… because this is …".
_REFERS_BACK = re.compile(
    r"\b(?:ceci|cela|ça)\s+(?:n['’]\s*)?(?:est|était|sera|a|va)\b"
    r"|\b(?:this|these|those)\s+(?:is|are|was|were|will|has|have)\b"
    r"|\b(?:dies|das)\s+(?:ist|war|sind|wird)\b",
    re.IGNORECASE,
)


def _first_unit(text: str) -> str:
    units = split_units(text.split("\n", 1)[0])
    return units[0] if units else ""


def _needs_antecedent(sentence: str) -> bool:
    """Whether `sentence`, opening a lead, leans on a sentence before it."""
    opening = sentence.strip()
    if not opening:
        return False
    if opening[0].isalpha() and opening[0].islower():
        return True
    return bool(_OPENS_BACK.match(opening) or _REFERS_BACK.search(opening))


def with_saying_opening(text: str, dropping: Callable[[str], str]) -> str:
    """`text` after `dropping` its pointer sentences, its opening one kept when it names the item
    and the sentence that would open without it refers back to it."""
    dropped = dropping(text)
    stripped = text.lstrip()
    opening = _first_unit(stripped).strip()
    if not opening or dropped.lstrip().startswith(opening):
        return dropped
    if (
        len(opening.split()) < _SAYING_WORDS
        or not _PRESENTS.search(opening)
        or _SENDS.search(opening)
        or not _needs_antecedent(_first_unit(dropped.lstrip()))
    ):
        return dropped
    rest = stripped[stripped.index(opening) + len(opening) :]
    after = rest.lstrip()
    kept = dropping(after) if after else ""
    return opening + (rest[: len(rest) - len(after)] + kept if kept.strip() else "")
