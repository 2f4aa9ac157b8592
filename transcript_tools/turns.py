"""Speaker turns: from the markers in the source (``>>``, ``>>>``, labels, dashes, voice
spans) when there are any, else inferred from the text; a pipeline stage run after casing.

Turns start on piece boundaries only (never inside an edit). Who speaks is decoded by
`speakers.decode` (unmarked, `handover.settle` then gives the host what the decoder gave a
guest before the document first hands over to one, `clips` and `textreports.reports` give
`other` what follows a framed clip or a hand-over to a reporter, and
`handover.voice_changes` starts another voice of a role inside one role's run at a short
reply such as "Yeah."; marked, by
`markedroles.marked_roles`, the decoder with each whole turn's evidence); ids are "S1",
"S2", ... in order of appearance (at most two voices a role for host and guest; a name label
is one voice, "host:" / "guest:" labels share their role's), labels come from markers or from
introductions in the text ("we now hear from X", "I'm Jane Doe").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from operator import attrgetter

from . import memos
from .boundaries import LEAD_SPAN, cuts, question_at
from .censusnames import first_name
from .clips import clips, opening_voices, recording_tag
from .copresenters import running_hosts, second_presenters
from .dialogue import Voice, asks_you, dash_voices, exchange_roles
from .exchanges import exchange
from .handover import headline_reads, listener_continuers, settle, voice_changes
from .introductions import (
    LABEL_WORDS,
    addressed,
    closing_introduction,
    introduction_in,
    place_name,
    reporter_handed,
)
from .labelroles import label_role, several_voices, sole_reach, unnamed_between_others
from .language import written_captions, written_source
from .lazypattern import lazy_re, lazy_regex
from .markedroles import marked_roles
from .meetings import meeting
from .memos import WORD_MEMO
from .model import Diagnostic, Document, Piece, Rendering, Role, Turn
from .monologue import OPENING_UNITS, single_voice
from .options import Options
from .personnames import SELF_INTRODUCED, capitalised_name
from .readers.labels import TITLES
from .reportbites import SPEAKS_FOR_SELF
from .scans import numbered, places, where
from .speakercues import cues, new_unit
from .speakers import GUEST, HOST, OTHER, Unit, decode, introduced_label, introduces
from .textreports import bite_starts, reports

_STRIP = ".,?!;:\"“”‘’'()[]…-—–"
_SMALL = frozenset("of the and for in on at to a an".split())
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col sgt capt st rev fr".split())
"""Titles whose abbreviating stop ("mr.", "dr.") does not end a unit (a name follows)."""
_NAME_WORD = lazy_regex(r"^\p{Lu}[\p{L}\p{M}'’\-.]*$")


_TEXT = attrgetter("text")
_FIRST = attrgetter("first")


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    return text.replace("’", "'").strip(_STRIP).lower()


def _words(text: str) -> tuple[str, ...]:
    """The normalised words of a piece's text (remembered per text in `_WORDS`)."""
    got = _WORDS.get(text)
    if got is None:
        got = tuple(w for w in map(_norm, text.split()) if w)
        if len(_WORDS) >= _WORDS_CAP:
            _WORDS.clear()
        _WORDS[text] = got
    return got


_WORDS: dict[str, tuple[str, ...]] = {}
_WORDS_CAP = 65536


class TurnSegmenter:
    """The turns stage; ``options.speakers`` pins the number of speakers when inferring."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, doc: Document) -> Document:
        n = len(doc.tokens)
        if not n:
            return doc
        marks: dict[int, str | None] = {}
        dashes: set[int] = set()  # pieces a dialogue dash opens (caption input)
        coloured: dict[int, str] = {}  # pieces a speaker's colour opens (`Marker.colour`)
        if doc.markers:
            pieces = doc.pieces()
            # a marked token's piece's first token: the pieces cover the tokens in order, one
            # piece each, so it is the first of the last piece that starts at or before it
            # (a search for each marker, not a column over every token)
            for m in doc.markers:
                if m.index >= n:
                    continue
                at = pieces[bisect.bisect_right(pieces, m.index, key=_FIRST) - 1].first
                if m.kind == "label" and m.label:
                    marks[at] = m.label
                else:
                    marks.setdefault(at, None)
                    if m.kind == "speaker" and doc.source.startswith("-", m.start):
                        dashes.add(at)
                if m.colour is not None:
                    coloured[at] = m.colour
            first_live = next(filter(_TEXT, pieces), None)
            if "'m " in doc.source:  # (a C-speed hint: "i'm" said somewhere)
                for at in _second_introductions(pieces, marks, doc.source):
                    marks.setdefault(at, None)
        else:
            pieces = doc.text_pieces()  # (the pieces left in the text, without a filter)
            first_live = pieces[0] if pieces else None
        if first_live is None or self.options.speakers == 1 and not marks:
            return doc.replace(turns=(Turn(0, n, "S1"),))
        changes: set[int] = set()
        voices: list[Voice | None] = []
        hues: list[object] = []
        if marks:
            tags = frozenset(i for i, t in numbered(doc.tokens)
                             if t.kind == "sound" and recording_tag(t.text))
            units, labels, sentences, tagged = self._marked_units(pieces, marks, tags)
            del pieces  # the last list of them: freed before the roles are decoded
            states = marked_roles(units, labels, sentences, tagged)
            if dashes and (doc.metadata.get("format") in _CAPTIONS
                           or doc.metadata.get("dialogue_dashes")) and not any(
                    m.kind == "speaker" and doc.source.startswith(">", m.start)
                    for m in doc.markers):
                # a dialogue's dashes (no ">>"): two voices alternate (`dialogue`)
                voices = dash_voices([u.first in dashes for u in units], labels)
                states = exchange_roles(voices, states, [len(u.words) for u in units], [
                    bool(ss) and asks_you(cues(ss[-1])) for ss in sentences])
            if coloured:
                hues = colour_keys([coloured.get(u.first) for u in units], labels)
        else:
            units = self._units(filter(_TEXT, pieces) if doc.markers else pieces,
                                set(doc.sentence_starts), first_live.first,
                                whole=written_source(doc), source=doc.source)
            del pieces  # the last list of them: freed before the roles are decoded
            labels = [None] * len(units)
            unit_cues = [cues(u) for u in units]
            # a written caption file's cues: no change inferred inside one (rt2), unless the
            # user pinned the number of speakers
            inside = _inside_cues(units, doc) if self.options.speakers is None and \
                written_captions(doc) else None
            states = decode(units, 2 if self.options.speakers == 2 else 3, unit_cues=unit_cues)
            written = written_source(doc)
            if self.options.speakers is None and (
                    self.options.one_voice_text or doc.metadata.get("format") != "broadcast"
                    or written):
                # no exchange of voices in the text: one voice (see monologue.py). Plain
                # broadcast text only when asked or written (cased and punctuated): on
                # lowercase caption text the test read some real interview excerpts as one
                # voice.
                role = single_voice(units, states, unit_cues)
                if role is not None:
                    return doc.replace(turns=(Turn(0, n, "S1", role, self._own_name(
                        doc, units)),), diagnostics=doc.diagnostics + self._one_voice_said(
                            doc, units, states, written))
            reported: set[int] = set()
            copresent: set[int] = set()
            if self.options.speakers != 2:
                states, reported = reports(
                    units, clips(units, headline_reads(units, settle(units, states, unit_cues),
                                                      unit_cues), unit_cues), unit_cues)
                states, copresent = running_hosts(units, states, unit_cues)
            states = listener_continuers(units, states, unit_cues)
            if not self.options.speakers or self.options.speakers > 2:
                changes = voice_changes(units, states, unit_cues) | opening_voices(
                    units, states, unit_cues) | reported | copresent | second_presenters(
                    units, states) | bite_starts(units, states, unit_cues)
            if inside is not None:  # (nor by the passes after the decoding)
                states, changes = _whole_cues(inside, states, changes)
        turns = self._turns(doc, units, states, labels, bool(marks), changes, voices, hues)
        if not marks and self.options.speakers is None and len(turns) > 1 and meeting(doc):
            # a meeting captioned as one stream (`meetings`): its paragraphs, no numbers
            turns = [t if t.label else dataclasses.replace(t, nameless=True) for t in turns]
        return doc.replace(turns=tuple(turns))

    def _one_voice_said(self, doc: Document, units: list[Unit], states: Sequence[int],
                        written: bool) -> tuple[Diagnostic, ...]:
        """The warning that ``one_voice_text`` made lowercase plain text one voice although it
        shows some exchange (a question answered "well, ...": lectures answer their own so
        too), less than a dialogue needs (`voices.EXCHANGE_MIN`): the user who asked for one
        voice on an interview learns why and how to keep its voices. None for a text the
        flag does not decide (caption files and written text take the test by default) or
        that shows no exchange at all (a news read: what the flag is for)."""
        if not self.options.one_voice_text or written \
                or doc.metadata.get("format") != "broadcast" or exchange(units) <= 0:
            return ()
        changes = sum(1 for k in range(1, len(states)) if states[k] != states[k - 1])
        return (Diagnostic("one-voice", f"read as one voice (one_voice_text): "
                           f"{changes} change(s) of speaker set aside; the questions its text "
                           "answers are no exchange of voices (none is put to \"you\", no "
                           "greeting or thanks answered, no guest introduced): without "
                           "--one-voice-text, or with --speakers 2, the voices stand"),)

    @staticmethod
    def _own_name(doc: Document, units: list[Unit]) -> str | None:
        """The name one voice gives itself in its opening ("I'm Jane Doe", `_self_named`;
        among the first `OPENING_UNITS` units, where `single_voice` allows one), its label."""
        if not _gives_name(units, 0, OPENING_UNITS):
            return None
        end = doc.tokens[units[OPENING_UNITS].first].start if len(units) > OPENING_UNITS \
            else len(doc.source)
        unproven = frozenset(e.replacement for e in doc.edits if e.rule == SELF_INTRODUCED)
        return _self_named(doc.rendering().text(0, end), unproven, _outlets(doc))

    # --- units ------------------------------------------------------------------------------
    @staticmethod
    def _marked_units(pieces: Iterable[Piece], marks: dict[int, str | None],
                      tags: frozenset[int] = frozenset()
                      ) -> tuple[list[Unit], list[str | None], list[list[Unit]], list[bool]]:
        """One unit per marked turn (text before the first marker is a turn too), its label, its
        sentences as units, and whether it ends with a recording's tag (``tags``: token indexes of
        "[video clip]"s, `recording_tag`; no word after it); a label repeated without a change (a
        voice span on every cue) continues the turn. A turn starts at its marker even where the
        words there were removed (">> [applause] thank you"), and the first turn at the first marker
        when only removed words (a caption credit, a sound cue) come before it."""
        units: list[Unit] = []
        labels: list[str | None] = []
        sentences: list[list[Unit]] = []
        words: list[str] = []
        first = 0
        label: str | None = None
        qmark = False
        tail = [0]  # where the turn's sentences start in words
        asked: list[bool] = []  # whether each of its sentences but the last ends with "?"
        ended = False  # the last piece ended a sentence
        tagged: list[bool] = []
        tag = False  # a recording's tag since the turn's last word

        def close() -> None:
            units.append(Unit(first, tuple(words), 2, qmark))
            labels.append(label)
            tagged.append(tag)
            sentences.append([Unit(first, tuple(words[a:b]), 1, q) for a, b, q in zip(
                tail, [*tail[1:], len(words)], [*asked, qmark]) if b > a])

        for p in pieces:
            if p.first in marks and (words or units):
                new = marks[p.first]
                if not (new and label and new.casefold() == label.casefold()):
                    close()
                    first, label, words, tail, asked = p.first, new, [], [0], []
                    tag = False
            elif p.first in marks:
                first, label = p.first, marks[p.first]
            ending = _ending(p.text)
            if ending is None:
                tag = tag or p.first in tags
                continue
            tag = p.first in tags
            if ended and words and tail[-1] != len(words):
                tail.append(len(words))
                asked.append(qmark)
            words.extend(_words(p.text))
            qmark, ended = ending
        close()
        return _rejoined(units, labels, sentences, tagged)

    @staticmethod
    def _units(live: Iterable[Piece], starts: set[int], first_live: int, *,
               whole: bool = False, source: str = "") -> list[Unit]:
        """Sentences, and long sentences split before a question or an answer opener (and
        before a host's lead-in to a question the next sentence asks). ``whole``: a written
        source's sentences stay whole (its writer ends a sentence where a voice changes: a
        turn inside one, "the biggest change is | is that it's ...", is none)."""
        units: list[Unit] = []
        held: tuple[list[str], list[int], bool, bool, bool] | None = None  # one sentence back

        def close(words: list[str], firsts: list[int], qmark: bool, asks: bool, closed: bool,
                  asks_next: bool) -> None:
            found = cuts(words, asks, asks_next, closed) if not whole else None
            if not found:  # (most sentences) one unit
                units.append(new_unit(firsts[0], tuple(words), 1, qmark, 0.0))
                return
            cut = [(0, 0.0)] + [(i, b) for i, b in found if firsts[i] != firsts[i - 1]]
            cut.append((len(words), 0.0))
            for (a, bonus), (b, _) in zip(cut, cut[1:]):
                units.append(new_unit(firsts[a], tuple(words[a:b]), 1 if a == 0 else 0,
                                      qmark and b == len(words), bonus))

        for words, firsts, last in _sentences(live, starts):
            qmark = last.text.rstrip("\"'”’)").endswith("?")
            asks = question_at(words, 0)
            # a question the source itself closes with "?" holds no answer before it
            closed = asks and qmark and source[last.start:last.end].rstrip(
                "\"'”’) ").endswith("?")
            if held is not None:
                close(*held, asks or qmark and len(words) <= LEAD_SPAN)
            held = (words, firsts, qmark, asks, closed)
        if held is not None:
            close(*held, False)
        if not units:
            units.append(Unit(first_live, (), 1))
        return units

    # --- turns ------------------------------------------------------------------------------
    def _turns(self, doc: Document, units: list[Unit], states: list[int],
               labels: list[str | None], marked: bool,
               changes: set[int] | frozenset[int] = frozenset(),
               voices: Sequence[Voice | None] = (),
               hues: Sequence[object] = ()) -> list[Turn]:
        """The turns of the units with their roles (``states``); ``voices``: each unit's voice
        of a dialogue's exchange (`dialogue.dash_voices`), which keys its speaker's id;
        ``hues``: an unlabelled unit's speaker as its colour tells it (`colour_keys`), which
        keys it before a voice does."""
        n = len(doc.tokens)
        spelt = {x.casefold(): x for x in labels if x} if hues else {}
        spans: list[tuple[int, int, int, str | None]] = []  # first, state, unit index, label
        for k, (unit, state) in enumerate(zip(units, states)):
            if marked or not spans or spans[-1][1] != state or k in changes:
                spans.append((unit.first, state, k, labels[k]))
        ids: dict[object, str] = {}
        turns: list[Turn] = []
        guest_label: str | None = None
        named: dict[str, str] = {}
        # unmarked input: the ids whose name a turn of theirs gave itself (turns40)
        self_given: set[str] = set()
        # unmarked input: the presenters' ids that handed the floor to a reporter or a named
        # voice whose turns the id may hold next (turns44)
        away: set[str] = set()
        firsts: dict[object, tuple[str, str]] = {}  # a self-given first name: (id, name)
        lasts: dict[str, str | None] = {}  # a self-given surname: the id (None: two ids)
        full: dict[object, str] = {}  # a label -> the name its speaker gave themselves
        worded: list[str] = []  # the ids of the turns with words, in order
        # names only a self-introduction's frame cased: no speaker's name for `_self_named`
        unproven = frozenset(e.replacement for e in doc.edits if e.rule == SELF_INTRODUCED)
        outlets = _outlets(doc)
        voice: dict[int, int] = {}
        # the last turn with words: its role, label and the name it gave itself
        spoken: tuple[int, str | None, str | None] | None = None
        spoken_id: tuple[str, int] | None = None  # the id and role of the last worded turn
        rendering = doc.rendering()
        several = several_voices(units, states) if marked else frozenset()
        sole = {s: reach for s, reach in sole_reach(labels, states).items()
                if s not in several} if marked else {}
        unnamed = unnamed_between_others(labels, states, sole) if sole else frozenset()
        lead = bool(marked and spans and spans[0][0] > 0)
        if lead:
            # only removed words before the first marker: their own turn (it reads as
            # nothing), so that a turn starts exactly at every marker
            spans.insert(0, (0, *spans[0][1:]))
        for j, (first, state, k, label) in enumerate(spans):
            start = 0 if j == 0 else first
            stop = spans[j + 1][0] if j + 1 < len(spans) else n
            role = _label_role(label) or _ROLE[state]
            last = spans[j + 1][2] if j + 1 < len(spans) else len(units)
            given = _self_named(
                rendering.text(doc.tokens[start].start, doc.tokens[stop - 1].end), unproven,
                outlets) if marked and label is None and state != OTHER and \
                _gives_name(units, k, last) else None
            if k in changes and state != OTHER or marked and _next_voice(spoken, state, given):
                voice[state] = 1 - voice.get(state, 0)  # the role's other voice (of two)
            if units[k].words:
                spoken = (state, label, given)
            # a name labels one voice; "host:" / "guest:" a role, whose voice the unlabelled
            # turns of that role share
            v = voices[k] if k < len(voices) else None
            hue = hues[k] if k < len(hues) and label is None else None
            key: object = hue if hue is not None else ("voice", v) if isinstance(v, int) \
                else v if v is not None \
                else label.casefold() if label and label_role(label) in (None, OTHER) else (
                ("other", j) if state == OTHER else given.casefold() if given and (
                    state in several) else _role_key(state, voice, k, unnamed, sole))
            if marked and label is None and state != OTHER and spoken_id is not None and \
                    ids.get(key) == spoken_id[0] and spoken_id[1] == state and (
                    k >= len(voices) or voices[k] is None) and hue is None and (
                    not self.options.speakers or self.options.speakers > 2):
                # a marker between two unlabelled turns of one role's id: the role's other
                # voice, for this turn (turns38: "Speaker 2" twice in a row, which a second
                # clean merged)
                key = (state, 1 - voice.get(state, 0))
            if key not in ids and key in firsts:
                ids[key], full[key] = firsts[key]   # "jane:" after "I'm Jane Doe": one person
            if key not in ids and isinstance(key, str):
                earlier = _surname_of(key, ids)
                if earlier is not None:   # "kyle:" after "richard kyle:": one person
                    ids[key] = ids[earlier]
                elif len(bare := _bare_name(key)) == 1 and (
                        said := lasts.get(bare[0])) is not None:
                    ids[key] = said  # "doe:" after "I'm Jane Doe"
            if key not in ids:
                ids[key] = f"S{len(ids) + 1}"
                if self.options.speakers and len(ids) > self.options.speakers:
                    ids[key] = f"S{self.options.speakers}"
            speaker = ids[key]
            if label and key == label.casefold():
                named.setdefault(speaker, _display(label))  # its unlabelled turns (`sole`)
            elif isinstance(hue, str) and hue in spelt:
                named.setdefault(speaker, _display(spelt[hue]))  # its colour's name label
            # a role's id that stands for several voices (`several_voices`): a name one of its
            # turns gives itself is that turn's only
            multi = key in several or isinstance(key, tuple) and key[0] in several
            own: str | None = None
            read = False  # the text read by `_self_named` as `_introduces_another` reads it
            # Unit-based labels: an introduction names the next guest; "I'm X" the speaker.
            if guest_label is None and state != GUEST:
                # the presenter introduces the next speaker: a guest's own words that hold an
                # introducer ("I spoke with the station manager, who said ...") tell of
                # someone else, and a presenter read as a guest gave it to themself (turns40)
                guest_label = _introduced(doc, rendering, units, k, last) or (
                    _closing_introduced(doc, rendering, spans, j)
                    if j + 1 < len(spans) and spans[j + 1][1] == GUEST and units[k].words
                    else None)
            if label is None and (multi or speaker not in named) and (
                    given is not None or _gives_name(units, k, last)):
                own = given if marked and state != OTHER else _self_named(
                    rendering.text(doc.tokens[start].start, doc.tokens[stop - 1].end), unproven,
                    outlets)
                read = not unproven and not (marked and state != OTHER)
                if own:
                    firsts.setdefault(own.split()[0].casefold(), (speaker, own))
                    if len(own.split()) >= 2:
                        last_name = own.split()[-1].casefold()
                        lasts[last_name] = speaker if lasts.get(last_name, speaker) == speaker \
                            else None
                if own and not multi and (marked or state == HOST):
                    named[speaker] = own
                    self_given.add(speaker)
            if label is None and state == GUEST and guest_label and speaker not in named \
                    and not multi:
                named[speaker] = _display(guest_label)
            if label is None and state == OTHER and j and spans[j - 1][1] != OTHER and \
                    speaker not in named and (handed := _handed_over(
                        doc, rendering, spans, j, outlets)):
                named[speaker] = handed   # the report after "Jane Doe reports." (turns41)
                if turns and not marked:
                    away.add(turns[-1].speaker)
            # unmarked input: a guest's or report's turn right after another id's presenter's
            # turn that hands over to a reporter or asks someone by name: that turn's name
            # only (a guest's id may hold other voices' turns too, turns44)
            passed = _passed_to(doc, rendering, spans, j, state, outlets) if (
                not marked and label is None and state != HOST and j and speaker not in named
                and spans[j - 1][1] != OTHER and spans[j - 1][3] is None and turns
                and turns[-1].speaker != speaker) else None
            if not marked and turns and (passed is not None or label is None and _hands_over(
                    doc, rendering, start, stop)):
                away.add(turns[-1].speaker)   # the floor handed by the turn before
            if passed is not None and state == OTHER:
                named[speaker] = passed   # a report's id is its turn's alone
            shown = full.get(key) or _display(label) if label else own if multi else \
                named.get(speaker)
            if label is None and shown is not None and not multi and own is None and \
                    not read and _gives_name(units, k, last) and _introduces_another(
                        rendering.text(doc.tokens[start].start, doc.tokens[stop - 1].end),
                        shown, outlets):
                shown = None  # "I'm Martha Teichner, ...": not the name the role's id holds
            if not marked and label is None and own is None and shown is not None and \
                    speaker in self_given and (not _presenter_moves(units, k, last) or (
                        speaker in away and not _takes_back(units, k, last))):
                # the presenter's id on unmarked input may hold a report's or a co-host's
                # turns too: its name shows on a turn that does a presenter's move (asks,
                # thanks, greets, steers, introduces), else no name (turns40)
                shown = None
            elif not marked and label is None and own and state != HOST:
                # a guest's or clip's turn naming itself: that turn's name only (a presenter
                # read as a guest would carry it onto the guest who answers, turns40)
                shown = own
            if passed is not None and shown is None:
                shown = passed
            if own or shown is not None and speaker in away:
                away.discard(speaker)   # the presenter has taken the floor back
            turns.append(Turn(start, stop, speaker, role, shown))
            if units[k].words and not (lead and j == 0):  # (the lead: unit k's turn next)
                spoken_id = (speaker, state) if label is None else None
                worded.append(speaker)
        if marked and not lead and len(units) >= 3 and labels[0] is None and units[0].words \
                and turns and turns[0].label is None and all(labels[1:]) \
                and written_source(doc):
            # words above the first of a written page's labels, every turn after labelled:
            # the page's own prose (an introduction, a heading, a site's header), no voice's.
            # (A caption page's words there are speech: an anchor's headlines.)
            turns[0] = dataclasses.replace(turns[0], nameless=True)
        return _in_order(turns, worded)


def colour_keys(colours: Sequence[str | None], labels: Sequence[str | None]) -> list[object]:
    """Each unit's speaker as its colour tells it, in a file that colours its speakers
    (`Marker.colour`, six hex digits): one colour, one speaker, so the same colour on two
    turns with another between is the same speaker (``("colour", c)``); a colour that a
    name label opens a turn of (``<v Ann Lee>``, ``ANN LEE:``) is that name's (its
    casefolded label: its other turns take the name), unless two names share it. None for a
    labelled unit (its label keys it), an uncoloured one, a colour two names share, and white
    in a file of four colours or more: UK subtitles (and ours) give white to the main voice
    and to the voices past the palette, so there white may hold several (each change of
    colour is still a change of speaker; the turn model tells its voices apart)."""
    names: dict[str, set[str]] = {}
    for c, label in zip(colours, labels):
        if c is not None and label and label_role(label) in (None, OTHER):
            names.setdefault(c, set()).add(label.casefold())
    several = len({c for c in colours if c is not None}) >= 4
    out: list[object] = []
    for c, label in zip(colours, labels):
        said = names.get(c, set()) if c is not None else set()
        if c is None or label or len(said) > 1 or several and c == "ffffff":
            out.append(None)
        else:
            out.append(next(iter(said)) if said else ("colour", c))
    return out


def _inside_cues(units: list[Unit], doc: Document) -> list[bool]:
    """Per unit, whether it starts inside a source cue (a word of that cue before it). A
    written caption file (`language.written_captions`) starts a cue where a voice changes and
    marks a change inside one ("- "), so none is inferred in a cue its writer left whole (our
    SRT cleaned again read "Ready? | Go on." as a second voice answering, rt2)."""
    at = [a.index for a in doc.anchors if a.kind == "cue"]
    tokens = doc.tokens
    out = [False]
    for k in range(1, len(units)):
        first = units[k].first
        c = bisect.bisect_right(at, first) - 1
        out.append(c >= 0 and any(t.kind == "word" for t in
                                  tokens[max(at[c], units[k - 1].first):first]))
    return out


def _whole_cues(inside: list[bool], states: list[int], changes: set[int]
                ) -> tuple[list[int], set[int]]:
    """``states`` and ``changes`` without the voices that start ``inside`` a cue: such a run
    of units (up to the next change) keeps the role of the unit before it, so the change is
    dropped, not moved to the next cue's start (the run "Ready? | Go on. | Next cue" is no
    second voice answering, and the next cue no new one)."""
    out = list(states)
    dropped = False
    for k in range(1, len(states)):
        if states[k] != states[k - 1] or k in changes:
            dropped = inside[k]
            if dropped:
                changes.discard(k)
        if dropped:
            out[k] = out[k - 1]
    return out, changes


def _rejoined(units: list[Unit], labels: list[str | None], sentences: list[list[Unit]],
              tagged: list[bool]
              ) -> tuple[list[Unit], list[str | None], list[list[Unit]], list[bool]]:
    """`_marked_units`' lists with a labelled turn that kept no word between two turns of one
    label folded into them: "J: ...?" / "K: [Laughs]" / "J: ..." is one turn of J's, as a
    second clean of our text (the sound gone) reads it (qa51). A turn with no word between
    two labels that differ, or between unlabelled marks (">> [applause] >>"), stays."""
    out_u: list[Unit] = []
    out_l: list[str | None] = []
    out_s: list[list[Unit]] = []
    out_t: list[bool] = []
    for unit, label, sents, tag in zip(units, labels, sentences, tagged):
        before = out_l[-2] if len(out_l) >= 2 else None
        if label and before and out_l[-1] and not out_u[-1].words and out_u[-2].words \
                and unit.words and label.casefold() == before.casefold():
            out_u.pop()
            out_l.pop()
            out_s.pop()
            out_t.pop()
            head = out_u[-1]
            out_u[-1] = Unit(head.first, head.words + unit.words, head.strength,
                             unit.question_mark)
            out_s[-1] = out_s[-1] + sents
            out_t[-1] = tag
            continue
        out_u.append(unit)
        out_l.append(label)
        out_s.append(sents)
        out_t.append(tag)
    return out_u, out_l, out_s, out_t


def _in_order(turns: list[Turn], worded: list[str]) -> list[Turn]:
    """The turns with their "SN" ids numbered in the order the ids first speak (``worded``:
    the ids of the turns with words, in order): a turn whose words all went (">> [ theme
    music ] ." opening a page) takes no number ahead of the first voice ("Speaker 2:" first)."""
    order = list(dict.fromkeys(worded + [t.speaker for t in turns]))
    plain = [i for i in order if i[:1] == "S" and i[1:].isdigit()]
    renamed = dict(zip(plain, sorted(plain, key=lambda i: int(i[1:]))))
    if not all(a == b for a, b in renamed.items()):
        turns = [t if t.speaker not in renamed else dataclasses.replace(
            t, speaker=renamed[t.speaker]) for t in turns]
    # "Speaker N" numbers over the speakers shown with no name, in the same order, no gaps
    shown = {t.speaker for t in turns if t.numbered}
    numbers = {i: n for n, i in enumerate(
        (renamed[i] for i in plain if renamed[i] in shown), 1)}
    return [dataclasses.replace(t, number=numbers[t.speaker])
            if t.numbered and t.speaker in numbers
            and f"S{numbers[t.speaker]}" != t.speaker else t for t in turns]


_ROLE: dict[int, Role] = {HOST: "host", GUEST: "guest", OTHER: "other"}
_CAPTIONS = frozenset({"srt", "vtt", "ssa"})
"""Formats whose dialogue dashes are an exchange of two voices (`dialogue`)."""


def _bare_name(label: str) -> list[str]:
    """A label's words without a title before them ("mr. richard kyle" -> richard kyle)."""
    words = label.split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return words


def _surname_of(key: str, ids: dict[object, str]) -> str | None:
    """The one earlier name label (casefolded, a key of ``ids``) of two words or more whose
    last word is ``key``'s only word, titles aside ("mr. kyle" or "kyle" after "mr. richard
    kyle", "khalid" after "asma khalid": the page names the speaker again by surname,
    qa37); None where no label or several do ("smith" after "jane smith" and "tom smith")."""
    words = _bare_name(key)
    if len(words) != 1 or not words[0].isalpha():
        return None
    found = [k for k in ids if isinstance(k, str) and k != key
             and len(bare := _bare_name(k)) >= 2 and bare[-1] == words[0]]
    return found[0] if len(found) == 1 else None


_OPENS_SELF = frozenset(("i'm", "this", "am"))
"""The words a self-introduction's opening holds one of (`_gives_name`)."""


def _gives_name(units: list[Unit], k: int, last: int) -> bool:
    """Whether units ``k`` to ``last`` hold what a self-introduction opens with
    (`_self_named`): "i'm", or "this is" / "i am" as two words in a row (across the units'
    seams too). Asked before a turn's text is rendered for `_self_named`: that text's words
    are the units' pieces' words as written, so an opening there is one in their words."""
    spans = [u.words for u in units[k:last]]
    if _OPENS_SELF.isdisjoint(chain.from_iterable(spans)):
        return False  # (the common case: none of the three words anywhere; one set lookup a word)
    words = list(chain.from_iterable(spans))
    if "i'm" in words:
        return True
    n = len(words) - 1
    return any(at < n and words[at + 1] == "is" for at in places(words, "this")) or any(
        at < n and words[at + 1] == "am" for at in places(words, "i"))


def _role_key(state: int, voice: dict[int, int], k: int, unnamed: frozenset[int],
              sole: dict[int, tuple[str, int, int]]) -> object:
    """The id key of unlabelled turn ``k`` of host or guest (``state``): the role's other
    voice where it has turned to it, else the role's (`_sole`)."""
    return (state, voice[state]) if voice.get(state) else state if k in unnamed else \
        _sole(sole, state, k)


def _next_voice(spoken: tuple[int, str | None, str | None] | None, state: int,
                given: str | None) -> bool:
    """Whether a marked turn of host or guest that gives itself a name (``given``: "I am John
    Roe") follows a turn of the same role, no label naming it, that gave itself another ("...
    I am Jane Doe. >> I am John Roe"): two anchors handing over, so the role's other voice (of
    two) takes it."""
    return given is not None and spoken is not None and spoken[:2] == (state, None) and \
        spoken[2] is not None and spoken[2].casefold() != given.casefold()


def _sentences(live: Iterable[Piece], starts: set[int]
               ) -> Iterator[tuple[list[str], list[int], Piece]]:
    """Each sentence's normalised words, the piece each word comes from, and its last piece
    (a title abbreviation such as "mr." does not end one)."""
    words: list[str] = []
    firsts: list[int] = []
    last = _NO_PIECE
    opened = -1  # a sentence's start on a mark before its first word ("(Laughter)", qa55)
    for p in live:
        first, text = p.first, p.text
        if first in starts and words and words[-1] not in _TITLE_ABBREVIATIONS:
            yield words, firsts, last
            words, firsts = [], []
            opened = first
        ws = _WORDS.get(text)
        if ws is None:
            ws = _words(text)
        if opened >= 0 and ws:
            if not words:  # the sentence's first word: its unit starts at the mark
                words += ws
                firsts += [opened] + [first] * (len(ws) - 1)
                last = p
                opened = -1
                continue
            opened = -1
        if len(ws) == 1:
            words += ws
            firsts.append(first)
        elif ws:
            words += ws
            firsts += [first] * len(ws)
        last = p
    if words:
        yield words, firsts, last


_NO_PIECE = Piece(0, 0, 0, 0, "")


@functools.lru_cache(maxsize=65536)
def _ending(text: str) -> tuple[bool, bool] | None:
    """Whether a piece's text ends a question, and a sentence ("mr." does not); None when it
    is empty."""
    text = text.strip()
    if not text:
        return None
    end = text.rstrip("\"'”’)")
    return end.endswith("?"), end.endswith((".", "?", "!")) and \
        _norm(text) not in _TITLE_ABBREVIATIONS


def _presenter_moves(units: list[Unit], k: int, last: int) -> bool:
    """Whether units ``k`` to ``last`` (a turn) do what a presenter does with a guest or the
    audience (`speakercues.cues`): ask, thank, greet, steer, speak a host's phrase ("joining
    us"), or introduce someone (`introductions.introduction_in`). A turn of narration alone is
    weak evidence that the presenter's id still holds the presenter (a report's reporter
    read as the host, turns40)."""
    for unit in units[k:last]:
        c = cues(unit)
        if c.question or c.thanks or c.greeting or c.steer or c.audience or c.host_phrase \
                or c.named_self or introduces(unit.words) and introduction_in(unit.words):
            return True
    return False


def _introduced(doc: Document, rendering: Rendering, units: list[Unit], k: int, last: int
                ) -> str | None:
    """The label an introduction in units ``k`` to ``last`` gives, read from their text as
    written (its case and commas tell a name from a role: "the mayor of X, John Doe")."""
    for i in range(k, last):
        if introduces(units[i].words):
            stop = units[i + 1].first if i + 1 < len(units) else len(doc.tokens)
            label = introduced_label(rendering.text(
                doc.tokens[units[i].first].start, doc.tokens[stop - 1].end).split())
            if label:
                return label
    return None


_TAIL_TOKENS = 120
"""The tokens at a turn's end read for an introduction or a hand-over that closes it (its last
sentence or two; a turn's earlier words are not rendered for it)."""


def _tail_words(doc: Document, rendering: Rendering, start: int, stop: int) -> list[str]:
    """The words as written of the last `_TAIL_TOKENS` tokens of the turn ``[start, stop)``."""
    return rendering.text(doc.tokens[max(start, stop - _TAIL_TOKENS)].start,
                          doc.tokens[stop - 1].end).split()


def _closing_introduced(doc: Document, rendering: Rendering,
                        spans: Sequence[tuple[int, int, int, str | None]], j: int
                        ) -> str | None:
    """The name a presenter's turn ``spans[j]`` ends by introducing without "is"
    (`introductions.closing_introduction`: "joining us now, Jane Doe, ...", "Jane Doe joins us
    from ...", "..., Jane Doe. Thank you for being with us"), where the next turn, a guest's
    without a label of its own, is that person's answer: it does not say the name (a turn that
    does, "... is that right, Jane?", nor opens greeting, "Welcome, Mr. President", is the
    presenter's words going on). None otherwise."""
    n = len(doc.tokens)
    start, stop = spans[j][0], spans[j + 1][0]
    after = spans[j + 2][0] if j + 2 < len(spans) else n
    if spans[j + 1][3] is not None or not start < stop < after:
        return None
    name = closing_introduction(_tail_words(doc, rendering, start, stop))
    if name is None:
        return None
    said = {w.casefold() for w in name.split() if len(w) > 2}
    answer = [_bare(doc.tokens[i].text) for i in range(stop, after)]
    if said.intersection(answer) or next(filter(None, answer), "") in _WELCOMING:
        return None
    return name


_WELCOMING = frozenset(("welcome",))
"""A turn's first word that is the presenter's still, welcoming the guest just introduced
("Welcome, Mr. President."), not the guest's answer (a guest's "hi" or "hello" answers)."""


def _handed_over(doc: Document, rendering: Rendering,
                 spans: Sequence[tuple[int, int, int, str | None]], j: int,
                 outlets: frozenset[str]) -> str | None:
    """The reporter whose report turn ``spans[j]`` is: the turn before it, a presenter's, ends
    handing over to them (`introductions.reporter_handed`: "Jane Doe reports.", "Jane Doe has
    more from ...") and the report's first sentence speaks for no one's self ("I", "my": a
    sound bite that opens the package, not the reporter's narration). No name that is a
    channel's or programme's ("Coast News reports.", `_outlet_name`)."""
    start, first = spans[j - 1][0], spans[j][0]
    stop = spans[j + 1][0] if j + 1 < len(spans) else len(doc.tokens)
    if not start < first < stop or spans[j][3] is not None:
        return None
    name = reporter_handed(_tail_words(doc, rendering, start, first))
    if name is None or _outlet_name(name.split(), outlets):
        return None
    for i in range(first, stop):
        word = doc.tokens[i].text
        if _bare(word) in SPEAKS_FOR_SELF:
            return None
        if word.endswith((".", "?", "!")):
            break
    return name


def _hands_over(doc: Document, rendering: Rendering, start: int, stop: int) -> bool:
    """Whether the turn ``[start, stop)`` opens with a presenter's hand-over to someone named,
    "Here's Jane Doe." (a sentence of its own): the presenter's last words, which a boundary
    placed early gave to the next voice's turn (turns44). A look at its first token first."""
    if doc.tokens[start].text.casefold().replace("’", "'") != "here's":
        return False
    words = rendering.text(doc.tokens[start].start,
                           doc.tokens[min(stop, start + LABEL_WORDS + 2) - 1].end).split()
    for i, w in enumerate(words[1:LABEL_WORDS + 2], 1):
        if not w.strip(_MARKS)[:1].isupper():
            return False
        if w.endswith("."):
            return i >= 2
    return False


def _takes_back(units: list[Unit], k: int, last: int) -> bool:
    """Whether units ``k`` to ``last`` (a presenter's turn after a hand-over) take the floor
    back: thank, greet or name the speaker (a question or an introduction a reporter makes
    too: "do you trust them now?", "I have the chief with me here")."""
    for unit in units[k:last]:
        c = cues(unit)
        if c.thanks or c.greeting or c.named_self:
            return True
    return False


_HANDS = frozenset(("reports", "has", "live", "there"))
"""Words one of which a hand-over to a reporter holds (`reporter_handed`: "reports", "has
more", "is live", "is there", "is in PLACE, and has"): a look at a turn's last tokens before
its words are rendered."""
_HAND_TOKENS = 40


def _passed_to(doc: Document, rendering: Rendering,
               spans: Sequence[tuple[int, int, int, str | None]], j: int, state: int,
               outlets: frozenset[str]) -> str | None:
    """The person turn ``spans[j]``, a guest's or a report's of unmarked input, is handed to
    by the presenter's turn before it: a hand-over to a reporter (`_handed_over`; for a report
    turn only where that finds none, since it has looked) or a question that asks someone by
    name (`introductions.addressed`: "Jane Doe, what are you hearing?"), where the turn is that
    person's answer: it does not say the name nor opens welcoming (`_closing_introduced`'s
    test). Cheap looks at the previous turn's last tokens first (a "?" on its last word, a
    hand-over's word near its end): most turns are handed to no one."""
    start, first = spans[j - 1][0], spans[j][0]
    stop = spans[j + 1][0] if j + 1 < len(spans) else len(doc.tokens)
    if not start < first < stop:
        return None
    tokens = doc.tokens
    asks = tokens[first - 1].text.rstrip("\"'”’)").endswith("?")
    hands = state != OTHER and any(
        _bare(tokens[i].text) in _HANDS for i in range(max(start, first - _HAND_TOKENS), first))
    if not asks and not hands:
        return None
    name = _handed_over(doc, rendering, spans, j, outlets) if hands else None
    if name is None and asks:
        name = addressed(_tail_words(doc, rendering, start, first))
        if name is not None and _outlet_name(name.split(), outlets):
            name = None
    if name is None:
        return None
    said = {w.casefold() for w in name.split() if len(w) > 2}
    answer = [_bare(tokens[i].text) for i in range(first, stop)]
    if said.intersection(answer) or next(filter(None, answer), "") in _WELCOMING:
        return None
    return name


def _bare(word: str) -> str:
    return word.strip(_MARKS).removesuffix("'s").casefold()


def _sole(sole: dict[int, tuple[str, int, int]], state: int, k: int) -> object:
    """The id key of an unlabelled turn ``k`` of role ``state``: the role's sole name where it
    reaches (`labelroles.sole_reach`), else the role."""
    name, first, last = sole.get(state, ("", 0, -1))
    return name if first <= k <= last else state


def _label_role(label: str | None) -> Role | None:
    role = label_role(label)
    return None if role is None else _ROLE[role]


def _display(label: str) -> str:
    label = " ".join(label.split())
    if not label.islower():
        return label
    return " ".join(w if w in _SMALL and i else capitalised_name(w)
                    for i, w in enumerate(label.split()))


_GOVERNS_THIS = frozenset(
    "of in on at for about with from to by into onto over under after before behind beyond "
    "than like around through without within against".split())
"""Prepositions: "this" after one is their object ("at the helm of this is Dean Baquet"),
not the speaker who says "this is Jane Doe"."""
_MARKS = ".,;:?!\"'“”‘’"


def _introduces_another(text: str, name: str, outlets: frozenset[str] = frozenset()) -> bool:
    """Whether an unlabelled turn's text gives its speaker a name (`_self_named`, a name its
    frame alone cased counting too) that is not ``name``, the one its id holds from another
    turn: that turn's voice is another's (qa34: an anchor's id, named by her "this is ...",
    took a correspondent's "i'm martha teichner, ..."), so it shows no name."""
    other = _self_named(text, outlets=outlets)
    return other is not None and other.casefold() != name.casefold()


_OPENS_NAMING = frozenset({"i'm", "this", "i"})
_MAY_NAME = lazy_re(r"i'm|this\s+is|i\s+am")
"""What the lowercased text of a turn that names its speaker holds: "i'm", or "this" / "i"
and the word after ("is" / "am") with white space between (`re`'s \\s is `str.split`'s
white space), a C-speed look before the text is split into words (most turns name nobody)."""


_OUTLET_HEADS = frozenset("news newshour newsroom tonight radio tv television channel network "
                          "broadcasting".split())
"""Last words of a channel's or programme's name ("this is Valley News", "this is Coast
Radio"): the programme's ident, no speaker's name (turns40)."""


def _outlets(doc: Document) -> frozenset[str]:
    """The document's channel and programme title as its metadata gives them (an archive
    page's header), casefolded: "this is <channel>" is the channel's ident."""
    meta = doc.metadata
    return frozenset(" ".join(str(meta[k]).split()).casefold() for k in ("channel", "title")
                     if meta.get(k))


def _outlet_name(name: Sequence[str], outlets: frozenset[str]) -> bool:
    """Whether a name (its words) is a channel's or programme's: its last word one of
    `_OUTLET_HEADS`; its first a call sign or broadcaster's initials (three capitals or more,
    "XBC World"; not in a name all in capitals); or the name the document's channel or title,
    or one of them and more ("<channel> Mali" as the captions run the ident into the next
    word). (The header's channel is not in a caption file we write: cleaned again, such a
    file may read the ident as a name where the first clean did not.)"""
    if name[-1].lower().strip(_MARKS) in _OUTLET_HEADS:
        return True
    first = name[0]
    if len(first) >= 3 and first.isalpha() and first.isupper() and \
            not all(w.isupper() for w in name[1:]):
        return True
    joined = " ".join(name).casefold()
    return any(joined == o or joined.startswith(o + " ") for o in outlets)


def _self_named(text: str, unproven: frozenset[str] = frozenset(),
                outlets: frozenset[str] = frozenset()) -> str | None:
    """"I'm Jane Doe" / "I am Jane Doe" / "this is Jane Doe" in a turn's text, when the text
    already capitalises the name (two or three capitalised words); None otherwise, and where
    the turn gives two different names (two presenters under one marker). "this" after a
    preposition is its object, no self-introduction (`_GOVERNS_THIS`). A name holding a word
    of ``unproven`` (cased by the frame alone, `personnames.SELF_INTRODUCED`) counts for
    nothing. Nor a name all in capitals in a cased text, or opened by an article (a show's
    title), or a channel's or programme's name (`_outlet_name`, ``outlets``: the document's
    channel and title, "this is BBC News" an ident, turns40)."""
    low = text.lower().replace("’", "'")
    if _MAY_NAME.search(low) is None:
        return None  # no "i'm", "this is" or "i am" anywhere: no word opens one
    words = text.split()
    given: str | None = None
    # only a word that lowercases to "i'm", "this" or "i" can open one: those found in the
    # whole text lowercased at once (its words and spaces stay where they were)
    lows = low.split()
    cased: bool | None = None  # (not all in capitals): asked of a name found only
    for i in where(map(_OPENS_NAMING.__contains__, lows), len(words) - 2):
        lw = lows[i]
        if lw == "this" and i and words[i - 1].lower().strip(_MARKS) in _GOVERNS_THIS:
            continue  # "the man behind all of this is John Roe": "this" no speaker
        if lw == "i'm" or lw in ("this", "i") and lows[i + 1] == ("is" if lw == "this"
                                                                  else "am"):
            j = i + (1 if lw == "i'm" else 2)
            name: list[str] = []
            while j < len(words) and len(name) < 3 and _NAME_WORD.match(words[j].rstrip(",.")):
                name.append(words[j].rstrip(",."))
                if words[j][-1] in ",.":
                    break
                j += 1
            if unproven and not unproven.isdisjoint(name):
                continue  # cased by its frame alone (`personnames.SELF_INTRODUCED`)
            if name and name[0].lower() in ("the", "a", "an"):
                continue  # "This is The Morning Journal for ...": an article opens a
                # show's or a paper's title, no person's name (qa47)
            if all(len(w) > 1 and w.isupper() for w in name):
                if cased is None:
                    cased = any(w[:1].isupper() and w[1:2].islower() for w in words)
                if cased:
                    continue  # "This is EVENING MARKET REPORT with ...": a show's title in
                    # capitals on a cased page, no person's name (a news transcript's, qa46)
            if len(name) >= 2 and _outlet_name(name, outlets if lw == "this" else frozenset()):
                continue  # "this is Valley News": the programme's ident, no one's name (the
                # header's channel and title only after "this is": a show named after its
                # presenter, "I'm Jane Doe" on "Jane Doe", is hers)
            if len(name) >= 2 and not place_name(name):  # "this is Quigley Street": a place
                if given is not None and given.casefold() != " ".join(name).casefold():
                    return None  # "I'm Jane Doe. I'm John Roe": two voices in one turn
                given = " ".join(name)
    return given

memos.bound_global(_norm, WORD_MEMO)
memos.bound_global(_WORDS, WORD_MEMO)
memos.bound_global(_ending, WORD_MEMO)


INTRO_NAME = 3
"""Most words of the name after "I'm" in a self-introduction (`_second_introductions`)."""
_START = attrgetter("start")


def _second_introductions(pieces: Sequence[Piece], marks: dict[int, str | None],
                          source: str) -> list[int]:
    """The first tokens of the pieces where a second presenter introduces herself right after
    the first inside one marked turn, with no marker between them ("It is Thursday. I'm Jane
    Doe. I'm John Roe. The bridge is open."; "... I'm Jane Doe. And I'm John Roe."): each
    "I'm" (or the "And" before it) opening a sentence right after the sentence "I'm <name>."
    of another name, both names two or three capitalised words opening on a census first
    name (`_self_named`'s test of a name: the casing stage cased them). Co-anchors open a
    local newscast so; one voice does not give two names. (The "i'm"s are found in the
    source with `str.find`, then their pieces.)"""
    low = source.lower()
    spots: list[int] = []
    at = low.find("i'm ")
    while at >= 0:
        spots.append(at)
        at = low.find("i'm ", at + 4)
    if len(spots) < 2:
        return []
    starts = list(map(_START, pieces))
    n = len(pieces)

    def step(j: int) -> int:  # the next piece with text from ``j`` on (removed ones skipped)
        while j < n and not pieces[j].text:
            j += 1
        return j

    found: list[int] = []
    last: tuple[int, str] | None = None  # (the piece after the last "I'm <name>.", the name)
    for spot in spots:
        k = bisect.bisect_left(starts, spot)
        if k >= n or starts[k] != spot or pieces[k].text.lower() != "i'm":
            continue
        name: list[str] = []
        j, end = step(k + 1), -1
        while j < n and len(name) < INTRO_NAME and _NAME_WORD.match(pieces[j].text):
            name.append(pieces[j].text.rstrip("."))
            closed = pieces[j].text.endswith(".")
            j = step(j + 1)
            if closed:
                end = j
                break
        if end < 0 and name and j < n and pieces[j].text == ".":
            end = step(j + 1)
        if end < 0 or len(name) < 2 or not first_name(name[0].lower()):
            last = None
            continue
        here = " ".join(name).casefold()
        if last is not None:
            after, before = last
            opener = k
            if after < k and pieces[after].text.lower() == "and" and step(after + 1) == k:
                opener = after
            if opener == after and before != here \
                    and not any(pieces[i].first in marks for i in range(after, k + 1)):
                found.append(pieces[opener].first)
        last = (end, here)
    return found

