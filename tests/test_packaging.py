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


def test_every_data_file_of_a_package_ships_in_the_wheel() -> None:
    # The distress models are .tsv files next to the code that reads them: without a
    # package-data line they work in a checkout and are missing from an installed bot.
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[tool\.setuptools\.package-data\]$(.*?)^\[", pyproject, re.M | re.S)[1]
    globs = {
        package: re.findall(r'"\*(\.\w+)"', line)
        for package, line in re.findall(r'^"([\w.]+)" = (.*)$', section, re.M)
    }
    missing = [
        str(path.relative_to(REPO))
        for path in (REPO / "bot").rglob("*")
        if path.is_file()
        and path.suffix not in (".py", ".pyc")
        and "__pycache__" not in path.parts
        and (path.parent / "__init__.py").exists()
        and path.suffix not in globs.get(".".join(path.parent.relative_to(REPO).parts), [])
    ]
    assert not missing
