"""Copy the one listed feed file (the path of its find_files listing) of each picked site repository at HEAD.

Usage: extract_site.py OUTDIR LISTINGS.txt PICKS.txt (writes OUTDIR/OWNER+NAME/PATH; prints repository, HEAD, result)."""
import os, subprocess, sys

path_of = {}
for line in open(sys.argv[2]):
    line = line.strip()
    if line.startswith("#"):
        cur = line[1:].strip()
    elif line:
        path_of.setdefault(line, cur)
for repo in (x.strip() for x in open(sys.argv[3]) if x.strip()):
    name = repo.replace("/", "+")
    git = f"/work/.mirror/{name}/repo"
    if os.path.isdir(git + "/.git"):
        git += "/.git"
    if not os.path.isdir(git):
        print(repo, "-", "no snapshot")
        continue
    head = subprocess.run(["git", "-C", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    blob = subprocess.run(["git", "-C", git, "show", f"HEAD:{path_of[repo]}"], capture_output=True)
    if blob.returncode:
        print(repo, head, "no", path_of[repo], "at HEAD")
        continue
    dst = os.path.join(sys.argv[1], name, path_of[repo])
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    open(dst, "wb").write(blob.stdout)
    print(repo, head, path_of[repo], len(blob.stdout), "bytes")
