"""The loop detector stops repeating answers and leaves ordinary ones alone."""

from __future__ import annotations

from core.models.embedded.loops import LoopPolicy, is_looping

POLICY = LoopPolicy(max_period=8, min_repeats=3, min_span=12)


def test_one_token_repeated_is_a_loop() -> None:
    assert is_looping([7] * 12, POLICY)
    assert not is_looping([7] * 11, POLICY)


def test_a_phrase_repeated_three_times_is_a_loop() -> None:
    phrase = [1, 2, 3, 4, 5]
    assert is_looping([9, 9, 8, *phrase * 3], POLICY)
    assert not is_looping([9, 9, 8, *phrase * 2], POLICY)


def test_only_the_tail_counts() -> None:
    assert not is_looping([4] * 20 + list(range(100, 120)), POLICY)


def test_ordinary_text_is_not_a_loop() -> None:
    assert not is_looping(list(range(200)), POLICY)
    assert not is_looping([1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8], POLICY)


def test_periods_longer_than_the_limit_are_not_checked() -> None:
    assert not is_looping(list(range(9)) * 3, POLICY)
    assert is_looping(list(range(8)) * 3, POLICY)
