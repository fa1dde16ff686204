"""A job board's listing titled by what it lists ("External Opportunities", "Current Vacancies",
"Offres d'emploi"): no name of the site. Whose the listing is, when no other part of the channel
names the site, is the employer the feed gives as its author ("MoJ"), not a person."""

from __future__ import annotations

import re2

from bot.attribution.name_spellings import fold
from bot.parsing.models import ChannelNames

# The closing noun of a listing of posts to fill, in the corpus's languages, with up to two
# words before it ("External Opportunities", "Job Openings", "Stellenangebote", "Вакансии");
# "Jobs" only bare or after a stream word ("Steve Jobs" is a name).
_VACANCIES = re2.compile(
    r"^(?:(?:latest|new|newest|recent|all|current|open|remote|our)\s+)?jobs$"
    r"|^(?:\S+\s+){0,2}(?:opportunities|vacanc(?:y|ies)|openings|job\s+(?:offers|listings)"
    r"|positions|careers|internships|offres(?:\s+d['’]emploi)?|emplois?|stellen(?:angebote)?"
    r"|stellenanzeigen|vacatures|vacantes|ofertas(?:\s+de\s+(?:empleo|trabajo|emprego))?"
    r"|empleos?|vagas|offerte(?:\s+di\s+lavoro)?|posizioni(?:\s+aperte)?|oferty\s+pracy"
    r"|ogłoszenia|вакансии|вакансії|работа)$"
)
# An organisation's name: an acronym ("MoJ", "NHS", "UNDP") or a name with an organisation's
# word ("Ministry of Justice", "Stadt Wien"); a person's name has none.
_ACRONYM = re2.compile(r"^(?:[A-Z][a-z]?){1,2}[A-Z][A-Za-z]?$|^[A-Z]{2,8}$")
_ORGANISATION = re2.compile(
    r"(?i)\b(?:ministry|ministerio|ministère|ministerium|ministero|department|council|agency"
    r"|authority|government|office|university|université|universität|universidad|college"
    r"|school|hospital|trust|foundation|institute|institut|service|services|bank|group"
    r"|company|inc|ltd|gmbh|corporation|association|stadt|ville|city\s+of|county)\b"
)


def lists_vacancies(title: str) -> bool:
    """Whether a one-part title is a job listing's ("External Opportunities")."""
    return bool(_VACANCIES.match(fold(" ".join(title.split()))))


def employer_names(title: str, channel: ChannelNames | None) -> list[tuple[str, str]]:
    """(name, where) of the organisation a job listing's channel names as its author."""
    author = (channel.creator or "").strip() if channel else ""
    if not lists_vacancies(title) or not author or "@" in author or len(author) > 60:
        return []
    if _ACRONYM.match(author) or _ORGANISATION.search(author):
        return [(author, "the job listing's author")]
    return []
