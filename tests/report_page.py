"""Reading an HTML report as the tests need: its figure tables, and anything it would load."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that load something, or run it.
LOADING_TAGS = {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "source"}
LOADING_ATTRIBUTES = {"src", "href", "xlink:href", "srcset", "data", "poster", "action"}
URL = re.compile(r"(?:https?:)?//", re.I)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self.figures: dict[str, list[dict[str, str]]] = {}
        self._chart: str | None = None
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in values.items()]
        self._in_style = tag == "style"
        if tag == "table" and "data-chart" in values:
            self._chart = values["data-chart"]
            self.figures[self._chart] = []
        elif tag == "tr" and self._chart and "data-key" in values:
            row = {name[5:]: value for name, value in values.items() if name.startswith("data-")}
            self.figures[self._chart].append(row)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._chart = None
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def figures(page: str) -> dict[str, list[dict[str, str]]]:
    """Each chart's table: {chart: [{"key": ..., "questions": ...}, ...]} from data-*."""
    parser = _Page()
    parser.feed(page)
    return parser.figures


def external_references(page: str) -> list[str]:
    """Everything in the page that would fetch or run something from elsewhere."""
    parser = _Page()
    parser.feed(page)
    found = [f"<{tag}>" for tag in parser.tags if tag in LOADING_TAGS]
    for tag, name, value in parser.attributes:
        if name in LOADING_ATTRIBUTES and not value.startswith("#"):
            found.append(f"<{tag} {name}={value!r}>")
        if name.startswith("on"):
            found.append(f"<{tag} {name}=...> (a script)")
        if "url(" in value and re.search(r"url\((?!#)", value):
            found.append(f"<{tag} {name}={value!r}>")
    for css in parser.styles:
        if "@import" in css or re.search(r"url\((?!#)", css):
            found.append(f"<style>{css[:80]}")
    found += [f"URL {match.group(0)!r}" for match in URL.finditer(page)]
    return found
