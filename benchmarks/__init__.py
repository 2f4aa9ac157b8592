"""Benchmarks for transcript-tools (not tests): run them all with ``python -m benchmarks``
(or ``make bench``); they print a Markdown table and can write it into the README."""
