"""Video and audio hosts: where a clip is kept, not who published it ("Quelle:
video.google.com" under an embedded talk credits no original)."""

from __future__ import annotations

from urllib.parse import urlsplit

import re2

# Hosts whose pages are uploads by anyone: a "Source:" link to one names the player's host.
_HOSTS = frozenset(
    "youtube.com youtu.be vimeo.com dailymotion.com blip.tv hobnox.com veoh.com metacafe.com "
    "myvideo.de sevenload.com clipfish.de viddler.com revver.com ustream.tv justin.tv "
    "twitch.tv rutube.ru youku.com tudou.com nicovideo.jp soundcloud.com mixcloud.com "
    "podomatic.com liveleak.com vidmeup.com break.com funnyordie.com bitchute.com odysee.com "
    "rumble.com vevo.com".split()
)
# "video.google.com", "videos.sapo.pt", "tv.example.com/videoplay?…": a host or a page made
# for playing clips.
_PLAYER = re2.compile(r"(?i)^(?:videos?|vid|tv|media)\.|/(?:videoplay|watch|embed|video)\b")


def is_media_host(name: str | None, url: str | None) -> bool:
    """True when a credited name or its link is a video or audio host's (by host or by a
    player page's address), which hosts uploads and publishes nothing of its own."""
    for text in (url or "", name or ""):
        address = text if "://" in text else f"http://{text}"
        host = (urlsplit(address).hostname or "").removeprefix("www.").lower()
        if not host or "." not in host:
            continue
        registrable = ".".join(host.split(".")[-2:])
        if host in _HOSTS or registrable in _HOSTS:
            return True
        if text == url and _PLAYER.search(host + urlsplit(address).path):
            return True
        if text == name and " " not in text and _PLAYER.search(host):
            return True
    return False
