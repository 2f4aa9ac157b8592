"""Fuzzing transcript-tools: generators of broadcast-like and caption input, and the invariants.

`python -m fuzz --minutes 15` runs them with a time budget; tests/test_invariants.py runs the
same properties with the hypothesis profiles of tests/conftest.py.
"""
