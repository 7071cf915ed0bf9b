<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AnnouncementBar</name>
    <message>
        <location filename="../../ui/announcements.py" line="89"/>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/announcements.py" line="91"/>
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, per %2, %3 (%Ln da leggere)</numerusform>
            <numerusform>%1, per %2, %3 (%Ln da leggere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="92"/>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="108"/>
        <source>Mark read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="109"/>
        <source>All announcements…</source>
        <translation>Tutti gli annunci…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <location filename="../../ui/announcements.py" line="164"/>
        <source>New announcement</source>
        <translation>Nuovo annuncio</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="170"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="172"/>
        <source>%1 speakers</source>
        <translation>Chi parla %1</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="182"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="183"/>
        <source>To</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="184"/>
        <source>Until</source>
        <translation>Valido fino a</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="188"/>
        <source>Broadcast</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="208"/>
        <source>Write the message first.</source>
        <translation>Scrivi prima il messaggio.</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="212"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Il messaggio è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../ui/announcements.py" line="122"/>
        <source>Announcements</source>
        <translation>Annunci</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="129"/>
        <source>Mark read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="142"/>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../softphone/app.py" line="179"/>
        <source>Settings could not be read</source>
        <translation>Impossibile leggere le impostazioni</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="180"/>
        <source>The app started with default settings.
%1</source>
        <translation>L’applicazione è stata avviata con le impostazioni predefinite.
%1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="262"/>
        <source>Ticket store unreachable</source>
        <translation>Archivio ticket non raggiungibile</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="547"/>
        <source>Telephony unavailable</source>
        <translation>Telefonia non disponibile</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="670"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato.</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="676"/>
        <source>Phone engine restarted</source>
        <translation>Motore telefonico riavviato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="678"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato. %n chiamata in corso è stata interrotta; le note sono conservate.</numerusform>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato. %n chiamate in corso sono state interrotte; le note sono conservate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="684"/>
        <location filename="../../softphone/app.py" line="699"/>
        <source>Phone engine stopped</source>
        <translation>Motore telefonico arrestato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="686"/>
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) troppe volte e non è stato riavviato. Riavviare il softphone. %n chiamata in corso è stata interrotta; le note sono conservate.</numerusform>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) troppe volte e non è stato riavviato. Riavviare il softphone. %n chiamate in corso sono state interrotte; le note sono conservate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="701"/>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Non è stato possibile riavviare il motore telefonico, quindi non si possono né fare né ricevere chiamate. Riavvia il softphone; se succede di nuovo, avvisa l&apos;assistenza IT.

Dettagli: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="723"/>
        <source>Incoming call from %1</source>
        <translation>Chiamata in arrivo da %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="812"/>
        <source>Settings could not be saved: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/wallboard.py" line="96"/>
        <source>Nothing to show</source>
        <translation>Niente da mostrare</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call_panel.py" line="195"/>
        <source>in conference</source>
        <translation>in conferenza</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="197"/>
        <source>recording</source>
        <translation>in registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="211"/>
        <source>ringing</source>
        <translation>squilla</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="212"/>
        <source>calling…</source>
        <translation>chiamata in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="213"/>
        <source>connected</source>
        <translation>connessa</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="214"/>
        <source>on hold</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="215"/>
        <source>ended</source>
        <translation>terminata</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="222"/>
        <source>good</source>
        <translation>buona</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="224"/>
        <source>fair</source>
        <translation>discreta</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="226"/>
        <source>poor</source>
        <translation>scarsa</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="228"/>
        <source>Quality: %1 (%2)</source>
        <translation>Qualità: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="273"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="274"/>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="275"/>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="276"/>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="277"/>
        <source>Keypad</source>
        <translation>Tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="278"/>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="279"/>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="280"/>
        <source>Transfer to…</source>
        <translation>Trasferisci a…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="281"/>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="282"/>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Trasferimento diretto: passa subito il chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="283"/>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="285"/>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Trasferimento assistito: metti in attesa il chiamante e parla prima con il collega</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="287"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <location filename="../../ui/callback_queue.py" line="54"/>
        <source>missed by %1</source>
        <translation>superato di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_queue.py" line="185"/>
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln richiesta aperta in coda.</numerusform>
            <numerusform>%Ln richieste aperte in coda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="188"/>
        <location filename="../../ui/callback_queue.py" line="210"/>
        <source>Requests are assigned to you automatically.</source>
        <translation>Le richieste ti vengono assegnate automaticamente.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="198"/>
        <source>Due now: %1</source>
        <translation>Da richiamare ora: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="200"/>
        <source>No callbacks are due now.</source>
        <translation>Nessuna richiamata da fare al momento.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="204"/>
        <source>Next in your languages: %1</source>
        <translation>Prossima richiamata nelle tue lingue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="209"/>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>L’archivio ticket non è raggiungibile: nessuna nuova richiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="214"/>
        <source>Due</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="215"/>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="216"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="217"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="218"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="219"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="220"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="221"/>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="222"/>
        <source>Service level left</source>
        <translation>Tempo rimasto (livello di servizio)</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <location filename="../../ui/callback_request.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="53"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="237"/>
        <source>In your words (optional)</source>
        <translation>Con parole tue (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="238"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="239"/>
        <source>Dial now</source>
        <translation>Chiama ora</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="244"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggerimento)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="246"/>
        <source>How did the callback go?</source>
        <translation>Com’è andata la richiamata?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_request.py" line="247"/>
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Chiamata tra %Ln s</numerusform>
            <numerusform>Chiamata tra %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="252"/>
        <source>Call back %1 at %2</source>
        <translation>Richiama %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="253"/>
        <source>an unknown caller</source>
        <translation>un chiamante sconosciuto</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="256"/>
        <source>Speak %1</source>
        <translation>Lingua della chiamata: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="263"/>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="267"/>
        <source>Asked for: %1</source>
        <translation>Orario richiesto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="269"/>
        <source>Attempt %1 of %2</source>
        <translation>Tentativo %1 di %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="274"/>
        <source>last time: %1</source>
        <translation>l’ultima volta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="279"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="288"/>
        <source>Service level missed by %1</source>
        <translation>Livello di servizio superato di %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="292"/>
        <source>Service level: %1 left</source>
        <translation>Livello di servizio: restano %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="297"/>
        <source>Calling %1…</source>
        <translation>Chiamata in corso a %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <location filename="../../softphone/callback_service.py" line="278"/>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Questa richiesta è stata assegnata a un collega (la connessione si è interrotta).</translation>
    </message>
    <message>
        <location filename="../../softphone/callback_service.py" line="312"/>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Questa richiesta non è più assegnata a te; la chiamata non è stata effettuata.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <location filename="../../ui/caller_card.py" line="332"/>
        <source>(choose the outcome)</source>
        <translation>(scegli l’esito)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="353"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="355"/>
        <source>Call the caller back at…</source>
        <translation>Richiamare l’utente il…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="357"/>
        <source>Forward the ticket to a back office</source>
        <translation>Inoltrare il ticket al back office</translation>
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
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="418"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>What</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="423"/>
        <source>Outcome of the call:</source>
        <translation>Esito della chiamata:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="424"/>
        <source>Follow-up:</source>
        <translation>Azione successiva:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="426"/>
        <source>New ticket from this call…</source>
        <translation>Nuovo ticket da questa chiamata…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="427"/>
        <source>Put this call on the selected ticket</source>
        <translation>Associa questa chiamata al ticket selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="428"/>
        <source>Reopen the selected ticket</source>
        <translation>Riapri il ticket selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="429"/>
        <source>Create a contact for this number…</source>
        <translation>Crea un contatto per questo numero…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="430"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="431"/>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Cerca per nome, e-mail o ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="438"/>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Note su questa chiamata: vengono salvate mentre scrivi e conservate anche se l’applicazione si chiude.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="445"/>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>L’archivio ticket non è raggiungibile: questa è la copia locale.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="455"/>
        <source>The caller&apos;s language</source>
        <translation>La lingua di chi chiama</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="458"/>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="459"/>
        <source>No contact has this number.</source>
        <translation>Nessun contatto associato a questo numero.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="473"/>
        <source>This call goes on the new ticket.</source>
        <translation>Questa chiamata verrà associata al nuovo ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="483"/>
        <source>Speaks %1</source>
        <translation>Parla %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="486"/>
        <source>Other numbers: %1</source>
        <translation>Altri numeri: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="490"/>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="499"/>
        <source>Topic: %1</source>
        <translation>Argomento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="501"/>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="503"/>
        <source>Verified by telephone PIN</source>
        <translation>Identità verificata tramite PIN telefonico</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="505"/>
        <source>Not verified</source>
        <translation>Identità non verificata</translation>
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
        <translation>Questa chiamata verrà associata al ticket %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="249"/>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Non aggiunto alla nota: può contenere al massimo %1 caratteri e così arriverebbe a %2. Non è stato tagliato nulla: accorcia il testo e aggiungilo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="521"/>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>C’è già un ticket aperto su questo argomento: %1 «%2». Vuoi associare questa chiamata a quel ticket invece di aprirne uno nuovo?</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="526"/>
        <source>Attach to %1</source>
        <translation>Associa a %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../softphone/calls.py" line="68"/>
        <source>Enter a number to call.</source>
        <translation>Inserisci un numero da chiamare.</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="84"/>
        <location filename="../../softphone/calls.py" line="97"/>
        <source>Not a phone number: %1</source>
        <translation>Numero di telefono non valido: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="219"/>
        <source>No SIP account is registered.</source>
        <translation>Nessun account SIP registrato.</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>Edit canned answer</source>
        <translation>Modifica risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>New canned answer</source>
        <translation>Nuova risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="63"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="79"/>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Segnaposto: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; un testo alternativo dopo una barra: {{first_name|Gentile cliente}}.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="94"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="95"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="96"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="97"/>
        <source>Shortcut</source>
        <translation>Abbreviazione</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="98"/>
        <source>Tags (comma-separated)</source>
        <translation>Etichette (separate da virgole)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="99"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <location filename="../../ui/canned_answers.py" line="311"/>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Non compilati: %1. Le parti mancanti sono evidenziate.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="313"/>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Premi di nuovo Invio per inserirla con le parti mancanti segnate.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert with gaps</source>
        <translation>Inserisci con lacune</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert</source>
        <translation>Inserisci</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="327"/>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="328"/>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="329"/>
        <source>caller&apos;s name</source>
        <translation>nome di chi chiama</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="330"/>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="331"/>
        <source>ticket number</source>
        <translation>numero del ticket</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="332"/>
        <source>ticket subject</source>
        <translation>oggetto del ticket</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="333"/>
        <source>service hours</source>
        <translation>orari del servizio</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="334"/>
        <source>today&apos;s date</source>
        <translation>data di oggi</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="335"/>
        <source>topic</source>
        <translation>argomento</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="349"/>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Cerca: titolo, testo, etichetta o ::abbreviazione</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="350"/>
        <source>All topics</source>
        <translation>Tutti gli argomenti</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="352"/>
        <source>Language (Alt+←/→):</source>
        <translation>Lingua (Alt+←/→):</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="353"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="354"/>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="355"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="356"/>
        <source>Retire</source>
        <translation>Ritira</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <location filename="../../softphone/canned_service.py" line="272"/>
        <source>Inserted into the note.</source>
        <translation>Inserita nella nota.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="276"/>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Nessuna nota aperta: la risposta è stata copiata.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="281"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiata negli appunti.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="297"/>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 inserita; non compilati: %2 (selezionati nella nota).</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="347"/>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>L&apos;abbreviazione %1 è già usata da un&apos;altra risposta.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="355"/>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Salvata; tra un istante è nel pannello di ogni operatore.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="360"/>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Ritirata: scompare dal pannello di ogni operatore.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <location filename="../../softphone/cti.py" line="472"/>
        <source>%1: call from %2</source>
        <translation>%1: chiamata da %2</translation>
    </message>
    <message>
        <location filename="../../softphone/cti.py" line="474"/>
        <source>Call from %1</source>
        <translation>Chiamata da %1</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../ui/dial_pad.py" line="110"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="111"/>
        <source>Number or SIP address</source>
        <translation>Numero o indirizzo SIP</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="112"/>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="113"/>
        <source>Redial</source>
        <translation>Richiama</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="114"/>
        <source>Call the last number again</source>
        <translation>Richiama l&apos;ultimo numero</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="115"/>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Nessun account SIP ancora configurato: aggiungine uno nelle Impostazioni per chiamare.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <location filename="../../ui/incoming_call.py" line="91"/>
        <location filename="../../ui/incoming_call.py" line="92"/>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="93"/>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="94"/>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="98"/>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="102"/>
        <source>Topic: %1</source>
        <translation>Argomento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="104"/>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Identity verified</source>
        <translation>Identità verificata</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Not verified</source>
        <translation>Identità non verificata</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="110"/>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Avviso di chiamata: se rispondi, la chiamata in corso viene messa in attesa.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <location filename="../../ui/labels.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Web form</source>
        <translation>Modulo web</translation>
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
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Reopened</source>
        <translation>Riaperto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Call me now</source>
        <translation>Richiamata immediata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Call me back</source>
        <translation>Richiamata programmata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Reached</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Call back later</source>
        <translation>Richiamare più tardi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Dialling</source>
        <translation>Chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Non parlo abbastanza bene la lingua del chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Needs a specialist for this topic</source>
        <translation>Serve uno specialista per questo argomento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Already handled in another request</source>
        <translation>Già gestito in un’altra richiesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>The caller withdrew consent</source>
        <translation>Il chiamante ha revocato il consenso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>On call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Wrap-up</source>
        <translation>Post-chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Break</source>
        <translation>Pausa breve</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>the password was not accepted</source>
        <translation>la password non è stata accettata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>wrong user or password</source>
        <translation>utente o password errati</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>unknown user</source>
        <translation>utente sconosciuto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>the PBX does not answer</source>
        <translation>il centralino non risponde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>impossibile trovare il nome del centralino</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>no connection to the PBX</source>
        <translation>nessuna connessione al centralino</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>refused by the PBX</source>
        <translation>rifiutato dal centralino</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>from the caller</source>
        <translation>dal chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>to the caller</source>
        <translation>al chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>internal</source>
        <translation>interno</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <location filename="../../softphone/monitoring.py" line="217"/>
        <source>Listening in needs a registered phone.</source>
        <translation>Per ascoltare serve un telefono registrato.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="247"/>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>L’archivio ticket non è raggiungibile: nessuno può ascoltare le chiamate.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="250"/>
        <source>No phone address is known for this agent.</source>
        <translation>Non è noto alcun indirizzo telefonico per questo operatore.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="259"/>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Impossibile chiamare il telefono dell’operatore: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="280"/>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Impossibile cambiare modalità: l’archivio non ha risposto.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="326"/>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Il telefono dell’operatore ha rifiutato l’ascolto (%1).</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="336"/>
        <source>Only supervisors can listen in.</source>
        <translation>Solo i supervisori possono ascoltare le chiamate.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="337"/>
        <source>This agent is not on a call.</source>
        <translation>Questo operatore non è in chiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="338"/>
        <source>This agent is not known to the ticket store.</source>
        <translation>Questo operatore non è presente nell’archivio ticket.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="339"/>
        <source>You cannot listen in on your own calls.</source>
        <translation>Non puoi ascoltare le tue chiamate.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="340"/>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Questo operatore non ha un interno che il centralino possa ascoltare.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="342"/>
        <source>The listen-in was refused.</source>
        <translation>L’ascolto è stato rifiutato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>%1 is listening to this call.</source>
        <translation>%1 sta ascoltando questa chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 sta ascoltando questa chiamata e può parlarti senza che il chiamante senta.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 partecipa a questa chiamata: sia tu sia il chiamante sentite la sua voce.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>A supervisor</source>
        <translation>Un supervisore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Pubblica un annuncio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Callback queue</source>
        <translation>Coda richiamate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Canned answers</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Recent calls</source>
        <translation>Chiamate recenti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>About Contact Softphone</source>
        <translation>Informazioni su Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Un softphone per gli operatori dei contact center.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="98"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="106"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="107"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="116"/>
        <source>A last name is needed.</source>
        <translation>Inserisci il cognome.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="119"/>
        <source>That is not an e-mail address.</source>
        <translation>Non è un indirizzo e-mail valido.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="69"/>
        <source>New ticket from this call</source>
        <translation>Nuovo ticket da questa chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="75"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="76"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="77"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="82"/>
        <source>Say in a few words what it is about.</source>
        <translation>Descrivi in poche parole di cosa si tratta.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <location filename="../../ui/recent_calls.py" line="103"/>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="104"/>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="105"/>
        <source>Missed</source>
        <translation>Persa</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="114"/>
        <source>Search calls by name or number</source>
        <translation>Cerca chiamate per nome o numero</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="117"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="136"/>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>È stata recuperata una nota di una chiamata interrotta (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="137"/>
        <source>unknown number</source>
        <translation>numero sconosciuto</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="140"/>
        <source>Save it to the caller&apos;s history</source>
        <translation>Salvala nella cronologia del chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="142"/>
        <source>Hello, %1</source>
        <translation>Ciao, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="145"/>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>In attesa di chiamate. Le tue lingue: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="148"/>
        <source>Hello</source>
        <translation>Ciao</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="150"/>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>In attesa di chiamate. La scheda del chiamante compare qui quando squilla il telefono.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="154"/>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Ticket aperti: gli ultimi %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screen_pop.py" line="159"/>
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln ticket aperto</numerusform>
            <numerusform>%Ln ticket aperti</numerusform>
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
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="165"/>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="166"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="167"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="168"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="169"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="170"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="288"/>
        <source>Choose one of the answers.</source>
        <translation>Scegli una delle risposte.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="294"/>
        <source>This step needs an answer.</source>
        <translation>Questo passaggio richiede una risposta.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="316"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Inserisci un numero da %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="319"/>
        <source>Enter a number of at least %1.</source>
        <translation>Inserisci un numero non inferiore a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="321"/>
        <source>Enter a number of at most %1.</source>
        <translation>Inserisci un numero non superiore a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="323"/>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="368"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="369"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="370"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="371"/>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Torna al passaggio precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="372"/>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Risposta (Ctrl+Invio per il passaggio successivo)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="373"/>
        <source>A number</source>
        <translation>Un numero</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="382"/>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="386"/>
        <source>Script finished. The answers:</source>
        <translation>Script completato. Le risposte:</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="391"/>
        <source>Step %1</source>
        <translation>Passaggio %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Finish</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="395"/>
        <source>Next step (Enter)</source>
        <translation>Passaggio successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="402"/>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Non noto: %1. Chiedilo al chiamante o dillo con parole tue.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="424"/>
        <source>(no answer)</source>
        <translation>(nessuna risposta)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="429"/>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="430"/>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="431"/>
        <source>caller&apos;s name</source>
        <translation>nome del chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="432"/>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="433"/>
        <source>ticket number</source>
        <translation>numero del ticket</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="434"/>
        <source>ticket subject</source>
        <translation>oggetto del ticket</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="435"/>
        <source>service hours</source>
        <translation>orari del servizio</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="436"/>
        <source>today&apos;s date</source>
        <translation>data di oggi</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="437"/>
        <source>topic</source>
        <translation>argomento</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="83"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="85"/>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Nome, numero di telefono, e-mail, numero di ticket o parole dell’oggetto</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="90"/>
        <source>Nothing found.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="92"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln risultato</numerusform>
            <numerusform>%Ln risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="94"/>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(archivio ticket non raggiungibile: è stata cercata la copia locale)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="378"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="380"/>
        <source>Ticket store</source>
        <translation>Archivio ticket</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>Choose a ringtone</source>
        <translation>Scegli una suoneria</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>WAV sound (*.wav)</source>
        <translation>Suono WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>SIP accounts</source>
        <translation>Account SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="382"/>
        <source>Sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="383"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <location filename="../../ui/settings_dialog.py" line="386"/>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="388"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="389"/>
        <source>Test tone</source>
        <translation>Tono di prova</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="390"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>Built-in ring</source>
        <translation>Suoneria predefinita</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="393"/>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="394"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Default country (e.g. IT)</source>
        <translation>Paese predefinito (es. IT)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="396"/>
        <source>Wrap-up time (seconds)</source>
        <translation>Tempo di post-chiamata (secondi)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="397"/>
        <source>Store URL (empty: embedded)</source>
        <translation>URL dell’archivio (vuoto: integrato)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="398"/>
        <source>Store password</source>
        <translation>Password dell’archivio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="399"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="401"/>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="402"/>
        <source>SIP password</source>
        <translation>Password SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404"/>
        <source>Speaker</source>
        <translation>Altoparlante</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405"/>
        <source>Ringtone</source>
        <translation>Suoneria</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407"/>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="409"/>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411"/>
        <source>Dial field</source>
        <translation>Campo numero</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412"/>
        <source>Canned answers</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="418"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Lascia vuoto per mantenere la password salvata</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423"/>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Nessun portachiavi sicuro disponibile (%1). Le password non possono essere salvate e non vengono mai scritte su file: installa o sblocca un servizio portachiavi per salvarle.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../softphone/settings_form.py" line="41"/>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>URL dell’archivio non valido: usa postgresql://user@host/database o sqlite:///path</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="45"/>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Rimuovi la password dall’URL e inseriscila nel campo password.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="49"/>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Un URL PostgreSQL deve contenere un host e il nome di un database.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="63"/>
        <source>Not a WAV sound file: %1</source>
        <translation>Non è un file audio WAV: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="77"/>
        <source>Already used by another action.</source>
        <translation>Già usata da un&apos;altra azione.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="89"/>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Sono ammessi solo lettere, cifre e i caratteri . _ @ -.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="95"/>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Codice paese sconosciuto: usa due lettere, ad esempio IT o DE.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="116"/>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Inserisci l’utente SIP (la parte prima di @).</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="120"/>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Inserisci un dominio o un nome host, ad es. pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="85"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="109"/>
        <source>SIP: no account</source>
        <translation>SIP: nessun account</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>SIP: registering %1…</source>
        <translation>SIP: registrazione di %1…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="111"/>
        <source>SIP: registered as %1</source>
        <translation>SIP: registrato come %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="112"/>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 non registrato: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="119"/>
        <source>Store: connecting…</source>
        <translation>Archivio: connessione…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="121"/>
        <source>Store: connected (%1)</source>
        <translation>Archivio: connesso (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="123"/>
        <source>Store: offline</source>
        <translation>Archivio: non in linea</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="125"/>
        <source>Store: unreachable</source>
        <translation>Archivio: non raggiungibile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="127"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modifica in attesa</numerusform>
            <numerusform>%Ln modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="129"/>
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln modifica rifiutata</numerusform>
            <numerusform>%Ln modifiche rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Nessun portachiavi sicuro: impossibile salvare le password</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="143"/>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>Nessun servizio portachiavi sicuro trovato su questo desktop. Le password non vengono mai scritte su file; installa o sblocca un portachiavi (GNOME Keyring, KWallet) per salvarle.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../softphone/sync_service.py" line="84"/>
        <source>The local copy was rebuilt</source>
        <translation>La copia locale è stata ricostruita</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="86"/>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Impossibile leggere la copia locale dell’archivio ticket (%1). È stata messa da parte come %2 e viene ricostruita dall’archivio ticket. Non conteneva nulla di ciò che hai scritto.</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="90"/>
        <source>Waiting changes were recovered</source>
        <translation>Le modifiche in attesa sono state recuperate</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="92"/>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Impossibile leggere il file delle modifiche in attesa di invio (%1). È stato messo da parte come %2; quanto era leggibile è stato conservato: %3 e %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="96"/>
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="97"/>
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n nota non salvata</numerusform>
            <numerusform>%n note non salvate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="100"/>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Una parte non era leggibile: conserva il file messo da parte per l’assistenza.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="86"/>
        <source>Show the softphone</source>
        <translation>Mostra il softphone</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="87"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="90"/>
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln chiamata persa</numerusform>
            <numerusform>%Ln chiamate perse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <location filename="../../ui/wallboard.py" line="287"/>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>L’archivio ticket non ha risposto: questi dati potrebbero non essere aggiornati.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="292"/>
        <source>Updated %1</source>
        <translation>Aggiornato: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="352"/>
        <source>Listening to %1: %2</source>
        <translation>In ascolto di %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="357"/>
        <source>Select an agent on a call to listen in.</source>
        <translation>Seleziona un operatore in chiamata per ascoltare.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="361"/>
        <source>silent monitor</source>
        <translation>ascolto silenzioso</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="362"/>
        <source>whisper to the agent</source>
        <translation>sussurro all’operatore</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="363"/>
        <source>barge in</source>
        <translation>intervento nella chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="378"/>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="380"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="381"/>
        <source>On call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="382"/>
        <source>Wrap-up</source>
        <translation>Post-chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="383"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="384"/>
        <source>Callbacks due</source>
        <translation>Da richiamare</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="385"/>
        <source>Oldest waiting</source>
        <translation>Attesa più lunga</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="386"/>
        <source>Callbacks on time today</source>
        <translation>Richiamate puntuali oggi</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="387"/>
        <source>Calls handled today</source>
        <translation>Chiamate gestite oggi</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="388"/>
        <source>Calls abandoned today</source>
        <translation>Chiamate abbandonate oggi</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="392"/>
        <source>Callbacks due by language</source>
        <translation>Da richiamare per lingua</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="393"/>
        <source>Agents by state</source>
        <translation>Operatori per stato</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="396"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="397"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="398"/>
        <source>For</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="399"/>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="400"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="401"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="402"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="405"/>
        <source>Monitor</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="406"/>
        <source>Whisper</source>
        <translation>Sussurra</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="407"/>
        <source>Barge in</source>
        <translation>Intervieni</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="408"/>
        <source>Stop listening</source>
        <translation>Termina ascolto</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="409"/>
        <source>Announce…</source>
        <translation>Annuncio…</translation>
    </message>
</context>
</TS>
