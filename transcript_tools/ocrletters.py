"""The capital I that optical character recognition misread: subtitles OCR'd from bitmaps (DVB
and DVD subtitles, as CCExtractor or a subtitle editor read them) write "I" as "!", "1", "l"
or "|" ("Shall ! get you a glass?", "l won't.", "but 1 am one of them"). Called by `artifacts`.

Only in a written source (`language.written_source`: cased and punctuated, where none of these
stands alone before a lowercase word), and only where "I" fits the next word: English puts
that word after "I" often (the bigram counts: "i know", "i was", "i am"), or it is a
contraction "I" takes ("don't", "won't", "should've"). A "1" must also open its line, its
sentence or a clause (after a comma or a conjunction): after another word it is a number
("phase 1 was").
"""

from __future__ import annotations

from .language import written_source
from .lazypattern import lazy_regex
from .model import Document, Editor
from .vocabulary import vocabulary

MISREAD = frozenset("!1l|")
I_PAIR_ZIPF = 3.5
"""How common "I" and the next word must be as a pair ("i know" 4.2, "i get" 4.1; "i of" 2.8,
"i the" 2.9)."""
_CONTRACTION = lazy_regex(r"^[a-z]+(?:n't|'ve|'d|'ll)$")
_NOT_AFTER_I = frozenset("isn't aren't doesn't hasn't".split())
_CLAUSE_OPENERS = frozenset("and but or so then because".split())
_LEAD = frozenset(" \t\n\r>")
"""What may stand right before a misread letter: a space, a line's start, a tag's end."""


def mend_capital_i(doc: Document) -> Document:
    """``doc`` with each misread capital I written "I" (a ``spelling`` edit, ``ocr-i``)."""
    source = doc.source
    if not any(c in source for c in MISREAD) or not written_source(doc):
        return doc
    vocab = vocabulary()
    pieces = doc.text_pieces()
    editor: Editor | None = None
    for k in range(len(pieces) - 1):
        p, nxt = pieces[k], pieces[k + 1]
        if p.text not in MISREAD or (p.start and source[p.start - 1] not in _LEAD) \
                or source[p.end:nxt.start] != " ":
            continue
        word = nxt.text
        low = word.lower().replace("’", "'")
        if not (word[:1].islower() and low.replace("'", "").isalpha()):
            continue
        if "'" in low:
            fits = bool(_CONTRACTION.match(low)) and low not in _NOT_AFTER_I
        else:
            fits = vocab.bigram_zipf("i", low) >= I_PAIR_ZIPF
        if not fits:
            continue
        if p.text == "1" and k and "\n" not in source[pieces[k - 1].end:p.start]:
            before = pieces[k - 1].text
            if before not in (".", "?", "!", ",", ";", ":") \
                    and before.lower() not in _CLAUSE_OPENERS and not before.endswith(">"):
                continue
        editor = editor or doc.editor()
        editor.replace([p], "I", "spelling", "ocr-i", 0.9,
                       note="a capital I that character recognition misread")
    return editor.finish() if editor is not None else doc
