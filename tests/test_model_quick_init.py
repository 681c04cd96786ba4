"""`model.quick_init`: the faster constructor builds what the dataclass's own would."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from northeast_text import model
from northeast_text.align import Segment
from northeast_text.checks.quantities import NQ
from northeast_text.model import quick_init


def _plain(extra: dict | None = None):
    @dataclass(frozen=True, slots=True)
    class Thing:
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()
        d: dict = field(default_factory=dict)
        e: int | None = field(default=None, init=False, compare=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "e", self.a * 2)

    return Thing


def test_the_quick_constructor_builds_what_the_dataclass_builds():
    slow, fast = _plain(), quick_init(_plain())
    assert str(inspect.signature(fast.__init__)).replace("__dataclass_self__", "self") == str(
        inspect.signature(slow.__init__))
    for args, kwargs in [((1,), {}), ((2, "y"), {}), ((3,), {"c": (1, 2), "d": {"k": 1}}), ((), {"a": 4, "b": "z"})]:
        one, two = slow(*args, **kwargs), fast(*args, **kwargs)
        assert repr(one).replace("_plain.<locals>.", "") == repr(two).replace("_plain.<locals>.", "")
        assert [getattr(one, f.name) for f in dataclasses.fields(slow)] == [
            getattr(two, f.name) for f in dataclasses.fields(fast)]
    assert fast(1).d is not fast(1).d  # a fresh default from the factory each time
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast(1).a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        fast(1, e=3)  # type: ignore[call-arg]
    assert dataclasses.replace(fast(1, "q"), a=5) == fast(5, "q")


def test_only_frozen_slotted_positional_dataclasses_are_accepted():
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclass(frozen=True, slots=True, kw_only=True)
    class KeywordOnly:
        a: int

    for cls in (NoSlots, KeywordOnly):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_the_model_classes_keep_the_dataclass_signature():
    classes = [c for c in vars(model).values() if dataclasses.is_dataclass(c) and isinstance(c, type)]
    assert len(classes) >= 13
    for cls in [*classes, Segment, NQ]:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = [f for f in dataclasses.fields(cls) if f.init]
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields):
            if f.default is not dataclasses.MISSING:
                assert p.default is f.default or p.default == f.default, (cls, f.name)
            elif f.default_factory is dataclasses.MISSING:
                assert p.default is inspect.Parameter.empty, (cls, f.name)
    analysis = model.Analysis(model.Document("zh", ()))
    assert analysis._index is None and analysis.quantities == ()
    finding = model.Finding("value", "error", "m")
    assert finding.data == {} and finding.evidence == {}
    assert finding.data is not model.Finding("value", "error", "m").data
