"""Sentence ends as written (`sentenceends`): starts marked from the punctuation present, and
ends taken back before a lone object pronoun."""

from __future__ import annotations

from transcript_tools import Options, clean, sentenceends
from transcript_tools.model import Document
from transcript_tools.readers import parse

from .test_sentences import ONLY


def test_punctuation_off_only_marks_existing_sentences() -> None:
    options = ONLY.replace(punctuation=False)
    t = clean("we went to the. market he said", options=options)
    assert t.text == "we went to the. market he said"
    assert len(t.document.sentence_starts) == 2


def test_no_sentence_of_a_lone_object_pronoun_the_source_closes() -> None:
    # qa7 audit: "...a small budget movie winning it?" read "...winning? It?"
    got = clean("what did you make of a small budget movie winning it? >> it's outstanding.",
                options=Options(names=False, spelling=False)).text
    assert "winning it?" in got and "It?" not in got


def test_a_document_cut_mid_sentence_ends_in_an_ellipsis_not_a_stop() -> None:
    # qa11 audit: archive excerpts end mid-word or mid-phrase ("ice on the runways and.",
    # "tied in boston. francisc." on 7 of 10 pages)
    opts = Options(names=False, turns=False)
    assert clean("the planes sat on the runways and", options=opts).text == \
        "The planes sat on the runways and…"
    assert clean("it is now tied in boston. francisc", options=opts).text == \
        "It is now tied in Boston. Francisc…"
    assert clean("he can finish the job he star", options=opts).text == \
        "He can finish the job he star."


def test_a_turn_cut_off_by_the_next_speaker_ends_in_an_ellipsis() -> None:
    t = clean("we will be right back and\n>> welcome to the show.\n",
              options=Options(names=False))
    assert "back and…" in t.text and "and." not in t.text


def test_an_interjection_or_greeting_at_the_end_is_a_whole_word() -> None:
    # lead, session 21: the frequency list lacks "ok", "oh", "uh" and holds "hi" rarely, and
    # longer common words start with each ("okay", "ohio", "his"), so a document ending on one
    # read "That is OK…"
    opts = Options(names=False, turns=False)
    assert clean("we can fix that later that is ok", options=opts).text.endswith("that is OK.")
    assert clean("and then she just said oh", options=opts).text.endswith("said oh.")
    assert clean("when he came in i said hi", options=opts).text.endswith("said hi.")
    # after a word no sentence ends on, the same letters are a word cut short ("him")
    assert clean("she would go with hi", options=opts).text == "She would go with hi…"


def test_a_document_cut_after_a_comma_ends_in_an_ellipsis() -> None:
    # qa12 audit: a page cut after "after a night of fires, looting, and violence," (CNN
    # 2024) read "violence."
    opts = Options(names=False, turns=False)
    assert clean("after a night of fires, looting, and violence,", options=opts).text \
        == "After a night of fires, looting, and violence…"
    # a comma inside the text is not an end
    assert clean("we came, we saw, we left.", options=opts).text == "We came, we saw, we left."


def test_a_relative_clause_the_source_closes_with_a_stop_is_no_question() -> None:
    # qa12 audit: "close to this chevron gas station. which had a lot of local residents
    # concerned." (KGO 2022) read "Which had a lot of local residents concerned?"
    opts = Options(names=False, turns=False)
    t = clean("the fire got close to this gas station. which had a lot of local residents "
              "concerned. this is video.", options=opts)
    assert "Which had a lot of local residents concerned." in t.text
    # a wh-question the source leaves open, or asks, stays a question
    assert "?" in clean("which had the most votes? the red one.", options=opts).text
    assert clean("what is the latest.", options=opts).text == "What is the latest?"


def test_a_fronted_phrase_is_joined_to_the_clause_after_it() -> None:
    from transcript_tools.sentenceends import fronted_phrases

    def joined(text: str, after: str) -> list[int]:
        keys = text.split()
        ends = bytearray(len(keys))
        ends[keys.index(after)] = True
        ends[-1] = True
        return fronted_phrases(ends, bytearray(len(keys)), keys)

    assert joined("and with the new phone plan you can get a price", "plan") == [5]
    assert joined("with the vote of the people of iowa we can't lose", "iowa") == [7]
    # a clause of its own, a long stretch, or no subject after: the end stays
    assert joined("with that we are done you can go home", "done") == []
    assert joined("after the officers opened fire on the island near the bridge the suspect "
                  "ran", "bridge") == []
    assert joined("in the end the plan worked", "end") == []


def test_a_cut_after_a_preposition_that_follows_its_nouns_determiner_is_an_ellipsis() -> None:
    # qa16 audit: a page cut inside the pledge, "i pledge allegiance to the flag of" (C-SPAN
    # 2016), read "to the flag of."; a preposition left at the end of its clause stays
    opts = Options(names=False, turns=False)
    assert clean("i pledge allegiance to the flag of", options=opts).text == \
        "I pledge allegiance to the flag of…"
    assert clean("they asked for a lot of", options=opts).text == "They asked for a lot of…"
    assert clean("this is the one i dream of", options=opts).text == \
        "This is the one I dream of."
    assert clean("tell me what it is for", options=opts).text == "Tell me what it is for."


def test_a_sentence_end_in_a_gap_of_two_commas_takes_the_first_and_drops_the_second() -> None:
    from transcript_tools import clean
    assert clean("the fans went home after the match , ,").text == \
        "The fans went home after the match."
    assert clean("the fans went home after the match , , .").text == \
        "The fans went home after the match."


def test_a_stop_after_a_spaced_comma_is_joined_to_the_word() -> None:
    from transcript_tools import clean
    assert clean("the match is over , . and then we left").text.startswith(
        "The match is over. And then")
    assert clean("is it over , .").text == "Is it over?"
    assert clean("did they go home , ?").text == "Did they go home?"


def test_an_exclamation_inside_its_sentence_is_no_end() -> None:
    opts = Options(names=False, turns=False)
    # lowercase captions: a preposition carries the clause on to the next stop
    assert clean("the fans chanted goal goal goal! at the referee.", options=opts).text == \
        "The fans chanted goal goal goal! at the referee."
    assert clean("the crowd cheered encore! for the quartet. then it rained.",
                 options=opts).text == "The crowd cheered encore! for the quartet. Then it rained."
    # real ends stay: a capital, a subject, a fronted phrase before a comma
    assert clean("Run! The tide is coming in.", options=opts).text == \
        "Run! The tide is coming in."
    assert clean("run! the tide is coming in.", options=opts).text == \
        "Run! The tide is coming in."
    assert clean("good morning! at the top of the hour, the weather.", options=opts).text == \
        "Good morning! At the top of the hour, the weather."
    assert clean("we did it! for once we beat them.", options=opts).text == \
        "We did it! For once we beat them."
    # a writer who starts sentences in capitals did not start one after "Goal!" here, and
    # the sentence starts say so with or without the punctuation stage
    written = ("The match was tense. The fans chanted GOAL! and waved at the players. The "
               "keeper froze. Nobody moved. Then the whistle blew. It was over. We went home. "
               "The bus was late.")
    for o in (opts, opts.replace(punctuation=False)):
        t = clean(written, options=o)
        assert "GOAL! and waved" in t.text
        after = t.document.source.index("and waved")
        assert not [s for s in t.document.sentence_starts
                    if t.document.tokens[s].start == after]
        assert len(t.document.sentence_starts) == 8


def _read_both(doc: Document) -> None:
    fast = sentenceends._marked_words(doc)
    assert fast is not None
    assert fast == sentenceends._sung_words(doc)


def test_written_words_from_the_replay_flags_match_the_piece_by_piece_reading() -> None:
    doc = parse("well , the ferry left . [horn] did it -- dock ? \"yes\" ( mostly ) ...")
    words, gaps, punctuated, _ = sentenceends.written_words(doc)
    assert [w.text for w in words] == ["well", "the", "ferry", "left", "did", "it", "dock",
                                       "yes"]
    assert [[g.text for g in gaps[i]] for i in punctuated] == [
        [","], ["."], ["--"], ["?", '"'], ['"', "..."]]
    _read_both(doc)
    # edited: a mark removed, two words joined into one piece, a sound removed
    pieces = doc.pieces()
    editor = doc.editor()
    editor.replace([pieces[1]], "", "punctuation", "test")
    editor.replace([pieces[2], pieces[3]], "the boat", "spelling", "test")
    editor.replace([pieces[6]], "", "artifact", "test")
    edited = editor.finish()
    _read_both(edited)
    words, gaps, punctuated, _ = sentenceends.written_words(edited)
    assert [w.text for w in words][:3] == ["well", "the boat", "left"]
    assert [[g.text for g in gaps[i]] for i in punctuated][:2] == [["."], ["--"]]
    # no mark at all, and a mark before the first word (no word to follow)
    _read_both(parse("the ferry left port"))
    assert sentenceends.written_words(parse("-- the ferry left"))[2] == []


def test_written_words_read_piece_by_piece_where_a_note_or_a_leading_mark_stands() -> None:
    # a sung line's close (its notes removed) ends a sentence: read piece by piece
    sung = parse("♪ rain on the roof ♪ and then we slept")
    pieces = sung.pieces()
    editor = sung.editor()
    editor.replace([pieces[0]], "", "artifact", "test")
    editor.replace([pieces[5]], "", "artifact", "test")
    sung = editor.finish()
    assert sentenceends._marked_words(sung) is None
    assert sentenceends.written_words(sung)[3] == {3}
    # a joined piece that opens with a mark reads as a word
    doc = parse("the ferry , left port")
    pieces = doc.pieces()
    editor = doc.editor()
    editor.replace([pieces[2], pieces[3]], ", left", "spelling", "test")
    joined = editor.finish()
    assert sentenceends._marked_words(joined) is None
    assert [w.text for w in sentenceends.written_words(joined)[0]] == \
        ["the", "ferry", ", left", "port"]
