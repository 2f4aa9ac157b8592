"""A short tour of the library API on the example broadcast (run by `make demo`)."""

from pathlib import Path

import transcript_tools as tt

here = Path(__file__).parent
names = (here / "names_interview_2020-10.txt").read_text(encoding="utf-8").splitlines()
article = (here / "article_same_story_2020-10.txt").read_text(encoding="utf-8")

doc = tt.read(here / "broadcast_interview_2020-10.txt")      # parse only
transcript = tt.clean(doc, names=names, references=[article])  # every stage

print(transcript)
print(transcript.to_text()[:300], "...")
for edit in transcript.corrections:
    if edit.kind == "name":
        print(f"  {edit.original!r} -> {edit.replacement!r}  ({edit.rule}, {edit.confidence:.2f})")
assert transcript.replay() == transcript.text  # the log alone rebuilds the text
