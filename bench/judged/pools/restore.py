"""Restore the pools on a new machine: every feed file the judged rows and pool lists name.

A key is `owner+name/path` (a GitHub repository and a file's path in it) or, in old keys, a short
first part that SHORT maps to candidate repositories. Keys found in the corpus need nothing.
  .venv/bin/python bench/judged/pools/restore.py --repos   repositories still to fetch, most-needed
      first (samples 29, 28, 27's lists, i.e. session31/30/29-heldout.txt, then by judged feeds)
  .venv/bin/python bench/judged/pools/restore.py           copy every needed key from the mirror
      (/work/.mirror/owner+name/repo, as the fetch tool leaves it) into /work/pools/all/<key>;
      keys already there are skipped; prints the counts, writes missing keys with their reason.
A file the lead unpacked by hand from an archive in a repository (nikegp/speedparser3's
tests/bozo.tar.gz -> tests/bozo/NNNN.dat) is taken from that archive."""

from __future__ import annotations

import argparse
import collections
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
JUDGED = REPO / "bench" / "judged"
LISTS = JUDGED / "pools"
FIRST = ["session31-heldout.txt", "session30-heldout.txt", "session29-heldout.txt"]
MIRROR = Path("/work/.mirror")
OUT = Path("/work/pools/all")
CORPUS = Path(os.environ.get("NEWSBOT_CORPUS", "/work/shared/corpus"))
ARCHIVES = (".tar.gz", ".tgz", ".tar")

# Old keys' short first parts and the repositories they may come from, tried in this order.
SHORT: dict[str, list[str]] = {
    "Feeder": ["spacecowboy/Feeder"],
    "FeedKit": ["nmdias/FeedKit"],
    "NetNewsWire": ["Ranchero-Software/NetNewsWire"],
    "SyndiKit": ["brightdigit/SyndiKit"],
    "capyreader": ["jocmp/capyreader"],
    "fastfeedparser": ["kagisearch/fastfeedparser"],
    "feed": ["bergmark/feed"],
    "feed-extractor": ["extractus/feed-extractor"],
    "feedbin": ["feedbin/feedbin"],
    "feedjira": ["feedjira/feedjira"],
    "laminas-feed": ["laminas/laminas-feed"],
    "news": ["nextcloud/news", "slavsan/news"],
    "rome": ["rometools/rome"],
    "rss": ["rust-syndication/rss", "maubot/rss"],
    "rss2email": ["rss2email/rss2email"],
    "selfoss": ["fossar/selfoss"],
    "stringer": ["stringer-rss/stringer"],
    "syndication": [
        "HHS/syndication",
        "KDE/syndication",
        "vborovikov/syndication",
        "ouattararomuald/syndication",
    ],
}


def list_keys(name: str) -> list[str]:
    """A pool list's keys: its lines that are not blank or `#` comments."""
    lines = (line.strip() for line in (LISTS / name).read_text().splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def judged_feeds() -> set[str]:
    feeds: set[str] = set()
    for f in JUDGED.glob("*.jsonl"):
        for line in f.read_text().splitlines():
            row = json.loads(line) if line.strip() else {}
            if "feed" in row:
                feeds.add(str(row["feed"]))
    return feeds


def repositories(key: str) -> list[str]:
    """The repositories (`owner/name`) a key's file may come from."""
    prefix = key.split("/", 1)[0]
    return SHORT.get(prefix, [prefix.replace("+", "/", 1)])


def gitdir(repo: str) -> Path:
    return MIRROR / repo.replace("/", "+", 1) / "repo"


def git(repo: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(gitdir(repo)), *args], capture_output=True)


def from_history(repo: str, path: str) -> bytes | None | bool:
    """The file's newest version in any commit; False if never in history, None if no blob here."""
    if (shown := git(repo, "show", f"HEAD:{path}")).returncode == 0:
        return shown.stdout
    log = git(repo, "log", "--all", "--full-history", "--format=%H", "--", path)
    revs = log.stdout.decode().split()
    for rev in revs:
        if (shown := git(repo, "show", f"{rev}:{path}")).returncode == 0:
            return shown.stdout
    return None if revs else False


def from_archive(repo: str, path: str) -> bytes | None:
    """A file unpacked from an archive beside its folder (tests/bozo/1.dat in tests/bozo.tar.gz)."""
    parts = path.split("/")
    for i in range(len(parts) - 1, 0, -1):
        folder, member = "/".join(parts[:i]), "/".join(parts[i - 1 :])
        for ext in ARCHIVES:
            data = from_history(repo, folder + ext)
            if not isinstance(data, bytes):
                continue
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                for info in tar.getmembers():
                    if info.isfile() and info.name.removeprefix("./") == member:
                        extracted = tar.extractfile(info)
                        return extracted.read() if extracted else None
    return None


def restore(key: str, into: Path) -> str | None:
    """Copy one key's file into a folder; None when done, else why it is missing."""
    path = key.split("/", 1)[1]
    reasons = []
    for repo in repositories(key):
        if not gitdir(repo).is_dir():
            reasons.append(f"{repo} not fetched")
            continue
        found = from_history(repo, path)
        data = found if isinstance(found, bytes) else from_archive(repo, path)
        if data is not None:
            out = into / key
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            return None
        why = "path never in history" if found is False else "blob absent from the snapshot"
        reasons.append(f"{repo}: {why}")
    return "; ".join(reasons)


def needed() -> tuple[list[str], collections.Counter[str]]:
    """Keys not in the corpus (samples 29-27 first, then judged feeds, then other lists) and
    how many judged feeds each repository holds."""
    judged = judged_feeds()
    others = sorted(p.name for p in LISTS.glob("*.txt") if p.name not in FIRST)
    keys = dict.fromkeys(k for name in FIRST for k in list_keys(name))
    keys |= dict.fromkeys(sorted(judged))
    keys |= dict.fromkeys(k for name in others for k in list_keys(name))
    keys_needed = [k for k in keys if "/" in k and not (CORPUS / k).is_file()]
    held = collections.Counter(r for k in keys_needed if k in judged for r in repositories(k))
    return keys_needed, held


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repos", action="store_true", help="print the repositories still to fetch")
    ap.add_argument("--out", type=Path, default=OUT, help="where keys are restored")
    ap.add_argument("--missing", type=Path, default=OUT.parent / "restore-missing.txt")
    args = ap.parse_args()
    keys, held = needed()
    todo = [k for k in keys if not (args.out / k).is_file()]
    if args.repos:
        first = [r for name in FIRST for k in list_keys(name) for r in repositories(k)]
        rank = {r: i for i, r in enumerate(dict.fromkeys(first))}
        pending = {r for k in todo for r in repositories(k) if not gitdir(r).is_dir()}
        for repo in sorted(pending, key=lambda r: (rank.get(r, len(rank)), -held[r], r)):
            print(repo)
        return 0
    missing = {k: why for k in todo if (why := restore(k, args.out)) is not None}
    args.missing.write_text("".join(f"{k}\t{why}\n" for k, why in sorted(missing.items())))
    restored = len(keys) - len(missing)
    print(f"{len(keys)} keys needed, {restored} restored ({len(todo) - len(missing)} now),")
    print(f"{len(missing)} missing (listed in {args.missing})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
