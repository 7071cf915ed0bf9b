<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnnouncementBar</name>
    <message>
        <location filename="../../ui/announcements.py" line="89"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/announcements.py" line="91"/>
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, an %2, %3 (%Ln ungelesen)</numerusform>
            <numerusform>%1, an %2, %3 (%Ln ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="92"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="108"/>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="109"/>
        <source>All announcements…</source>
        <translation>Alle Mitteilungen…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <location filename="../../ui/announcements.py" line="164"/>
        <source>New announcement</source>
        <translation>Neue Mitteilung</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="170"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="172"/>
        <source>%1 speakers</source>
        <translation>Wer %1 spricht</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="182"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="183"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="184"/>
        <source>Until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="188"/>
        <source>Broadcast</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="208"/>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="212"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../ui/announcements.py" line="122"/>
        <source>Announcements</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="129"/>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="142"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../softphone/app.py" line="179"/>
        <source>Settings could not be read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="180"/>
        <source>The app started with default settings.
%1</source>
        <translation>Die Anwendung wurde mit den Standardeinstellungen gestartet.
%1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="262"/>
        <source>Ticket store unreachable</source>
        <translation>Ticket-Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="547"/>
        <source>Telephony unavailable</source>
        <translation>Telefonie nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="670"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet.</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="676"/>
        <source>Phone engine restarted</source>
        <translation>Telefon-Engine neu gestartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="678"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet. %n laufender Anruf wurde getrennt; die Notizen bleiben erhalten.</numerusform>
            <numerusform>Die Telefon-Engine wurde unerwartet beendet (%1) und neu gestartet. %n laufende Anrufe wurden getrennt; die Notizen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="684"/>
        <location filename="../../softphone/app.py" line="699"/>
        <source>Phone engine stopped</source>
        <translation>Telefon-Engine angehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="686"/>
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Die Telefon-Engine wurde zu oft unerwartet beendet (%1) und nicht neu gestartet. Starten Sie das Softphone neu. %n laufender Anruf wurde getrennt; die Notizen bleiben erhalten.</numerusform>
            <numerusform>Die Telefon-Engine wurde zu oft unerwartet beendet (%1) und nicht neu gestartet. Starten Sie das Softphone neu. %n laufende Anrufe wurden getrennt; die Notizen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="701"/>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Die Telefon-Engine konnte nicht erneut gestartet werden; Anrufe können weder getätigt noch angenommen werden. Starten Sie das Softphone neu; wenn das wieder passiert, wenden Sie sich an den IT-Support.

Details: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="723"/>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="812"/>
        <source>Settings could not be saved: %1</source>
        <translation>Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/wallboard.py" line="96"/>
        <source>Nothing to show</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call_panel.py" line="195"/>
        <source>in conference</source>
        <translation>in Konferenz</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="197"/>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="211"/>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="212"/>
        <source>calling…</source>
        <translation>wird angerufen…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="213"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="214"/>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="215"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="222"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="224"/>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="226"/>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="228"/>
        <source>Quality: %1 (%2)</source>
        <translation>Qualität: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="273"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="274"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="275"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="276"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="277"/>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="278"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="279"/>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="280"/>
        <source>Transfer to…</source>
        <translation>Weiterleiten an…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="281"/>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="282"/>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Unbegleitete Weiterleitung: den Anrufer sofort übergeben</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="283"/>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="285"/>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Begleitete Weiterleitung: den Anrufer halten und zuerst mit dem Kollegen sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="287"/>
        <source>Complete</source>
        <translation>Übergeben</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <location filename="../../ui/callback_queue.py" line="54"/>
        <source>missed by %1</source>
        <translation>um %1 überschritten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_queue.py" line="185"/>
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln offene Rückrufanfrage in der Warteschlange.</numerusform>
            <numerusform>%Ln offene Rückrufanfragen in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="188"/>
        <location filename="../../ui/callback_queue.py" line="210"/>
        <source>Requests are assigned to you automatically.</source>
        <translation>Anfragen werden Ihnen automatisch zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="198"/>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="200"/>
        <source>No callbacks are due now.</source>
        <translation>Derzeit sind keine Rückrufe fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="204"/>
        <source>Next in your languages: %1</source>
        <translation>Nächster Rückruf in Ihren Sprachen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="209"/>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: keine neuen Rückrufe.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="214"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="215"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="216"/>
        <source>Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="217"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="218"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="220"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="221"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="222"/>
        <source>Service level left</source>
        <translation>Restzeit Servicelevel</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <location filename="../../ui/callback_request.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="53"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="237"/>
        <source>In your words (optional)</source>
        <translation>Mit eigenen Worten (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="238"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="239"/>
        <source>Dial now</source>
        <translation>Jetzt wählen</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="244"/>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="246"/>
        <source>How did the callback go?</source>
        <translation>Wie ist der Rückruf verlaufen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_request.py" line="247"/>
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Anruf in %Ln s</numerusform>
            <numerusform>Anruf in %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="252"/>
        <source>Call back %1 at %2</source>
        <translation>Zurückrufen: %1 unter %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="253"/>
        <source>an unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="256"/>
        <source>Speak %1</source>
        <translation>Gesprächssprache: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="263"/>
        <source>%1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="267"/>
        <source>Asked for: %1</source>
        <translation>Gewünschter Termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="269"/>
        <source>Attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="274"/>
        <source>last time: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="279"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="288"/>
        <source>Service level missed by %1</source>
        <translation>Servicelevel um %1 überschritten</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="292"/>
        <source>Service level: %1 left</source>
        <translation>Servicelevel: noch %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="297"/>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <location filename="../../softphone/callback_service.py" line="278"/>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Diese Anfrage wurde einem Kollegen übergeben (die Verbindung wurde unterbrochen).</translation>
    </message>
    <message>
        <location filename="../../softphone/callback_service.py" line="312"/>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Diese Anfrage ist Ihnen nicht mehr zugewiesen; es wurde nicht gewählt.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <location filename="../../ui/caller_card.py" line="332"/>
        <source>(choose the outcome)</source>
        <translation>(Ergebnis auswählen)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="353"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="355"/>
        <source>Call the caller back at…</source>
        <translation>Anrufer zurückrufen am…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="357"/>
        <source>Forward the ticket to a back office</source>
        <translation>Ticket an das Backoffice weiterleiten</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="418"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="423"/>
        <source>Outcome of the call:</source>
        <translation>Ergebnis des Anrufs:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="424"/>
        <source>Follow-up:</source>
        <translation>Nachbearbeitung:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="426"/>
        <source>New ticket from this call…</source>
        <translation>Neues Ticket aus diesem Anruf…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="427"/>
        <source>Put this call on the selected ticket</source>
        <translation>Diesen Anruf dem ausgewählten Ticket hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="428"/>
        <source>Reopen the selected ticket</source>
        <translation>Ausgewähltes Ticket wiedereröffnen</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="429"/>
        <source>Create a contact for this number…</source>
        <translation>Kontakt für diese Rufnummer erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="430"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="431"/>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Nach Name, E-Mail oder Ticket suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="438"/>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Notizen zu diesem Anruf: Sie werden während der Eingabe gespeichert und bleiben erhalten, falls die Anwendung geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="445"/>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: Dies ist die lokale Kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="455"/>
        <source>The caller&apos;s language</source>
        <translation>Die Sprache des Anrufers</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="458"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="459"/>
        <source>No contact has this number.</source>
        <translation>Zu dieser Rufnummer gibt es keinen Kontakt.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="473"/>
        <source>This call goes on the new ticket.</source>
        <translation>Dieser Anruf wird dem neuen Ticket hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="483"/>
        <source>Speaks %1</source>
        <translation>Spricht %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="486"/>
        <source>Other numbers: %1</source>
        <translation>Weitere Rufnummern: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="490"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="499"/>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="501"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="503"/>
        <source>Verified by telephone PIN</source>
        <translation>Identität per Telefon-PIN verifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="505"/>
        <source>Not verified</source>
        <translation>Identität nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="506"/>
        <source>IVR: %1</source>
        <translation>IVR: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="536"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="476"/>
        <location filename="../../ui/caller_card.py" line="515"/>
        <source>This call goes on ticket %1.</source>
        <translation>Dieser Anruf wird dem Ticket %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="249"/>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Nicht zur Notiz hinzugefügt: Sie darf höchstens %1 Zeichen enthalten, damit wären es %2. Es wurde nichts gekürzt: Kürzen Sie den Text und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="521"/>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>Zu diesem Thema ist bereits ein Ticket offen: %1 „%2“. Diesen Anruf dort hinzufügen, statt ein neues Ticket zu erstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="526"/>
        <source>Attach to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../softphone/calls.py" line="68"/>
        <source>Enter a number to call.</source>
        <translation>Geben Sie eine Rufnummer ein.</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="84"/>
        <location filename="../../softphone/calls.py" line="97"/>
        <source>Not a phone number: %1</source>
        <translation>Keine gültige Rufnummer: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="219"/>
        <source>No SIP account is registered.</source>
        <translation>Es ist kein SIP-Konto registriert.</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>Edit canned answer</source>
        <translation>Textbaustein bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>New canned answer</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="63"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="79"/>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Platzhalter: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; ein Ersatztext nach einem senkrechten Strich: {{first_name|Frau/Herr}}.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="94"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="95"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="96"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="97"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="98"/>
        <source>Tags (comma-separated)</source>
        <translation>Schlagwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="99"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <location filename="../../ui/canned_answers.py" line="311"/>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Nicht ausgefüllt: %1. Die Lücken sind markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="313"/>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Drücken Sie erneut Enter, um ihn mit markierten Lücken einzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert with gaps</source>
        <translation>Mit Lücken einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="327"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="328"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="329"/>
        <source>caller&apos;s name</source>
        <translation>Name des Anrufers</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="330"/>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="331"/>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="332"/>
        <source>ticket subject</source>
        <translation>Betreff des Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="333"/>
        <source>service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="334"/>
        <source>today&apos;s date</source>
        <translation>heutiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="335"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="349"/>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Suche: Titel, Text, Schlagwort oder ::Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="350"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="352"/>
        <source>Language (Alt+←/→):</source>
        <translation>Sprache (Alt+←/→):</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="353"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="354"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="355"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="356"/>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <location filename="../../softphone/canned_service.py" line="272"/>
        <source>Inserted into the note.</source>
        <translation>In die Notiz eingefügt.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="276"/>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Keine Notiz geöffnet: der Textbaustein wurde stattdessen kopiert.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="281"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="297"/>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 eingefügt; nicht ausgefüllt: %2 (in der Notiz markiert).</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="347"/>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Das Kürzel %1 wird schon von einem anderen Textbaustein verwendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="355"/>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Gespeichert; in Kürze steht er allen Agenten zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="360"/>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Zurückgezogen: er verschwindet bei allen Agenten.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <location filename="../../softphone/cti.py" line="472"/>
        <source>%1: call from %2</source>
        <translation>%1: Anruf von %2</translation>
    </message>
    <message>
        <location filename="../../softphone/cti.py" line="474"/>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../ui/dial_pad.py" line="110"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="111"/>
        <source>Number or SIP address</source>
        <translation>Rufnummer oder SIP-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="112"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="113"/>
        <source>Redial</source>
        <translation>Wiederwahl</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="114"/>
        <source>Call the last number again</source>
        <translation>Die letzte Nummer erneut wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="115"/>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Es ist noch kein SIP-Konto eingerichtet: Fügen Sie in den Einstellungen eines hinzu, um anrufen zu können.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <location filename="../../ui/incoming_call.py" line="91"/>
        <location filename="../../ui/incoming_call.py" line="92"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="93"/>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="94"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="98"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="102"/>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="104"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Identity verified</source>
        <translation>Identität verifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Not verified</source>
        <translation>Identität nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="110"/>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Anklopfen: Wenn Sie annehmen, wird Ihr aktuelles Gespräch gehalten.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <location filename="../../ui/labels.py" line="81"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <location filename="../../ui/labels.py" line="84"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <location filename="../../ui/labels.py" line="85"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Call me now</source>
        <translation>Sofortrückruf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Call me back</source>
        <translation>Terminrückruf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>No answer</source>
        <translation>Nicht abgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Call back later</source>
        <translation>Später zurückrufen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Dialling</source>
        <translation>Wird gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Ich spreche die Sprache des Anrufers nicht gut genug</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Needs a specialist for this topic</source>
        <translation>Erfordert einen Spezialisten für dieses Thema</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Already handled in another request</source>
        <translation>Bereits in einer anderen Anfrage bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>The caller withdrew consent</source>
        <translation>Der Anrufer hat seine Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Break</source>
        <translation>Kurzpause</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>the password was not accepted</source>
        <translation>das Passwort wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>wrong user or password</source>
        <translation>falscher Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>the PBX does not answer</source>
        <translation>die Telefonanlage antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>der Name der Telefonanlage wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>no connection to the PBX</source>
        <translation>keine Verbindung zur Telefonanlage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>refused by the PBX</source>
        <translation>von der Telefonanlage abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>from the caller</source>
        <translation>vom Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>to the caller</source>
        <translation>an den Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <location filename="../../softphone/monitoring.py" line="217"/>
        <source>Listening in needs a registered phone.</source>
        <translation>Zum Mithören ist ein registriertes Telefon nötig.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="247"/>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>Die Ticket-Datenbank ist nicht erreichbar: Niemand kann mithören.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="250"/>
        <source>No phone address is known for this agent.</source>
        <translation>Für diesen Agenten ist keine Telefonadresse bekannt.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="259"/>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Das Telefon des Agenten konnte nicht angerufen werden: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="280"/>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Der Modus konnte nicht gewechselt werden: Die Datenbank hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="326"/>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Das Telefon des Agenten hat das Mithören abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="336"/>
        <source>Only supervisors can listen in.</source>
        <translation>Nur Supervisoren können mithören.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="337"/>
        <source>This agent is not on a call.</source>
        <translation>Dieser Agent ist nicht im Gespräch.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="338"/>
        <source>This agent is not known to the ticket store.</source>
        <translation>Dieser Agent ist in der Ticket-Datenbank nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="339"/>
        <source>You cannot listen in on your own calls.</source>
        <translation>Eigene Gespräche können Sie nicht mithören.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="340"/>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Dieser Agent hat keine Nebenstelle, bei der die Telefonanlage mithören kann.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="342"/>
        <source>The listen-in was refused.</source>
        <translation>Das Mithören wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>%1 is listening to this call.</source>
        <translation>%1 hört dieses Gespräch mit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 hört dieses Gespräch mit und kann mit Ihnen sprechen; der Anrufer hört das nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 hat sich in dieses Gespräch eingeschaltet und ist für Sie und den Anrufer hörbar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>A supervisor</source>
        <translation>Ein Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Broadcast an announcement…</source>
        <translation>Mitteilung &amp;senden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Callback queue</source>
        <translation>Rückrufwarteschlange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>About Contact Softphone</source>
        <translation>Über Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Ein Softphone für Contact-Center-Agenten.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="98"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="106"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="107"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="108"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="116"/>
        <source>A last name is needed.</source>
        <translation>Geben Sie einen Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="119"/>
        <source>That is not an e-mail address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="69"/>
        <source>New ticket from this call</source>
        <translation>Neues Ticket aus diesem Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="75"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="76"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="77"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="82"/>
        <source>Say in a few words what it is about.</source>
        <translation>Beschreiben Sie das Anliegen in wenigen Worten.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <location filename="../../ui/recent_calls.py" line="103"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="104"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="105"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="114"/>
        <source>Search calls by name or number</source>
        <translation>Anrufe nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="117"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="136"/>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Eine Notiz aus einem unterbrochenen Anruf (%1) wurde wiederhergestellt:</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="137"/>
        <source>unknown number</source>
        <translation>unbekannte Rufnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="140"/>
        <source>Save it to the caller&apos;s history</source>
        <translation>Im Verlauf des Anrufers speichern</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="142"/>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="145"/>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Warten auf Anrufe. Ihre Sprachen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="148"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="150"/>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Warten auf Anrufe. Die Karte des Anrufers erscheint hier, sobald das Telefon klingelt.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="154"/>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Offene Tickets: die neuesten %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screen_pop.py" line="159"/>
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln offenes Ticket</numerusform>
            <numerusform>%Ln offene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="163"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="164"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="165"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="166"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="167"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="169"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="170"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="288"/>
        <source>Choose one of the answers.</source>
        <translation>Wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="294"/>
        <source>This step needs an answer.</source>
        <translation>Dieser Schritt erfordert eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="316"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="319"/>
        <source>Enter a number of at least %1.</source>
        <translation>Geben Sie eine Zahl von mindestens %1 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="321"/>
        <source>Enter a number of at most %1.</source>
        <translation>Geben Sie eine Zahl von höchstens %1 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="323"/>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="368"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="369"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="370"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="371"/>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Zurück zum vorherigen Schritt (Alt+Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="372"/>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Antwort (Strg+Eingabe für den nächsten Schritt)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="373"/>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="382"/>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="386"/>
        <source>Script finished. The answers:</source>
        <translation>Gesprächsleitfaden abgeschlossen. Die Antworten:</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="391"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="395"/>
        <source>Next step (Enter)</source>
        <translation>Nächster Schritt (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="402"/>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Nicht bekannt: %1. Fragen Sie den Anrufer oder sagen Sie es mit eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="424"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="429"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="430"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="431"/>
        <source>caller&apos;s name</source>
        <translation>Name des Anrufers</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="432"/>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="433"/>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="434"/>
        <source>ticket subject</source>
        <translation>Ticket-Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="435"/>
        <source>service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="436"/>
        <source>today&apos;s date</source>
        <translation>heutiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="437"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="83"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="85"/>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Name, Telefonnummer, E-Mail, Ticketnummer oder Wörter aus dem Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="90"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="92"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="94"/>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(Ticket-Datenbank nicht erreichbar: die lokale Kopie wurde durchsucht)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="378"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="380"/>
        <source>Ticket store</source>
        <translation>Ticket-Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>Choose a ringtone</source>
        <translation>Klingelton auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-Klang (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>SIP accounts</source>
        <translation>SIP-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="382"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="383"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <location filename="../../ui/settings_dialog.py" line="386"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="388"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="389"/>
        <source>Test tone</source>
        <translation>Testton</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="390"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>Built-in ring</source>
        <translation>Eingebauter Klingelton</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="393"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="394"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Default country (e.g. IT)</source>
        <translation>Standardland (z. B. IT)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="396"/>
        <source>Wrap-up time (seconds)</source>
        <translation>Nachbearbeitungszeit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="397"/>
        <source>Store URL (empty: embedded)</source>
        <translation>Datenbank-URL (leer: eingebettet)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="398"/>
        <source>Store password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="399"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="401"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="402"/>
        <source>SIP password</source>
        <translation>SIP-Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404"/>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405"/>
        <source>Ringtone</source>
        <translation>Klingelton</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407"/>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="409"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411"/>
        <source>Dial field</source>
        <translation>Wählfeld</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412"/>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="418"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort beizubehalten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423"/>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar (%1). Passwörter können nicht gespeichert werden und werden nie in Dateien geschrieben: Installieren oder entsperren Sie einen Schlüsselbunddienst, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../softphone/settings_form.py" line="41"/>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>Keine gültige Datenbank-URL: Verwenden Sie postgresql://user@host/database oder sqlite:///path</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="45"/>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Entfernen Sie das Passwort aus der URL und geben Sie es im Passwortfeld ein.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="49"/>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Eine PostgreSQL-URL benötigt einen Host und einen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="63"/>
        <source>Not a WAV sound file: %1</source>
        <translation>Keine WAV-Klangdatei: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="77"/>
        <source>Already used by another action.</source>
        <translation>Bereits einer anderen Aktion zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="89"/>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Nur Buchstaben, Ziffern und . _ @ - erlaubt.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="95"/>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Unbekannter Ländercode: Verwenden Sie zwei Buchstaben wie IT oder DE.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="116"/>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Geben Sie den SIP-Benutzer ein (den Teil vor dem @).</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="120"/>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Geben Sie eine Domäne oder einen Hostnamen ein, z. B. pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="85"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="109"/>
        <source>SIP: no account</source>
        <translation>SIP: kein Konto</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>SIP: registering %1…</source>
        <translation>SIP: %1 wird registriert…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="111"/>
        <source>SIP: registered as %1</source>
        <translation>SIP: registriert als %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="112"/>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 nicht registriert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="119"/>
        <source>Store: connecting…</source>
        <translation>Datenbank: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="121"/>
        <source>Store: connected (%1)</source>
        <translation>Datenbank: verbunden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="123"/>
        <source>Store: offline</source>
        <translation>Datenbank: offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="125"/>
        <source>Store: unreachable</source>
        <translation>Datenbank: nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="127"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung ausstehend</numerusform>
            <numerusform>%Ln Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="129"/>
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln Änderung abgelehnt</numerusform>
            <numerusform>%Ln Änderungen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Kein sicherer Schlüsselbund: Passwörter können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="143"/>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>Auf diesem Desktop wurde kein sicherer Schlüsselbunddienst gefunden. Passwörter werden nie in Dateien geschrieben; installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet), um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../softphone/sync_service.py" line="84"/>
        <source>The local copy was rebuilt</source>
        <translation>Die lokale Kopie wurde neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="86"/>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Die lokale Kopie der Ticket-Datenbank konnte nicht gelesen werden (%1). Sie wurde als %2 beiseitegelegt und wird aus der Ticket-Datenbank neu aufgebaut. Nichts von dem, was Sie geschrieben haben, war darin enthalten.</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="90"/>
        <source>Waiting changes were recovered</source>
        <translation>Ausstehende Änderungen wurden wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="92"/>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Die Datei mit den noch zu sendenden Änderungen konnte nicht gelesen werden (%1). Sie wurde als %2 beiseitegelegt; was lesbar war, wurde übernommen: %3 und %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="96"/>
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="97"/>
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n nicht gespeicherte Notiz</numerusform>
            <numerusform>%n nicht gespeicherte Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="100"/>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Ein Teil konnte nicht gelesen werden: Bewahren Sie die beiseitegelegte Datei für den Support auf.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="86"/>
        <source>Show the softphone</source>
        <translation>Softphone anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="87"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="90"/>
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
        <location filename="../../ui/wallboard.py" line="287"/>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>Die Ticket-Datenbank hat nicht geantwortet: Diese Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="292"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="352"/>
        <source>Listening to %1: %2</source>
        <translation>Mithören bei %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="357"/>
        <source>Select an agent on a call to listen in.</source>
        <translation>Wählen Sie einen Agenten im Gespräch aus, um mitzuhören.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="361"/>
        <source>silent monitor</source>
        <translation>stilles Mithören</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="362"/>
        <source>whisper to the agent</source>
        <translation>Flüstern zum Agenten</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="363"/>
        <source>barge in</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="378"/>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="380"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="381"/>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="382"/>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="383"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="384"/>
        <source>Callbacks due</source>
        <translation>Fällige Rückrufe</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="385"/>
        <source>Oldest waiting</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="386"/>
        <source>Callbacks on time today</source>
        <translation>Pünktliche Rückrufe heute</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="387"/>
        <source>Calls handled today</source>
        <translation>Heute bearbeitete Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="388"/>
        <source>Calls abandoned today</source>
        <translation>Heute abgebrochene Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="392"/>
        <source>Callbacks due by language</source>
        <translation>Fällige Rückrufe nach Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="393"/>
        <source>Agents by state</source>
        <translation>Agenten nach Status</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="396"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="397"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="398"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="399"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="400"/>
        <source>Call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="401"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="402"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="405"/>
        <source>Monitor</source>
        <translation>Mithören</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="406"/>
        <source>Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="407"/>
        <source>Barge in</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="408"/>
        <source>Stop listening</source>
        <translation>Mithören beenden</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="409"/>
        <source>Announce…</source>
        <translation>Mitteilung…</translation>
    </message>
</context>
</TS>
