"""What a wheel ships: every package of bot/ and handlers/ is listed in pyproject.toml.

setuptools ships only the packages it is told about: a package missing from the list works in
a checkout and an editable install, and is missing from a wheel.
"""

from __future__ import annotations

import re

from conftest import REPO


def test_every_package_is_listed_for_the_wheel() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(
        re.findall(r'"([\w.]+)"', re.search(r"^packages = \[(.*?)\]$", pyproject, re.M | re.S)[1])
    )
    packages = {
        ".".join(init.parent.relative_to(REPO).parts)
        for top in ("bot", "handlers")
        for init in (REPO / top).rglob("__init__.py")
    }
    assert packages >= {"bot", "bot.safety", "handlers"}
    assert packages <= listed, sorted(packages - listed)
