"""Plain-text answers built from the pack: speaker and panel cards, the programme, crisis help."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge import Pack, Panel, Resource, Speaker
from bot.messages import format_date, message


@dataclass(frozen=True)
class Card:
    """A heading (shown in bold on Telegram) and a body, both plain text."""

    heading: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.heading}\n{self.body}" if self.heading else self.body


def speaker_name(speaker: Speaker, language: str) -> str:
    """The name with its honorific when the pack gives one: "Dr Jane Doe".

    Arabic replies use the first Arabic-script form of the name.
    """
    name = speaker.names_ar[0] if language == "ar" and speaker.names_ar else speaker.name
    if speaker.title and speaker.title.get(language):
        return f"{speaker.title[language]} {name}"
    return name


def panel_title(panel: Panel, language: str) -> str:
    return message("panel_heading", language, number=panel.number, title=panel.title[language])


def speaker_card(pack: Pack, speaker: Speaker, language: str) -> Card:
    lines = [speaker.role[language]]
    panel = pack.panel(speaker.panel)
    if panel:
        lines.append(panel_title(panel, language))
    lines += ["", speaker.talk[language]]
    if speaker.quote:
        # The pack writes quotes with their own quotation marks (and "translated" notes).
        lines += ["", speaker.quote[language]]
    return Card(speaker_name(speaker, language), "\n".join(lines))


def _panel_lines(pack: Pack, panel: Panel, language: str) -> list[str]:
    names = [speaker_name(s, language) for sid in panel.speakers if (s := pack.speaker(sid))]
    separator = "، " if language == "ar" else ", "
    return [
        message("themes", language, items=separator.join(panel.themes[language])),
        message("with_speakers", language, items=separator.join(names)),
    ]


def panel_card(pack: Pack, panel: Panel, language: str) -> Card:
    body = [panel.summary[language], "", *_panel_lines(pack, panel, language)]
    return Card(panel_title(panel, language), "\n".join(body))


def programme_card(pack: Pack, language: str) -> Card:
    event = pack.event
    lines = [
        message(
            "programme_when",
            language,
            date=format_date(event.date, language),
            city=event.city[language],
            country=event.country[language],
        ),
        "",
    ]
    for panel in pack.panels:
        lines += [panel_title(panel, language), *_panel_lines(pack, panel, language), ""]
    return Card(
        message("programme_title", language, event=event.name[language]), "\n".join(lines).strip()
    )


def speakers_card(pack: Pack, language: str) -> Card:
    lines = []
    for panel in pack.panels:
        lines.append(panel_title(panel, language))
        for sid in panel.speakers:
            speaker = pack.speaker(sid)
            if speaker:
                lines.append(f"• {speaker_name(speaker, language)}: {speaker.role[language]}")
        lines.append("")
    title = message("speakers_title", language, count=len(pack.speakers))
    return Card(title, "\n".join(lines).strip())


def welcome(pack: Pack, language: str, *, buttons: bool = True) -> str:
    """What /start says first: the event, its date and city, and that a bot answers; with no
    `buttons` (the terminal), it points to /help instead of the menu."""
    event = pack.event
    return message(
        "welcome" if buttons else "welcome_terminal",
        language,
        event=event.short_name[language],
        date=format_date(event.date, language),
        city=event.city[language],
    )


def examples(pack: Pack, language: str) -> str:
    """The pack's example questions for /help, one bullet per line."""
    return "\n".join(f"• {question}" for question in pack.event.examples.get(language, ()))


def _resource_lines(resources: list[Resource], language: str) -> str:
    colon = " : " if language == "fr" else ": "  # French sets a space before the colon
    return "\n".join(
        f"• {r.name[language]}{colon}{r.contact} ({r.description[language]})" for r in resources
    )


def help_lines(pack: Pack, language: str) -> str:
    """Where to talk, under an answer about suicide as a subject: the listening services, as
    nobody said they were in danger."""
    listening = [r for r in pack.resources if not r.emergency]
    return f"{message('theme_help', language)}\n{_resource_lines(listening, language)}"


def concern_card(pack: Pack, language: str) -> Card:
    """The reply to someone worried about another person: how to help them, and where."""
    text = pack.concern_reply[language]
    return Card("", text.replace("{resources}", _resource_lines(pack.resources, language)))


def crisis_card(pack: Pack, language: str, acute: bool = False) -> Card:
    """The caring reply; when someone is in danger now, the emergency numbers lead it."""
    if not acute:
        text = pack.crisis_reply[language]
        return Card("", text.replace("{resources}", _resource_lines(pack.resources, language)))
    emergency = [r for r in pack.resources if r.emergency]
    others = [r for r in pack.resources if not r.emergency]
    text = pack.acute_reply[language].replace("{emergency}", _resource_lines(emergency, language))
    return Card("", text.replace("{resources}", _resource_lines(others, language)).strip())
