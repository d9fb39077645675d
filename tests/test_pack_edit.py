"""Adding a phrasing to the YAML: the file keeps its comments and layout, or stays untouched."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from conftest import KNOWLEDGE, Run

from bot.engine import Engine
from bot.knowledge import load_pack
from bot.pack_edit import PhrasingError, add_phrasing, phrasing_key


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    return folder


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(lines removed, lines added) between two texts."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [d[2:] for d in diff if d[0] == "-"], [d[2:] for d in diff if d[0] == "+"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    ("entry_id", "text", "file", "key"),
    [
        ("faq_tickets", "les billets valaient combien de dirhams", "faq.yaml", "fr"),
        ("faq_start_time", "bdat m3a lfjer?", "faq.yaml", "darija"),
        ("event_date", "on what date did the summit happen", "event.yaml", "en"),
        ("digital_age", "شنو قالو على وقت الشاشة عند المراهقين", "panels.yaml", "ar"),
        ("goodbye", "ok je te laisse bonne journée", "smalltalk.yaml", "fr"),
    ],
)
def test_a_block_list_gets_one_new_line_and_nothing_else_changes(
    knowledge: Path, entry_id: str, text: str, file: str, key: str
) -> None:
    before = snapshot(knowledge)
    added = add_phrasing(knowledge, entry_id, text)

    assert (added.file, added.key) == (knowledge / file, key)
    after = snapshot(knowledge)
    assert {name for name in after if after[name] != before[name]} == {file}
    removed, new = changed_lines(before[file].decode(), after[file].decode())
    assert removed == [] and [line.strip() for line in new] == [f"- {text}"]
    reread = load_pack(knowledge)
    holder = reread.entry(entry_id) or reread.panel(entry_id)
    assert holder.questions[key][-1] == text
    reply = Engine(added.pack).reply(text)
    assert reply.kind in ("answer", "smalltalk") and reply.source == entry_id


def test_the_last_list_of_an_entry_keeps_the_blank_line_before_the_next(knowledge: Path) -> None:
    faq = knowledge / "faq.yaml"
    before = faq.read_text(encoding="utf-8")
    assert "        - les sessions dyal la conference\n\n  - id: speakers\n" in before
    add_phrasing(knowledge, "programme", "chno kan f l'agenda dyal nhar")
    assert (
        "        - les sessions dyal la conference\n"
        "        - chno kan f l'agenda dyal nhar\n\n  - id: speakers\n"
    ) in faq.read_text(encoding="utf-8")


def test_a_flow_list_stays_on_its_line(knowledge: Path) -> None:
    speakers = knowledge / "speakers.yaml"
    before = speakers.read_text(encoding="utf-8")
    add_phrasing(knowledge, "toufiq", "le psy du premier débat", "fr")
    removed, new = changed_lines(before, speakers.read_text(encoding="utf-8"))
    assert len(removed) == len(new) == 1
    assert new[0] == removed[0].replace("]", ", le psy du premier débat]")


def test_comments_after_the_last_item_and_quotes_are_kept_where_they_belong(
    knowledge: Path,
) -> None:
    faq = knowledge / "faq.yaml"
    lines = faq.read_text(encoding="utf-8").splitlines(keepends=True)
    # faq_tickets' French phrasings all in double quotes, an end-of-line comment on the last
    # one, and a comment about the next key.
    start = lines.index("  - id: faq_tickets\n")
    first = lines.index("      fr:\n", lines.index("    questions:\n", start)) + 1
    last = lines.index("      en:\n", first)
    for index in range(first, last):
        lines[index] = lines[index].replace("- ", '- "', 1).rstrip("\n") + '"\n'
    lines[last - 1] = lines[last - 1].rstrip("\n") + "  # as on the posters\n\n      # English\n"
    faq.write_text("".join(lines), encoding="utf-8")

    add_phrasing(knowledge, "faq_tickets", "billets: valaient combien de dirhams ?", "fr")

    assert (
        '        - "tarif"  # as on the posters\n'
        '        - "billets: valaient combien de dirhams ?"\n\n      # English\n      en:\n'
    ) in faq.read_text(encoding="utf-8")
    assert (
        "billets: valaient combien de dirhams ?"
        in load_pack(knowledge).entry("faq_tickets").questions["fr"]
    )


def test_missing_keys_are_created_in_the_style_of_their_neighbours(knowledge: Path) -> None:
    speakers = knowledge / "speakers.yaml"
    lines = speakers.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("    questions:\n")  # Toufiq's, the first speaker's, in flow lists
    assert lines[start + 1].startswith("      fr: [")
    lines[start + 1 : start + 5] = [lines[start + 1], lines[start + 3]]  # no en, no darija
    speakers.write_text("".join(lines), encoding="utf-8")
    add_phrasing(knowledge, "toufiq", "chkoun lpsy dyal lpanel lowel", "darija")
    assert speakers.read_text(encoding="utf-8").splitlines()[start + 3] == (
        "      darija: [chkoun lpsy dyal lpanel lowel]"
    )

    del lines[start : start + 3]  # no questions at all
    speakers.write_text("".join(lines), encoding="utf-8")
    add_phrasing(knowledge, "toufiq", "le psy qui parlait d'espaces sûrs", "fr")
    assert (
        "    panel: digital_age\n    questions:\n      fr:\n"
        "        - le psy qui parlait d'espaces sûrs\n\n  - id: kendili\n"
    ) in speakers.read_text(encoding="utf-8")
    assert load_pack(knowledge).speaker("toufiq").questions == {
        "fr": ("le psy qui parlait d'espaces sûrs",)
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("c'était quand déjà le sommet", "fr"),
        ("what time did it start", "en"),
        ("وقتاش بدا", "ar"),
        ("chkoun li nadam had sommet", "darija"),
    ],
)
def test_the_phrasing_key_is_detected_from_the_text(text: str, key: str) -> None:
    assert phrasing_key(text) == key


def test_a_text_with_no_language_signal_needs_one() -> None:
    assert phrasing_key("Kendili", fallback="en") == "en"
    with pytest.raises(PhrasingError, match="cannot tell which language 'Kendili' is in"):
        phrasing_key("Kendili")


@pytest.mark.parametrize(
    ("entry_id", "text", "error"),
    [
        pytest.param(
            "faq_tiket",
            "les billets",
            "no entry 'faq_tiket' in {folder}; close ids: faq_tickets, ",
            id="unknown id",
        ),
        pytest.param(
            "faq_tickets",
            "c quand le sommet",
            "'c quand le sommet' already belongs to event_date; adding it to "
            "faq_tickets would make the bot ask which one",
            id="another entry's wording",
        ),
        pytest.param(
            "faq_tickets",
            "Tarif ?",
            "faq_tickets already has the wording 'Tarif ?'",
            id="its own wording",
        ),
        pytest.param("faq_tickets", "  \n ", "the wording is empty", id="empty"),
        pytest.param(
            "faq_tickets",
            "concert " * 600,
            "the pack would be invalid (faq.yaml:",
            id="invalid result",
        ),
    ],
)
def test_a_refused_wording_leaves_every_file_byte_identical(
    knowledge: Path, entry_id: str, text: str, error: str
) -> None:
    before = snapshot(knowledge)
    with pytest.raises(PhrasingError) as refused:
        add_phrasing(knowledge, entry_id, text, "fr")
    assert str(refused.value).startswith(error.format(folder=knowledge))
    assert "\n" not in str(refused.value)
    assert snapshot(knowledge) == before  # no temporary file left behind either


def test_a_pack_that_is_already_invalid_is_not_edited(knowledge: Path) -> None:
    event = knowledge / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("2024-12-12", "2024-13-12"))
    before = snapshot(knowledge)
    with pytest.raises(PhrasingError, match=r"has 1 problem.* run `summit-bot check`"):
        add_phrasing(knowledge, "faq_tickets", "les billets valaient combien de dirhams")
    assert snapshot(knowledge) == before


def test_the_file_keeps_its_permissions(knowledge: Path) -> None:
    faq = knowledge / "faq.yaml"
    faq.chmod(0o640)
    add_phrasing(knowledge, "faq_tickets", "les billets valaient combien de dirhams")
    assert faq.stat().st_mode & 0o777 == 0o640
    assert os.listdir(knowledge) == os.listdir(KNOWLEDGE) or set(os.listdir(knowledge)) == set(
        os.listdir(KNOWLEDGE)
    )


def test_refusals_on_the_command_line_are_one_error_line(run: Run, knowledge: Path) -> None:
    before = snapshot(knowledge)
    for args, error in [
        (("faq_tiket", "les billets"), "Error: no entry 'faq_tiket' in "),
        (("faq_tickets", "c quand le sommet"), "Error: 'c quand le sommet' already belongs"),
        (("faq_tickets", "Kendili"), "Error: 'Kendili' already belongs to kendili"),
    ]:
        result = run("pack", "add-phrasing", *args, "--knowledge", str(knowledge))
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(error)
    assert snapshot(knowledge) == before


def test_add_phrasing_without_a_log_says_so(run: Run, knowledge: Path, tmp_path: Path) -> None:
    result = run(
        "pack",
        "add-phrasing",
        "faq_start_time",
        "bdat m3a lfjer?",
        "--knowledge",
        str(knowledge),
        "--db",
        str(tmp_path / "none.db"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Pack checked: OK",
        f"No conversation log at {tmp_path / 'none.db'} to compare with",
    ]
    assert "faq[faq_start_time].questions.darija" in result.stdout
    assert not (tmp_path / "none.db").exists()
