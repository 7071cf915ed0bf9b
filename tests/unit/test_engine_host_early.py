"""The engine process's bookkeeping of accounts added early (sip/engine_host._EarlyAccounts):
the app's own addition of such an account is answered by the early one, never a second."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from typing import cast

import pytest

from sip.config import AccountConfig
from sip.engine_host import _EarlyAccounts
from sip.engine_types import PhoneEngine, SipCommandError

DESK = AccountConfig(id="desk", username="agent", domain="127.0.0.1")


class Accounts:
    """What the engine was asked, in order; an addition it refuses when told to."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.refuse_next = False

    def add_account(self, config: AccountConfig) -> Future[None]:
        self.asked.append(("add", config.display_name))
        done: Future[None] = Future()
        if self.refuse_next:
            self.refuse_next = False
            done.set_exception(SipCommandError("the registrar is unreachable"))
        else:
            done.set_result(None)
        return done

    def remove_account(self, account_id: str) -> Future[None]:
        self.asked.append(("remove", account_id))
        done: Future[None] = Future()
        done.set_result(None)
        return done


def early_of(engine: Accounts) -> _EarlyAccounts:
    return _EarlyAccounts(cast(PhoneEngine, engine))


def test_the_apps_addition_of_an_account_added_early_adds_nothing_more() -> None:
    engine = Accounts()
    early = early_of(engine)
    early.add([DESK])
    answer = early.add_account(DESK)
    assert answer is not None and answer.result(1) is None
    assert engine.asked == [("add", "")]
    assert early.add_account(DESK) is None  # once: a second one is the engine's to refuse


def test_an_early_addition_that_failed_is_tried_again_for_the_app() -> None:
    engine = Accounts()
    engine.refuse_next = True
    early = early_of(engine)
    early.add([DESK])
    answer = early.add_account(DESK)
    assert answer is not None and answer.result(1) is None
    assert engine.asked == [("add", ""), ("add", "")]


def test_other_settings_replace_the_early_account() -> None:
    engine = Accounts()
    early = early_of(engine)
    early.add([DESK])
    answer = early.add_account(replace(DESK, display_name="Desk 12"))
    assert answer is not None and answer.result(1) is None
    assert engine.asked == [("add", ""), ("remove", "desk"), ("add", "Desk 12")]


def test_the_early_word_arriving_after_the_apps_addition_is_ignored() -> None:
    """The app may add its accounts before the early thread has read the passwords."""
    engine = Accounts()
    early = early_of(engine)
    assert early.add_account(DESK) is None  # the engine adds it as usual
    early.add([DESK])
    assert engine.asked == []  # (the usual addition is the host's, not counted here)


def test_a_failure_of_the_replacement_is_the_apps_answer() -> None:
    engine = Accounts()
    early = early_of(engine)
    early.add([DESK])
    engine.refuse_next = True
    answer = early.add_account(replace(DESK, display_name="Desk 12"))
    assert answer is not None
    with pytest.raises(SipCommandError, match="unreachable"):
        answer.result(1)
