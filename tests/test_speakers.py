

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
