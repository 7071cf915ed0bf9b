"""Plain data the UI is handed by the application layer. No Qt, no store, no SIP types."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class StoreState(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"  # was connected; working from the local cache, writes queue up
    UNREACHABLE = "unreachable"  # could not be opened at all
    NEEDS_UPGRADE = "needs_upgrade"  # reached, but its schema is not this app's: an admin's job


class RegistrationState(enum.Enum):
    NO_ACCOUNT = "no_account"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED = "failed"


class AgentState(enum.Enum):
    AVAILABLE = "available"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"
    PAUSED = "paused"
    OFFLINE = "offline"


@dataclass(frozen=True)
class StoreStatus:
    state: StoreState
    backend: str = ""  # "SQLite" / "PostgreSQL"
    location: str = ""  # host or file name, never a password
    detail: str = ""  # the reason when unreachable
    pending_changes: int = 0  # writes in the local outbox, not yet in the store
    rejected_changes: int = 0  # writes the store refused for good (kept locally)
    # The local copy was dropped and loaded again this session: the desk was away longer
    # than the store keeps its change log (crm.pruning). Nothing written is lost by it.
    rebuilt: bool = False
    # Offline long enough that the store no longer believes this desk is there: supervisors
    # see the agent as "not responding" and no callback is given to them until it is back.
    unseen: bool = False


@dataclass(frozen=True)
class RegistrationStatus:
    state: RegistrationState
    account: str = ""
    detail: str = ""  # protocol detail ("403 Forbidden"), shown as is
    failure: str = ""  # auth, forbidden, not_found, timeout, dns, transport, other


@dataclass(frozen=True)
class AgentCard:
    display_name: str
    login: str
    role: str
    languages: tuple[str, ...]
    extension: str | None


@dataclass(frozen=True)
class TicketRow:
    number: str
    subject: str
    caller: str
    topic: str
    channel: str
    status: str
    language: str
    updated_at: datetime


@dataclass(frozen=True)
class CallbackRow:
    kind: str  # "now" or "scheduled"
    caller: str
    number: str  # formatted for people
    language: str
    topic: str
    due_from: datetime | None
    due_until: datetime | None
    booked_at: datetime
    # The supervisor's view of the queue adds who has it and the service level.
    status: str = "queued"
    agent: str = ""
    attempts: int = 0
    max_attempts: int = 0
    due_at: datetime | None = None
    sla_due_at: datetime | None = None
    sla_minutes_left: float | None = None  # in opening hours; negative: the target was missed


@dataclass(frozen=True)
class CallbackRequestView:
    """The callback request assigned to this agent. Caller text came from a web form: plain."""

    uid: str
    kind: str  # "now" or "scheduled"
    caller: str
    number: str  # formatted for people
    language: str
    topic: str
    message: str
    window_start: datetime | None
    window_end: datetime | None
    attempts: int  # tries so far
    max_attempts: int
    last_outcome: str  # "" when this is the first try
    ticket_number: str
    sla_due_at: datetime | None
    has_script: bool = False


@dataclass(frozen=True)
class CallbackCounts:
    """Requests due now in each language, for the agent's queue view."""

    due_by_language: tuple[tuple[str, int], ...]  # (language code, count), agent's first
    next_due_at: datetime | None  # the next request in the agent's languages
    offline: bool = False


@dataclass(frozen=True)
class CannedAnswerRow:
    """One answer in the panel's list, in the language it is shown in."""

    key: str  # the answer's group key (all its translations)
    title: str
    language: str
    shortcut: str


@dataclass(frozen=True)
class CannedPreview:
    """An answer ready to use: its placeholders filled, the gaps where a value was missing."""

    key: str
    answer_id: int
    language: str
    title: str
    text: str
    gaps: tuple[tuple[int, int, str], ...] = ()  # (start, end, placeholder) in `text`
    languages: tuple[str, ...] = ()  # its languages, the call's preferred ones first


@dataclass(frozen=True)
class HomeView:
    agent: AgentCard | None
    tickets: tuple[TicketRow, ...] = ()  # the most recently updated open tickets
    open_ticket_total: int = 0
    callbacks: tuple[CallbackRow, ...] = ()


@dataclass
class AccountForm:
    """One SIP account in the settings dialog; the password is write-only (None: unchanged)."""

    id: str
    username: str = ""
    domain: str = ""
    transport: str = "udp"
    password: str | None = None


@dataclass
class SettingsForm:
    """What the settings dialog edits; passwords are write-only and travel separately.

    Errors are keyed by field name; an account's fields are keyed "account:<index>:<field>".
    """

    agent_login: str = ""
    ui_language: str = ""
    theme: str = "system"
    text_scale: int = 100
    default_region: str = "IT"
    store_url: str = ""
    wrap_up_seconds: int = 30
    accounts: list[AccountForm] = field(default_factory=list)
    capture_device: str = ""  # "" for the system default
    playback_device: str = ""
    ringtone: str = ""
    shortcuts: dict[str, str] = field(default_factory=dict)
    # Offered by the app: (name, has input, has output) of the sound devices found.
    audio_devices: tuple[tuple[str, bool, bool], ...] = ()
    # Filled only when the user typed a new password; never pre-filled from the keyring.
    store_password: str | None = None
    keyring_secure: bool = True
    keyring_backend: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    # Field names the administrator locked (shown greyed, "Set by your administrator");
    # "accounts" locks the SIP accounts' addresses and the Add/Remove buttons.
    locked: frozenset[str] = frozenset()


class CallPhase(enum.Enum):
    RINGING = "ringing"  # incoming, not answered yet
    DIALING = "dialing"  # outgoing, not answered yet
    ACTIVE = "active"
    HELD = "held"
    ENDED = "ended"


@dataclass(frozen=True)
class CallView:
    """One call as the agent sees it. Text fields came from the network: shown as plain text."""

    call_id: int
    incoming: bool
    phase: CallPhase
    name: str  # the caller's display name, "" when none was sent
    number: str  # formatted for people ("+39 06 1234 5678") or the SIP address
    started_at: float  # time.monotonic() when the call began ringing or dialling
    connected_at: float | None = None
    muted: bool = False
    recording: bool = False
    in_conference: bool = False
    mos: float | None = None  # estimated quality, 1-4.5
    topic: str = ""  # from the IVR, when the PBX sent it
    language: str = ""
    verified: str = ""  # "pin", "no", ... as the IVR said
    waiting: bool = False  # it rang while another call was up
    e164: str = ""  # the other party's number, normalised, when it is a phone number
    topic_code: str = ""  # the IVR's topic code, as sent
    callback_wish: str = ""  # the IVR's "call me back": "now" or an ISO 8601 time, as sent


@dataclass(frozen=True)
class RecentCall:
    kind: str  # "incoming", "outgoing", "missed"
    name: str
    number: str  # E.164 or a SIP address: what "call back" dials
    display_number: str
    at: datetime
    duration_s: int


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened with the caller, on any channel."""

    kind: str  # call, note, email, web_form, chat, sms, whatsapp
    direction: str  # inbound, outbound, internal
    at: datetime | None
    summary: str  # subject, or the first line of the body
    body: str
    ticket_number: str = ""


@dataclass(frozen=True)
class PopTicket:
    uid: str
    number: str
    subject: str
    topic: str
    status: str
    channel: str
    updated_at: datetime | None
    back_office: str = ""  # the back office's code, when it was forwarded to one

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "pending", "reopened")


@dataclass(frozen=True)
class CallerCard:
    """One contact the number belongs to, with their tickets (open first) and history."""

    uid: str
    name: str
    language: str
    email: str
    notes: str
    numbers: tuple[str, ...]  # all their numbers, formatted for people
    tickets: tuple[PopTicket, ...]
    history: tuple[HistoryEntry, ...]  # newest first
    duplicate: PopTicket | None = None  # an open ticket on the topic the IVR reported
    first_name: str = ""  # the parts of `name`, for texts that address the caller
    last_name: str = ""


@dataclass(frozen=True)
class FollowUp:
    """What happens after the call, chosen at wrap-up."""

    kind: str = "none"  # "none", "callback" (call the caller back), "back_office" (forward)
    callback_at: datetime | None = None  # when to call back (aware)
    back_office: str = ""  # the back office's code


@dataclass(frozen=True)
class CallerPop:
    """What the screen-pop shows for a call: who, why (IVR), and their history."""

    call_id: int
    incoming: bool
    number: str  # formatted for people
    ivr_topic: str  # topic label in the agent's language, "" when the IVR sent none
    ivr_language: str  # language code
    verified: str  # "pin", "no", ... as the IVR said
    cards: tuple[CallerCard, ...]  # empty: unknown number; several: a chooser
    from_cache: bool = False  # the central store was unreachable
    # Tickets the call is on that are no card's: a callback request's ticket, when the number
    # it is to call is no contact's (listed on the unknown caller's card).
    call_tickets: tuple[PopTicket, ...] = ()


@dataclass(frozen=True)
class SearchRow:
    kind: str  # "contact" or "ticket"
    title: str
    detail: str
    contact_uid: str  # whose card opens
