<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>tous</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, pour %2, %3 (%Ln non lue)</numerusform>
            <numerusform>%1, pour %2, %3 (%Ln non lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Annonce de %1 : %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Toutes les annonces…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Conseillers parlant %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Diffuser</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Rédigez d’abord le message.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Le message est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Non lus d’abord ; « Marquer comme lu » marque celui choisi</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tous</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Impossible de lire les paramètres</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>L’application a démarré avec les paramètres par défaut.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>Base de tickets inaccessible</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>Le magasin de tickets sur %1 a été mis à niveau pour un softphone plus récent (version de schéma %2 ; ce softphone connaît jusqu&apos;à %3). Installez le softphone plus récent. Les appels peuvent toujours être passés et reçus.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>Le magasin de tickets sur %1 doit être mis à niveau (version de schéma %2 ; ce softphone a besoin de %3). Seul son administrateur peut le mettre à niveau, avec `softphone db upgrade` : le softphone ne modifie pas le magasin en tant que %4. Les appels peuvent toujours être passés et reçus.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>Le magasin de tickets doit être mis à niveau</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Téléphonie indisponible</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Le moteur téléphonique s’est arrêté de façon inattendue (%1) et a été redémarré.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Moteur téléphonique redémarré</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Le moteur téléphonique s’est arrêté de façon inattendue (%1) et a été redémarré. %n appel en cours a été coupé ; ses notes sont conservées.</numerusform>
            <numerusform>Le moteur téléphonique s’est arrêté de façon inattendue (%1) et a été redémarré. %n appels en cours ont été coupés ; leurs notes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Moteur téléphonique arrêté</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Le moteur téléphonique s’est arrêté de façon inattendue (%1) trop souvent et n’a pas été redémarré. Redémarrez le softphone. %n appel en cours a été coupé ; ses notes sont conservées.</numerusform>
            <numerusform>Le moteur téléphonique s’est arrêté de façon inattendue (%1) trop souvent et n’a pas été redémarré. Redémarrez le softphone. %n appels en cours ont été coupés ; leurs notes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Le moteur téléphonique n&apos;a pas pu être redémarré : impossible de passer ou de recevoir des appels. Redémarrez le softphone ; si cela se reproduit, prévenez le support informatique.

Détails : %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Impossible d’enregistrer les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>Les paramètres de votre administrateur sont illisibles</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Les paramètres fournis par votre service informatique pour cet ordinateur sont inutilisables : l&apos;application utilise vos propres paramètres et rien n&apos;est verrouillé. Prévenez le support informatique.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Paramètres de l&apos;administrateur illisibles : %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>en conférence</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement en cours</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonnerie</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>appel en cours…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Qualité&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Transférer vers…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Poste, numéro ou adresse SIP du collègue</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Vos appels en cours ; celui choisi est affiché</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Clavier : envoyer des tonalités</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Transfert direct&#xa0;: transférer l’appelant immédiatement</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Transfert supervisé&#xa0;: mettre l’appelant en attente et parler d’abord au collègue</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Finaliser</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>dépassé de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln demande ouverte dans la file.</numerusform>
            <numerusform>%Ln demandes ouvertes dans la file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Les demandes vous sont attribuées automatiquement.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>À rappeler maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>Aucun rappel à effectuer pour le moment.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Prochain rappel dans vos langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>La base de tickets est inaccessible&#xa0;: aucun nouveau rappel.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Demandes de rappel ouvertes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Temps restant (niveau de service)</translation>
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
        <translation>Rappel pour vous : %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Parlez %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Sujet : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Composition dans %Ln seconde.</numerusform>
            <numerusform>Composition dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Avec vos propres mots (facultatif)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Pourquoi vous la passez, avec vos mots (facultatif)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Raison de passer</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Temps avant la composition de l’appel</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Quand rappeler</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Appeler maintenant</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>Comment s’est passé le rappel&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Appel dans %Ln s</numerusform>
            <numerusform>Appel dans %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Rappeler %1 au %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un appelant inconnu</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Langue de l’appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Horaire souhaité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Tentative %1 sur %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>la dernière fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Niveau de service dépassé de %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Niveau de service&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel en cours vers %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Cette demande a été confiée à un collègue (la connexion a été perdue).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Cette demande ne vous est plus attribuée&#xa0;; l’appel n’a pas été passé.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(choisir le résultat)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Rappeler l’appelant le…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Transmettre le ticket au back-office</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Résultat de l’appel&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suite à donner :</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Quand rappeler</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Back-office destinataire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Plusieurs contacts ont ce numéro</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>Les tickets de l’appelant, ouverts d’abord</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>Les échanges de l’appelant, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Note d’appel</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Enregistrée pendant la saisie</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Fermer la fiche</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Nouveau ticket à partir de cet appel…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Rattacher cet appel au ticket sélectionné</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Rouvrir le ticket sélectionné</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Créer un contact pour ce numéro…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Rechercher par nom, e-mail ou ticket…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Notes sur cet appel&#xa0;: enregistrées au fil de la saisie et conservées si l’application se ferme.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>La base de tickets est inaccessible&#xa0;: ceci est la copie locale.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>La langue de l&apos;appelant</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Aucun contact ne correspond à ce numéro.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>Cet appel sera rattaché au nouveau ticket.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Langue parlée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Autres numéros&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Identité vérifiée par code PIN téléphonique</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>SVI&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This call goes on ticket %1.</source>
        <translation>Cet appel sera rattaché au ticket %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Fiche de l’appelant : aucun contact n’a ce numéro.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Fiche de l’appelant : %Ln contact a ce numéro.</numerusform>
            <numerusform>Fiche de l’appelant : %Ln contacts ont ce numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Fiche de l’appelant : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln ticket ouvert.</numerusform>
            <numerusform>%Ln tickets ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Doublon possible : le ticket %1 est déjà ouvert sur ce sujet.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Non ajouté à la note&#xa0;: elle peut contenir au plus %1 caractères, et elle en compterait %2. Rien n’a été coupé&#xa0;: raccourcissez le texte et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>Un ticket est déjà ouvert sur ce thème&#xa0;: %1 «&#xa0;%2&#xa0;». Rattacher cet appel à ce ticket plutôt que d’en créer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Rattacher à %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Saisissez un numéro à appeler.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Numéro de téléphone non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>Aucun compte SIP n’est enregistré.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>Un appel de %1 n&apos;a pas pu être pris : sa requête dépassait la taille que le téléphone accepte (%2 octets). Il figure dans les appels récents comme manqué.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un appelant inconnu</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Modifier la réponse type</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Nouvelle réponse type</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Champs variables : {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}} ; un texte de repli après une barre : {{first_name|Madame, Monsieur}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Deux deux-points et un mot, p. ex. ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Non renseigné : %1. Les manques sont surlignés.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Appuyez encore sur Entrée pour l&apos;insérer avec les manques signalés.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Insérer avec les manques</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numéro du ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>objet du ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>horaires du service</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>date du jour</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Chercher : titre, texte, mot-clé ou ::raccourci</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Langue (Alt+←/→) :</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Rechercher des réponses types</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Titre, texte, mot-clé ou deux deux-points et un raccourci ; Entrée insère la réponse</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Retirer la réponse de l’usage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>Insérée dans la note.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Aucune note ouverte : la réponse a été copiée à la place.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 insérée ; non renseigné : %2 (sélectionné dans la note).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Le raccourci %1 est déjà utilisé par une autre réponse.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Enregistrée ; elle arrive dans le panneau de chaque agent dans un instant.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Retirée : elle disparaît du panneau de chaque agent.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1 : appel de %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Appel de %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>L&apos;adresse de la base de ce poste désigne un autre agent.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>La base des tickets est injoignable : %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>Aucun agent n&apos;a cet identifiant.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>dièse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Numéro ou adresse SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Un numéro de téléphone ou une adresse SIP</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Recomposer</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Rappeler le dernier numéro composé</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Aucun compte SIP n’est encore configuré&#xa0;: ajoutez-en un dans les Paramètres pour appeler.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Appel entrant de %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Langue : %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Sujet : %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN vérifié.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Double appel.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Appel entrant : %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Double appel&#xa0;: si vous répondez, votre appel en cours sera mis en attente.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
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
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Rappel immédiat</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Rappel programmé</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Je ne parle pas assez bien la langue de l’appelant</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Nécessite un spécialiste de ce thème</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Déjà traité dans une autre demande</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>L’appelant a retiré son consentement</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause courte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>le mot de passe n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>le PBX ne répond pas</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>le nom du PBX est introuvable</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>aucune connexion au PBX</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>refusé par le PBX</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>de l’appelant</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>vers l’appelant</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>L’écoute nécessite un téléphone enregistré.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>La base de tickets est inaccessible&#xa0;: aucune écoute n’est possible.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>Aucune adresse téléphonique n’est connue pour ce conseiller.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Impossible d’appeler le téléphone du conseiller&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Impossible de changer de mode&#xa0;: la base n’a pas répondu.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Le téléphone du conseiller a refusé l’écoute (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Seuls les superviseurs peuvent écouter les appels.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>Ce conseiller n’est pas en communication.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Ce conseiller est inconnu de la base de tickets.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>Vous ne pouvez pas écouter vos propres appels.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Ce conseiller n’a pas de poste sur lequel le PBX peut effectuer l’écoute.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>L’écoute a été refusée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Plus personne n’écoute cet appel.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 écoute cet appel.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 écoute cet appel et peut vous parler&#xa0;; l’appelant ne l’entend pas.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 a rejoint cet appel&#xa0;: vous et l’appelant l’entendez.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Un superviseur</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Répondre à l’appel entrant</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Mettre en attente ou reprendre l’appel</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Couper ou rétablir le micro</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Aller au champ de transfert</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Aller au champ du numéro</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Répondre ou raccrocher</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Rechercher des contacts et des tickets</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Rechercher dans les réponses types</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Zone suivante ou précédente de la fenêtre</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Section suivante ou précédente de la fiche de l’appelant</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Onglet suivant du panneau latéral</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Refuser l’appel entrant (fenêtre d’appel entrant)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Insérer la réponse choisie ; étape suivante d’un script</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Langue de la réponse type</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Étape précédente d’un script</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Tableau mural (superviseurs)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Tableau mural en plein écran</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;perviseur</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Tableau mural</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Diffuser une annonce…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>File des rappels</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Appels récents</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab affiche l’onglet suivant</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>À propos de Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Un softphone pour les conseillers des centres de contact.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Saisissez un nom de famille.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Nouveau ticket à partir de cet appel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Décrivez la demande en quelques mots.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Rechercher des appels par nom ou numéro</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Rechercher dans les appels récents</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Appels récents</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Entrée rappelle le numéro choisi</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Une note d’un appel interrompu (%1) a été récupérée&#xa0;:</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>numéro inconnu</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>L’enregistrer dans l’historique de l’appelant</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>En attente d’appels. Vos langues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>En attente d’appels. La fiche de l’appelant s’affiche ici lorsque le téléphone sonne.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Tickets ouverts&#xa0;: les %1 plus récents sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln ticket ouvert</numerusform>
            <numerusform>%Ln tickets ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Note récupérée</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Choisissez l’une des réponses.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>Cette étape nécessite une réponse.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Saisissez un nombre entre %1 et %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Saisissez un nombre supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Saisissez un nombre inférieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Retour à l’étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Réponse (Ctrl+Entrée pour passer à l’étape suivante)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Script terminé. Les réponses&#xa0;:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Les réponses du script</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Étape suivante (Entrée)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Inconnu&#xa0;: %1. Demandez à l’appelant ou formulez-le avec vos propres mots.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nom de l’appelant</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numéro de ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>objet du ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>horaires du service</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>date du jour</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Nom, numéro de téléphone, e-mail, numéro de ticket ou mots de l’objet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Entrée ouvre la fiche du contact</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(base de tickets inaccessible&#xa0;: recherche dans la copie locale)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>Base de tickets</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Choisir une sonnerie</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Son WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>Comptes SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Contraste élevé, clair</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Contraste élevé, sombre</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Tonalité d&apos;essai</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Sonnerie intégrée</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>Pays par défaut (p. ex. IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Durée du post-appel (secondes)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>URL de la base (vide&#xa0;: intégrée)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Mot de passe SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Champ de numérotation</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Raccourci clavier : appuyez sur les touches</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>Compte SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>Ajouter un compte SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>Supprimer le compte SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Aucun trousseau sécurisé n’est disponible (%1). Les mots de passe ne peuvent pas être enregistrés et ne sont jamais écrits dans des fichiers&#xa0;: installez ou déverrouillez un service de trousseau pour les enregistrer.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>URL de base non valide&#xa0;: utilisez postgresql://user@host/database ou sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Retirez le mot de passe de l’URL et saisissez-le dans le champ du mot de passe.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Une URL PostgreSQL doit comporter un hôte et un nom de base de données.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>Ce n&apos;est pas un fichier son WAV&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Déjà utilisé par une autre action.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Lettres, chiffres et . _ @ - uniquement.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Code pays inconnu&#xa0;: utilisez deux lettres, par exemple IT ou DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Saisissez l’utilisateur SIP (la partie avant @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Saisissez un domaine ou un nom d’hôte, par exemple pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Tout fonctionne au clavier. F6 passe d’une zone de la fenêtre à l’autre ; Tab passe d’un contrôle à l’autre dans une zone.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Connexion au softphone</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>Mot de passe &amp;SIP (s&apos;il diffère)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Se &amp;souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>Mot de passe SIP, s&apos;il diffère</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Se souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Garde vos mots de passe dans le trousseau de cet ordinateur, nulle part ailleurs</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>La base des tickets ne reçoit plus de nouvelles de ce poste : les superviseurs vous voient maintenant comme « ne répond pas », et aucun rappel ne vous est confié avant son retour. Les appels sonnent toujours.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>les superviseurs vous voient comme « ne répond pas »</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>copie locale reconstruite</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>Ce poste a été absent plus longtemps que la base des tickets ne conserve ses modifications : sa copie locale a donc été rechargée depuis la base. Les modifications que vous avez faites ici sont conservées.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Ligne téléphonique rétablie : vous pouvez prendre des appels.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Ligne téléphonique perdue : %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>Base de tickets hors ligne : votre travail est conservé et envoyé à son retour.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>Base de tickets de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP&#xa0;: aucun compte</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP&#xa0;: enregistrement de %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP&#xa0;: enregistré en tant que %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP&#xa0;: %1 non enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>Base&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>Base&#xa0;: connectée (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Base&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Magasin : à mettre à niveau par son administrateur</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>Base&#xa0;: inaccessible</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Votre état : %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Choisissez disponible, une pause ou hors ligne</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Aucun trousseau sécurisé&#xa0;: impossible d’enregistrer les mots de passe</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>Aucun service de trousseau sécurisé n’a été trouvé sur ce bureau. Les mots de passe ne sont jamais écrits dans des fichiers&#xa0;; installez ou déverrouillez un trousseau (GNOME Keyring, KWallet) pour les enregistrer.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>La copie locale a été reconstruite</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>La copie locale de la base de tickets n’a pas pu être lue (%1). Elle a été mise de côté sous le nom %2 et est en cours de reconstruction à partir de la base de tickets. Elle ne contenait rien de ce que vous avez écrit.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Les modifications en attente ont été récupérées</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Le fichier des modifications en attente d’envoi n’a pas pu être lu (%1). Il a été mis de côté sous le nom %2&#xa0;; ce qui était lisible a été conservé&#xa0;: %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n note non enregistrée</numerusform>
            <numerusform>%n notes non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Une partie n’a pas pu être lue&#xa0;: conservez le fichier mis de côté pour le support.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Afficher le softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln appel manqué</numerusform>
            <numerusform>%Ln appels manqués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>La base de tickets n’a pas répondu&#xa0;: ces chiffres ne sont peut-être pas à jour.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>Écoute de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Sélectionnez un conseiller en communication pour l’écouter.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>écoute discrète</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>chuchotement au conseiller</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>intervention dans l’appel</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Plus longue attente</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Rappels dans les délais aujourd’hui</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Appels traités aujourd’hui</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Appels abandonnés aujourd’hui</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Rappels à effectuer par langue</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Conseillers par état</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Choisissez un agent, puis un mode d’écoute</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Chuchoter</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Arrêter l’écoute</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Annonce…</translation>
    </message>
</context>
</TS>
