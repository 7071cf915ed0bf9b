<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, an %2, %3 (%Ln ungelesen)</numerusform>
            <numerusform>%1, an %2, %3 (%Ln ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Mitteilung von %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Alle Mitteilungen…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Neue Mitteilung</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Wer %1 spricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Ungelesene zuerst; „Als gelesen markieren“ markiert die gewählte</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>Die Anwendung wurde mit den Standardeinstellungen gestartet.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>Ticket-Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>Der Ticketspeicher auf %1 wurde für ein neueres Softphone aktualisiert (Schemaversion %2; dieses Softphone kennt bis %3). Installieren Sie das neuere Softphone. Anrufe können weiterhin getätigt und angenommen werden.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>Der Ticketspeicher auf %1 muss aktualisiert werden (Schemaversion %2; dieses Softphone braucht %3). Nur seine Administration darf ihn aktualisieren, mit `softphone db upgrade`: Das Softphone ändert den Speicher nicht als %4. Anrufe können weiterhin getätigt und angenommen werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>Ticketspeicher muss aktualisiert werden</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Telefonie nicht verfügbar</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Telefon-Engine neu gestartet</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet. %n laufender Anruf wurde getrennt; die Notizen bleiben erhalten.</numerusform>
            <numerusform>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet. %n laufende Anrufe wurden getrennt; die Notizen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Telefon-Engine angehalten</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Die Telefon-Engine wurde zu oft unerwartet beendet (%1) und nicht neu gestartet. Starten Sie das Softphone neu. %n laufender Anruf wurde getrennt; die Notizen bleiben erhalten.</numerusform>
            <numerusform>Die Telefon-Engine wurde zu oft unerwartet beendet (%1) und nicht neu gestartet. Starten Sie das Softphone neu. %n laufende Anrufe wurden getrennt; die Notizen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Die Telefon-Engine konnte nicht erneut gestartet werden; Anrufe können weder getätigt noch angenommen werden. Starten Sie das Softphone neu; wenn das wieder passiert, wenden Sie sich an den IT-Support.

Details: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>Die Einstellungen Ihrer Administration können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Die Einstellungen, die Ihre IT-Abteilung für diesen Computer bereitstellt, sind nicht verwendbar. Die App läuft mit Ihren eigenen Einstellungen, nichts ist gesperrt. Bitte informieren Sie den IT-Support.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Einstellungen der Administration unlesbar: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>in Konferenz</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>wird angerufen…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Qualität: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Weiterleiten an…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Nebenstelle, Nummer oder SIP-Adresse des Kollegen</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Ihre laufenden Anrufe; der gewählte wird angezeigt</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Tastenfeld: Töne senden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Unbegleitete Weiterleitung: den Anrufer sofort übergeben</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Begleitete Weiterleitung: den Anrufer halten und zuerst mit dem Kollegen sprechen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Übergeben</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>um %1 überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln offene Rückrufanfrage in der Warteschlange.</numerusform>
            <numerusform>%Ln offene Rückrufanfragen in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Anfragen werden Ihnen automatisch zugewiesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>Derzeit sind keine Rückrufe fällig.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Nächster Rückruf in Ihren Sprachen: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: keine neuen Rückrufe.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Offene Rückrufanfragen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Restzeit Servicelevel</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation>Rückruf für Sie: %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Sprechen Sie %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Thema: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Anwahl in %Ln Sekunde.</numerusform>
            <numerusform>Anwahl in %Ln Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Mit eigenen Worten (optional)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Warum Sie sie überspringen, mit eigenen Worten (optional)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Grund zum Überspringen</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Zeit bis zur Anwahl</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Wann zurückrufen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Jetzt wählen</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>Wie ist der Rückruf verlaufen?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Anruf in %Ln s</numerusform>
            <numerusform>Anruf in %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Zurückrufen: %1 unter %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Gesprächssprache: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Gewünschter Termin: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Servicelevel um %1 überschritten</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Servicelevel: noch %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Diese Anfrage wurde einem Kollegen übergeben (die Verbindung wurde unterbrochen).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Diese Anfrage ist Ihnen nicht mehr zugewiesen; es wurde nicht gewählt.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(Ergebnis auswählen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Anrufer zurückrufen am…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Ticket an das Backoffice weiterleiten</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Ergebnis des Anrufs:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachbearbeitung:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Wann zurückrufen</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Backoffice, an das weitergeleitet wird</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Mehrere Kontakte haben diese Nummer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>Die Tickets des Anrufers, offene zuerst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>Die Kontakte des Anrufers, neueste zuerst</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Karte schließen</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Neues Ticket aus diesem Anruf…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Diesen Anruf dem ausgewählten Ticket hinzufügen</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Ausgewähltes Ticket wiedereröffnen</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Kontakt für diese Rufnummer erstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Nach Name, E-Mail oder Ticket suchen…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Notizen zu diesem Anruf: Sie werden während der Eingabe gespeichert und bleiben erhalten, falls die Anwendung geschlossen wird.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: Dies ist die lokale Kopie.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>Die Sprache des Anrufers</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Zu dieser Rufnummer gibt es keinen Kontakt.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>Dieser Anruf wird dem neuen Ticket hinzugefügt.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Spricht %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Weitere Rufnummern: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Identität per Telefon-PIN verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identität nicht verifiziert</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This call goes on ticket %1.</source>
        <translation>Dieser Anruf wird dem Ticket %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Karte des Anrufers: Kein Kontakt hat diese Nummer.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Karte des Anrufers: %Ln Kontakt hat diese Nummer.</numerusform>
            <numerusform>Karte des Anrufers: %Ln Kontakte haben diese Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Karte des Anrufers: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln offenes Ticket.</numerusform>
            <numerusform>%Ln offene Tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Mögliches Duplikat: Ticket %1 ist zu diesem Thema bereits offen.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Nicht zur Notiz hinzugefügt: Sie darf höchstens %1 Zeichen enthalten, damit wären es %2. Es wurde nichts gekürzt: Kürzen Sie den Text und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>Zu diesem Thema ist bereits ein Ticket offen: %1 „%2“. Diesen Anruf dort hinzufügen, statt ein neues Ticket zu erstellen?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Geben Sie eine Rufnummer ein.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Keine gültige Rufnummer: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>Es ist kein SIP-Konto registriert.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>Ein Anruf von %1 konnte nicht angenommen werden: Seine Anfrage war größer, als das Telefon annimmt (%2 Byte). Er steht in den letzten Anrufen als verpasst.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>einem unbekannten Anrufer</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Textbaustein bearbeiten</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Platzhalter: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; ein Ersatztext nach einem senkrechten Strich: {{first_name|Frau/Herr}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Schlagwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Zwei Doppelpunkte und ein Wort, z. B. ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Nicht ausgefüllt: %1. Die Lücken sind markiert.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Drücken Sie erneut Enter, um ihn mit markierten Lücken einzufügen.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Mit Lücken einfügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>Name des Anrufers</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>Betreff des Tickets</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>heutiges Datum</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Suche: Titel, Text, Schlagwort oder ::Kürzel</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Sprache (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Textbausteine suchen</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Titel, Text, Schlagwort oder zwei Doppelpunkte und ein Kürzel; Eingabe fügt die Antwort ein</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Antwort außer Gebrauch nehmen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>In die Notiz eingefügt.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Keine Notiz geöffnet: der Textbaustein wurde stattdessen kopiert.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 eingefügt; nicht ausgefüllt: %2 (in der Notiz markiert).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Das Kürzel %1 wird schon von einem anderen Textbaustein verwendet.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Gespeichert; in Kürze steht er allen Agenten zur Verfügung.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Zurückgezogen: er verschwindet bei allen Agenten.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: Anruf von %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>Die Speicheradresse dieses Computers nennt einen anderen Agenten.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Anmeldename oder Passwort falsch.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>Der Ticketspeicher ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>Es gibt keinen Agenten mit diesem Anmeldenamen.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Rufnummer oder SIP-Adresse</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Zu wählende Nummer</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Eine Telefonnummer oder eine SIP-Adresse</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Wiederwahl</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Die letzte Nummer erneut wählen</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Es ist noch kein SIP-Konto eingerichtet: Fügen Sie in den Einstellungen eines hinzu, um anrufen zu können.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Eingehender Anruf von %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Sprache: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Thema: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN bestätigt.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht bestätigt.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Anklopfen.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identität verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identität nicht verifiziert</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Anklopfen: Wenn Sie annehmen, wird Ihr aktuelles Gespräch gehalten.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Sofortrückruf</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Terminrückruf</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht abgenommen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Später zurückrufen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Wird gewählt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Ich spreche die Sprache des Anrufers nicht gut genug</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Erfordert einen Spezialisten für dieses Thema</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Bereits in einer anderen Anfrage bearbeitet</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>Der Anrufer hat seine Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Reagiert nicht</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Kurzpause</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>das Passwort wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>falscher Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>die Telefonanlage antwortet nicht</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>der Name der Telefonanlage wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>keine Verbindung zur Telefonanlage</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>von der Telefonanlage abgelehnt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>vom Anrufer</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>an den Anrufer</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>Zum Mithören ist ein registriertes Telefon nötig.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: Niemand kann mithören.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>Für diesen Agenten ist keine Telefonadresse bekannt.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Das Telefon des Agenten konnte nicht angerufen werden: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Der Modus konnte nicht gewechselt werden: Die Datenbank hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Das Telefon des Agenten hat das Mithören abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Nur Supervisoren können mithören.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>Dieser Agent ist nicht im Gespräch.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Dieser Agent ist in der Ticket-Datenbank nicht bekannt.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>Eigene Gespräche können Sie nicht mithören.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Dieser Agent hat keine Nebenstelle, bei der die Telefonanlage mithören kann.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>Das Mithören wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Niemand hört dieses Gespräch mehr mit.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 hört dieses Gespräch mit.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 hört dieses Gespräch mit und kann mit Ihnen sprechen; der Anrufer hört das nicht.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 hat sich in dieses Gespräch eingeschaltet und ist für Sie und den Anrufer hörbar.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Ein Supervisor</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Klingelnden Anruf annehmen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Anruf halten oder fortsetzen</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Mikrofon stumm- oder wieder einschalten</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Zum Weiterleitungsfeld</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Zum Nummernfeld</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Annehmen oder auflegen</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Kontakte und Tickets suchen</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Nächster oder vorheriger Bereich des Fensters</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Nächster oder vorheriger Abschnitt der Anruferkarte</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Nächster Reiter der Seitenleiste</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Klingelnden Anruf ablehnen (Fenster des eingehenden Anrufs)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Gewählten Textbaustein einfügen; nächster Schritt eines Leitfadens</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Sprache des Textbausteins</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Vorheriger Schritt eines Leitfadens</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Wallboard (Supervisoren)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Wallboard im Vollbild</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>Mitteilung &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Rückrufwarteschlange</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Strg+Tab zeigt den nächsten Reiter</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>Über Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Ein Softphone für Contact-Center-Agenten.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Geben Sie einen Nachnamen ein.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Neues Ticket aus diesem Anruf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Beschreiben Sie das Anliegen in wenigen Worten.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Anrufe nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Letzte Anrufe durchsuchen</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Eingabe ruft die gewählte Nummer zurück</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Eine Notiz aus einem unterbrochenen Anruf (%1) wurde wiederhergestellt:</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>unbekannte Rufnummer</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>Im Verlauf des Anrufers speichern</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Warten auf Anrufe. Ihre Sprachen: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Warten auf Anrufe. Die Karte des Anrufers erscheint hier, sobald das Telefon klingelt.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Offene Tickets: die neuesten %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln offenes Ticket</numerusform>
            <numerusform>%Ln offene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Wiederhergestellte Notiz</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>Dieser Schritt erfordert eine Antwort.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Geben Sie eine Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Geben Sie eine Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Zurück zum vorherigen Schritt (Alt+Pfeil links)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Antwort (Strg+Eingabe für den nächsten Schritt)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Gesprächsleitfaden abgeschlossen. Die Antworten:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Die Antworten des Gesprächsleitfadens</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Nächster Schritt (Eingabetaste)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Nicht bekannt: %1. Fragen Sie den Anrufer oder sagen Sie es mit eigenen Worten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>Name des Anrufers</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>Ticket-Betreff</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>heutiges Datum</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Name, Telefonnummer, E-Mail, Ticketnummer oder Wörter aus dem Betreff</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Eingabe öffnet die Karte des Kontakts</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(Ticket-Datenbank nicht erreichbar: die lokale Kopie wurde durchsucht)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>Ticket-Datenbank</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Klingelton auswählen</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-Klang (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>SIP-Konten</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Wie auf dem Desktop eingestellt</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Hoher Kontrast, hell</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Hoher Kontrast, dunkel</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Testton</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Eingebauter Klingelton</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>Standardland (z. B. IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Nachbearbeitungszeit (Sekunden)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>Datenbank-URL (leer: eingebettet)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>SIP-Passwort</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Klingelton</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Wählfeld</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Tastenkürzel: drücken Sie die Tasten</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP-Konto</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>SIP-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>SIP-Konto entfernen</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort beizubehalten</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar (%1). Passwörter können nicht gespeichert werden und werden nie in Dateien geschrieben: Installieren oder entsperren Sie einen Schlüsselbunddienst, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrer Administration festgelegt</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>Keine gültige Datenbank-URL: Verwenden Sie postgresql://user@host/database oder sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Entfernen Sie das Passwort aus der URL und geben Sie es im Passwortfeld ein.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Eine PostgreSQL-URL benötigt einen Host und einen Datenbanknamen.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>Keine WAV-Klangdatei: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Bereits einer anderen Aktion zugewiesen.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Nur Buchstaben, Ziffern und . _ @ - erlaubt.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Unbekannter Ländercode: Verwenden Sie zwei Buchstaben wie IT oder DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Geben Sie den SIP-Benutzer ein (den Teil vor dem @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Geben Sie eine Domäne oder einen Hostnamen ein, z. B. pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Alles funktioniert mit der Tastatur. F6 wechselt zwischen den Bereichen des Fensters, Tab zwischen den Bedienelementen eines Bereichs.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Am Softphone anmelden</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>&amp;SIP-Passwort (falls anders)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>SIP-Passwort, falls anders</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Bewahrt Ihre Passwörter im Schlüsselbund dieses Computers auf, nirgendwo sonst</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>Der Ticketspeicher hört nichts mehr von diesem Arbeitsplatz: Die Supervisoren sehen Sie jetzt als „reagiert nicht“, und Sie erhalten keine Rückrufe, bis er wieder erreichbar ist. Anrufe klingeln weiterhin.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>Supervisoren sehen Sie als „reagiert nicht“</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>lokale Kopie neu aufgebaut</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>Dieser Arbeitsplatz war länger weg, als die Ticket-Datenbank ihre Änderungen aufbewahrt; deshalb wurde seine lokale Kopie neu aus der Datenbank geladen. Ihre Änderungen an diesem Arbeitsplatz bleiben erhalten.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Telefonleitung wieder da: Sie können Anrufe annehmen.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Telefonleitung verloren: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>Ticket-Datenbank offline: Ihre Arbeit bleibt erhalten und wird gesendet, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>Ticket-Datenbank wieder online.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: kein Konto</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: %1 wird registriert…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: registriert als %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 nicht registriert: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>Datenbank: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>Datenbank: verbunden (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Datenbank: offline</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Speicher: muss von der Administration aktualisiert werden</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>Datenbank: nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung ausstehend</numerusform>
            <numerusform>%Ln Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln Änderung abgelehnt</numerusform>
            <numerusform>%Ln Änderungen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Ihr Status: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Wählen Sie verfügbar, eine Pause oder offline</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Kein sicherer Schlüsselbund: Passwörter können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>Auf diesem Desktop wurde kein sicherer Schlüsselbunddienst gefunden. Passwörter werden nie in Dateien geschrieben; installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet), um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>Die lokale Kopie wurde neu aufgebaut</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Die lokale Kopie der Ticket-Datenbank konnte nicht gelesen werden (%1). Sie wurde als %2 beiseitegelegt und wird aus der Ticket-Datenbank neu aufgebaut. Nichts von dem, was Sie geschrieben haben, war darin enthalten.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Ausstehende Änderungen wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Die Datei mit den noch zu sendenden Änderungen konnte nicht gelesen werden (%1). Sie wurde als %2 beiseitegelegt; was lesbar war, wurde übernommen: %3 und %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n nicht gespeicherte Notiz</numerusform>
            <numerusform>%n nicht gespeicherte Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Ein Teil konnte nicht gelesen werden: Bewahren Sie die beiseitegelegte Datei für den Support auf.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Softphone anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln verpasster Anruf</numerusform>
            <numerusform>%Ln verpasste Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>Die Ticket-Datenbank hat nicht geantwortet: Diese Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>Mithören bei %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Wählen Sie einen Agenten im Gespräch aus, um mitzuhören.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>stilles Mithören</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>Flüstern zum Agenten</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Fällige Rückrufe</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Pünktliche Rückrufe heute</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Heute bearbeitete Anrufe</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Heute abgebrochene Anrufe</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Fällige Rückrufe nach Sprache</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Agenten nach Status</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Wählen Sie einen Agenten, dann eine Art des Mithörens</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Mithören</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Mithören beenden</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Mitteilung…</translation>
    </message>
</context>
</TS>
