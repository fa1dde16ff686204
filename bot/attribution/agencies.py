"""News agencies and well-known outlets: acronyms, alternative names and home domains."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Agency:
    """One outlet: display name, other spellings (acronyms first) and registered domains."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    wire: bool = False  # a wire service whose bylines ("By Jane Doe, Reuters") are credits


AGENCIES: tuple[Agency, ...] = (
    # Global and national wire services.
    Agency("Agence France-Presse", ("AFP", "Agence France Presse"), ("afp.com",), True),
    Agency("Associated Press", ("AP", "The Associated Press"), ("apnews.com", "ap.org"), True),
    Agency("Reuters", ("Thomson Reuters",), ("reuters.com",), True),
    Agency("Bloomberg", ("Bloomberg News", "Bloomberg L.P."), ("bloomberg.com",), True),
    Agency("Australian Associated Press", ("AAP",), ("aap.com.au",), True),
    Agency("United Press International", ("UPI",), ("upi.com",), True),
    Agency("Deutsche Presse-Agentur", ("dpa", "DPA"), ("dpa.com",), True),
    Agency("Agencia EFE", ("EFE",), ("efe.com",), True),
    Agency("ANSA", ("Agenzia Nazionale Stampa Associata",), ("ansa.it",), True),
    Agency("Europa Press", (), ("europapress.es",), True),
    Agency("Lusa", ("Agência Lusa",), ("lusa.pt",), True),
    Agency("Press Trust of India", ("PTI",), ("ptinews.com",), True),
    Agency("Indo-Asian News Service", ("IANS",), ("ians.in",), True),
    Agency("Asian News International", ("ANI",), ("aninews.in",), True),
    Agency("Kyodo News", ("Kyodo",), ("kyodonews.net",), True),
    Agency("Jiji Press", ("Jiji",), ("jiji.com",), True),
    Agency("Xinhua", ("Xinhua News Agency",), ("xinhuanet.com", "news.cn"), True),
    Agency("Yonhap", ("Yonhap News Agency",), ("yna.co.kr",), True),
    # "CNA" is both Taiwan's agency and Singapore's broadcaster; either site crediting it is self.
    Agency(
        "Central News Agency",
        ("CNA",),
        ("focustaiwan.tw", "cna.com.tw", "channelnewsasia.com"),
        True,
    ),
    Agency("Bernama", (), ("bernama.com",), True),
    Agency("Antara", ("Antara News Agency",), ("antaranews.com",), True),
    Agency("Philippine News Agency", ("PNA",), ("pna.gov.ph",), True),
    Agency("Anadolu Agency", ("AA", "Anadolu"), ("aa.com.tr",), True),
    Agency("TASS", ("ТАСС", "ITAR-TASS", "ИТАР-ТАСС"), ("tass.ru", "tass.com"), True),
    Agency("RIA Novosti", ("РИА Новости",), ("ria.ru",), True),
    Agency("Interfax", ("Интерфакс",), ("interfax.ru", "interfax.com"), True),
    Agency("Ukrinform", ("Укрінформ",), ("ukrinform.net", "ukrinform.ua"), True),
    Agency("Pacific Islands News Association", ("PACNEWS", "PINA"), ("pina.com.fj",), True),
    # Press-release wires.
    Agency("PR Newswire", ("PRNewswire",), ("prnewswire.com",), True),
    Agency("Business Wire", ("BusinessWire",), ("businesswire.com",), True),
    Agency("GlobeNewswire", ("GLOBE NEWSWIRE", "Globe Newswire"), ("globenewswire.com",), True),
    # Broadcasters, papers and regional bodies that often appear as bare acronyms.
    Agency("The New York Times", ("NYT", "New York Times"), ("nytimes.com",), True),
    Agency("The Washington Post", ("Washington Post", "WaPo"), ("washingtonpost.com",)),
    Agency("BBC News", ("BBC", "British Broadcasting Corporation"), ("bbc.com", "bbc.co.uk")),
    Agency("CNN", ("Cable News Network",), ("cnn.com",)),
    Agency("NPR", ("National Public Radio",), ("npr.org",)),
    Agency(
        "Radio Free Europe/Radio Liberty",
        ("RFE/RL", "Radio Free Europe", "Radio Liberty"),
        ("rferl.org",),
    ),
    Agency("Voice of America", ("VOA",), ("voanews.com",)),
    Agency("Al Jazeera", (), ("aljazeera.com", "aljazeera.net")),
    Agency("The Conversation", (), ("theconversation.com",)),
    Agency(
        "ABC News (Australia)",
        ("ABC-Australia", "ABC Australia", "Australian Broadcasting Corporation"),
        ("abc.net.au",),
    ),
    Agency("RNZ", ("Radio New Zealand",), ("rnz.co.nz",)),
    Agency("RNZ Pacific", ("Radio New Zealand Pacific", "RNZ International"), ("rnz.co.nz",)),
    Agency("TVNZ", ("Television New Zealand", "1News"), ("tvnz.co.nz", "1news.co.nz")),
    Agency("Pacific Media Network", ("PMN",), ("pmn.co.nz",)),
    Agency("Fiji Broadcasting Corporation", ("FBC", "FBC News"), ("fbcnews.com.fj",)),
    Agency("Pacific Islands Forum Secretariat", ("PIFS", "Forum Secretariat"), ("forumsec.org",)),
    Agency("Pacific Islands Forum Fisheries Agency", ("FFA",), ("ffa.int",)),
    Agency("Pacific Community", ("SPC", "Secretariat of the Pacific Community"), ("spc.int",)),
    Agency("Secretariat of the Pacific Regional Environment Programme", ("SPREP",), ("sprep.org",)),
    Agency(
        "UN News", ("UN News Centre", "UN News Center", "United Nations News"), ("news.un.org",)
    ),
    Agency("CQ-Roll Call", ("CQ Roll Call", "Roll Call"), ("rollcall.com",)),
    Agency("KFF Health News", ("Kaiser Health News", "KHN"), ("kffhealthnews.org", "khn.org")),
)

# Outfits that distribute other publishers' work; never the original publisher.
SYNDICATORS: tuple[str, ...] = (
    "Tribune Content Agency",
    "Tribune News Service",
    "Tribune Media Services",
    "McClatchy-Tribune",
    "Creators Syndicate",
    "Creators",
    "King Features Syndicate",
    "King Features",
    "Andrews McMeel Syndication",
    "Andrews McMeel",
    "Universal Press Syndicate",
    "Universal Uclick",
    "Washington Post Writers Group",
    "Cagle Cartoons",
    "CartoonArts International",
    "Content Engine",
    "Newstex",
    "NewsEdge",
    "TCA",
)


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


_BY_KEY: dict[str, Agency] = {}
for _agency in AGENCIES:
    for _alias in (_agency.name, *_agency.aliases):
        _BY_KEY.setdefault(_key(_alias), _agency)
_SYNDICATOR_KEYS = frozenset(_key(s) for s in SYNDICATORS)


def lookup(name: str) -> Agency | None:
    """The table entry for a name or acronym (case and punctuation ignored), if any."""
    key = _key(name)
    if key.startswith("the") and key not in _BY_KEY:
        key = key[3:]
    return _BY_KEY.get(key)


def is_syndicator(name: str) -> bool:
    """True for distributors such as Tribune Content Agency (with or without "LLC")."""
    key = _key(re.sub(r",?\s*(?:LLC|Inc\.?|Ltd\.?)\s*$", "", name.strip()))
    return key in _SYNDICATOR_KEYS


def wire_names() -> list[str]:
    """Every spelling of every wire service, longest first (for regex alternations)."""
    names = {n for a in AGENCIES if a.wire for n in (a.name, *a.aliases)}
    return sorted(names, key=len, reverse=True)
