#!/usr/bin/env bash
# Regenerates pandoc's plain-text rendering of every document in the plain-text corpus.
# Needs pandoc (apt-get install pandoc); the outputs are committed so tests need no pandoc.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/corpus"
for doc in *.md; do
  [ "$doc" = SOURCES.md ] && continue
  pandoc -f gfm -t plain --wrap=none "$doc" > "${doc%.md}.pandoc.txt"
done
echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2): $(ls *.pandoc.txt | wc -l) documents rendered"
