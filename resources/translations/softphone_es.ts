<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, para %2, %3 (%Ln sin leer)</numerusform>
            <numerusform>%1, para %2, %3 (%Ln sin leer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Aviso de %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Todos los avisos…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Nuevo aviso</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Quienes hablan %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Escriba primero el mensaje.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>El mensaje es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Primero los no leídos; «Marcar como leído» marca el elegido</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>La aplicación se ha iniciado con la configuración predeterminada.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>Base de datos de tickets inaccesible</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>El almacén de tickets en %1 se actualizó para un softphone más reciente (versión de esquema %2; este softphone conoce hasta la %3). Instale el softphone más reciente. Las llamadas se pueden seguir haciendo y recibiendo.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>El almacén de tickets en %1 necesita una actualización (versión de esquema %2; este softphone necesita la %3). Solo su administrador puede actualizarlo, con `softphone db upgrade`: el softphone no modifica el almacén como %4. Las llamadas se pueden seguir haciendo y recibiendo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>El almacén de tickets necesita una actualización</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Telefonía no disponible</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>El motor telefónico se detuvo inesperadamente (%1) y se ha reiniciado.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Motor telefónico reiniciado</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>El motor telefónico se detuvo inesperadamente (%1) y se ha reiniciado. Se cortó %n llamada en curso; sus notas se conservan.</numerusform>
            <numerusform>El motor telefónico se detuvo inesperadamente (%1) y se ha reiniciado. Se cortaron %n llamadas en curso; sus notas se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Motor telefónico detenido</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>El motor telefónico se detuvo inesperadamente (%1) demasiadas veces y no se ha reiniciado. Reinicie el softphone. Se cortó %n llamada en curso; sus notas se conservan.</numerusform>
            <numerusform>El motor telefónico se detuvo inesperadamente (%1) demasiadas veces y no se ha reiniciado. Reinicie el softphone. Se cortaron %n llamadas en curso; sus notas se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>No se pudo volver a iniciar el motor telefónico, así que no se pueden hacer ni recibir llamadas. Reinicie el softphone; si vuelve a ocurrir, avise al soporte informático.

Detalles: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>No se pueden leer los ajustes de su administrador</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Los ajustes que su departamento de TI proporciona para este equipo no se pueden usar: la aplicación funciona con sus propios ajustes y nada está bloqueado. Avise al soporte de TI.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Ajustes del administrador ilegibles: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>en conferencia</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabando</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>llamando…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mala</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Calidad: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Transferir a…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transferir a</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Extensión, número o dirección SIP del compañero</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Sus llamadas en curso; se muestra la elegida</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Teclado: enviar tonos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Transferencia directa: pasar la llamada ahora mismo</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Transferencia asistida: poner al llamante en espera y hablar antes con el compañero</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>superado en %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln solicitud abierta en la cola.</numerusform>
            <numerusform>%Ln solicitudes abiertas en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Las solicitudes se le asignan automáticamente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Pendientes ahora: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>No hay devoluciones de llamada pendientes en este momento.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Próxima devolución de llamada en sus idiomas: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>La base de datos de tickets no está accesible: no hay nuevas devoluciones de llamada.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Solicitudes de devolución de llamada abiertas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Tiempo restante (nivel de servicio)</translation>
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
        <translation>Devolución de llamada para usted: %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Hable %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Tema: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Marcando en %Ln segundo.</numerusform>
            <numerusform>Marcando en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Con sus propias palabras (opcional)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Por qué la omite, con sus palabras (opcional)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Motivo para omitirla</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Tiempo antes de marcar la llamada</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Cuándo devolver la llamada</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Llamar ahora</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerencia)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>¿Cómo ha ido la devolución de llamada?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Llamada en %Ln s</numerusform>
            <numerusform>Llamada en %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Devolver la llamada a %1 al %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un llamante desconocido</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Idioma de la llamada: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Horario solicitado: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Intento %1 de %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>la última vez: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Nivel de servicio superado en %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Nivel de servicio: quedan %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Esta solicitud se ha asignado a un compañero (se perdió la conexión).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Esta solicitud ya no está asignada a usted; no se ha realizado la llamada.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(elija el resultado)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Devolver la llamada el…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Remitir el ticket al back office</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Resultado de la llamada:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Cuándo devolver la llamada</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Back office al que reenviar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Varios contactos tienen este número</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>Los tickets del llamante, primero los abiertos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>Los contactos del llamante, primero los más recientes</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Nota de la llamada</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Cerrar la ficha</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Nuevo ticket desde la llamada…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Asociar la llamada al ticket elegido</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Reabrir el ticket seleccionado</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Crear un contacto para este número…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Buscar por nombre, correo o ticket…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Notas sobre esta llamada: se guardan mientras escribe y se conservan si la aplicación se cierra.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>La base de datos de tickets no está accesible: se muestra la copia local.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>El idioma de quien llama</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Ningún contacto tiene este número.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>Esta llamada se asociará al nuevo ticket.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Habla %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Otros números: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Identidad verificada con PIN telefónico</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identidad no verificada</translation>
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
        <translation>Esta llamada se asociará al ticket %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Ficha del llamante: ningún contacto tiene este número.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Ficha del llamante: %Ln contacto tiene este número.</numerusform>
            <numerusform>Ficha del llamante: %Ln contactos tienen este número.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Ficha del llamante: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln ticket abierto.</numerusform>
            <numerusform>%Ln tickets abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Posible duplicado: el ticket %1 ya está abierto sobre este tema.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>No se ha añadido a la nota: admite como máximo %1 caracteres y quedaría con %2. No se ha recortado nada: acorte el texto y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>Ya hay un ticket abierto sobre este tema: %1 «%2». ¿Asociar esta llamada a ese ticket en lugar de crear uno nuevo?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Asociar a %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Introduzca un número para llamar.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Número de teléfono no válido: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>No hay ninguna cuenta SIP registrada.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>No se pudo atender una llamada de %1: su solicitud superaba el tamaño que acepta el teléfono (%2 bytes). Figura en las llamadas recientes como perdida.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un llamante desconocido</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Editar respuesta predefinida</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Nueva respuesta predefinida</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Marcadores: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; un texto alternativo tras una barra: {{first_name|señor/señora}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etiquetas (separadas por comas)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Dos veces dos puntos y una palabra, p. ej. ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Sin completar: %1. Los huecos están resaltados.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Pulse Intro otra vez para insertarla con los huecos marcados.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Insertar con huecos</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nombre de quien llama</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>número del ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>asunto del ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>horario de atención</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>fecha de hoy</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Buscar: título, texto, etiqueta o ::atajo</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Idioma (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Título, texto, etiqueta o dos veces dos puntos y un atajo; Intro inserta la respuesta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Retirar la respuesta del uso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>Insertada en la nota.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>No hay ninguna nota abierta: la respuesta se ha copiado.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiada al portapapeles.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 insertada; sin completar: %2 (seleccionado en la nota).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>El atajo %1 ya lo usa otra respuesta.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Guardada; en un momento llega al panel de cada agente.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Retirada: desaparece del panel de cada agente.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: llamada de %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>La dirección del almacén de este equipo indica otro agente.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>No se puede acceder al almacén de tickets: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>No hay ningún agente con este usuario.</translation>
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
        <translation>almohadilla</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Número o dirección SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Un número de teléfono o una dirección SIP</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rellamar</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Volver a llamar al último número</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Todavía no hay ninguna cuenta SIP configurada: añada una en Configuración para llamar.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Llamada entrante de %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Idioma: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Tema: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN verificado.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>No verificado.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Llamada en espera.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identidad verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Identidad no verificada</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Llamada en espera: si contesta, su llamada actual quedará en espera.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
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
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Llamada inmediata</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Llamada programada</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Volver a llamar más tarde</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>No hablo lo bastante bien el idioma del llamante</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Requiere un especialista en este tema</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Ya se atendió en otra solicitud</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>El llamante retiró su consentimiento</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>la contraseña no fue aceptada</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>la centralita no responde</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>no se encuentra el nombre de la centralita</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>sin conexión con la centralita</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>rechazado por la centralita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>del llamante</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>al llamante</translation>
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
        <translation>Para escuchar se necesita un teléfono registrado.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>La base de datos de tickets no está accesible: nadie puede escuchar llamadas.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>No se conoce ninguna dirección telefónica de este agente.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>No se pudo llamar al teléfono del agente: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>No se pudo cambiar de modo: la base de datos no respondió.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>El teléfono del agente rechazó la escucha (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Solo los supervisores pueden escuchar llamadas.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>Este agente no está en una llamada.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Este agente no figura en la base de datos de tickets.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>No puede escuchar sus propias llamadas.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Este agente no tiene una extensión en la que la centralita pueda escuchar.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>Se rechazó la escucha.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Ya nadie escucha esta llamada.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 está escuchando esta llamada.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 está escuchando esta llamada y puede hablarle sin que el llamante lo oiga.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 se ha unido a esta llamada: usted y el llamante le oyen.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Un supervisor</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Atender la llamada entrante</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Poner en espera o reanudar la llamada</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Silenciar o activar el micrófono</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Ir al campo de transferencia</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Ir al campo del número</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Atender o colgar</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Buscar contactos y tickets</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Buscar en las respuestas predefinidas</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Zona siguiente o anterior de la ventana</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Sección siguiente o anterior de la ficha del llamante</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Pestaña siguiente del panel lateral</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Rechazar la llamada entrante (ventana de llamada entrante)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Insertar la respuesta elegida; paso siguiente de un guion</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Idioma de la respuesta predefinida</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Paso anterior de un guion</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Panel mural (supervisores)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Panel mural a pantalla completa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Panel mural</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>Pu&amp;blicar un aviso…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab muestra la pestaña siguiente</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>Acerca de Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Un softphone para agentes de centros de contacto.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Introduzca los apellidos.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>No es una dirección de correo electrónico válida.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Nuevo ticket a partir de esta llamada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Describa en pocas palabras el motivo de la consulta.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Buscar llamadas por nombre o número</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Buscar llamadas recientes</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Intro devuelve la llamada al número elegido</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Se ha recuperado una nota de una llamada interrumpida (%1):</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>Guardarla en el historial del llamante</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Esperando llamadas. Sus idiomas: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Esperando llamadas. La ficha del llamante aparece aquí cuando suena el teléfono.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Tickets abiertos: los %1 más recientes de %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln ticket abierto</numerusform>
            <numerusform>%Ln tickets abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Nota recuperada</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Elija una de las respuestas.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>Este paso requiere una respuesta.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Introduzca un número entre %1 y %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Introduzca un número mayor o igual que %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Introduzca un número menor o igual que %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Volver al paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Respuesta (Ctrl+Intro para pasar al siguiente paso)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Guion finalizado. Las respuestas:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Las respuestas del guion</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Paso siguiente (Intro)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Desconocido: %1. Pregúntelo al llamante o dígalo con sus propias palabras.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>nombre del llamante</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>número de ticket</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>asunto del ticket</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>horario de atención</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>fecha de hoy</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Nombre, número de teléfono, correo electrónico, número de ticket o palabras del asunto</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Intro abre la ficha del contacto</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se ha encontrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(base de datos de tickets inaccesible: se ha buscado en la copia local)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>Base de datos de tickets</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Elegir un tono de llamada</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Sonido WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>Cuentas SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Como esté configurado el escritorio</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Alto contraste, claro</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Alto contraste, oscuro</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Tono de prueba</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Tono integrado</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>País predeterminado (p. ej., IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Tiempo de cierre de llamada (segundos)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>URL de la base de datos (vacío: integrada)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Contraseña SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Tono de llamada</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Campo de marcación</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Atajo de teclado: pulse las teclas</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>Cuenta SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>Añadir una cuenta SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>Quitar la cuenta SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>No hay ningún llavero seguro disponible (%1). Las contraseñas no se pueden guardar y nunca se escriben en archivos: instale o desbloquee un servicio de llavero para guardarlas.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Establecido por su administrador</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>URL de base de datos no válida: use postgresql://user@host/database o sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Quite la contraseña de la URL y escríbala en el campo de contraseña.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Una URL de PostgreSQL necesita un host y un nombre de base de datos.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>No es un archivo de sonido WAV: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Ya la usa otra acción.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Solo se permiten letras, dígitos y . _ @ -.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Código de país desconocido: use dos letras, como IT o DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Introduzca el usuario SIP (la parte anterior a @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Introduzca un dominio o un nombre de host, p. ej., pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Todo funciona con el teclado. F6 pasa de una zona de la ventana a otra; Tab pasa de un control a otro dentro de una zona.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Introduzca su usuario.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Iniciar sesión en el softphone</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>Contraseña &amp;SIP (si es distinta)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este equipo</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>Contraseña SIP, si es distinta</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Guarda sus contraseñas en el llavero de este equipo y en ningún otro sitio</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>El almacén de tickets ha dejado de recibir noticias de este puesto: los supervisores le ven ahora como «no responde» y no se le asignan devoluciones de llamada hasta que vuelva. Las llamadas siguen sonando.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>los supervisores le ven como «no responde»</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>copia local reconstruida</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>Este puesto estuvo desconectado más tiempo del que el almacén de tickets conserva sus cambios, así que su copia local se cargó de nuevo desde el almacén. Los cambios que hizo aquí se conservan.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Línea telefónica restablecida: puede atender llamadas.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Línea telefónica perdida: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>Almacén de tickets sin conexión: su trabajo se guarda y se envía cuando vuelva.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>Almacén de tickets de nuevo en línea.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: sin cuenta</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: registrando %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: registrado como %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 no registrado: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>Base de datos: conectando…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>Base de datos: conectada (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Base de datos: sin conexión</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Almacén: necesita que su administrador lo actualice</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>Base de datos: inaccesible</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln cambio rechazado</numerusform>
            <numerusform>%Ln cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Su estado: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Elija disponible, una pausa o desconectado</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ No hay llavero seguro: no se pueden guardar las contraseñas</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>No se ha encontrado ningún servicio de llavero seguro en este escritorio. Las contraseñas nunca se escriben en archivos; instale o desbloquee un llavero (GNOME Keyring, KWallet) para guardarlas.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>Se ha reconstruido la copia local</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>No se pudo leer la copia local de la base de datos de tickets (%1). Se ha apartado como %2 y se está reconstruyendo a partir de la base de datos de tickets. No contenía nada de lo que usted escribió.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Se han recuperado los cambios pendientes</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>No se pudo leer el archivo de cambios pendientes de envío (%1). Se ha apartado como %2; se ha conservado lo que se pudo leer: %3 y %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n nota sin guardar</numerusform>
            <numerusform>%n notas sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Una parte no se pudo leer: conserve el archivo apartado para el servicio de soporte.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Mostrar el softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln llamada perdida</numerusform>
            <numerusform>%Ln llamadas perdidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>La base de datos de tickets no respondió: estas cifras pueden estar desactualizadas.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>Escuchando a %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Seleccione un agente en llamada para escuchar.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>escucha silenciosa</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>susurro al agente</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>intervención en la llamada</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Panel mural</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Rellamadas pendientes</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Rellamadas a tiempo hoy</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Llamadas atendidas hoy</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Llamadas abandonadas hoy</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Rellamadas pendientes por idioma</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Agentes por estado</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Elija un agente y después un modo de escucha</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Aviso…</translation>
    </message>
</context>
</TS>
