

def test_introduced_label_takes_the_first_introducer_in_order() -> None:
    from transcript_tools.speakers import introduced_label

    def said(text: str) -> str | None:
        return introduced_label(text.split())

    assert said("and joining us now is the former ambassador to the region") == \
        "former ambassador"
    # the introducers are tried in order ("we now hear from" before "my guest is"), each
    # at its first place where a label follows
    assert said("my guest is a senator . we now hear from the mayor in the city") == "mayor"
    assert said("we now hear from now on and we now hear from our correspondent today") == \
        "correspondent"
    assert said("joining us now is") is None
    assert said("nothing here introduces anyone") is None


def test_decode_with_dense_emission_sums_matches_sparse_sums(sample_text: str) -> None:
    """`decode` sums every feature times its weight (zero weights add exact zeros); the
    roles are those of summing the nonzero weights only, on the sample's sentences."""
    from transcript_tools.speakers import Unit, decode, prepare, weights

    units = [Unit(0, tuple(s.split()), 1, s.endswith("?"))
             for line in sample_text.lower().splitlines() for s in line.split(". ") if s]
    w = weights()
    prep = prepare(units, any(w.change))
    sparse = [[(i, x) for i, x in enumerate(w.emission[s]) if x] for s in range(3)]
    extra = [[sum(x * f[i] for i, x in sparse[s]) - sum(a * b for a, b in
                                                          zip(w.emission[s], f))
              for s in range(3)] for f in prep.features]
    assert all(d == 0.0 for row in extra for d in row)
    assert len(set(decode(units))) > 1


def test_profile_weighs_a_unit_by_the_words_each_speaker_uses() -> None:
    """The second pass's additions: a unit in the words the first path gave the guest moves
    towards the guest, one in the host's words towards the host, each capped; too little
    speech on either side gives no profile."""
    from transcript_tools.speakers import GUEST, HOST, PROFILE_CAP, Unit, profile

    host = "what do you make of the new rules and how will you respond".split()
    guest = "our growers planted barley early because our soil dried out in march".split()
    units = [Unit(0, tuple(host), 1), Unit(1, tuple(guest), 1)] * 3
    units.append(Unit(2, ("our", "barley", "soil"), 1))
    units.append(Unit(3, ("how", "will", "you"), 1))
    path = [HOST, GUEST] * 3 + [GUEST, HOST]
    flat = profile(units, path)
    assert flat is not None and len(flat) == 3 * len(units)
    adds = [tuple(flat[k:k + 3]) for k in range(0, len(flat), 3)]
    assert adds[-2][0] < 0 < adds[-2][1]  # the guest's words: towards the guest
    assert adds[-1][0] > 0 > adds[-1][1]  # the host's words: towards the host
    assert all(abs(a) <= PROFILE_CAP / 2 and a == -b and c == 0.0 for a, b, c in adds)
    assert profile(units[:2], [HOST, GUEST]) is None
