#!/usr/bin/env bash
# Regenerates the pictures of the app in docs/pictures/ (shown in README.md and docs/APP.md).
# Needs no display: `atomiscope snapshot` renders headless. Run from the repository root after
#   mvn -B -q -DskipTests package
set -euo pipefail
jar=app/target/atomiscope.jar
out=docs/pictures
snap() { java -jar "$jar" snapshot "$@"; }

# The 123456-with-191 read (MP without atomics), relaxed model, at the stale read.
snap 19-reordering-123456-191 --model relaxed --witness "reader: 123456 191" --out $out/window-mp-relaxed.png
snap 19-reordering-123456-191 --model relaxed --witness "reader: 123456 191" --side-by-side --out $out/window-side-by-side.png
snap 19-reordering-123456-191 --model relaxed --witness "reader: 123456 191" --part timeline --size 1600x1000 --out $out/timeline-mp.png
snap 19-reordering-123456-191 --model relaxed --witness "reader: 123456 191" --part heatmap --out $out/heatmap-mp.png
snap 19-reordering-123456-191 --model relaxed --witness "reader: 123456 191" --part console --out $out/console-mp.png
snap 19-reordering-123456-191 --part outcomes --out $out/outcomes-mp.png
snap 53-litmus-mp-plain --model tso --steps 6 --theme dark --out $out/window-litmus-mp-dark.png

# The notes pane of two course scenarios: a challenge met (its witness replayed) and one not yet tried.
snap 29-condition-variable-broken --witness "[deadlock: consumer]" --part notes --out $out/notes-condition-variable-broken.png
snap 13-torn-float64 --model relaxed --part notes --out $out/notes-torn-float64.png

# The primes example: a buffer of 100,000+ cells.
snap 03-sharing-primes --steps 12 --out $out/window-primes.png
snap 03-sharing-primes --steps 12 --part heatmap --out $out/heatmap-primes.png
snap 03-sharing-primes --steps 12 --part timeline --out $out/timeline-primes.png
snap 03-sharing-primes --steps 12 --part console --out $out/console-primes.png
snap 03-sharing-primes --part outcomes --out $out/outcomes-primes.png
snap 03-sharing-primes --steps 12 --part problems --out $out/problems-primes.png
