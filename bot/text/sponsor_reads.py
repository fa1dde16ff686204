"""A show's sponsor reads, as one sentence or as the section they fill: thanks to a sponsor for
supporting the episode ("感谢可口可乐对本期节目的支持。", "Support this week from Imagined
Life, a podcast from Wondery."), and everything after "Please visit our sponsors" (promo codes
alone are no sign: a deals blog's news is its codes)."""

from __future__ import annotations

import re

# The episode (show, issue) naming who supports it, in the languages podcasts are made in:
# "This episode is supported by Zola", "Diese Folge wird unterstützt von …", "本期节目由 … 赞助
# 播出", "この番組は … の提供でお送りします". A bill, a study or a race "supported by" someone is
# news: only the publication itself as the one supported counts.
_SPONSOR_THANKS = re.compile(
    r"(?:this|today['’]s)\s+(?:week['’]s\s+)?(?:episode|show|podcast|video|newsletter|issue)"
    r"\s+(?:is|was)\s+(?:also\s+)?(?:supported|presented|powered|underwritten)\s+by\b"
    r"|^\W{0,3}support\s+(?:for\s+(?:this|today['’]s)\s+(?:episode|show|podcast)\s+(?:this\s+week\s+)?"
    r"|this\s+week\s+)(?:comes\s+)?from\s+(?-i:[A-Z0-9])"
    r"|thanks?\s+(?:you\s+)?(?:again\s+)?to\s+.{1,60}?\s+for\s+(?:supporting|sponsoring"
    r"|underwriting)\s+(?:this|today['’]s|the|our)\s+(?:episode|show|podcast|video|newsletter)"
    r"|(?:cet|ce)\s+(?:épisode|podcast)\s+(?:est|vous\s+est)\s+(?:sponsorisé|soutenu|présenté"
    r"|offert|parrainé)\s+par|merci\s+à\s+.{1,60}?\s+(?:de|pour)\s+(?:soutenir|sponsoriser"
    r"|son\s+soutien\s+à)\s+(?:cet|ce)\s+(?:épisode|podcast)"
    r"|(?:diese|die\s+heutige)\s+(?:folge|episode|sendung|ausgabe)\s+wird\s+(?:euch\s+|ihnen\s+)?"
    r"(?:unterstützt|präsentiert|gesponsert|ermöglicht)\s+(?:von|durch)"
    r"|danke\s+an\s+.{1,60}?\s+für\s+die\s+unterstützung\s+(?:dieser|der|unserer)\s+(?:folge"
    r"|episode|sendung)"
    r"|(?:este|el)\s+(?:episodio|programa|podcast)\s+(?:de\s+hoy\s+)?(?:está|es)\s+(?:patrocinado"
    r"|presentado|apoyado)\s+por|gracias\s+a\s+.{1,60}?\s+por\s+(?:patrocinar|apoyar)\s+"
    r"(?:este|el)\s+(?:episodio|programa)"
    r"|este\s+(?:episódio|programa)\s+é\s+(?:patrocinado|apresentado|apoiado)\s+por"
    r"|questo\s+(?:episodio|podcast)\s+è\s+(?:sponsorizzato|offerto|supportato)\s+da"
    r"|deze\s+aflevering\s+wordt\s+(?:mogelijk\s+gemaakt|gesponsord|ondersteund)\s+door"
    r"|(?:этот|сегодняшний)\s+выпуск\s+(?:подготовлен|выходит)\s+при\s+поддержке"
    r"|(?:спонсор|партн[её]р)\s+(?:этого\s+)?выпуска"
    r"|感谢.{1,40}?(?:对|為|为)本(?:期|集)(?:节目|節目|播客)?的?(?:大力)?支持"
    r"|本(?:期|集)(?:节目|節目|播客)?由.{1,40}?(?:赞助|贊助|冠名|特约|特約|独家|獨家|支持|联合)"
    r"|この(?:番組|エピソード|放送)は.{1,40}?の提供",
    re.IGNORECASE,
)

# A label opening the sponsor reads ("PLEASE VISIT OUR SPONSORS", "Our sponsors:", "Sponsors:"):
# what follows it on its line is ads, however it reads.
_SPONSOR_SECTION = re.compile(
    r"\b(?:please\s+)?(?:visit|support|check\s+out|thanks?\s+to)\s+our\s+sponsors(?!(?-i:[a-z]))"
    r"|(?:^|\b(?:this\s+week['’]?s|today['’]s|our|episode)\s+)(?:sponsors?|sponsoren|patrocinadores"
    r"|commanditaires|sponsor\s+del\s+episodio)\s*[:：]"
    r"|(?:^|[。！])\s*(?:本期)?赞助商\s*[:：]",
    re.IGNORECASE,
)


def is_sponsor_read(unit: str) -> bool:
    """Whether one sentence thanks or names the episode's sponsor."""
    return bool(_SPONSOR_THANKS.search(unit))


# The read's offer after the sponsor's name ("Today's episode is supported by Green Chef.
# Visit GreenChef.com/diaries130 and use code diaries130 to get $130 off …"): a written-out
# address to visit.
_OFFER_ADDRESS = re.compile(r"(?:https?://|\bwww\.|\b\w[\w-]*\.(?:com|org|net|co|io|fm)/)\S*", re.I)


def sponsor_sections(lines: list[list[str]]) -> set[tuple[int, int]]:
    """(line, unit) positions from a sponsor-section label to its line's end, and the offer
    (a sentence with an address) right after a sponsor's thanks."""
    found: set[tuple[int, int]] = set()
    for n, units in enumerate(lines):
        for i, unit in enumerate(units):
            if _SPONSOR_SECTION.search(unit):
                found.update((n, j) for j in range(i, len(units)))
                break
            following = units[i + 1] if i + 1 < len(units) else ""
            if _OFFER_ADDRESS.search(following) and is_sponsor_read(unit):
                found.add((n, i + 1))
    return found
