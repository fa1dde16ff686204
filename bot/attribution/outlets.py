"""The one table of outlets newsbot knows by name: wire services, broadcasters and papers that
appear as bare acronyms, syndication partners, and the platforms people cross-post from.

How to maintain it: add an outlet when a credit names it by an acronym or a domain that readers
would not recognise, or when it is an agency whose bylines and datelines mark agency copy
(wire=True). Give its display name first, then other spellings (acronyms first, non-Latin
spellings too) and the registered domains it publishes on (the name a bare domain credit becomes).
Distributors that never first-publish go in SYNDICATORS instead. Keep one entry per outlet.
"""

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
    Agency("The Canadian Press", ("CP", "Canadian Press"), ("thecanadianpress.com",), True),
    Agency("Agência Brasil", ("Agencia Brasil",), ("agenciabrasil.ebc.com.br",), True),
    Agency("Agència Catalana de Notícies", ("ACN",), ("acn.cat",), True),
    Agency("Servimedia", (), ("servimedia.es",), True),
    Agency("Notimex", (), ("notimex.gob.mx",), True),
    Agency("Prensa Latina", (), ("prensa-latina.cu",), True),
    Agency("Télam", ("Telam",), ("telam.com.ar",), True),
    Agency("Agenzia Fides", ("Fides",), ("fides.org",), True),
    Agency("Adnkronos", (), ("adnkronos.com",), True),
    Agency("Agenzia Italia", ("AGI",), ("agi.it",), True),
    Agency("Austria Presse Agentur", ("APA",), ("apa.at",), True),
    Agency("Keystone-SDA", ("SDA", "Keystone-ATS", "ATS"), ("keystone-sda.ch",), True),
    Agency("Algemeen Nederlands Persbureau", ("ANP",), ("anp.nl",), True),
    Agency("Belga", (), ("belga.be",), True),
    Agency("Epd", ("Evangelischer Pressedienst", "EPD"), ("epd.de",), True),
    Agency("Katholische Nachrichten-Agentur", ("KNA",), ("kna.de",), True),
    Agency("Polska Agencja Prasowa", ("PAP",), ("pap.pl",), True),
    Agency("Czech News Agency", ("ČTK", "CTK"), ("ctk.cz",), True),
    Agency("MTI", ("Magyar Távirati Iroda",), ("mti.hu",), True),
    Agency("Agerpres", (), ("agerpres.ro",), True),
    Agency("Athens-Macedonian News Agency", ("ANA-MPA", "AMNA"), ("amna.gr",), True),
    Agency("Sputnik", ("Спутник",), ("sputniknews.com",), True),
    Agency("BelTA", ("БелТА",), ("belta.by",), True),
    Agency("UNIAN", ("УНІАН", "УНИАН"), ("unian.ua", "unian.net"), True),
    Agency("Kazinform", ("Казинформ",), ("inform.kz",), True),
    Agency("Islamic Republic News Agency", ("IRNA",), ("irna.ir",), True),
    Agency("Emirates News Agency", ("WAM",), ("wam.ae",), True),
    Agency("Saudi Press Agency", ("SPA",), ("spa.gov.sa",), True),
    Agency("Middle East News Agency", ("MENA",), ("mena.org.eg",), True),
    Agency("Kuwait News Agency", ("KUNA",), ("kuna.net.kw",), True),
    Agency("Qatar News Agency", ("QNA",), ("qna.org.qa",), True),
    Agency("Maghreb Arabe Presse", ("MAP",), ("mapexpress.ma",), True),
    Agency("Tunis Afrique Presse", ("TAP",), ("tap.info.tn",), True),
    Agency("Algérie Presse Service", ("APS",), ("aps.dz",), True),
    Agency("News Agency of Nigeria", ("NAN",), ("nannews.ng",), True),
    Agency("Ghana News Agency", ("GNA",), ("gna.org.gh",), True),
    Agency("Kenya News Agency", ("KNA Kenya",), ("kenyanews.go.ke",), True),
    Agency(
        "South African Government News Agency",
        ("SAnews", "SAnews.gov.za"),
        ("sanews.gov.za",),
        True,
    ),
    Agency("Agence de Presse Africaine", ("APA news", "APAnews"), ("apanews.net",), True),
    Agency("Vietnam News Agency", ("VNA", "TTXVN"), ("vnanet.vn",), True),
    Agency("United News of Bangladesh", ("UNB",), ("unb.com.bd",), True),
    Agency("Bangladesh Sangbad Sangstha", ("BSS",), ("bssnews.net",), True),
    Agency("Associated Press of Pakistan", ("APP",), ("app.com.pk",), True),
    Agency("Central News Agency of Korea", ("KCNA",), ("kcna.kp",), True),
    Agency("China News Service", ("中新社", "中国新闻社"), ("chinanews.com.cn",), True),
    Agency("City News Service", ("CNS",), ("citynewsservice.com",), True),
    Agency("States Newsroom", (), ("statesnewsroom.com",), True),
    # Press-release wires.
    Agency("PR Newswire", ("PRNewswire",), ("prnewswire.com",), True),
    Agency("Business Wire", ("BusinessWire",), ("businesswire.com",), True),
    Agency("GlobeNewswire", ("GLOBE NEWSWIRE", "Globe Newswire"), ("globenewswire.com",), True),
    # Broadcasters, papers and regional bodies that often appear as bare acronyms.
    Agency("The New York Times", ("NYT", "New York Times"), ("nytimes.com",), True),
    Agency("The Washington Post", ("Washington Post", "WaPo"), ("washingtonpost.com",)),
    Agency("The Economist", ("Economist",), ("economist.com",)),
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
    Agency("ProPublica", (), ("propublica.org",)),
    Agency("Inter Press Service", ("IPS", "IPS News"), ("ipsnews.net",)),
    Agency("Global Voices", (), ("globalvoices.org",)),
    Agency("Project Syndicate", (), ("project-syndicate.org",)),
    Agency("Kyiv Independent", (), ("kyivindependent.com",)),
    Agency("The Hacker News", (), ("thehackernews.com",)),
    Agency("allAfrica", ("AllAfrica.com",), ("allafrica.com",)),
    # Platforms people cross-post from: a domain credit on them names the platform.
    Agency("Medium", (), ("medium.com",)),
    Agency("DEV Community", ("dev.to", "DEV"), ("dev.to",)),
    Agency("Substack", (), ("substack.com",)),
    Agency("Hashnode", (), ("hashnode.dev", "hashnode.com")),
    Agency("LinkedIn", (), ("linkedin.com",)),
    Agency("Blogger", ("Blogspot",), ("blogspot.com", "blogger.com")),
    Agency("Tumblr", (), ("tumblr.com",)),
    Agency("WordPress.com", (), ("wordpress.com",)),
    Agency("Ghost", (), ("ghost.io",)),
    Agency("Qiita", (), ("qiita.com",)),
    Agency("Zenn", (), ("zenn.dev",)),
    Agency("note", (), ("note.com",)),
    Agency("Habr", ("Хабр", "Хабрахабр"), ("habr.com", "habrahabr.ru")),
    Agency("博客园", ("cnblogs", "cnblogs.com"), ("cnblogs.com",)),
    Agency("CSDN", (), ("csdn.net",)),
    Agency("掘金", ("Juejin",), ("juejin.cn", "juejin.im")),
    Agency("知乎", ("Zhihu",), ("zhihu.com",)),
    Agency("简书", ("Jianshu",), ("jianshu.com",)),
    Agency("微信公众号", ("WeChat",), ("mp.weixin.qq.com", "weixin.qq.com")),
    Agency("先知社区", ("xz.aliyun.com",), ("xz.aliyun.com",)),
    Agency("Authority Magazine", (), ()),
    Agency("HackerNoon", ("Hacker Noon",), ("hackernoon.com",)),
)

# Platforms whose subdomains are their users' own blogs ("jane.substack.com" is Jane's), so a
# subdomain names a venue of its own and the platform only when nothing else is known.
USER_SUBDOMAIN_PLATFORMS = frozenset(
    "substack.com medium.com hashnode.dev wordpress.com blogspot.com tumblr.com ghost.io "
    "github.io netlify.app vercel.app typepad.com blogs.com livejournal.com".split()
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

# Audio and podcast distributors: "Distributed by PRX" says nothing about where a text was
# first published, so such a line is no reprint evidence at all.
DISTRIBUTORS: tuple[str, ...] = (
    "PRX",
    "Public Radio Exchange",
    "PRI",
    "Public Radio International",
    "Megaphone",
    "Acast",
    "Simplecast",
    "Libsyn",
    "ART19",
    "Omny Studio",
)


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


_BY_KEY: dict[str, Agency] = {}
for _agency in AGENCIES:
    for _alias in (_agency.name, *_agency.aliases):
        _BY_KEY.setdefault(_key(_alias), _agency)
_SYNDICATOR_KEYS = frozenset(_key(s) for s in (*SYNDICATORS, *DISTRIBUTORS))
_DISTRIBUTOR_KEYS = frozenset(_key(s) for s in DISTRIBUTORS)


def lookup(name: str) -> Agency | None:
    """The table entry for a name or acronym (case and punctuation ignored), if any."""
    key = _key(name)
    if key.startswith("the") and key not in _BY_KEY:
        key = key[3:]
    return _BY_KEY.get(key)


_BY_DOMAIN: dict[str, Agency] = {}
for _agency in AGENCIES:
    for _domain in _agency.domains:
        _BY_DOMAIN.setdefault(_domain, _agency)


def by_domain(host: str) -> Agency | None:
    """The table entry for a host or registered domain ("docs.x.com" finds "x.com"), if any."""
    host = host.lower().removeprefix("www.")
    first = host
    while host:
        if host in _BY_DOMAIN:
            if host != first and host in USER_SUBDOMAIN_PLATFORMS:
                return None  # "jane.substack.com" is Jane's, not Substack's
            return _BY_DOMAIN[host]
        _, _, host = host.partition(".")
        if "." not in host:
            return None
    return None


def is_syndicator(name: str) -> bool:
    """True for distributors such as Tribune Content Agency (with or without "LLC")."""
    key = _key(re.sub(r",?\s*(?:LLC|Inc\.?|Ltd\.?)\s*$", "", name.strip()))
    return key in _SYNDICATOR_KEYS


def is_distributor(name: str) -> bool:
    """True for audio distributors (PRX, Acast, ...), whose credit is no reprint evidence."""
    return _key(re.sub(r",?\s*(?:LLC|Inc\.?|Ltd\.?)\s*$", "", name.strip())) in _DISTRIBUTOR_KEYS


def wire_names() -> list[str]:
    """Every spelling of every wire service, longest first (for regex alternations)."""
    names = {n for a in AGENCIES if a.wire for n in (a.name, *a.aliases)}
    return sorted(names, key=len, reverse=True)
