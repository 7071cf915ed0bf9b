<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, per %2, %3 (%Ln da leggere)</numerusform>
            <numerusform>%1, per %2, %3 (%Ln da leggere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Comunicazione da %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Tutti gli annunci…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Nuovo annuncio</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Chi parla %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Valido fino a</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Scrivi prima il messaggio.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Il messaggio è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Annunci</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Prima quelli non letti; «Segna come letto» segna quello scelto</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Impossibile leggere le impostazioni</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>L’applicazione è stata avviata con le impostazioni predefinite.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>Archivio ticket non raggiungibile</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>L&apos;archivio dei ticket su %1 è stato aggiornato per un softphone più recente (versione dello schema %2; questo softphone conosce fino alla %3). Installa il softphone più recente. Le chiamate si possono comunque fare e ricevere.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>L&apos;archivio dei ticket su %1 deve essere aggiornato (versione dello schema %2; questo softphone richiede la %3). Solo il suo amministratore può aggiornarlo, con `softphone db upgrade`: il softphone non modifica l&apos;archivio come %4. Le chiamate si possono comunque fare e ricevere.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>L&apos;archivio dei ticket deve essere aggiornato</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Telefonia non disponibile</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Motore telefonico riavviato</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato. %n chiamata in corso è stata interrotta; le note sono conservate.</numerusform>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) ed è stato riavviato. %n chiamate in corso sono state interrotte; le note sono conservate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Motore telefonico arrestato</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) troppe volte e non è stato riavviato. Riavviare il softphone. %n chiamata in corso è stata interrotta; le note sono conservate.</numerusform>
            <numerusform>Il motore telefonico si è arrestato in modo imprevisto (%1) troppe volte e non è stato riavviato. Riavviare il softphone. %n chiamate in corso sono state interrotte; le note sono conservate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Non è stato possibile riavviare il motore telefonico, quindi non si possono né fare né ricevere chiamate. Riavvia il softphone; se succede di nuovo, avvisa l&apos;assistenza IT.

Dettagli: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Chiamata in arrivo da %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>Le impostazioni dell&apos;amministratore non si possono leggere</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Le impostazioni che il reparto IT fornisce per questo computer non sono utilizzabili: l&apos;app usa le tue impostazioni e nulla è bloccato. Avvisa il supporto IT.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Impostazioni dell&apos;amministratore illeggibili: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Niente da mostrare</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>in conferenza</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>in registrazione</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>squilla</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>chiamata in corso…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connessa</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminata</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buona</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>discreta</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>scarsa</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Qualità: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastiera</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Trasferisci a…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Trasferisci a</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Interno, numero o indirizzo SIP del collega</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Le tue chiamate in corso; è mostrata quella scelta</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Tastierino: invia toni</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Trasferimento diretto: passa subito il chiamante</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Trasferimento assistito: metti in attesa il chiamante e parla prima con il collega</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>superato di %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln richiesta aperta in coda.</numerusform>
            <numerusform>%Ln richieste aperte in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Le richieste ti vengono assegnate automaticamente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Da richiamare ora: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>Nessuna richiamata da fare al momento.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Prossima richiamata nelle tue lingue: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>L’archivio ticket non è raggiungibile: nessuna nuova richiamata.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Richieste di richiamata aperte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Tempo rimasto (livello di servizio)</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation>Richiamata per te: %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Parla %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Argomento: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Composizione tra %Ln secondo.</numerusform>
            <numerusform>Composizione tra %Ln secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Con parole tue (facoltativo)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Perché la salti, con parole tue (facoltativo)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Motivo per saltarla</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Tempo prima che la chiamata parta</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Quando richiamare</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Chiama ora</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggerimento)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>Com’è andata la richiamata?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Chiamata tra %Ln s</numerusform>
            <numerusform>Chiamata tra %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Richiama %1 al %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Lingua della chiamata: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Orario richiesto: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Tentativo %1 di %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>l’ultima volta: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Livello di servizio superato di %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Livello di servizio: restano %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Chiamata in corso a %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Questa richiesta è stata assegnata a un collega (la connessione si è interrotta).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Questa richiesta non è più assegnata a te; la chiamata non è stata effettuata.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(scegli l’esito)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Richiamare l’utente il…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Inoltrare il ticket al back office</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Esito della chiamata:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Azione successiva:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Quando richiamare</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Back office a cui inoltrare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Più contatti hanno questo numero</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>I ticket del chiamante, prima quelli aperti</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>I contatti del chiamante, prima i più recenti</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Nota della chiamata</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Salvata mentre scrivi</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Chiudi la scheda</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Nuovo ticket da questa chiamata…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Associa questa chiamata al ticket selezionato</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Riapri il ticket selezionato</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Crea un contatto per questo numero…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Cerca per nome, e-mail o ticket…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Note su questa chiamata: vengono salvate mentre scrivi e conservate anche se l’applicazione si chiude.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>L’archivio ticket non è raggiungibile: questa è la copia locale.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>La lingua di chi chiama</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Nessun contatto associato a questo numero.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>Questa chiamata verrà associata al nuovo ticket.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Parla %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Altri numeri: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Argomento: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Identità verificata tramite PIN telefonico</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identità non verificata</translation>
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
        <translation>Questa chiamata verrà associata al ticket %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Scheda del chiamante: nessun contatto ha questo numero.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Scheda del chiamante: %Ln contatto ha questo numero.</numerusform>
            <numerusform>Scheda del chiamante: %Ln contatti hanno questo numero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Scheda del chiamante: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln ticket aperto.</numerusform>
            <numerusform>%Ln ticket aperti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Possibile duplicato: il ticket %1 è già aperto su questo argomento.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Non aggiunto alla nota: può contenere al massimo %1 caratteri e così arriverebbe a %2. Non è stato tagliato nulla: accorcia il testo e aggiungilo di nuovo.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>C’è già un ticket aperto su questo argomento: %1 «%2». Vuoi associare questa chiamata a quel ticket invece di aprirne uno nuovo?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Associa a %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Inserisci un numero da chiamare.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Numero di telefono non valido: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>Nessun account SIP registrato.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>Non è stato possibile ricevere una chiamata da %1: la sua richiesta superava la dimensione che il telefono accetta (%2 byte). È tra le chiamate recenti come persa.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un chiamante sconosciuto</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Modifica risposta predefinita</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Nuova risposta predefinita</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Segnaposto: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; un testo alternativo dopo una barra: {{first_name|Gentile cliente}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Abbreviazione</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etichette (separate da virgole)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Due punti doppi e una parola, ad es. ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Non compilati: %1. Le parti mancanti sono evidenziate.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Premi di nuovo Invio per inserirla con le parti mancanti segnate.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Inserisci con lacune</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserisci</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nome di chi chiama</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numero del ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>oggetto del ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>orari del servizio</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>data di oggi</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>argomento</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Cerca: titolo, testo, etichetta o ::abbreviazione</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tutti gli argomenti</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Lingua (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Cerca risposte predefinite</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Titolo, testo, etichetta o due punti doppi e una scorciatoia; Invio inserisce la risposta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Ritira la risposta dall’uso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ritira</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>Inserita nella nota.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Nessuna nota aperta: la risposta è stata copiata.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiata negli appunti.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 inserita; non compilati: %2 (selezionati nella nota).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>L&apos;abbreviazione %1 è già usata da un&apos;altra risposta.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Salvata; tra un istante è nel pannello di ogni operatore.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Ritirata: scompare dal pannello di ogni operatore.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: chiamata da %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Chiamata da %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>L&apos;indirizzo dell&apos;archivio di questo computer indica un altro operatore.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>L&apos;archivio dei ticket non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>Nessun operatore con questo nome utente.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>asterisco</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>cancelletto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Numero o indirizzo SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numero da chiamare</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Un numero di telefono o un indirizzo SIP</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Richiama</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Richiama l&apos;ultimo numero</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Nessun account SIP ancora configurato: aggiungine uno nelle Impostazioni per chiamare.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Chiamata in arrivo da %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Lingua: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Argomento: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN verificato.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Non verificato.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Chiamata in attesa.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Chiamata in arrivo: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Argomento: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identità verificata</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identità non verificata</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Avviso di chiamata: se rispondi, la chiamata in corso viene messa in attesa.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
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
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperto</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Richiamata immediata</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Richiamata programmata</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Richiamare più tardi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Chiamata in corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Non parlo abbastanza bene la lingua del chiamante</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Serve uno specialista per questo argomento</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Già gestito in un’altra richiesta</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>Il chiamante ha revocato il consenso</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-chiamata</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Non risponde</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa breve</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>la password non è stata accettata</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>utente o password errati</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utente sconosciuto</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>il centralino non risponde</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>impossibile trovare il nome del centralino</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>nessuna connessione al centralino</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>rifiutato dal centralino</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>dal chiamante</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>al chiamante</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interno</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>Per ascoltare serve un telefono registrato.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>L’archivio ticket non è raggiungibile: nessuno può ascoltare le chiamate.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>Non è noto alcun indirizzo telefonico per questo operatore.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Impossibile chiamare il telefono dell’operatore: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Impossibile cambiare modalità: l’archivio non ha risposto.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Il telefono dell’operatore ha rifiutato l’ascolto (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Solo i supervisori possono ascoltare le chiamate.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>Questo operatore non è in chiamata.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Questo operatore non è presente nell’archivio ticket.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>Non puoi ascoltare le tue chiamate.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Questo operatore non ha un interno che il centralino possa ascoltare.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>L’ascolto è stato rifiutato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Nessuno ascolta più questa chiamata.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 sta ascoltando questa chiamata.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 sta ascoltando questa chiamata e può parlarti senza che il chiamante senta.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 partecipa a questa chiamata: sia tu sia il chiamante sentite la sua voce.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Un supervisore</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Rispondi alla chiamata in arrivo</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Metti in attesa o riprendi la chiamata</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Disattiva o riattiva il microfono</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Vai al campo di trasferimento</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Vai al campo del numero</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Rispondi o riaggancia</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Cerca contatti e ticket</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Cerca nelle risposte predefinite</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Zona successiva o precedente della finestra</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Sezione successiva o precedente della scheda del chiamante</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Controllo successivo o precedente</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Scheda successiva del pannello laterale</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Rifiuta la chiamata in arrivo (finestra della chiamata in arrivo)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Inserisci la risposta scelta; passo successivo di una traccia</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Lingua della risposta predefinita</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Passo precedente di una traccia</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Tabellone (supervisori)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Tabellone a schermo intero</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisore</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Pubblica un annuncio…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Coda richiamate</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Chiamate recenti</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Pannello laterale</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab mostra la scheda successiva</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>Informazioni su Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Un softphone per gli operatori dei contact center.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall&apos;account</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Inserisci il cognome.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>Non è un indirizzo e-mail valido.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Nuovo ticket da questa chiamata</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Descrivi in poche parole di cosa si tratta.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Cerca chiamate per nome o numero</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Cerca chiamate recenti</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Chiamate recenti</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Invio richiama il numero scelto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>È stata recuperata una nota di una chiamata interrotta (%1):</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>numero sconosciuto</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>Salvala nella cronologia del chiamante</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Ciao, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>In attesa di chiamate. Le tue lingue: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Ciao</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>In attesa di chiamate. La scheda del chiamante compare qui quando squilla il telefono.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Ticket aperti: gli ultimi %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln ticket aperto</numerusform>
            <numerusform>%Ln ticket aperti</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Nota recuperata</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Scegli una delle risposte.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>Questo passaggio richiede una risposta.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Inserisci un numero da %1 a %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Inserisci un numero non inferiore a %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Inserisci un numero non superiore a %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Torna al passaggio precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Risposta (Ctrl+Invio per il passaggio successivo)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un numero</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Script completato. Le risposte:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Le risposte della traccia</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passaggio %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Passaggio successivo (Invio)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Non noto: %1. Chiedilo al chiamante o dillo con parole tue.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(nessuna risposta)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nome del chiamante</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numero del ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>oggetto del ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>orari del servizio</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>data di oggi</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>argomento</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Nome, numero di telefono, e-mail, numero di ticket o parole dell’oggetto</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Invio apre la scheda del contatto</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln risultato</numerusform>
            <numerusform>%Ln risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(archivio ticket non raggiungibile: è stata cercata la copia locale)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>Archivio ticket</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Scegli una suoneria</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Suono WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>Account SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Come impostato nel desktop</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Contrasto elevato, chiaro</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Contrasto elevato, scuro</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Tono di prova</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Suoneria predefinita</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrasto</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>Paese predefinito (es. IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Tempo di post-chiamata (secondi)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>URL dell’archivio (vuoto: integrato)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Password dell’archivio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Password SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altoparlante</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Suoneria</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Campo numero</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Scorciatoia da tastiera: premi i tasti</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>Account SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>Aggiungi un account SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>Rimuovi l’account SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Lascia vuoto per mantenere la password salvata</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Nessun portachiavi sicuro disponibile (%1). Le password non possono essere salvate e non vengono mai scritte su file: installa o sblocca un servizio portachiavi per salvarle.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Impostato dall&apos;amministratore</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>URL dell’archivio non valido: usa postgresql://user@host/database o sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Rimuovi la password dall’URL e inseriscila nel campo password.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Un URL PostgreSQL deve contenere un host e il nome di un database.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>Non è un file audio WAV: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Già usata da un&apos;altra azione.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Sono ammessi solo lettere, cifre e i caratteri . _ @ -.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Codice paese sconosciuto: usa due lettere, ad esempio IT o DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Inserisci l’utente SIP (la parte prima di @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Inserisci un dominio o un nome host, ad es. pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Tutto funziona da tastiera. F6 passa da una zona all’altra della finestra; Tab passa da un controllo all’altro di una zona.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Inserisci il nome utente.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Accedi al softphone</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>Password &amp;SIP (se diversa)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Ricorda su questo computer</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>Password SIP, se diversa</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Ricorda su questo computer</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Conserva le password nel portachiavi di questo computer, e in nessun altro luogo</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>L'archivio ticket non riceve più notizie da questa postazione: i supervisori ora ti vedono come «non risponde» e non ti vengono assegnate richiamate finché non torna. Le chiamate squillano comunque.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>i supervisori ti vedono come «non risponde»</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>copia locale ricostruita</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>Questa postazione è rimasta scollegata più a lungo di quanto l&apos;archivio dei ticket conservi le modifiche, quindi la sua copia locale è stata ricaricata dall&apos;archivio. Le modifiche fatte qui sono conservate.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Linea telefonica tornata: puoi ricevere chiamate.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Linea telefonica persa: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>Archivio ticket non in linea: il tuo lavoro è conservato e inviato al ritorno.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>Archivio ticket di nuovo in linea.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: nessun account</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: registrazione di %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: registrato come %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 non registrato: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>Archivio: connessione…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>Archivio: connesso (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Archivio: non in linea</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Archivio: da aggiornare a cura dell&apos;amministratore</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>Archivio: non raggiungibile</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modifica in attesa</numerusform>
            <numerusform>%Ln modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln modifica rifiutata</numerusform>
            <numerusform>%Ln modifiche rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Il tuo stato: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Scegli disponibile, una pausa o non in linea</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Nessun portachiavi sicuro: impossibile salvare le password</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>Nessun servizio portachiavi sicuro trovato su questo desktop. Le password non vengono mai scritte su file; installa o sblocca un portachiavi (GNOME Keyring, KWallet) per salvarle.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>La copia locale è stata ricostruita</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Impossibile leggere la copia locale dell’archivio ticket (%1). È stata messa da parte come %2 e viene ricostruita dall’archivio ticket. Non conteneva nulla di ciò che hai scritto.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Le modifiche in attesa sono state recuperate</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Impossibile leggere il file delle modifiche in attesa di invio (%1). È stato messo da parte come %2; quanto era leggibile è stato conservato: %3 e %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n nota non salvata</numerusform>
            <numerusform>%n note non salvate</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Una parte non era leggibile: conserva il file messo da parte per l’assistenza.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Mostra il softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
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
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>L’archivio ticket non ha risposto: questi dati potrebbero non essere aggiornati.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aggiornato: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>In ascolto di %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Seleziona un operatore in chiamata per ascoltare.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>ascolto silenzioso</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>sussurro all’operatore</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>intervento nella chiamata</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-chiamata</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Da richiamare</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Attesa più lunga</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Richiamate puntuali oggi</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Chiamate gestite oggi</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Chiamate abbandonate oggi</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Da richiamare per lingua</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Operatori per stato</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Scegli un operatore, poi un modo di ascolto</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Sussurra</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervieni</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Termina ascolto</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Annuncio…</translation>
    </message>
</context>
</TS>
