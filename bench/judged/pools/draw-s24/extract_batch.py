"""Like extract.py, for many repositories at once: reads candidate blobs through one `git cat-file --batch` a repo.

Usage: extract_batch.py OUTDIR OWNER+NAME... (files over 8 MB, code and docs by extension are skipped)."""
import os, re, subprocess, sys

ROOT = re.compile(rb"<(rss|feed|rdf:RDF|RDF)[\s>]")
SKIP_EXT = (".js", ".ts", ".py", ".go", ".rb", ".php", ".java", ".kt", ".swift", ".cs", ".rs", ".json", ".md", ".html",
            ".htm", ".png", ".jpg", ".gif", ".svg", ".css", ".c", ".h", ".m", ".yml", ".yaml", ".txt", ".lock", ".ico")

out = sys.argv[1]
for repo in sys.argv[2:]:
    git = f"/work/.mirror/{repo}/repo"
    if os.path.isdir(git + "/.git"):
        git += "/.git"
    head = subprocess.run(["git", "-C", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    rows = subprocess.run(["git", "-C", git, "ls-tree", "-r", "-l", "HEAD"], capture_output=True, text=True).stdout
    todo = []
    for row in rows.splitlines():
        meta, path = row.split("\t", 1)
        _, kind, sha, size = meta.split()
        if kind == "blob" and size.isdigit() and 200 < int(size) <= 8_000_000 and not path.lower().endswith(SKIP_EXT):
            todo.append((sha, path))
    p = subprocess.Popen(["git", "-C", git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    n = 0
    for sha, path in todo:
        p.stdin.write(sha.encode() + b"\n"); p.stdin.flush()
        header = p.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = p.stdout.read(int(header[2])); p.stdout.read(1)
        if ROOT.search(data[:3000]):
            dst = os.path.join(out, repo, path)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            open(dst, "wb").write(data)
            n += 1
    p.stdin.close(); p.wait()
    print(repo, head, n, "feed-like files", flush=True)
