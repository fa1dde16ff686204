"""Extract every file of the given mirrored repositories whose opening looks like a feed (rss, feed, rdf:RDF root).

Usage: extract.py OUTDIR OWNER+NAME... (reads /work/.mirror/OWNER+NAME/repo at HEAD; writes OUTDIR/OWNER+NAME/PATH)."""
import os, re, subprocess, sys

ROOT = re.compile(rb"<(rss|feed|rdf:RDF|RDF)[\s>]")
SKIP_EXT = (".js", ".ts", ".py", ".go", ".rb", ".php", ".java", ".kt", ".swift", ".cs", ".rs", ".json", ".md", ".html", ".htm")

out = sys.argv[1]
for repo in sys.argv[2:]:
    git = f"/work/.mirror/{repo}/repo"
    head = subprocess.run(["git", "-C", git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    rows = subprocess.run(["git", "-C", git, "ls-tree", "-r", "-l", "HEAD"], capture_output=True, text=True, check=True).stdout
    n = 0
    for row in rows.splitlines():
        meta, path = row.split("\t", 1)
        _, kind, sha, size = meta.split()
        if kind != "blob" or not size.isdigit() or int(size) > 8_000_000 or path.lower().endswith(SKIP_EXT):
            continue
        data = subprocess.run(["git", "-C", git, "cat-file", "blob", sha], capture_output=True, check=True).stdout
        if not ROOT.search(data[:3000]):
            continue
        dst = os.path.join(out, repo, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        open(dst, "wb").write(data)
        n += 1
    print(repo, head, n, "feed-like files")
