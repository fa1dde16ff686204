"""Promo sentences in an entry's lines: calls to subscribe, follow, share or read on, sponsor
reads, hosts' notices, a flattened site menu and what is left of an embedded post."""

from __future__ import annotations

import re

from bot.text import notes as page_notes
from bot.text.boilerplate import boilerplate_positions, split_units
from bot.text.captions import CREDIT_LINE
from bot.text.host_intros import is_host_callout
from bot.text.host_notices import host_notices
from bot.text.invitations import invites_to_it, points_by_word
from bot.text.link_rows import is_link_line
from bot.text.offers import address_calls, is_sponsor_or_credit, without_file_size
from bot.text.quoted_units import inside_a_quotation
from bot.text.site_notices import is_site_notice
from bot.text.sponsor_reads import sponsor_sections
from bot.text.subscribe_prompts import is_subscribe_prompt, membership_sections
from bot.text.widget_lines import is_widget_line

# A line of promo alone: a call to join, subscribe, follow, share or read on, a sponsor's thanks.
PROMO = re.compile(
    r"^(?:join\s+(?:our|us)\b.{0,100}\b(?:telegram|whatsapp|channel|newsletter|community|discord"
    r"|signal|group)\b.*"
    r"|(?:please\s+)?(?:subscribe|sign\s+up|register)\b.{0,80}\b(?:newsletter|channel|updates|e-?mail|inbox|here"
    r"|free|today|now)\b.*"
    r"|follow\s+(?:us|@)\b.*|like\s+us\s+on\b.*|(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b.*"
    r"|click\s+here\b.*|continue\s+reading\b.*|support\s+(?:our|independent)\s+journalism\b.*"
    r"|read\s+(?:more|the\s+(?:full|original|rest\s+of\s+the)\s+(?:article|story|post))\b.{0,60}"
    r"|read\s+(?:the\s+)?full\s+(?:article|story|post|text)\b.{0,10}"
    # A feed's stock pointer to the site for the story it does not carry ("Visit ESPN.com for
    # the complete story.", "Go to nytimes.com for the full article.").
    r"|(?:please\s+)?(?:visit|go\s+to|head\s+(?:over\s+)?to)\s+\S+(?:\s+\S+){0,2}?\s+for\s+"
    r"(?:the\s+)?(?:complete|full|whole|entire)\s+(?:story|article|report|post|text|coverage)\W*"
    # A listing's relative time stamp standing as the text ("Added 1 Year Ago.", a comic host's).
    r"|(?:(?:added|posted|published|updated|submitted|uploaded)\s+)?(?:about\s+)?(?:\d+|an?|one)"
    r"\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\W*"
    r"|listen\s+to\s+(?:this|the)\s+(?:post|article|story|episode)\b.{0,20}|log\s+in\s+to\s+listen\b.*"
    r"|(?:this\s+is|you(?:'|’)re\s+reading)\s+the\s+(?:rss|feed)\s+(?:feed\s+)?version\b.*"
    r"|editor(?:'|’)?s\s+note\b.*|this\s+(?:content|article|story|post)\s+(?:has\s+been|was)\s+"
    r"(?:adapted|updated|edited)\b.*"
    r"|welcome\s+(?:back\s+)?to\b.{0,80}\b(?:newsletter|edition|digest|briefing)\b.*"
    r"|share\s+(?:this\s+)?(?:article|story|post|on\s+\w+)\b.{0,30}|explore\s+further"
    r"|redirecting\s+to\s+(?:the\s+)?full\s+article\W*|advertisement|sponsored\s+content"
    r"|related(?:\s+(?:articles?|stories|posts|reading))?:?|see\s+full\s+page"
    r"|(?:leia\s+mais|lire\s+la\s+suite|leer\s+m[áa]s|weiterlesen|continua\s+a\s+leggere"
    r"|читать\s+далее)\b.{0,80}|story\s+continues\s+below.*"
    # A video's or episode's sponsor thanks and its calls to subscribe and comment (YouTube
    # descriptions: "Thanks to Onshape for sponsoring this video!", "Subscribe for More!").
    r"|thanks?\s+(?:you\s+)?(?:to\s+.{1,60}?\s+)?for\s+(?:sponsoring|supporting)\s+"
    r"(?:this|today['’]s|the)\s+(?:video|episode|show|stream)\b.*"
    r"|subscribe\s+for\s+more\b.*|(?:don['’]t\s+forget\s+to\s+)?like\s+and\s+subscribe\b.*"
    r"|.{0,200}\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+in\s+the\s+comments\W*"
    # A feed plugin's notes: "[[ This is a content summary only. Visit my website for full links,
    # other content, and more! ]]", and an audio player's stand-in "Download audio file (….mp3)".
    r"|\W{0,3}this\s+is\s+(?:a|an)\s+(?:content\s+)?(?:summary|excerpt)\s+only\b.{0,40}"
    r"|visit\s+my\s+website\s+for\s+full\s+links\b.{0,60}"
    r"|download\s+audio\s+file\s*\(.{1,120}\)\W*"
    # A call to comment ("Scroll down and leave a comment.", "Also, feel free to leave a comment.")
    r"|(?:(?:also|so|and|please|scroll\s+down\s+and|feel\s+free\s+to)[\s,]+)*leave\s+(?:a|your"
    r"|us\s+a|me\s+a)\s+comment\b.{0,60}"
    r"|\W{0,3}(?:download|try)\s+.{1,40}?\s+(?:for\s+)?free\b.{0,60}"
    # Podcast hosts' notices under every episode (Omny, Acast, Megaphone).
    r"|see\s+\S+\s+for\s+(?:privacy|more)\s+information\W*|hosted\s+on\s+acast\b.*"
    r"|learn\s+more\s+about\s+your\s+ad\s+choices\b.*"
    # Listen- or watch-instead offers and pointers at a recording the post does not carry
    # ("Prefer to listen?", "Update: Here's the recording of the event.").
    r"|(?:would\s+you\s+)?(?:prefer|rather)\s+(?:to\s+)?(?:listen|watch)\b[^.!?]{0,40}\?"
    r"|(?:(?:update|edit)\s*:\s*)?here(?:'|’|\s+i)s\s+the\s+(?:recording|video|replay|slides"
    r"|livestream|recap)\s+(?:of|from)\b.{0,80}"
    r"|(?:подписывайтесь|подпишитесь|присоединяйтесь|síguenos|suscríbete|únete|abonnez-vous"
    r"|rejoignez|folgen\s+sie\s+uns|abonnieren\s+sie|seguici|iscriviti|siga-nos|inscreva-se)\b.*"
    r")\s*$",
    re.I,
)
# A site menu flattened into the text: a run of capitalised words, three or more of them the
# usual menu entries ("Today’s APOD Archive Submissions Index Search Calendar RSS About").
_MENU_WORDS = frozenset(
    "home about archive archives search index contact rss subscribe login calendar education "
    "submissions discuss menu help faq privacy terms shop store events newsletter newsletters "
    "podcasts videos sections topics account register donate careers advertise".split()
)
_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][\w’'&-]*\s+){4,}[A-Z][\w’'&-]*")


def _is_menu(sentence: str) -> bool:
    return any(
        sum(w.lower() in _MENU_WORDS for w in run.split()) >= 3
        for run in _CAPITALISED_RUN.findall(sentence)
    )


# What is left of an embedded post when the feed dropped its markup.
_POST_RESIDUE = re.compile(r"\bpic\.twitter\.com/\w+|https?://t\.co/\w+")


def without_promo_sentences(text: str, boilerplate: frozenset[str]) -> str:
    """`text`'s lines without promo, sponsor, subscribe and menu sentences or learned
    boilerplate (a line left empty goes)."""
    lines = []
    split = [split_units(line) for line in text.split("\n")]
    calls = (
        address_calls(split)
        | sponsor_sections(split)
        | boilerplate_positions(split, boilerplate)
        | host_notices(split)
        | membership_sections(split)
    )
    for n, (line, units) in enumerate(zip(text.split("\n"), split, strict=True)):
        if CREDIT_LINE.search(line) and len(line.split()) <= 20:
            continue
        cut = {
            i
            for i, s in enumerate(units)
            if (n, i) in calls
            or PROMO.match(s.strip())
            or is_sponsor_or_credit(s)
            or is_host_callout(s)
            or is_subscribe_prompt(s)
            or is_site_notice(s)
            or page_notes.is_read_on_pointer(s)
            or _POST_RESIDUE.search(s)
            or is_link_line(s)
            or _is_menu(s)
            or is_widget_line(s)
        }
        # A pointer closing a quotation is the quoted writer's ("… Office? Click here to watch
        # it".): cut, it would leave the quotation open. An embed's residue goes all the same.
        cut -= {
            i
            for i in cut
            if (n, i) not in calls
            and inside_a_quotation(units, i)
            and not _POST_RESIDUE.search(units[i])
            and not is_link_line(units[i])
        }
        # "You might also enjoy it." before a cut "Click here to read that posting.": "it" went.
        cut |= {
            i - 1 for i in cut if i and points_by_word(units[i]) and invites_to_it(units[i - 1])
        }
        kept = [s for i, s in enumerate(units) if i not in cut]
        lines.append(without_file_size("".join(kept).strip()))
    return "\n".join(ln for ln in lines if ln)
