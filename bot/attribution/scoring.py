"""Measure attribute() on a labelled reprints jsonl: precision, recall, publisher accuracy."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.attribution.domains import registered_domain
from bot.attribution.notices import find_notices
from bot.attribution.outlets import lookup
from bot.attribution.reprints import Attribution, attribute
from bot.text.blocks import to_blocks

BARS = {"precision": 0.95, "recall": 0.90, "publisher_accuracy": 0.85}
# bot/attribution/scoring.py: the repository is three levels up.
REPO_ROOT = Path(__file__).resolve().parents[2]


def eval_dir() -> Path:
    """$NEWSBOT_EVAL (relative paths from the repo root), else the copy in tests/data/eval."""
    value = os.environ.get("NEWSBOT_EVAL") or "tests/data/eval"
    path = Path(value)
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def load_rows(path: Path) -> list[dict[str, Any]]:
    """One dict per non-empty line of a jsonl file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DEV_FILES = ("reprints-dev.jsonl", "reprints-dev2.jsonl")


def half_of(row: dict[str, Any]) -> str:
    """A fixed split of labelled rows by id hash: "a" (rules tuned on it) or "b" (checks them)."""
    digest = hashlib.sha1(str(row.get("id", "")).encode(), usedforsecurity=False).digest()
    return "ab"[digest[0] % 2]


def site_for(row: dict[str, Any]) -> tuple[str | None, str | None]:
    """The feed's (title, home URL) for a labelled row: its reprinter and the item's host."""
    name = row.get("reprinter")
    if name:
        m = re.search(r"\(([\w.-]+\.[a-z]{2,})\)", name)
        if m:
            return name, "https://" + m.group(1)
    source = row.get("source") or ""
    m = re.search(
        r"(?:item <link>|web page|item|copy of|link)\s+((?:https?://)?[\w.-]+\.[a-z]{2,}"
        r"[^\s,;)]*)",
        source,
    ) or re.search(r'source "([\w.-]+\.[a-z]{2,})"', source)
    if not m:
        return name, None
    url = m.group(1) if "://" in m.group(1) else "https://" + m.group(1)
    parts = urlsplit(url)
    return name, f"{parts.scheme}://{parts.netloc}"  # a feed's link is its home page


def _key(name: str) -> str:
    name = re.sub(r"^\s*the\s+", "", name.casefold())
    return re.sub(r"[\W_]+", "", name)


def _domain_key(host: str) -> str:
    return "domain:" + (registered_domain(host) or host).casefold()


def publisher_keys(name: str) -> set[str]:
    """Comparable spellings: case/"The"/punctuation folded, acronym <-> expansion."""
    name = name.strip()
    keys = {_key(name)}
    bases = [name]
    m = re.fullmatch(r"(.*?)\s*\(([^)]+)\)", name)
    if m and re.fullmatch(r"[A-Z][A-Z0-9&.-]+", m.group(2)):
        keys |= {_key(m.group(1)), _key(m.group(2))}
        bases.append(m.group(1))
    elif m:
        # A gloss in a label ("破狼 (greengerong.github.io blog)") explains the name before it:
        # the name, or a site the gloss names, is the outlet.
        keys.add(_key(m.group(1)))
        bases.append(m.group(1))
        keys |= {_domain_key(d) for d in re.findall(r"[\w-]+(?:\.[\w-]+)+", m.group(2))}
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
        keys.add(_domain_key(name))
    for base in bases:
        agency = lookup(base)
        if agency:
            keys |= {_key(s) for s in (agency.name, *agency.aliases)}
        words = [w for w in re.split(r"[\s/-]+", base) if w[:1].isupper()]
        if len(words) >= 2:
            keys.add("".join(w[0] for w in words).casefold())
    keys.discard("")
    return keys


def same_publisher(pred: str | None, gold: str | None) -> bool:
    """Whether two publisher labels name the same outlet(s); None only matches None."""
    if pred is None or gold is None:
        return pred is gold
    if publisher_keys(pred) & publisher_keys(gold):
        return True
    p_parts, g_parts = re.split(r"\s+/\s+", pred), re.split(r"\s+/\s+", gold)
    if len(p_parts) != len(g_parts) or len(p_parts) == 1:
        return False
    remaining = list(g_parts)
    for part in p_parts:
        match = next((g for g in remaining if publisher_keys(part) & publisher_keys(g)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


@dataclass
class Report:
    """Confusion counts, publisher/URL agreement on gold positives, and per-row errors."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    publisher_ok: int = 0
    url_ok: int = 0
    url_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def publisher_accuracy(self) -> float:
        positives = self.tp + self.fn
        return self.publisher_ok / positives if positives else 0.0

    def failures(self) -> list[str]:
        """Names of the metrics that are under their bar."""
        return [k for k, bar in BARS.items() if getattr(self, k) < bar]

    def summary(self) -> str:
        """Human-readable metric lines."""
        return "\n".join(
            [
                f"rows: {self.tp + self.fp + self.fn + self.tn}  positives: {self.tp + self.fn}  "
                f"negatives: {self.fp + self.tn}",
                f"tp={self.tp} fp={self.fp} fn={self.fn} tn={self.tn}",
                f"precision:          {self.precision:.3f}  (bar {BARS['precision']})",
                f"recall:             {self.recall:.3f}  (bar {BARS['recall']})",
                f"publisher accuracy: {self.publisher_accuracy:.3f}  (bar "
                f"{BARS['publisher_accuracy']}; {self.publisher_ok}/{self.tp + self.fn} positives)",
                f"original_url exact: {self.url_ok}/{self.url_total} (informational)",
            ]
        )


def predict(row: dict[str, Any]) -> Attribution:
    """attribute() for one labelled row, with the site taken from its reprinter/source."""
    name, url = site_for(row)
    blocks = to_blocks(row["text"])
    return attribute(blocks, find_notices(blocks, row["text"]), site_name=name, site_url=url)


def evaluate(rows: list[dict[str, Any]]) -> Report:
    """Score attribute() against the labels of every row."""
    report = Report()
    for row in rows:
        got = predict(row)
        gold = bool(row["is_reprint"])
        rid = row.get("id", "?")
        if gold and got.is_reprint:
            report.tp += 1
        elif gold:
            report.fn += 1
            gold_pub = row["original_publisher"]
            report.errors.append(f"{rid}: missed reprint (gold publisher {gold_pub!r})")
        elif got.is_reprint:
            report.fp += 1
            report.errors.append(
                f"{rid}: false reprint, publisher {got.original_publisher!r}, notice {got.notice!r}"
            )
        else:
            report.tn += 1
        if not gold:
            continue
        pred = got.original_publisher if got.is_reprint else None
        if same_publisher(pred, row["original_publisher"]):
            report.publisher_ok += 1
        elif got.is_reprint:
            report.errors.append(f"{rid}: publisher {pred!r}, gold {row['original_publisher']!r}")
        if row.get("original_url"):
            report.url_total += 1
            if (got.original_url or "").rstrip("/") == row["original_url"].rstrip("/"):
                report.url_ok += 1
    return report
