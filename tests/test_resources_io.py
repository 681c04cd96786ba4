"""The package-data reader: every resource file read one way."""

import pytest

from northeast_text.resources_io import read_json, read_lines, read_text


def test_read_text_is_the_whole_file():
    text = read_text("numbers", "currencies.tsv")
    assert text.startswith("# surface\tcode")
    assert "US$\tUSD\ten\tpre" in text.splitlines()


def test_read_lines_drops_comments_and_blank_lines():
    lines = read_lines("numbers", "currencies.tsv")
    raw = read_text("numbers", "currencies.tsv").splitlines()
    assert lines == [ln for ln in raw if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(lines) < len(raw)  # the file has a comment header
    assert all(len(ln.split("\t")) == 4 for ln in lines)


def test_read_json_parses():
    messages = read_json("checks", "messages.json")
    assert isinstance(messages, dict) and "value" in messages


def test_a_missing_file_raises():
    with pytest.raises(FileNotFoundError):
        read_text("numbers", "no_such_file.txt")
