<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../softphone/app.py" line="108"/>
        <source>Settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="109"/>
        <source>The app started with default settings.
%1</source>
        <translation>La aplicación se ha iniciado con la configuración predeterminada.
%1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="161"/>
        <source>Ticket store unreachable</source>
        <translation>Base de datos de tickets inaccesible</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="195"/>
        <source>Telephony unavailable</source>
        <translation>Telefonía no disponible</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="200"/>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="272"/>
        <source>Settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message numerus="yes">
        <location filename="../../ui/callback_queue.py" line="68"/>
        <source>%n request(s) waiting. They are assigned automatically.</source>
        <translation>
            <numerusform>%n solicitud en espera. Se asigna automáticamente.</numerusform>
            <numerusform>%n solicitudes en espera. Se asignan automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="72"/>
        <source>Due</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="73"/>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="74"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="75"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="76"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <location filename="../../ui/canned_answers.py" line="81"/>
        <source>Search answers</source>
        <translation>Buscar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="82"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="82"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="82"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../ui/dial_pad.py" line="84"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="85"/>
        <source>Number or SIP address</source>
        <translation>Número o dirección SIP</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="86"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="87"/>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Todavía no hay ninguna cuenta SIP configurada: añada una en Configuración para llamar.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Call me now</source>
        <translation>Llamada inmediata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Call me back</source>
        <translation>Llamada programada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>the password was not accepted</source>
        <translation>la contraseña no fue aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>wrong user or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>the PBX does not answer</source>
        <translation>la centralita no responde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>no se encuentra el nombre de la centralita</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>no connection to the PBX</source>
        <translation>sin conexión con la centralita</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>refused by the PBX</source>
        <translation>rechazado por la centralita</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Callback queue</source>
        <translation>Cola de devolución de llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Canned answers</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>About Contact Softphone</source>
        <translation>Acerca de Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Un softphone para agentes de centros de contacto.</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="89"/>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="92"/>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Esperando llamadas. Sus idiomas: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="95"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="97"/>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Esperando llamadas. La ficha del llamante aparece aquí cuando suena el teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="101"/>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Tickets abiertos: los %1 más recientes de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screen_pop.py" line="106"/>
        <source>Open tickets: %n</source>
        <translation>
            <numerusform>%n ticket abierto</numerusform>
            <numerusform>%n tickets abiertos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="110"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="111"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="112"/>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="113"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="114"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="115"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="116"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="117"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Ticket store</source>
        <translation>Base de datos de tickets</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>SIP account</source>
        <translation>Cuenta SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Login</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Default country (e.g. IT)</source>
        <translation>País predeterminado (p. ej., IT)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Wrap-up time (seconds)</source>
        <translation>Tiempo de cierre de llamada (segundos)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Store URL (empty: embedded)</source>
        <translation>URL de la base de datos (vacío: integrada)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Store password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>SIP password</source>
        <translation>Contraseña SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>No hay ningún llavero seguro disponible (%1). Las contraseñas no se pueden guardar y nunca se escriben en archivos: instale o desbloquee un servicio de llavero para guardarlas.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../softphone/settings_form.py" line="40"/>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>URL de base de datos no válida: use postgresql://user@host/database o sqlite:///path</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="44"/>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Quite la contraseña de la URL y escríbala en el campo de contraseña.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="48"/>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Una URL de PostgreSQL necesita un host y un nombre de base de datos.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="59"/>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Solo se permiten letras, dígitos y . _ @ -.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="65"/>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Código de país desconocido: use dos letras, como IT o DE.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="83"/>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Introduzca el usuario SIP (la parte anterior a @).</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="87"/>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Introduzca un dominio o un nombre de host, p. ej., pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="64"/>
        <source>SIP: no account</source>
        <translation>SIP: sin cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="65"/>
        <source>SIP: registering %1…</source>
        <translation>SIP: registrando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="66"/>
        <source>SIP: registered as %1</source>
        <translation>SIP: registrado como %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="67"/>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 no registrado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="74"/>
        <source>Store: connecting…</source>
        <translation>Base de datos: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="76"/>
        <source>Store: connected (%1)</source>
        <translation>Base de datos: conectada (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="78"/>
        <source>Store: unreachable</source>
        <translation>Base de datos: inaccesible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="80"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="86"/>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ No hay llavero seguro: no se pueden guardar las contraseñas</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="89"/>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>No se ha encontrado ningún servicio de llavero seguro en este escritorio. Las contraseñas nunca se escriben en archivos; instale o desbloquee un llavero (GNOME Keyring, KWallet) para guardarlas.</translation>
    </message>
</context>
</TS>
