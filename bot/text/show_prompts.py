"""A show's or site's standing asks of its audience, as one sentence: podcast-app, rate and
review prompts, calls to reach it on a social network or chat, plugs, and ad-slot text."""

from __future__ import annotations

import re

# A show's call to subscribe to it in a podcast app ("Subscribe to A Piece of Work wherever you
# get your podcasts.", "Subscribe on Apple Podcasts or wherever you listen to shows.").
_PODCAST_APP_CALL = re.compile(
    r"(?:please\s+)?(?:subscribe|listen|follow)\b.{0,100}?\b(?:wherever\s+you\s+(?:get|listen"
    r"(?:\s+to)?|find)\s+(?:your\s+)?(?:podcasts|shows)|(?:in|on|via)\s+(?:apple\s+podcasts|itunes"
    r"|spotify|stitcher|google\s+podcasts|overcast|pocket\s+casts))\b.*",
    re.IGNORECASE,
)

# A call to rate or review the show in a podcast app ("If you like the show, consider leaving us
# a review on iTunes!", "Rate and review us on Apple Podcasts."). A sentence reviewing something
# else ("the review on iTunes called it …") names no ask to the listener and stays.
_REVIEW_ASK = re.compile(
    r"(?:(?:if\s+you\s+(?:like|love|enjoy(?:ed)?)\b.{0,40}?,\s*)?(?:please\s+)?(?:why\s+not\s+"
    r"|(?:please\s+)?consider\s+|don['’]t\s+forget\s+to\s+)?(?:leav(?:e|ing)|writ(?:e|ing)"
    r"|giv(?:e|ing))\s+(?:us\s+)?(?:a\s+)?(?:\S+\s+)?(?:review|rating)"
    r"|(?:please\s+)?(?:rate|review|rate\s+and\s+review|rate,\s+review,?\s+and\s+subscribe)"
    r"\s+(?:us|the\s+show|this\s+(?:show|podcast|episode))"
    r")\b.{0,40}?\b(?:on|in|at)\s+(?:apple\s+podcasts|itunes|spotify|stitcher|podchaser"
    r"|google\s+podcasts|overcast|castbox)\b.{0,30}",
    re.IGNORECASE,
)

# A call to reach the show or its team on a social network or in its chat ("If you have feedback
# or suggestions please don't hesitate to reach out to us on Twitter at @designdetailsfm!",
# "Come chat with us in our new Slack team!", "Tweet us @show").
_CONTACT_ASK = re.compile(
    r"(?:.{0,60}?\b(?:please\s+)?(?:don['’]t\s+hesitate\s+to\s+)?)?(?:reach\s+out\s+to"
    r"|get\s+in\s+touch\s+with|talk\s+to|chat\s+with|hang\s+out\s+with|tweet(?:\s+at)?"
    r"|ping|find|follow|join)\s+us\b.{0,40}?\b(?:on|in|at|via)\s+(?:our\s+(?:new\s+)?)?"
    r"(?:twitter|x|facebook|instagram|mastodon|bluesky|threads|slack|discord|telegram"
    r"|@\w+)\b.{0,60}",
    re.IGNORECASE,
)

# The way into the show's chat ("To join our team visit our Slack invite page and we'll send you
# an invitation!").
_CHAT_INVITE = re.compile(
    r"to\s+join\s+(?:our|the)\b.{0,40}?\b(?:visit|go\s+to|head\s+(?:over\s+)?to|click)\b.{0,40}?"
    r"\b(?:slack|discord|telegram|invite|invitation|sign-?up)\b.*",
    re.IGNORECASE,
)

# A plug for a guest's or host's accounts ("Follow earth angel Joanna Robinson on twitter
# @jowrotethis, read her writings on VanityFair.com, and …"): "Follow" opening, a handle in it.
_HANDLE_PLUG = re.compile(
    r"follow\s+.{1,60}?\bon\s+(?:twitter|x|instagram|mastodon|bluesky|threads|tiktok|facebook)"
    r"\s+(?:at\s+)?@\w+.*",
    re.IGNORECASE,
)

# How many people already joined the show's chat ("Over 7,000 designers and developers have
# already joined our team, chatting about …"): the count that goes with a chat invitation.
_JOINED_COUNT = re.compile(
    r"(?:over|more\s+than|nearly|almost)\s+[\d,.]+k?\s+.{0,60}?\bhave\s+already\s+joined\s+"
    r"(?:our|the)\b.*",
    re.IGNORECASE,
)

# An ad slot's own text, where the ad network's widget is empty ("Ads by Project Wonderful!
# Your ad could be here, right now.", "Advertise here", "Your ad here").
_AD_SLOT = re.compile(
    r"ads\s+by\s+\w+(?:\s+\w+)?\W*|(?:your\s+ad\s+(?:could\s+be\s+|here\b)|advertise\s+(?:here"
    r"|with\s+us)\b).{0,40}",
    re.IGNORECASE,
)

# A plug for the author's own page on a patronage site ("One weird tip about my Patreon,
# discovered by a mom!", "Support us on Ko-fi"): a creator's standing ask under each post.
_PATRON_PLUG = re.compile(
    r".{0,80}?\b(?:my|our)\s+(?:patreon|ko-fi|liberapay)\b.{0,60}"
    r"|(?:please\s+)?support\s+(?:me|us)\s+on\s+(?:patreon|ko-fi|liberapay)\b.{0,60}",
    re.IGNORECASE,
)

# A show's pointer to another version of the episode: captions, a transcript, a sign-language
# or other-language edition ("For a closed-captioned version of this episode, please visit
# crooked.com/…", "For a transcript of this episode, please email …", "Find a transcript of this
# episode here: …", "Pour la transcription de cet épisode, …").
_OTHER_VERSION = re.compile(
    r".{0,60}?\b(?:(?:(?:closed[- ]?)?captioned|asl|sign[- ]language|spanish|english|french|german"
    r"|video|audio|ad-free|text|written)\s+(?:version|edition)|transcripts?|(?:closed\s+)?captions"
    r"|subtitles)\s+(?:of|for)\s+(?:this|today['’]s)\s+(?:episode|show|podcast)\b.{0,100}"
    r"|.{0,40}?\b(?:transcription|sous-titres?)\s+(?:de|pour)\s+(?:cet|ce)\s+(?:épisode|podcast)"
    r"\b.{0,100}"
    r"|.{0,40}?\b(?:transkript|untertitel)\w*\s+(?:dieser|zu\s+dieser)\s+(?:folge|episode)\b.{0,100}",
    re.IGNORECASE,
)

# What the listener who liked this one is asked to do next ("If you like this clip, check out
# my full interview with Bert Kreischer.", "If you enjoy this podcast, please consider making a
# donation"), in the feeds' languages; or a call to the full episode the post does not link.
_LIKED_ONE = (
    r"(?:clip|episode|show|podcast|interview|conversation|lesson|post|article|video|one|segment"
    r"|excerpt|épisode|émission|vidéo|folge|artikel|sendung|episodio|programa|artículo"
    r"|episódio|vídeo|artigo)\b"
)
_IF_YOU_LIKED = re.compile(
    rf"(?:if\s+you\s+(?:like|liked|love|loved|enjoy|enjoyed)\s+this\s+{_LIKED_ONE}"
    rf"|si\s+vous\s+avez\s+aimé\s+(?:cet|cette|ce)\s+{_LIKED_ONE}"
    rf"|si\s+(?:cet|cette|ce)\s+{_LIKED_ONE}\s+vous\s+a\s+plu"
    rf"|wenn\s+(?:dir|euch|ihnen)\s+(?:diese|dieser|dieses)\s+{_LIKED_ONE}\s+gef(?:ällt|allen)"
    rf"|si\s+te\s+(?:gustó|gusta)\s+(?:este|esta)\s+{_LIKED_ONE}"
    rf"|se\s+você\s+gostou\s+(?:deste|desta)\s+{_LIKED_ONE}).*"
    r"|(?:please\s+)?(?:go\s+)?(?:check\s+out|listen\s+to|watch|hear)\s+(?:my|our|the)\s+"
    r"(?:full|whole|complete|entire)\s+(?:interview|episode|conversation|video|podcast|talk)s?\b.*",
    re.IGNORECASE,
)

# An ask for the audience's feedback or suggestions, closing show notes or a newsletter's section
# ("Send us your feedback to …@gmail.com", "Please submit your suggestions and votes for next
# week!", "Send your suggestions my way!"): only where it asks and says where to, never a post
# whose news is the ask ("Submit your questions for Autoblog Podcast #394 LIVE!") or a sentence
# that gives its reason ("We're doing a survey …, so please submit your feedback.").
_ASKED = r"(?:feedback|suggestions|votes|questions|comments|ideas|tips)"
_FEEDBACK_ASK = re.compile(
    r"(?:leave\s+us\s+an?\s+(?:\S+\s+)?review\s+and\s+)?(?:and\s+)?(?:please\s+)?"
    r"(?:(?:make|be)\s+sure\s+to\s+|don['’]t\s+forget\s+to\s+)?"
    rf"(?:send|submit|e-?mail)\s+(?:us\s+)?your\s+{_ASKED}(?:\s+and\s+{_ASKED})?"
    r"(?:\s+(?:to|at)\s+\S+@\S+|\s+for\s+(?:the\s+)?next\s+(?:week|episode|issue|show)"
    r"|\s+(?:my|our)\s+way)?\s*[.!]*",
    re.IGNORECASE,
)

# A call to the show's or site's page, group or channel on a social network ("Be sure to join
# the Zero Punctuation Facebook Fan Page.", "You can also join us on the Facebook group
# TaylorNetwork of podcasts", "Plus be sure to check out our new Facebook group for Nancy
# listeners."): opened by the ask itself, never a sentence about a network's page.
_SOCIAL_PAGE_CALL = re.compile(
    r"(?:(?:and|also|plus|so)\s+)?(?:for\s+(?:more|updates)\b[^,]{0,40},\s*)?"
    r"(?:you\s+can\s+(?:also\s+)?|(?:please\s+)?(?:be|make)\s+sure\s+to\s+(?:also\s+)?"
    r"|don['’]?t\s+forget\s+to\s+|please\s+)?(?:also\s+)?"
    r"(?:join|like|follow|visit|check\s+out|find)\s+(?:\S+\s+){0,8}?"
    r"(?:facebook|twitter|instagram|youtube|linkedin|tiktok|mastodon|bluesky|discord|telegram)"
    r"\s+(?:fan\s+)?(?:page|group|channel|account|community|server)\b.{0,80}",
    re.IGNORECASE,
)

# A standing call to send the show or site material, saying where ("Send us your school's
# lecture series poster and details to connect@archinect.com.", "Email your question (ideally
# as a voice memo) to advice@…"); a job post's way to apply (a résumé, an application) is news.
_SUBMISSION_CALL = re.compile(
    r"(?:(?:and|so)\s+)?(?:please\s+)?(?:send|submit|e-?mail|forward)\s+(?:us\s+|me\s+)?"
    r"(?:your|any)\s+(?!.*\b(?:r[ée]sum[ée]s?|cvs?|applications?|cover\s+letters?|portfolios?)\b)"
    r".{1,80}?\s+(?:to|at)\s+\S+@\S+?\.\w+"
    r"(?:\s+and\s+we(?:['’]ll|\s+will)\b.{0,60})?\s*[.!]*",
    re.IGNORECASE,
)

# A standing ask to answer the show's or site's audience survey ("Please take our listener
# survey at historyonair.com.", "Fill out our reader survey!", "Nehmt an unserer Hörerumfrage
# teil"): a survey that is the news names what it asks ("… survey on remote work") and stays.
_SURVEY_ASK = re.compile(
    r"(?:(?:and|also|plus)\s+)?(?:please\s+)?(?:(?:take|fill\s+(?:out|in)|complete|answer)"
    r"\s+(?:our|the|this)\s+(?:(?:short|quick|brief|annual|new|\d{4})\s+)?"
    r"(?:listener|reader|audience|podcast|show)\s+(?:survey|questionnaire|poll)"
    r"|(?:nehmt|nehmen\s+sie)\s+an\s+unserer\s+(?:hörer|leser)umfrage\s+teil)"
    r"(?:\s+(?:at|on|here|via|in)\b(?:[^.!?]|\.(?=\w)){0,60})?\s*[.!]*",
    re.IGNORECASE,
)

# A show's standing way to reach it by phone or mail ("Call the history hotline at (206)
# 339-PAST (7278) Email me: …@gmail.com", "Leave us a voicemail at 555-…"): a number opens it.
_HOTLINE_CALL = re.compile(
    r"(?:(?:and|also|or)\s+)?(?:please\s+)?(?:call|phone|ring|text|leave\s+(?:us|me)\s+a\s+"
    r"(?:voicemail|message))(?:\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,3}?(?:hotline|voicemail"
    r"|line|number))?\s+(?:at|on)\s+\+?[\d(][\d()\s.-]{5,}.*",
    re.IGNORECASE,
)

# A standing call to share the audience's stories with the show, saying how ("Archinect Sessions
# still wants you to share your client horror stories!, (…) which you can do via twitter …, email
# or call us at (213) 784-7421."): a way to reach the show closes it; a report of stories stays.
_SHARE_CALL = re.compile(
    r"(?:[^.!?]{0,40}?\b(?:wants?|would\s+(?:like|love)|invites?)\s+you\s+to\s+|(?:please\s+)?)"
    r"(?:share|send|tell)\s+(?:us\s+)?(?:about\s+)?your\s+(?:\S+\s+){0,3}?(?:stories|story"
    r"|questions|experiences|tips|ideas|photos)\b.{0,160}?\b(?:call|text|e-?mail|write\s+to"
    r"|tweet|message)\s+(?:us|me)\b.*",
    re.IGNORECASE,
)

# A standing invitation to comment, and the ways to do it ("Alle interessierten Hörer … werden
# ermutigt, ihre Themenideen, Fragen und Anregungen zu hinterlassen.", "Hierfür stehen die
# Kommentarfunktion, Twitter oder Email als Kontaktmöglichkeit bereit.", "Readers are invited to
# leave their questions in the comments.", "N'hésitez pas à laisser un commentaire !", "Déjanos
# tu comentario."): the audience addressed or the comments named, never a sentence of news.
_AUDIENCE = (
    r"(?:(?:alle|die|unsere)\s+)?(?:interessierten\s+)?(?:hörer|zuhörer|leser|zuschauer)(?:innen)?"
    r"|(?:all\s+|our\s+)?(?:interested\s+)?(?:listeners|readers|viewers)"
)
# The ask may follow the case it is for ("Falls euch noch was auffällt …, hinterlasst doch bitte
# einen Kommentar.", "If you spot anything else, leave a comment below.").
_IF_CLAUSE = r"(?:(?:falls|wenn|sollte[nt]?|if|si|se)\b[^.!?]{0,100}?,\s*)?"
_COMMENT_ASK = re.compile(
    rf"{_IF_CLAUSE}(?:(?:{_AUDIENCE})\b[^.!?]{{0,80}}?\b(?:werden|sind|are)\s+(?:herzlich\s+|warmly\s+)?"
    r"(?:ermutigt|eingeladen|aufgerufen|aufgefordert|encouraged|invited|welcome)\b"
    r"(?=[^.!?]*\b(?:hinterlassen|mitzuteilen|schreiben|leave|share|send|post|submit)\b)"
    r"[^.!?]{0,120}?"
    r"\b(?:kommentar\w*|anregungen|themenideen|fragen|ideen|feedback|comments?|questions"
    r"|suggestions|ideas|thoughts)\b.*"
    r"|(?:hierfür|dafür|dazu)\s+(?:steh(?:t|en)|gibt\s+es)\b[^.!?]{0,40}?\bkommentar\w*\b.*"
    r"|(?:bitte\s+)?(?:hinterlasst|hinterlassen\s+sie|schreibt)\s+(?:(?:uns|mir|doch|bitte|gerne"
    r"|einfach)\s+){0,3}(?:einen|euren|ihren|eure)\s+(?:\w+\s+)?(?:kommentar\w*)\b.*"
    r"|n['’]h[ée]sitez\s+pas\s+[àa]\s+(?:nous\s+)?(?:laisser|[ée]crire|partager|poster)\s+"
    r"(?:un|vos|votre)\s+(?:\w+\s+)?commentaires?\b.*"
    r"|(?:laissez|[ée]crivez)[- ](?:nous\s+)?(?:un|vos|votre)\s+commentaires?\b.*"
    r"|(?:d[ée]janos|deja|dejad|dejen)(?:nos)?\s+(?:tu|tus|un|vuestros?|sus?)\s+comentarios?\b.*"
    r"|(?:please\s+)?(?:feel\s+free\s+to\s+)?(?:leave|post|share|drop)\s+(?:us\s+|me\s+)?"
    r"(?:a\s+comment|(?:your\s+(?:comments|thoughts|questions|ideas)\s+|them\s+)?(?:with\s+us\s+)?"
    r"(?:below|in\s+the\s+comments))"
    r"\b.{0,80})",
    re.IGNORECASE,
)

_MAX_WORDS = 45


def is_audience_ask(unit: str) -> bool:
    """True for a show's podcast-app, review or contact prompt, an account or patronage plug,
    ad-slot text, or a pointer to another version of the episode (captions, a transcript)."""
    unit = unit.strip()
    if _PODCAST_APP_CALL.fullmatch(unit):  # however long the sentence naming the apps
        return True
    if not unit or len(unit.split()) > _MAX_WORDS:
        return False
    return any(
        pattern.fullmatch(unit)
        for pattern in (
            _REVIEW_ASK,
            _CHAT_INVITE,
            _CONTACT_ASK,
            _HANDLE_PLUG,
            _JOINED_COUNT,
            _AD_SLOT,
            _PATRON_PLUG,
            _OTHER_VERSION,
            _IF_YOU_LIKED,
            _FEEDBACK_ASK,
            _SOCIAL_PAGE_CALL,
            _SUBMISSION_CALL,
            _SURVEY_ASK,
            _HOTLINE_CALL,
            _SHARE_CALL,
            _COMMENT_ASK,
        )
    )
