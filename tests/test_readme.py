"""The README's Python examples run, so they never rot."""

from __future__ import annotations

import regex

from .conftest import ROOT


def test_readme_python_blocks_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = regex.findall(r"```python\n(.*?)```", readme, flags=regex.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
