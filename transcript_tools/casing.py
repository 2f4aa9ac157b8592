"""Truecasing: sentence starts, the pronoun "I" and its contractions, dotted initialisms
("u.s." -> "U.S."), and proper nouns from `propernouns` (countries, capitals, demonyms...).

A pipeline stage run after sentence segmentation (it reads ``sentence_starts``) and after the
names stage, whose lexicon names it leaves as they are. Only letter case ever changes.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from operator import attrgetter, itemgetter, not_
from typing import Any, cast, overload

import regex

from . import memos, personnames, wordcase
from .breakwords import POSSESSIVE_ENDS
from .captionstops import TITLE_ABBREVIATIONS
from .casingframes import CUE_WORDS as _FRAME_CUES
from .casingframes import NOT_NAMES as _NOT_NAMES
from .casingframes import Form as _Form
from .casingframes import (
    compass,
    deity,
    initials,
    label_named,
    label_words,
    nicknames,
    programme_titles,
    quote_openers,
)
from .everyday import STORY_NAMES, gated
from .labelcase import after_labels
from .language import written_source
from .lexicon import Lexicon, folded, name_key
from .memos import WORD_MEMO
from .model import Document, Piece, Token
from .options import Options
from .personnames import NOT_NAME
from .phonetics import VOWELS
from .pronounce import cmu
from .propernouns import AFTER_THE, ProperNouns, call_sign, initialisms, named_towns, proper_nouns
from .scans import Beside, holding, spaces_only, where
from .shouting import shouted
from .spacedmarks import glued_commas, glued_to_mark, spaced_marks
from .streets import CUE_WORDS as _STREET_CUES
from .streets import region_cases, street_cases, town_cases
from .titles import CUE_WORDS as _TITLE_CUES
from .titles import (
    NAME_TITLES,
    capitalise,
    members,
    offices,
    party_words,
    said_by_letters,
    titled_words,
)
from .webaddress import is_address

_PRONOUN_I = regex.compile(r"^i(?:['’](?:m|ll|ve|d|s))?$")
_INITIALISM = regex.compile(r"^(?:\p{Ll}\.){2,}$")
_LOWER_DOTTED = frozenset({"a.m.", "p.m.", "a.m", "p.m", "e.g.", "i.e.", "e.g", "i.e"})
"""Dotted abbreviations English writes in lowercase ("7 a.m.", "e.g."): never initialisms."""
_LOWER_SHORT = frozenset({"vs", "pm"})
"""Letter-read abbreviations English writes in lowercase ("patriots vs. jets", "9 pm"):
never initialisms."""
_LETTER_FIGURE = regex.compile(r"^\p{Ll}(?:-\d+\p{Ll}{0,2}|\d{1,3})$")
"""A letter and a figure: a code, its letter a capital ("b-29", "i-95", "f-16s"; "q2", "g20":
a quarter, a group; only one letter before the figure, "mp3" and "h1n1" are other shapes)."""
_MIXED = frozenset({"phd", "kwh", "mme"})
"""Letter-read words English writes in mixed case ("PhD", "kWh", "Mme"): left as they are."""
_TITLES = frozenset({"mr", "mrs", "ms", "dr"})
"""Titles written with a capital whenever a period follows them ("Mr.", "Dr."); the other
`TITLE_ABBREVIATIONS` ("st.", "gov.", "rep.") only where the sentence goes on after them
(read so after "to", "the": "to st. francis") and the word after them is a name. Not "ft.",
which is also feet ("6 ft. tall")."""
_CASED_TITLES = TITLE_ABBREVIATIONS - {"ft"}
_SAINTS = frozenset({"st", "mt"}) | _TITLES
"""Abbreviations British captions write without a stop before a place's, a saint's or a
person's name ("st petersburg", "st andrews", "mt kenya", "mr miliband", "dr fauci"): cased
with the name a rule cases after them."""
_BEFORE_NAMES = NAME_TITLES | _TITLES | _CASED_TITLES
"""Words a surname may follow (`personnames`: "president kagame", "mr. kornacki")."""
_CLITICS = frozenset("s t d m re ll ve".split())
_CORE = regex.compile(r"^(?P<lead>[\"'“‘(]*)(?P<core>.*?)(?P<tail>(?:['’]s)?[.,;:?!\"'”’)…]*)$")


_PREFIXES = frozenset("pro anti post pre non ex trans pan neo".split())
"""Prefixes a hyphenated proper adjective keeps lowercase ("anti-American", "pro-Israel"; not
"mid": "Mid-Atlantic")."""
_LOW = itemgetter(5)
_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
"""The Latin ligatures ("ﬁ", "ﬂ") as their letters: a word's key is the word the casing
stage's capitals write ("ﬁrst" -> "First"); not `str.casefold`, which also folds "ß" and
whose key the recased text is built from in places."""
_PLAIN = itemgetter(6)
_KIND = itemgetter(7)
_FIRST = attrgetter("first")


_INSTITUTION_ROLES = frozenset(
    "official officials spokesman spokeswoman spokesperson aide aides adviser advisers "
    "advisor advisors correspondent correspondents counsel staffers press majority minority"
    .split())
"""The people of an institution: an institution English cases only after "the" ("the
senate", not "a senate seat") is the institution before one of them, article or not ("white
house officials say", "a pentagon spokesman", "kremlin aides"), or before its majority or
minority ("senate majority leader")."""
_NOT_BEFORE_INSTITUTIONS = frozenset({AFTER_THE, "month", "weekday", "occasion", "unit"})
"""Groups of table entries that make no modifier of an institution English cases only after
"the" (`_proper`): a place, a people or a party cased just before it does ("a republican
senate", "the uk supreme court"); a day, a month or another such institution not."""
_LETTERS_FIGURE = regex.compile(r"([a-z]{2,5})([0-9]{1,3})")
"""Letters and a figure run together ("nbc5"), the whole word (`Truecaser._form`)."""
_APART_MARKS = frozenset(".,?!;:…")
"""Marks between two words that keep them from being one person's name."""


class _Column(Sequence[Any]):
    """One field of every word's casing facts, read where asked (most words never are)."""

    __slots__ = ("_cores", "_at")

    def __init__(self, cores: list[_Form], at: int) -> None:
        self._cores, self._at = cores, at

    def __len__(self) -> int:
        return len(self._cores)

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Any]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [c[self._at] for c in self._cores[i]]
        return self._cores[i][self._at]


class Truecaser:
    """The casing stage. ``lexicon`` names are the names stage's: a proper noun of the
    table that is also a lexicon key is left to it."""

    def __init__(self, options: Options, lexicon: Lexicon | None = None) -> None:
        self.options = options
        self.lexicon = lexicon
        self._table: ProperNouns | None = None
        self._forms: dict[str, _Form] = {}
        self._longest: dict[str, int] = {}
        self._present: set[str] = set()  # the table entries the last `_proper` found
        # the whole document's entries (`_proper(lows)`'s) and the ambiguous ones they enable
        # (`_parts`' windows ask again with those entries: most windows add none)
        self._enabled: tuple[set[str], set[str]] = (set(), set())
        self._prefixes: set[str] = set()  # the first words (two or more) of longer entries
        self._widest = 1  # the most words of an entry (`_longest`'s largest value, set with it)
        self._initialisms: frozenset[str] | None = None
        self._hyphens: dict[str, str | None] = {}
        self._in_lexicon_keys: dict[str, bool] = {}
        memos.bound(self, ("_forms", WORD_MEMO), ("_hyphens", WORD_MEMO))
        self._lexicon_size = -1
        # a lexicon longer than one story's: its everyday-word names all need evidence
        self._crowded = lexicon is not None and len(
            {n.canonical or n.text for n in lexicon.names}) > STORY_NAMES
        # the first words of the lexicon's names of two or more words, without diacritics
        # and lowercase ("sebastian" of a listed Sebastián Piñera)
        self._heads = frozenset(folded(n.text.split()[0]).lower() for n in lexicon.names
                                if " " in n.text.strip()) if lexicon is not None else frozenset()

    @property
    def table(self) -> ProperNouns:
        if self._table is None:
            self._table = proper_nouns()
        return self._table

    def __call__(self, doc: Document) -> Document:
        editor = doc.editor()
        pieces = doc.pieces()
        words = doc.word_pieces()
        spaced = spaced_marks(doc, pieces)
        commas = glued_commas(doc, pieces)
        forms, form = self._forms, self._form
        texts = [p.text for p in words]
        # captions typed in capitals ("THE RAIDERS ARE STAYING"): each word set in capitals
        # is cased as its lowercase form would be
        tokens = doc.tokens
        shout = shouted(texts, lambda: [tokens[p.first].text if p.stop - p.first == 1 else
                                        "".join(t.text for t in tokens[p.first:p.stop])
                                        for p in words])
        display = _cue_capitals(doc, words) if not shout else set()
        if display:
            shout = shout | display
        linked = _comma_capitals(tokens, words, texts) if not shout else set()
        if linked:
            shout = shout | linked
        if shout:
            for i in shout:
                texts[i] = texts[i].lower()
        # the remembered facts by one map (never None); as before where a word type is new
        known: list[_Form | None] = list(map(forms.get, texts))
        cores = [forms[t] if t in forms else form(t) for t in texts] \
            if None in known else cast("list[_Form]", known)
        del known  # (a list a word long: not held through the stage's peak)
        lows = list(map(_LOW, cores))
        # the places of the words the rules start from (`_CUE_WORDS`), found at once
        at = list(where(map(_CUE_WORDS.__contains__, lows), len(lows)))
        towns_at: list[int] = []
        proper = self._proper(lows, towns_at=towns_at)
        source = doc.source

        def apart(i: int) -> bool:
            """Whether a mark stands between words ``i`` and ``i + 1`` (one the source holds
            between them, or one an earlier stage put on the word)."""
            a, b = words[i], words[i + 1]
            return texts[i][-1:] in _APART_MARKS or a.stop != b.first and any(
                ch in _APART_MARKS for ch in source[a.end:b.start])

        # the first word of a listed name an earlier stage cased alone ("sebastian" ->
        # "Sebastián", the rest of the name garbled) opens a person's name as a first name
        # cased here does
        heads = self._heads
        # (the words with a capital, found at C speed: a word whose first letter is a capital
        # is not `islower`; ``texts`` holds the shouted words lowered, so there the pieces')
        opened = {i for i in where(map(not_, map(
                  str.islower, [p.text for p in words] if shout else texts)), len(words))
                  if (p := words[i]).text[:1].isupper()
                  and p.stop - p.first == 1 and p.text != tokens[p.first].text
                  and folded(p.text).lower() in heads} if heads else set()
        introduced: set[int] = set()  # a speaker's own name only its frame shows
        people = self._names(cores, lows, proper, apart, opened, introduced)
        starting = _firsts(words, doc.sentence_starts)
        at_start = {words[w].first for w in starting}
        # a written source's sentences start as its writer wrote them ("std is the namespace")
        tokens = doc.tokens
        written = written_source(doc)
        as_written = {k for k in at_start if tokens[k].text[:1].islower()
                      and not _capital_removed_before(pieces, k, source)} \
            if written else set()
        named = -1  # the word after a title and its period: a name ("gov. brown")
        # offices, parties and members this pass cases stand before a title as a capital
        # does ("the democratic senator Jon" -> "the Democratic Senator Jon", as a second
        # clean reads it)
        early = offices(words, texts, lows, source, at)
        early.update(party_words(words, texts, lows, source, at))
        early.update(members(words, texts, lows, proper, source, at))
        # ("mr", "dr" before a name are cased below: a title before them stands before a
        # capital, as a second clean reads it: "governor dr Jones" -> "Governor Dr Jones")
        saints = _saints(words, texts, proper, people, at_start, source, at)
        near = Beside(source, lambda: pieces, doc.markers)
        titled = titled_words(words, texts, cores, {**proper, **{
            i: cased for i, (cased, _) in early.items()}} if early else proper,
            at_start, source, {**people, **{i: capitalise(texts[i]) for i in saints}}
            if saints else people, lows, at, near)
        for i in saints:
            titled.setdefault(i, (capitalise(texts[i]), "title"))
        for i, cased in early.items():
            titled.setdefault(i, cased)
        built = street_cases(words, texts, lows, set(proper) | set(people), at_start, near,
                             at, titled)
        built.update(region_cases(words, texts, lows, proper, near, at))
        if towns_at:
            built.update(town_cases(words, cores, lows, proper, people, named_towns(), towns_at,
                                    near))
        if not as_written and not written:
            # (a writer's lowercase after a colon is theirs: "Also: a group of ten", qa37)
            built.update(after_labels(words, texts, starting, source, pieces, spaced))
        for i, (_, rule) in built.items():  # cased on the core: quotes and "'s" stay outside
            core = cores[i][1]
            titled[i] = (capitalise(core) if rule == "after-label"
                         else core[:1].upper() + core[1:], rule)
        for i, cased in initials(words, texts, cores, source, proper, people, _BEFORE_NAMES,
                                  at_start).items():
            titled[i] = cased
        for i in label_named(doc, cores, lows, texts, words):
            core = cores[i][1]  # "mcshane" -> "McShane": the Scots and Irish prefix
            titled.setdefault(i, ("Mc" + capitalise(core[2:]) if core[:2] == "mc"
                                  and len(core) > 4 else capitalise(core), "label-name"))
        for i in label_words(doc, cores, lows, texts):
            titled.setdefault(i, (capitalise(cores[i][1]), "label-name"))
        for i in nicknames(words, texts, cores, source, proper, people):
            titled.setdefault(i, (capitalise(cores[i][1]), "nickname"))
        markup = sorted((e.start, e.end) for e in doc.edits if e.kind == "markup")
        for i in quote_openers(words, cores, source, markup):
            titled.setdefault(i, (capitalise(cores[i][1]), "quote-start"))
        for i in deity(words, lows, source, at):
            titled.setdefault(i, ("God", "deity"))
        for i, letters in _letter_words(texts, cores, lows).items():
            titled.setdefault(i, (letters, "initialism"))
        for i in compass(words, lows, at):  # (over a label's next word: "winds: ne 8-18 mph")
            titled[i] = (lows[i].upper(), "compass")
        for i, word in programme_titles(words, lows, cores, source, people, proper,
                                            apart).items():
            titled.setdefault(i, (word, "programme-title"))
        parted = holding(texts, " ")  # (found in the joined texts: mostly none)
        if parted:
            for i, cased in self._parts(texts, lows, parted, proper).items():
                titled.setdefault(i, cased)
        for i in _to_recase(words, cores, proper, starting, titled,
                            {**spaced, **commas} if commas else spaced, shout, people):
            piece = words[i]
            lead, core, tail, new, rule, low, plain, _, _ = cores[i]
            if plain and i not in proper and i not in people and piece.first not in at_start \
                    and i != named \
                    and not (spaced and piece.first in spaced) and not (shout and i in shout) \
                    and i not in titled and not (commas and piece.first in commas):
                continue  # nothing to recase: the text stays as it is
            mark = spaced.get(piece.first) if spaced else None
            title = low in _CASED_TITLES and core.islower() and (
                tail[:1] == "." or source[piece.end:piece.end + 1] == ".") and (
                low in _TITLES and not _before_figure(words, i)
                or i + 1 < len(words) and (words[i + 1].first not in at_start
                    or i and cores[i - 1][5] in _NOT_NAMES and cores[i - 1][2] == ""))  # "to st."
            if title and i + 1 < len(words) and words[i + 1].first not in at_start:
                named = i + 1
            if i in titled:
                new, rule = titled[i]
                if tail and new.endswith(tail) and len(new) == len(core) + len(tail):
                    new = new[:-len(tail)]  # the word's text cased ("speaker." with the
                    # stop the sentence stage put on it): its core, the tail is added below
            elif i in proper:
                new, rule = proper[i], "proper-noun"
            elif i in people and rule != "irish-name":   # (that rule cases it already)
                new, rule = people[i], (personnames.SELF_INTRODUCED if i in introduced
                                        else "name-word")
            elif title:
                new, rule = core.capitalize(), "title"  # "st. louis" -> "St. Louis"
            elif i == named and not rule and core.isalpha() and core.islower() \
                    and low not in _NOT_NAMES:
                new, rule = core.capitalize(), "after-title"
            elif tail[:2] in ("'s", "’s") and core.islower() and self.lexicon is not None \
                    and (entry := self.lexicon.get(name_key(core))) is not None \
                    and entry.text.lower() == core and not (
                        self.options.names and gated(entry.text, self._crowded)):
                new, rule = entry.text, "lexicon-possessive"  # "turkey's": the names stage
                # matches whole words only
            if rule == "initialism" and written and core.isalpha() and core.islower() \
                    and source[piece.start:piece.end] == piece.text:
                # a writer's lowercase letters ("Tony (ph)": a radio transcript's mark for
                # a spelling by ear) are theirs, as their lowercase words are (qa37)
                new, rule = core, ""
            text = lead + new + tail
            if piece.first in at_start and piece.first not in as_written \
                    and not is_address(core) and not (
                    glued_to_mark(source, piece.start)
                    and not _removed_before(pieces, piece)) and not (
                    low in _CLITICS and source[piece.start - 1:piece.start] in ("'", "’")
            ) and not (  # "'s history": a clitic cut from its word stays lowercase
                    source[piece.start - 1:piece.start] == "."
                    and is_address("example." + core)):  # "cnn.com", "cnn .com" stay
                capital = capitalise(text)
                if capital != text:
                    text, rule = capital, rule or "sentence-start"
            comma = commas.get(piece.first) if commas else None
            if comma is not None:  # ", " and the word (and its mark), cased as above
                run = [comma, piece] if mark is None else [comma, piece, mark]
                editor.replace(run, ", " + text + (mark.text if mark is not None else ""),
                               "punctuation", "comma-space", 0.9,
                               note="the space after a comma left out"
                               + (f"; recased ({rule})" if text != piece.text else ""))
            elif mark is not None:  # the word and its mark as one, cased as above
                editor.replace([piece, mark], text + mark.text, "punctuation", "spaced-mark",
                               0.95, note=f"recased ({rule})" if text != piece.text else "")
            elif text != piece.text:
                rule = rule or ("cue-capital" if i in display else "after-comma"
                                if i in linked else "all-capitals")
                editor.replace([piece], text, "case", rule,
                               0.9 if rule == "proper-noun" else 0.99)
        return editor.finish()

    def _parts(self, texts: list[str], lows: list[str], parted: list[int],
               proper: dict[int, str]) -> dict[int, tuple[str, str]]:
        """Words an earlier stage parted ("injapan" -> "in japan", "thewhite" -> "the
        white"), cased part by part as the clean text's second cleaning reads them: each part
        as the word alone (a table's proper noun, with the words around it: "the White House";
        "I", an initialism). Word index -> (cased word, rule); a word beside a parted one the
        table cases with its parts goes into ``proper``."""
        out: dict[int, tuple[str, str]] = {}
        split = set(parted)
        present = self._present  # the whole document's entries (set by `_proper(lows)`)
        reach = self._widest + 1
        spans: list[list[int]] = []  # word windows around the parted words, merged
        for i in parted:
            lo, hi = max(0, i - reach), min(len(lows), i + reach + 1)
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
        for lo, hi in spans:  # (a window, not the whole text: memory on long transcripts)
            self._parts_in(texts, lows, split, proper, present, lo, hi, out)
        return out

    def _parts_in(self, texts: list[str], lows: list[str], split: set[int],
                  proper: dict[int, str], present: set[str], lo: int, hi: int,
                  out: dict[int, tuple[str, str]]) -> None:
        """`_parts` for the words ``lo`` to ``hi`` (the parted ones and `reach` words either
        side, so every table entry through a parted word lies inside)."""
        keys: list[str] = []
        owner: list[int] = []  # per key, its word's index
        for i in range(lo, hi):
            if i in split:
                for part in texts[i].split(" "):
                    keys.append(self._form(part)[5])
                    owner.append(i)
            else:
                keys.append(lows[i])
                owner.append(i)
        found = self._proper(keys, present)
        k = 0
        for i in range(lo, hi):
            if i not in split:
                if k in found and i not in proper and owner[k] == i and any(
                        owner[j] in split for j in (k - 1, k + 1) if 0 <= j < len(owner)
                        and j in found):
                    proper[i] = found[k]  # "house" after "thewhite": "the White House"
                k += 1
                continue
            parts = texts[i].split(" ")
            cased = []
            for part in parts:
                lead, core, tail, new, rule = self._form(part)[:5]
                if not rule and core.islower() and k in found:
                    new = found[k]
                cased.append(lead + new + tail)
                k += 1
            if cased != parts:
                out[i] = (" ".join(cased), "proper-noun")

    def _form(self, text: str) -> _Form:
        """(lead, core, tail, recased core, rule, lowercase core, plain, name kind, title) of
        a word, cached per word type; ``plain``: nothing to recase unless it is a proper noun
        or starts a sentence (no rule, no possessive; lead + core + tail is the text); the
        kind of name the word lists make of it (`personnames`); ``title``: a name may follow
        it."""
        got = self._forms.get(text)
        if got is None:
            lead, core, tail = _split(text)
            new, rule = core, ""
            if _PRONOUN_I.match(core):
                new, rule = "I" + core[1:], "pronoun-i"
            elif (_INITIALISM.match(core) or _INITIALISM.match(core + ".")) \
                    and core not in _LOWER_DOTTED:
                new, rule = core.upper(), "initialism"
            elif _LETTER_FIGURE.match(core):  # "b-29", "i-95", "f-16s": a code
                new, rule = core[0].upper() + core[1:], "letter-code"
            elif len(core) >= 2 and core.islower() and core not in _MIXED \
                    and core not in _LOWER_SHORT:
                if self._initialisms is None:
                    self._initialisms = initialisms()
                if core in self._initialisms:  # "cnn", "ceo": read only as letters
                    new, rule = core.upper(), "initialism"
                elif core[-1] == "s" and core[:-1] in self._initialisms \
                        and not wordcase.ordinary(core):  # "ceos", "tvs": a plural
                    new, rule = core[:-1].upper() + "s", "initialism"
                elif call_sign(core):   # "ktvu": said by its letters only
                    new, rule = core.upper(), "initialism"
                elif (glued := _LETTERS_FIGURE.fullmatch(core)) is not None \
                        and (glued[1] in self._initialisms or call_sign(glued[1])):
                    # "nbc5", "ps5": an initialism with a figure glued on (a
                    # station's call sign and channel, a model), read as letters
                    new, rule = glued[1].upper() + glued[2], "initialism"
                elif _O_NAME.match(core) and not wordcase.ordinary(core[2:]):
                    # "o'brien": an Irish surname ("o'clock", "o'lantern": no name)
                    new, rule = personnames.capitalised_name(core), "irish-name"
            low = core.lower() if core.isascii() else core.lower().translate(_LIGATURES)
            # (an Irish surname is a name wherever it stands: a first name of the lists
            # before it is cased with it, "kelly o'donnell")
            kind = personnames.kind(low) if not rule and core.islower() and core.isalpha() \
                else personnames.ALONE if rule == "irish-name" \
                else personnames.joined_kind(low) if "-" in low and not rule \
                and core.islower() else NOT_NAME
            got = (lead, core, tail, new, rule, low,
                   not rule and tail[:2] not in POSSESSIVE_ENDS and low not in _CASED_TITLES,
                   kind, low in _BEFORE_NAMES and tail[:2] not in POSSESSIVE_ENDS)
            # (a title's possessive owns the next word, it opens no name: "the mayor's
            # appearan", cut at a page's end, became "Appearan…", qa21)
            if len(self._forms) < 100_000:
                self._forms[text] = got
        return got

    def _names(self, cores: list[_Form], lows: list[str], proper: dict[int, str],
               apart: Callable[[int], bool], opened: Container[int] = (),
               introduced: set[int] | None = None) -> dict[int, str]:
        """Word index -> cased word, for the proper names of the word lists
        (`personnames`) outside the table's entries and the lexicon's names; ``opened``:
        words an earlier stage cased as a first name; ``introduced`` receives the words of a
        speaker's own name that only its frame shows (`personnames.names`)."""
        out = personnames.names(list(map(_KIND, cores)), _Column(cores, 8),
                                lows, proper, apart, opened,
                                lambda i: cores[i][2][:2] in POSSESSIVE_ENDS, introduced)
        lexicon = self.lexicon
        if lexicon is not None:
            for i in [i for i in out if lexicon.get(name_key(lows[i])) is not None]:
                del out[i]  # the names stage's to case
        # an initialism is no surname after a title ("senator CNN reporters" stays "CNN",
        # not "Cnn": the first cleaning writes "cnn" so, make fuzz, ux19)
        for i in [i for i in out if said_by_letters(cores[i][1])]:
            del out[i]
        return out

    def _proper(self, keys: list[str], present_also: set[str] | None = None,
                towns_at: list[int] | None = None) -> dict[int, str]:
        """Word index -> cased word, for runs of words that form a table entry;
        ``present_also``: entries the rest of the document holds (`_parts` reads a window),
        for the test of ambiguous entries. Sets ``self._present``: the entries found.
        ``towns_at``, when given, receives the places of the towns the table leaves out for
        their census names (`propernouns.named_towns`, for `streets.town_cases`: found in
        the same walk)."""
        table = self.table
        if not self._longest:
            longest = self._longest
            for key in table.forms:
                if " " not in key:   # (most entries: one word, no prefix)
                    longest.setdefault(key, 1)
                    continue
                parts = key.split(" ")
                first, n = parts[0], len(parts)
                longest[first] = max(n, longest.get(first, 0))
                self._prefixes.update(" ".join(parts[:k]) for k in range(2, n))
            for key in named_towns():  # (no entry: a length of 0 matches none)
                longest.setdefault(key, 0)
            self._widest = max(longest.values(), default=1)  # (once: ~5,000 entries)
        longest, prefixes = self._longest, self._prefixes
        found: dict[int, tuple[int, str]] = {}
        forms = table.forms
        nxt = 0  # a match covers its words: the next one may start after it
        for i in list(where(map(longest.__contains__, keys), len(keys))):
            if i < nxt:
                continue
            # the longest entry from word i: words are added while they still begin one
            key = keys[i]
            best = 1 if key in forms else 0
            for n in range(2, min(longest[key], len(keys) - i) + 1):
                key = f"{key} {keys[i + n - 1]}"
                if key in forms:
                    best = n
                elif key not in prefixes:
                    break
            if best:
                found[i] = (best, keys[i] if best == 1 else " ".join(keys[i:i + best]))
                nxt = i + best
            elif towns_at is not None and not longest[keys[i]]:
                towns_at.append(i)  # (the towns are the only keys of length 0)
        present = {key for _, key in found.values()}
        self._present = present
        if present_also:
            if present_also is self._enabled[0] and present <= present_also:
                enabled = self._enabled[1]  # (the document's: this window adds no entry)
            else:
                present = present | present_also
                enabled = table.enabled(present) if present & table.ambiguous else set()
        else:
            enabled = table.enabled(present) if present & table.ambiguous else set()
            self._enabled = (present, enabled)
        out: dict[int, str] = {}
        groups = table.groups
        cased: str | None = None  # the group of the entry cased just before, if it ends there
        end = -1
        for i, (n, key) in found.items():
            if key in table.ambiguous and key not in enabled:
                continue
            if groups.get(key) == AFTER_THE and (i == 0 or keys[i - 1] != "the") and not (
                    i + n < len(keys) and keys[i + n] in _INSTITUTION_ROLES) and not (
                    end == i and cased not in _NOT_BEFORE_INSTITUTIONS):
                continue  # "the senate", not "a senate seat"; "white house officials";
                # after a place, a people or a party cased here: "a republican | senate",
                # "the uk | supreme court"
            if self.lexicon is not None and self._in_lexicon(key):
                continue
            for k, word in enumerate(table.forms[key].split(" ")):
                out[i + k] = word
            cased, end = groups.get(key, ""), i + n
        for i in holding(keys, "-"):
            if i not in out and (cased := self._hyphened(keys[i])) is not None:
                out[i] = cased
        return out

    def _in_lexicon(self, key: str) -> bool:
        """Whether the lexicon holds the name ``key``, remembered per key (while the
        lexicon keeps its size: one may add to it between documents)."""
        lexicon = self.lexicon
        assert lexicon is not None
        if self._lexicon_size != len(lexicon) or len(self._in_lexicon_keys) > 100_000:
            self._in_lexicon_keys.clear()
            self._lexicon_size = len(lexicon)
        got = self._in_lexicon_keys.get(key)
        if got is None:
            got = self._in_lexicon_keys[key] = lexicon.get(name_key(key)) is not None
        return got

    def _hyphened(self, key: str) -> str | None:
        """A compound of proper adjectives or names ("african-american" ->
        "African-American", "anti-american" -> "anti-American"): each part the table
        capitalises whatever its context (no ambiguous or after-the entry), a prefix
        lowercase, a participle ending it lowercase ("kurdish-held" -> "Kurdish-held",
        "saudi-led"); None if no part is cased. Cached per word type."""
        got = self._hyphens.get(key, "")
        if got != "":
            return got
        table, cased = self.table, False
        out: list[str] = []
        parts = key.split("-")
        for n, part in enumerate(parts):
            form = table.forms.get(part)
            if n and n == len(parts) - 1 and cased and (
                    part in _PARTICIPLES or len(part) > 4 and part.endswith("ed")):
                out.append(part)  # "kurdish-held", "russian-backed": a participle after
                break

            if form is not None and part not in table.ambiguous \
                    and table.groups.get(part) not in (AFTER_THE, "institution", "month") \
                    and " " not in form:
                out.append(form)
                cased = True
            elif part in _PREFIXES:
                out.append(part)
            else:
                cased = False  # a part neither cased nor a prefix: the compound stays
                break
        result = "-".join(out) if cased else None
        if len(self._hyphens) < 100_000:
            self._hyphens[key] = result
        return result


_PARTICIPLES = frozenset("held led born made built run grown owned speaking".split())
"""Participles that end a compound after a proper adjective or name ("Saudi-led",
"Chinese-made", "English-speaking"); one ending in "-ed" too ("Russian-backed")."""

def _gone_before(pieces: list[Piece], first: int) -> Piece | None:
    """The piece right before token ``first`` when an earlier stage removed it (``pieces``:
    the document's, removed ones included), else None."""
    k = bisect.bisect_left(pieces, first, key=_FIRST)
    return pieces[k - 1] if k > 0 and not pieces[k - 1].text else None


def _removed_before(pieces: list[Piece], piece: Piece) -> bool:
    """Whether an earlier stage removed what stands glued before ``piece`` (``pieces``: the
    document's, removed ones included): the mark the source glues to the word is gone (">>
    williams: .it's", the stop `artifacts` removes), so the word is no garble glued to it."""
    gone = _gone_before(pieces, piece.first)
    return gone is not None and gone.end == piece.start


def _capital_removed_before(pieces: list[Piece], first: int, source: str) -> bool:
    """Whether the word right before the sentence start at token ``first`` was removed by an
    earlier stage and its writer opened it with a capital ("Chugga chugga choo-choo!" ->
    "chugga choo-choo!", a stutter's first copy; "Um, so we went"): the sentence's capital
    went with it, so the lowercase word now opening the sentence is no writer's lowercase
    (qa56). A removed cue or mark ("(Laughs) so", "- so") keeps the writer's lowercase."""
    gone = _gone_before(pieces, first)
    if gone is None:
        return False
    text = source[gone.start:gone.end]
    return text[:1].isupper() and text.rstrip(",.!?").isalpha()


_CUE_WORDS = _TITLE_CUES | _STREET_CUES | _FRAME_CUES | _SAINTS
"""The words the rules of `titles`, `streets`, `casingframes` and `_saints` start from: found
in one scan of the page's lowercase words, each rule handed their places (a rule's own scan
of 3,000 words cost ~0.9M instructions; ten of them ran)."""


def _firsts(words: list[Piece], starts: Iterable[int]) -> set[int]:
    """The first word (index) of each sentence: the first word piece ending after the start
    (a start on a removed piece, such as a sound cue, passes to the next word)."""
    stops = [p.stop for p in words]
    return {w for w in {bisect.bisect_right(stops, s) for s in starts} if w < len(words)}


def _to_recase(words: list[Piece], cores: list[_Form], proper: dict[int, str],
               starting: set[int], titled: dict[int, tuple[str, str]],
               spaced: dict[int, Piece], shout: set[int], people: dict[int, str]
               ) -> list[int]:
    """The words (indices, in order) the casing loop may change: the others are plain, start
    no sentence and are no proper noun, titled word, spaced mark's word or shouted word, so
    their text stays (most words: the loop skips them without looking)."""
    n = len(words)
    todo = set(where(map(not_, map(_PLAIN, cores)), len(cores)))  # the words not plain
    todo.update([i + 1 for i in todo if i + 1 < n])  # a name after a title (never plain)
    todo.update(proper)
    todo.update(people)
    todo.update(starting)
    todo.update(titled)
    todo.update(shout)
    for first in spaced:
        w = bisect.bisect_left(words, first, key=_FIRST)
        if w < n and words[w].first == first:
            todo.add(w)
    return sorted(todo)


_O_NAME = regex.compile(r"^o['’]\p{Ll}{3,}$")
"""An Irish surname's shape ("o'brien" -> "O'Brien"), cased where its rest is no word."""


def _split(text: str) -> tuple[str, str, str]:
    """(leading quotes, the word, possessive and trailing punctuation)."""
    m = _CORE.match(text)
    if m is None or " " in text:
        return "", text, ""
    return m.group("lead"), m.group("core"), m.group("tail")


def _before_figure(words: list[Piece], i: int) -> bool:
    """Whether the word after ``words[i]`` is a figure ("spent dr. $90 million", a caption's
    slip, qa26): a title stands before a name, so "dr." there is none."""
    return i + 1 < len(words) and words[i + 1].text[:1] in "$£€0123456789"


_CUE_CAPITALS = 5
"""Cues that go on with the sentence of the cue before them a file needs, nearly all opened
with a capital (`_CUE_CAPITAL_SHARE`), for those capitals to be its display's style."""
_CUE_CAPITAL_SHARE = 0.9


def _cue_capitals(doc: Document, words: list[Piece]) -> set[int]:
    """The words (indices) a caption display capitalised only because they open a cue: in a
    file whose cues open with a capital even where the cue before them ends with no sentence
    end ("we packed a map, | A compass and a lamp", "we walked along the river | Until
    dusk", qa26), the first word of each such cue, as the source wrote it (an earlier
    stage's change stays) and not "I". Cased like lowercase words: a name or a sentence start
    the other stages find is cased again. Otherwise none."""
    cues = sorted({a.index for a in doc.anchors if a.kind == "cue"})
    if len(cues) <= _CUE_CAPITALS:
        return set()
    tokens = doc.tokens
    firsts = [p.first for p in words]
    going_on: list[int] = []  # the first words of cues the sentence before goes on into
    for index in cues:
        k = bisect.bisect_left(firsts, index)
        if k == 0 or k >= len(words):
            continue
        # the marks the source has after the word before (its own token's text and the
        # tokens between: not the cue's timing line, which is markup)
        between = "".join(t.text for t in tokens[words[k - 1].stop - 1:words[k].first]
                          if t.kind != "sound")
        if any(ch in between for ch in ".?!\u2026:\"\u201c\u201d") \
                or not tokens[words[k].first].kind == "word":
            continue
        going_on.append(k)
    if len(going_on) < _CUE_CAPITALS:
        return set()
    capital = [k for k in going_on if words[k].text[:1].isupper()]
    if len(capital) < _CUE_CAPITAL_SHARE * len(going_on):
        return set()
    return {k for k in capital if words[k].text == tokens[words[k].first].text
            and (words[k].text[1:].islower() or len(words[k].text) == 1)
            and words[k].text != "I"
            and not words[k].text.startswith(("I'", "I\u2019"))}


_LINKING = frozenset("And But Or So Because Then Yet".split())
"""Words that go on with the sentence a comma leaves open: a capital on one right after the
comma is the recogniser's, not a sentence's start."""


def _comma_capitals(tokens: Sequence[Token], words: list[Piece], texts: list[str]) -> set[int]:
    """The words (indices) of `_LINKING` a cased source capitalised right after its own comma
    ("compare this to Baby boomers, | So you actually have ...", "I like this, And you
    know", a podcast's automatic transcript, qa36; a cue's timing may stand between): cased
    as their lowercase forms are (a sentence start another stage finds is cased again).
    ``texts``: the words' texts (the linking words found among them at C speed)."""
    if _LINKING.isdisjoint(texts):  # (most pages: one look at C speed)
        return set()
    return {k for k in where(map(_LINKING.__contains__, texts), len(texts))
            if (p := words[k]).first and p.stop - p.first == 1
            and tokens[p.first].text == p.text and tokens[p.first - 1].text == ","}


def _saints(words: list[Piece], texts: list[str], proper: Container[int],
            people: Container[int], at_start: Container[int], source: str,
            at: Sequence[int]) -> list[int]:
    """Words `_SAINTS` written alone, lowercase and with no stop, right before a word another
    rule cases as a name or a table's place ("st petersburg" -> "St Petersburg"), with only
    spaces between and no sentence opening on the name. ``at``: the words of `_CUE_WORDS`
    (ascending indices; a text of `_SAINTS`, plain lowercase letters, is its own core's
    lowercase, so it is among them)."""
    last = len(words) - 1
    return [i for i in at if i < last and texts[i] in _SAINTS
            and (i + 1 in proper or i + 1 in people) and words[i + 1].first not in at_start
            and spaces_only(source[words[i].end:words[i + 1].start])]


_CONSONANTS = "bcdfghjklmnpqrstvwxz"
"""The letters of a word of 3-5 letters and no vowel ("gdp", "nhs", "mps"): no English word
is so spelt (such a word strips to nothing)."""


_ONSETS = frozenset(
    "b c d f g h j k l m n p q r s t v w z bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr pf "
    "ph pl pr ps sc sh sk sl sm sn sp st sv sw th tr tw wh wr chr phr sch scr shr sph spl spr "
    "squ str thr".split()) | {""}
"""The consonants that may open an English syllable (no vowel written yet)."""
_CODAS = frozenset(
    "b c d f g k l m n p r s t v x z ch ck ct ff ft gh ld lf lk ll lm ln lp lt mb mp nc nd "
    "ng nk nt ph pt rb rc rd rf rg rk rl rm rn rp rs rt rv sc sh sk sp ss st th zz lch lth "
    "mph mpt nch nct ngth nth rch rst rth tch xt".split()) | {""}
"""The consonants that may close one ("h", "j", "q", "w" close none)."""


def _syllable_shaped(low: str) -> bool:
    """Whether the consonants of ``low`` could be one English syllable that lost its vowel
    (an onset, then a coda with or without an "s": "spch", "pln", "sprg", "mps" as "maps",
    "pbs" as "pubs"; the sounds "hmph", "pfft"), or hold a "w" after the first letter, a
    vowel's stand-in ("crwd", "shw"); the letters of "nhs", "gdp", "cnbc", "rcmp" could not
    be."""
    if "w" in low[1:]:
        return True
    for k in range(len(low) + 1):
        if low[:k] in _ONSETS:
            coda = low[k:]
            if coda in _CODAS or coda[-1:] == "s" and coda[:-1] in _CODAS:
                return True
    return False


def _letter_words(texts: list[str], cores: list[_Form], lows: list[str]) -> dict[int, str]:
    """Word index -> capitals, for a lowercase word of 3-5 letters and no vowel that no list
    holds and the pronouncing dictionary reads, if at all, only as its letters, said at least
    twice in the document (a garble that lost its vowels, "spch", "pln", is typed once), or
    once where its letters are no syllable's shape (`_syllable_shaped`: "nhs", "gdp"): said
    letter by letter, an initialism ("gdp" -> "GDP", "the nhs", "pbs"); a plural "s" stays
    small where the document says the two letters alone as often ("an mp ... mps" -> "MPs").
    Not after a figure, where it is a unit ("60 mph", "5 kg"), nor a letter three times or
    one letter only ("zzz", "mmm"); two letters are left alone ("pm", "mr", "st" are other
    things)."""
    out: dict[int, str] = {}
    # the pattern asked once per distinct word of its length (a document says most words
    # many times), then the words found by set membership (a strip, not the pattern
    # `[b-df-hj-np-tv-xz]{3,5}`: the set 130 -> 71 us on a page of 3,000 words)
    matched = {low for low in set(lows) if 2 < len(low) < 6 and not low.strip(_CONSONANTS)}
    if not matched:
        return out
    found = [i for i, low in enumerate(lows) if low in matched]
    said = Counter(lows[i] for i in found)
    twos = Counter(low for low in lows if len(low) == 2)
    for i in found:
        low = lows[i]
        if cores[i][1] != low or len(set(low)) < 2 \
                or any(low.count(c) > 2 for c in low) \
                or wordcase.ordinary(low) or wordcase.proper(low) \
                or i and texts[i - 1][-1:].isdigit():
            continue
        if said[low] < 2 and (_syllable_shaped(low) or i and any(map(str.isdigit,
                                                                      texts[i - 1]))):
            continue   # (said once after a figure's word, "over 4s tdz", a garble)
        reading = cmu().get(low)
        if reading is not None and sum(ph in VOWELS for ph in reading) < len(low):
            continue   # a word the dictionary says otherwise ("hmm", "nth", "shh"), not
            # a vowel for each letter as a letter's name has ("gdp": "gee dee pee")
        stem = low[:-1]
        out[i] = stem.upper() + "s" if low[-1] == "s" and twos[stem] >= said[low] \
            else low.upper()
    return out
