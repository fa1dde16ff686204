"""The command line, run as a real process: inspect, dry run, feeds, config errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, TOKEN
from tests.support.rss import Item, rss

EXAMPLES = REPO / "examples" / "feeds"


def newsbot(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with a clean NEWSBOT_* environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env=base
        | (env or {})
        | {
            "PYTHONPATH": os.pathsep.join(
                p for p in [str(REPO), os.environ.get("PYTHONPATH", "")] if p
            )
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_inspect_json_gives_the_fields_and_one_story_key_per_story(tmp_path: Path) -> None:
    a = tmp_path / "a.xml"
    b = tmp_path / "b.xml"
    a.write_text(
        rss(
            "Site A",
            "https://a.example",
            [
                Item(
                    "Shared story",
                    "https://news.example/x?utm_source=a",
                    "<p>Same. Text.</p>",
                    "a1",
                ),
                Item("Only A", "https://a.example/only", "<p>Alone.</p>", "a2"),
            ],
        )
    )
    b.write_text(
        rss(
            "Site B",
            "https://b.example",
            [
                Item(
                    "Shared story, B's words",
                    "https://www.news.example/x#top",
                    "<p>Same.</p>",
                    "b1",
                ),
            ],
        )
    )
    result = newsbot("inspect", str(a), str(b), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["title"] for i in items] == ["Shared story", "Only A", "Shared story, B's words"]
    for item in items:
        assert {"title", "link", "canonical_url", "story", "summary", "message"} <= item.keys()
    assert items[0]["story"] == items[2]["story"] != items[1]["story"]
    assert items[0]["canonical_url"] == "https://news.example/x"
    assert items[0]["message"].startswith("<b>Shared story</b>")
    assert sorted(tmp_path.iterdir()) == [a, b]  # no database created


def test_dry_run_prints_posts_and_records_nothing(tmp_path: Path) -> None:
    result = newsbot(
        "run",
        "--once",
        "--dry-run",
        "--backfill",
        "3",
        "--feed",
        str(EXAMPLES / "world-news.xml"),
        "--feed",
        str(EXAMPLES / "partner-site.xml"),
        cwd=tmp_path,
        env={"NEWSBOT_DATABASE": str(tmp_path / "n.db")},
    )
    assert result.returncode == 0, result.stderr
    # Four stories: the partner site's ferry story is the Gazette's, reached by another link.
    assert result.stdout.count("─── post ") == 4
    assert result.stdout.count("Ferry") == 1
    assert not (tmp_path / "n.db").exists()


def test_feeds_add_list_remove_on_the_database(tmp_path: Path) -> None:
    env = {"NEWSBOT_DATABASE": str(tmp_path / "n.db")}
    added = newsbot("feeds", "add", str(EXAMPLES / "world-news.xml"), cwd=tmp_path, env=env)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("#1\tHarbour Town Gazette")
    listed = newsbot("feeds", "list", cwd=tmp_path, env=env)
    assert "#1\tactive" in listed.stdout and "world-news.xml" in listed.stdout
    again = newsbot("feeds", "add", str(EXAMPLES / "world-news.xml"), cwd=tmp_path, env=env)
    assert again.returncode == 1 and "already subscribed as #1" in again.stderr
    assert newsbot("feeds", "remove", "1", cwd=tmp_path, env=env).returncode == 0
    gone = newsbot("feeds", "remove", "1", cwd=tmp_path, env=env)
    assert gone.returncode == 1 and "no feed #1" in gone.stderr
    # Beyond SQLite's integers: no feed has that id, said in one line (no traceback).
    huge = newsbot("feeds", "remove", "99999999999999999999999", cwd=tmp_path, env=env)
    assert huge.returncode == 1
    assert huge.stderr.splitlines() == ["there is no feed #99999999999999999999999"]


def test_feeds_name_sets_the_site_name_posts_credit(tmp_path: Path) -> None:
    env = {"NEWSBOT_DATABASE": str(tmp_path / "n.db")}
    added = newsbot("feeds", "add", str(EXAMPLES / "world-news.xml"), cwd=tmp_path, env=env)
    assert added.returncode == 0, added.stderr
    listed = newsbot("feeds", "list", cwd=tmp_path, env=env)
    assert "\tcredited as: Harbour Town Gazette" in listed.stdout
    named = newsbot("feeds", "name", "1", "The", "Harbour  Gazette", cwd=tmp_path, env=env)
    assert named.returncode == 0, named.stderr
    assert named.stdout == "#1\tcredited as: The Harbour Gazette (editor)\n"
    listed = newsbot("feeds", "list", cwd=tmp_path, env=env)
    assert "\tcredited as: The Harbour Gazette" in listed.stdout
    auto = newsbot("feeds", "name", "1", "auto", cwd=tmp_path, env=env)
    assert auto.stdout == "#1\tcredited as: Harbour Town Gazette (title)\n"
    missing = newsbot("feeds", "name", "2", "X", cwd=tmp_path, env=env)
    assert missing.returncode == 1 and missing.stderr == "there is no feed #2\n"


def test_a_real_run_without_a_token_stops_with_one_clear_line(tmp_path: Path) -> None:
    result = newsbot("run", cwd=tmp_path, env={"NEWSBOT_CHANNEL_ID": "-1001"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsbot: configuration error: NEWSBOT_BOT_TOKEN is required (get one from @BotFather)"
    ]


def test_a_malformed_value_names_the_variable_and_hides_the_token(tmp_path: Path) -> None:
    result = newsbot(
        "run",
        cwd=tmp_path,
        env={"NEWSBOT_BOT_TOKEN": TOKEN, "NEWSBOT_POLL_INTERVAL": "often"},
    )
    assert result.returncode == 2
    assert "NEWSBOT_POLL_INTERVAL" in result.stderr and TOKEN not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
