"""Tests of timeline.exitcode: the numbers each exit status stands for."""

from __future__ import annotations

from timeline.exitcode import ExitCode


def test_exit_codes_are_the_shell_numbers() -> None:
    assert {code.name: int(code) for code in ExitCode} == {
        "OK": 0,
        "FAILED": 1,
        "BAD_INPUT": 2,
        "INTERRUPTED": 130,
        "BROKEN_PIPE": 141,
    }
    assert ExitCode.OK == 0 and isinstance(ExitCode.BAD_INPUT, int)
    assert ExitCode(141) is ExitCode.BROKEN_PIPE


def test_every_exit_code_is_documented() -> None:
    doc = ExitCode.__doc__ or ""
    for code in ExitCode:
        assert f"\n    {code.name}\n        {int(code)}:" in doc, code.name
