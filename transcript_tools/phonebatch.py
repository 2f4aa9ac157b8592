"""`phonetics.distance_within` for many pairs at once: the same weighted phone DP, filled one
anti-diagonal at a time for a whole batch of pairs (numpy), with the very same float sums.

Used by `hearing.Ear.hear_many`, which defers the exact distances of a document's windows and
asks them together; a small batch (or no numpy) takes the one-pair path.
"""

from __future__ import annotations

from typing import Any

from .phonetics import _INDEL, _SUB, CONSONANT_INDEL, CONSONANT_SUB, distance_within

BATCH_FROM = 150
"""Fewer pairs than this take the one-pair path (the batch has a fixed cost of its own)."""
CHUNK = 512
"""Pairs per batch (sorted by size, so that a batch pads little)."""
_INF = float("inf")
_TABLES: tuple[Any, ...] | None = None


def _tables() -> tuple[Any, ...] | None:
    """numpy, each phone's code, the substitution and indel costs by code (an unknown
    character costs as `phonetics` charges it: CONSONANT_SUB against anything, itself too);
    None without numpy."""
    global _TABLES
    if _TABLES is None:
        try:
            import numpy as np
        except ImportError:   # pragma: no cover - numpy is a dependency
            _TABLES = ()
            return None
        alphabet = sorted(_SUB)
        code = {ch: k for k, ch in enumerate(alphabet)}
        unknown = len(alphabet)
        sub = np.full((unknown + 1, unknown + 1), CONSONANT_SUB)
        for a, row in _SUB.items():
            for b, cost in row.items():
                sub[code[a], code[b]] = cost
        indel = np.array([_INDEL[ch] for ch in alphabet] + [CONSONANT_INDEL])
        _TABLES = (np, code, unknown, sub, indel)
    return _TABLES or None


def distances_within(pairs: list[tuple[str, str, float]]) -> list[float]:
    """For each (a, b, bound): what ``distance_within(a, b, bound)`` answers (the distance if
    within the bound, else infinity)."""
    tables = _tables() if len(pairs) >= BATCH_FROM else None
    if tables is None:
        return [distance_within(a, b, bound) for a, b, bound in pairs]
    out = [0.0] * len(pairs)
    order = sorted(range(len(pairs)), key=lambda k: (len(pairs[k][0]), len(pairs[k][1])))
    for at in range(0, len(order), CHUNK):
        chunk = order[at:at + CHUNK]
        got = _exact(tables, [pairs[k][0] for k in chunk], [pairs[k][1] for k in chunk])
        for k, d in zip(chunk, got):
            a, b, bound = pairs[k]
            if a == b:
                d = 0.0
            out[k] = d if d <= bound else _INF
        # (A pair of equal strings is 0 however its characters are charged.)
    return out


def _exact(tables: tuple[Any, ...], left: list[str], right: list[str]) -> list[float]:
    """The exact distances of the pairs (left[p], right[p]): the DP of `phonetics._within`,
    cell (i, j) = min(diagonal + substitution, up + indel of a[i-1], left + indel of b[j-1]),
    computed per anti-diagonal k = i + j for all pairs at once. Every cell is the same sum of
    the same two floats as there, so the results are bit-identical."""
    np, code, unknown, sub_cost, indel = tables
    count = len(left)
    na = np.array([len(s) for s in left])
    nb = np.array([len(s) for s in right])
    rows, cols = int(na.max()), int(nb.max())
    a = _codes(np, code, unknown, left, rows)
    b = _codes(np, code, unknown, right, cols)
    down = indel[a]                       # (P, rows): deleting a[i-1]
    across = indel[b][:, ::-1]            # (P, cols): inserting b[cols-1-j], reversed
    # Substitutions flattened (P, rows * cols): the cells (i - 1, k - i - 1) of an
    # anti-diagonal lie cols - 1 apart, a strided view.
    sub = sub_cost[a[:, :, None], b[:, None, :]].reshape(count, rows * cols)
    # The first column and row: running sums, left to right (as `_columns` and `_within`).
    first_col = np.zeros((count, rows + 1))
    np.cumsum(down, axis=1, out=first_col[:, 1:])
    first_row = np.zeros((count, cols + 1))
    np.cumsum(indel[b], axis=1, out=first_row[:, 1:])
    # Diagonal k holds the cells (i, k - i) at index i. The cells a diagonal reads from the
    # two before it are all computed (or are the first row's or column's): buffers are reused
    # without clearing.
    buffers = [np.zeros((count, rows + 1)) for _ in range(3)]
    before, last = buffers[2], buffers[0]
    last[:, 0] = 0.0
    result = np.zeros(count)
    ends = na + nb
    minimum = np.minimum
    step = cols - 1 if cols > 1 else 1
    for k in range(1, rows + cols + 1):
        cur = buffers[k % 3]
        lo, hi = max(1, k - cols), min(rows, k - 1)
        if lo <= hi:
            # j = k - i runs from k - lo down to k - hi.
            first = (lo - 1) * cols + (k - lo - 1)
            diag = before[:, lo - 1:hi] + sub[:, first:first + (hi - lo) * step + 1:step]
            up = last[:, lo - 1:hi] + down[:, lo - 1:hi]
            side = last[:, lo:hi + 1] + across[:, cols - k + lo:cols - k + hi + 1]
            minimum(minimum(diag, up), side, out=cur[:, lo:hi + 1])
        if k <= cols:
            cur[:, 0] = first_row[:, k]
        if k <= rows:
            cur[:, k] = first_col[:, k]
        done = np.nonzero(ends == k)[0]
        if len(done):
            result[done] = cur[done, na[done]]
        before, last = last, cur
    return result.tolist()  # type: ignore[no-any-return]


_CODES: dict[str, bytes] = {}


def _codes(np: Any, code: dict[str, int], unknown: int, strings: list[str], width: int
           ) -> Any:
    """The strings as rows of phone codes (one byte each, memoised per string: the names'
    phones recur in every batch), padded with the unknown code."""
    memo = _CODES
    if len(memo) > 50_000:
        memo.clear()
    pad = bytes([unknown])
    rows = []
    for s in strings:
        got = memo.get(s)
        if got is None:
            got = memo[s] = bytes([code.get(ch, unknown) for ch in s])
        rows.append(got.ljust(width, pad))
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(len(strings), width)
