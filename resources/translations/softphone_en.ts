<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, to %2, %3 (%Ln unread)</numerusform>
            <numerusform>%1, to %2, %3 (%Ln unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>The phone engine stopped unexpectedly (%1) and was started again. %n call in progress was cut off; its note is kept.</numerusform>
            <numerusform>The phone engine stopped unexpectedly (%1) and was started again. %n calls in progress were cut off; their notes are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call in progress was cut off; its note is kept.</numerusform>
            <numerusform>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n calls in progress were cut off; their notes are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln open request in the queue.</numerusform>
            <numerusform>%Ln open requests in the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Dialling in %Ln second.</numerusform>
            <numerusform>Dialling in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Dialling in %Ln second</numerusform>
            <numerusform>Dialling in %Ln seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call goes on ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Caller&apos;s card: %Ln contact has this number.</numerusform>
            <numerusform>Caller&apos;s card: %Ln contacts have this number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln open ticket.</numerusform>
            <numerusform>%Ln open tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln open ticket</numerusform>
            <numerusform>%Ln open tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>local copy rebuilt</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln change refused</numerusform>
            <numerusform>%Ln changes refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n waiting change</numerusform>
            <numerusform>%n waiting changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n unsaved note</numerusform>
            <numerusform>%n unsaved notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln missed call</numerusform>
            <numerusform>%Ln missed calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
