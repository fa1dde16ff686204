#!/bin/bash
# render.sh REPO POOLDIR SEEDBASE OUTDIR : render parts a..d of sample 33 with REPO's code (whole part, 3 entries a feed)
REPO=$1; POOL=$2; SB=$3; OUT=$4; mkdir -p $OUT
i=1; for p in a b c d; do
  n=$(wc -l < /work/judge35/part-$p.txt)
  (cd $REPO && NEWSBOT_TEASER_CHARS=0 NEWSBOT_SITE_NAME_DAYS=0 .venv/bin/python bench/judged_sample.py --pool /work/judge35/part-$p.txt --corpus $POOL --seed $SB$i --feeds $n --per-feed 3 > $OUT/posts-$p.jsonl 2> $OUT/err-$p.txt) &
  i=$((i+1))
done; wait; wc -l $OUT/posts-*.jsonl
