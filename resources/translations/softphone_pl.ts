<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>wszyscy</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, odbiorcy: %2, %3 (%Ln nieprzeczytany)</numerusform>
            <numerusform>%1, odbiorcy: %2, %3 (%Ln nieprzeczytane)</numerusform>
            <numerusform>%1, odbiorcy: %2, %3 (%Ln nieprzeczytanych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Ogłoszenie od %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Oznacz jako przeczytany</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Wszystkie komunikaty…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Nowy komunikat</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Mówiący w języku: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Roześlij</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Najpierw wpisz treść komunikatu.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Komunikat jest za długi: maksymalnie %1 znaków.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Najpierw nieprzeczytane; „Oznacz jako przeczytane” oznacza wybrane</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Oznacz jako przeczytany</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>wszyscy</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Nie można odczytać ustawień</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>Aplikacja została uruchomiona z ustawieniami domyślnymi.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>Baza ticketów jest niedostępna</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>Magazyn zgłoszeń na %1 został zaktualizowany dla nowszego softphone&apos;u (wersja schematu %2; ten softphone zna do %3). Zainstaluj nowszy softphone. Połączenia nadal można wykonywać i odbierać.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>Magazyn zgłoszeń na %1 wymaga aktualizacji (wersja schematu %2; ten softphone potrzebuje %3). Zaktualizować go może tylko jego administrator, poleceniem `softphone db upgrade`: softphone nie zmienia magazynu jako %4. Połączenia nadal można wykonywać i odbierać.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>Magazyn zgłoszeń wymaga aktualizacji</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Telefonia niedostępna</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Silnik telefonu nieoczekiwanie się zatrzymał (%1) i został uruchomiony ponownie.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Silnik telefonu uruchomiony ponownie</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Silnik telefonu nieoczekiwanie się zatrzymał (%1) i został uruchomiony ponownie. Przerwano %n trwające połączenie; notatki zostały zachowane.</numerusform>
            <numerusform>Silnik telefonu nieoczekiwanie się zatrzymał (%1) i został uruchomiony ponownie. Przerwano %n trwające połączenia; notatki zostały zachowane.</numerusform>
            <numerusform>Silnik telefonu nieoczekiwanie się zatrzymał (%1) i został uruchomiony ponownie. Przerwano %n trwających połączeń; notatki zostały zachowane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Silnik telefonu zatrzymany</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Silnik telefonu zbyt często nieoczekiwanie się zatrzymywał (%1) i nie został uruchomiony ponownie. Uruchom ponownie softphone. Przerwano %n trwające połączenie; notatki zostały zachowane.</numerusform>
            <numerusform>Silnik telefonu zbyt często nieoczekiwanie się zatrzymywał (%1) i nie został uruchomiony ponownie. Uruchom ponownie softphone. Przerwano %n trwające połączenia; notatki zostały zachowane.</numerusform>
            <numerusform>Silnik telefonu zbyt często nieoczekiwanie się zatrzymywał (%1) i nie został uruchomiony ponownie. Uruchom ponownie softphone. Przerwano %n trwających połączeń; notatki zostały zachowane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Nie udało się ponownie uruchomić silnika telefonu, więc nie można ani dzwonić, ani odbierać połączeń. Uruchom ponownie softphone; jeśli to się powtórzy, zgłoś to do działu IT.

Szczegóły: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Połączenie przychodzące od %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Nie można zapisać ustawień: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>Nie można odczytać ustawień administratora</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Ustawień, które dział IT przygotował dla tego komputera, nie można użyć: aplikacja działa na Twoich ustawieniach i nic nie jest zablokowane. Powiadom wsparcie IT.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Nieczytelne ustawienia administratora: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Brak danych</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>w konferencji</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>nagrywanie</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>dzwoni</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>wybieranie…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączone</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>zawieszone</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobra</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>średnia</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>słaba</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Jakość: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zawieś</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Nagrywaj</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Klawiatura</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Przekaż do…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Przekaż do</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Numer wewnętrzny, numer lub adres SIP współpracownika</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Twoje trwające połączenia; pokazane jest wybrane</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Klawiatura: wysyłanie tonów</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Przekazanie bez konsultacji: od razu przekaż dzwoniącego</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Konsultuj</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Przekazanie z konsultacją: zawieś dzwoniącego i najpierw porozmawiaj ze współpracownikiem</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Dokończ</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>przekroczony o %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln otwarta prośba w kolejce.</numerusform>
            <numerusform>%Ln otwarte prośby w kolejce.</numerusform>
            <numerusform>%Ln otwartych próśb w kolejce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Prośby są ci przydzielane automatycznie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Do oddzwonienia teraz: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>Obecnie nie ma oddzwonień do wykonania.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Następne oddzwonienie w twoich językach: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>Baza ticketów jest niedostępna: brak nowych oddzwonień.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Otwarte prośby o oddzwonienie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Dzwoniący</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Pozostały czas (poziom obsługi)</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation>Oddzwonienie dla ciebie: %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Mów: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Temat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Wybieranie za %Ln sekundę.</numerusform>
            <numerusform>Wybieranie za %Ln sekundy.</numerusform>
            <numerusform>Wybieranie za %Ln sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Własnymi słowami (opcjonalnie)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Dlaczego pomijasz, własnymi słowami (opcjonalnie)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Czas do wybrania numeru</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Kiedy oddzwonić</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Zadzwoń teraz</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugestia)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>Jak przebiegło oddzwonienie?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Wybieranie za %Ln sekundę</numerusform>
            <numerusform>Wybieranie za %Ln sekundy</numerusform>
            <numerusform>Wybieranie za %Ln sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Oddzwoń: %1, numer %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>nieznany dzwoniący</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Język rozmowy: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Wskazany termin: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Próba %1 z %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>ostatnio: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Poziom obsługi przekroczony o %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Poziom obsługi: pozostało %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Łączenie z numerem %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Ta prośba została przekazana współpracownikowi (utracono połączenie).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Ta prośba nie jest już przypisana do ciebie; numer nie został wybrany.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(wybierz wynik)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Oddzwonić do rozmówcy…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Przekazać zgłoszenie do back office</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Wynik połączenia:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Dalsze działania:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Kiedy oddzwonić</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Zaplecze, do którego przekazać</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Ten numer ma kilka kontaktów</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>Zgłoszenia dzwoniącego, najpierw otwarte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>Kontakty dzwoniącego, najnowsze najpierw</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Notatka z rozmowy</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Zapisywana podczas pisania</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Zamknij kartę</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Nowy ticket z tego połączenia…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Dołącz to połączenie do wybranego ticketu</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Otwórz ponownie wybrany ticket</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Utwórz kontakt dla tego numeru…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Szukaj po nazwisku, e-mailu lub tickecie…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Notatki do tego połączenia: zapisywane na bieżąco podczas pisania i zachowywane nawet po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>Baza ticketów jest niedostępna: wyświetlana jest kopia lokalna.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>Język dzwoniącego</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Nieznany dzwoniący</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Ten numer nie jest przypisany do żadnego kontaktu.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>To połączenie zostanie dołączone do nowego ticketu.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Mówi w języku: %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Inne numery: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notatki: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Tożsamość zweryfikowana telefonicznym kodem PIN</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Tożsamość niezweryfikowana</translation>
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
        <translation>To połączenie zostanie dołączone do ticketu %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Karta dzwoniącego: żaden kontakt nie ma tego numeru.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Karta dzwoniącego: %Ln kontakt ma ten numer.</numerusform>
            <numerusform>Karta dzwoniącego: %Ln kontakty mają ten numer.</numerusform>
            <numerusform>Karta dzwoniącego: %Ln kontaktów ma ten numer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Karta dzwoniącego: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln otwarte zgłoszenie.</numerusform>
            <numerusform>%Ln otwarte zgłoszenia.</numerusform>
            <numerusform>%Ln otwartych zgłoszeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Możliwy duplikat: zgłoszenie %1 jest już otwarte w tym temacie.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Nie dodano do notatki: może zawierać najwyżej %1 znaków, a po dodaniu miałaby ich %2. Nic nie zostało obcięte: skróć tekst i dodaj go ponownie.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>W tej kategorii jest już otwarty ticket: %1 „%2”. Dołączyć to połączenie do niego zamiast tworzyć nowy ticket?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Dołącz do %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Wpisz numer, aby zadzwonić.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Nieprawidłowy numer telefonu: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>Brak zarejestrowanego konta SIP.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>Nie można było odebrać połączenia od %1: jego żądanie było większe, niż telefon przyjmuje (%2 bajtów). Jest na liście ostatnich połączeń jako nieodebrane.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>nieznanego rozmówcy</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Edytuj gotową odpowiedź</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Nowa gotowa odpowiedź</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Pola zastępcze: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; tekst zastępczy po kresce pionowej: {{first_name|Szanowni Państwo}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tagi (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Dwa dwukropki i słowo, np. ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Nieuzupełnione: %1. Luki są podświetlone.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Naciśnij Enter ponownie, aby wstawić z zaznaczonymi lukami.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Wstaw z lukami</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Wstaw</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>imię i nazwisko dzwoniącego</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numer zgłoszenia</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>temat zgłoszenia</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>godziny pracy</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>dzisiejsza data</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Szukaj: tytuł, treść, tag lub ::skrót</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Język (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Szukaj gotowych odpowiedzi</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Tytuł, tekst, tag lub dwa dwukropki i skrót; Enter wstawia odpowiedź</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Gotowe odpowiedzi</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Wycofaj odpowiedź z użycia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>Wstawiono do notatki.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Żadna notatka nie jest otwarta: odpowiedź została skopiowana.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>Wstawiono %1; nieuzupełnione: %2 (zaznaczone w notatce).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Skrót %1 jest już używany przez inną odpowiedź.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Zapisano; za chwilę pojawi się w panelu każdego konsultanta.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Wycofano: znika z panelu każdego konsultanta.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: połączenie od %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Połączenie od %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>Adres bazy na tym komputerze wskazuje innego konsultanta.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Nieprawidłowy login lub hasło.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>Baza zgłoszeń jest nieosiągalna: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>Nie ma konsultanta o tym loginie.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>gwiazdka</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>krzyżyk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Numer lub adres SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numer do wybrania</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Numer telefonu lub adres SIP</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Zadzwoń ponownie na ostatni numer</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Nie skonfigurowano jeszcze konta SIP: dodaj je w Ustawieniach, aby dzwonić.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Połączenie przychodzące od %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Język: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Temat: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN zweryfikowany.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Niezweryfikowany.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Połączenie oczekujące.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Nieznany dzwoniący</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Połączenie przychodzące: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Tożsamość zweryfikowana</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Tożsamość niezweryfikowana</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Połączenie oczekujące: odebranie zawiesi bieżącą rozmowę.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formularz internetowy</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
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
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujący</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ponownie otwarty</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Oddzwonienie teraz</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Oddzwonienie w terminie</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Dodzwoniono się</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nie odbiera</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Błędny numer</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Oddzwonić później</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Przydzielona</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Wybieranie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Nie znam wystarczająco dobrze języka dzwoniącego</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Wymaga specjalisty z tej kategorii</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Już załatwione w ramach innej prośby</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>Dzwoniący wycofał zgodę</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>W trakcie rozmowy</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Po rozmowie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Nie odpowiada</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Odpoczynek</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>hasło nie zostało zaakceptowane</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>błędny użytkownik lub hasło</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>nieznany użytkownik</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>centrala nie odpowiada</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>nie można odnaleźć nazwy centrali</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>brak połączenia z centralą</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>odrzucone przez centralę</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>od dzwoniącego</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>do dzwoniącego</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>wewnętrzne</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>Odsłuch wymaga zarejestrowanego telefonu.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>Baza ticketów jest niedostępna: odsłuch jest niemożliwy.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>Adres telefonu tego konsultanta jest nieznany.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Nie można połączyć się z telefonem konsultanta: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Nie można zmienić trybu: baza nie odpowiedziała.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Telefon konsultanta odrzucił odsłuch (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Z odsłuchu mogą korzystać tylko supervisorzy.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>Ten konsultant nie prowadzi teraz rozmowy.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Tego konsultanta nie ma w bazie ticketów.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>Nie możesz włączyć odsłuchu własnych rozmów.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>Ten konsultant nie ma numeru wewnętrznego, na którym centrala mogłaby prowadzić odsłuch.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>Odsłuch został odrzucony.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Nikt już nie słucha tej rozmowy.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 słucha tej rozmowy.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 słucha tej rozmowy i może mówić do ciebie; dzwoniący tego nie słyszy.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 uczestniczy teraz w tej rozmowie: ty i dzwoniący słyszycie tę osobę.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Odbierz dzwoniące połączenie</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Zawieś lub wznów połączenie</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Wycisz lub włącz mikrofon</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Przejdź do pola przekazania</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Przejdź do pola numeru</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Odbierz lub rozłącz</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Szukaj kontaktów i zgłoszeń</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Szukaj w gotowych odpowiedziach</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Następny lub poprzedni obszar okna</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Następna lub poprzednia sekcja karty dzwoniącego</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Następna lub poprzednia kontrolka</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Następna karta panelu bocznego</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Odrzuć dzwoniące połączenie (okno połączenia przychodzącego)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Wstaw wybraną odpowiedź; następny krok skryptu</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Język gotowej odpowiedzi</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Poprzedni krok skryptu</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Tablica (dla supervisorów)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Tablica na pełnym ekranie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Ta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Tablica statystyk</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Roześlij komunikat…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Kolejka oddzwonień</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Gotowe odpowiedzi</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Ostatnie połączenia</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel boczny</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab pokazuje następną kartę</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>O programie Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Softphone dla konsultantów contact center.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Wpisz nazwisko.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>To nie jest prawidłowy adres e-mail.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Nowy ticket z tego połączenia</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Opisz krótko, czego dotyczy sprawa.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nieodebrane</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Szukaj połączeń po nazwie lub numerze</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Szukaj ostatnich połączeń</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Ostatnie połączenia</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Enter oddzwania na wybrany numer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Odzyskano notatkę z przerwanego połączenia (%1):</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>nieznany numer</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>Zapisz ją w historii dzwoniącego</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Witaj, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Oczekiwanie na połączenia. Twoje języki: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Oczekiwanie na połączenia. Karta dzwoniącego pojawi się tutaj, gdy zadzwoni telefon.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Otwarte tickety: najnowsze %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln otwarty ticket</numerusform>
            <numerusform>%Ln otwarte tickety</numerusform>
            <numerusform>%Ln otwartych ticketów</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Odzyskana notatka</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Dzwoniący</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Wybierz jedną z odpowiedzi.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>Ten krok wymaga odpowiedzi.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Wpisz liczbę od %1 do %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Wpisz liczbę nie mniejszą niż %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Wpisz liczbę nie większą niż %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Wróć do poprzedniego kroku (Alt+Strzałka w lewo)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Odpowiedź (Ctrl+Enter – następny krok)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Skrypt zakończony. Odpowiedzi:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Odpowiedzi ze skryptu</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Następny krok (Enter)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Brak danych: %1. Zapytaj dzwoniącego lub powiedz to własnymi słowami.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>imię i nazwisko dzwoniącego</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>twoje imię</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numer ticketu</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>temat ticketu</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>godziny obsługi</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>dzisiejsza data</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>kategoria</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Imię i nazwisko, numer telefonu, e-mail, numer ticketu lub słowa z tematu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Enter otwiera kartę kontaktu</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln wynik</numerusform>
            <numerusform>%Ln wyniki</numerusform>
            <numerusform>%Ln wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(baza ticketów niedostępna: przeszukano kopię lokalną)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>Baza ticketów</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nowe konto</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Wybierz dzwonek</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Dźwięk WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>Konta SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Jak ustawiono w systemie</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Wysoki kontrast, jasny</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Wysoki kontrast, ciemny</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślne systemowe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Dźwięk testowy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Wbudowany dzwonek</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>Domyślny kraj (np. IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Czas po rozmowie (sekundy)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>URL bazy (puste: wbudowana)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Hasło do bazy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Hasło SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Głośnik</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Dzwonek</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Zawieś</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Pole numeru</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Gotowe odpowiedzi</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Skrót klawiszowy: naciśnij klawisze</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>Konto SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>Dodaj konto SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>Usuń konto SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Pozostaw puste, aby zachować zapisane hasło</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Brak bezpiecznego pęku kluczy (%1). Nie można zachować haseł, a nigdy nie są one zapisywane w plikach: zainstaluj lub odblokuj usługę pęku kluczy, aby je zapisać.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Ustawione przez administratora</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>Nieprawidłowy URL bazy: użyj postgresql://user@host/database lub sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Usuń hasło z adresu URL i wpisz je w polu hasła.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>Adres URL PostgreSQL musi zawierać hosta i nazwę bazy danych.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>To nie jest plik dźwiękowy WAV: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Już używany przez inną akcję.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Dozwolone są tylko litery, cyfry oraz znaki . _ @ -.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Nieznany kod kraju: użyj dwóch liter, np. IT lub DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Wpisz użytkownika SIP (część przed @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Wpisz domenę lub nazwę hosta, np. pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Wszystko działa z klawiatury. F6 przechodzi między obszarami okna, Tab między kontrolkami obszaru.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Działanie</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Wpisz login.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Zaloguj się do softphone’u</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>Hasło &amp;SIP (jeśli inne)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>Hasło SIP, jeśli inne</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Przechowuje hasła w pęku kluczy tego komputera i nigdzie indziej</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>Magazyn zgłoszeń przestał otrzymywać sygnał z tego stanowiska: przełożeni widzą Cię teraz jako „nie odpowiada” i do czasu jego powrotu nie otrzymasz żadnych oddzwonień. Połączenia nadal dzwonią.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>przełożeni widzą Cię jako „nie odpowiada”</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>kopia lokalna odbudowana</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>To stanowisko było odłączone dłużej, niż magazyn zgłoszeń przechowuje zmiany, więc jego kopia lokalna została ponownie wczytana z magazynu. Zmiany wprowadzone tutaj zostały zachowane.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Linia telefoniczna wróciła: możesz odbierać połączenia.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Utracono linię telefoniczną: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>Baza zgłoszeń offline: twoja praca jest zachowana i zostanie wysłana po jej powrocie.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>Baza zgłoszeń znów online.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: brak konta</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: rejestrowanie %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: zarejestrowano jako %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 niezarejestrowany: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>Baza: łączenie…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>Baza: połączono (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>Baza: offline</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Magazyn: wymaga aktualizacji przez administratora</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>Baza: niedostępna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln zmiana oczekuje</numerusform>
            <numerusform>%Ln zmiany oczekują</numerusform>
            <numerusform>%Ln zmian oczekuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln zmiana odrzucona</numerusform>
            <numerusform>%Ln zmiany odrzucone</numerusform>
            <numerusform>%Ln zmian odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Twój status: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Wybierz dostępny, przerwę lub offline</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Brak bezpiecznego pęku kluczy: nie można zapisać haseł</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>W tym środowisku graficznym nie znaleziono usługi bezpiecznego pęku kluczy. Hasła nigdy nie są zapisywane w plikach; zainstaluj lub odblokuj pęk kluczy (GNOME Keyring, KWallet), aby je zapisać.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>Kopia lokalna została odbudowana</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Nie można odczytać kopii lokalnej bazy ticketów (%1). Odłożono ją jako %2 i jest odbudowywana z bazy ticketów. Nie zawierała żadnych twoich wpisów.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Odzyskano oczekujące zmiany</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Nie można odczytać pliku zmian oczekujących na wysłanie (%1). Odłożono go jako %2; zachowano to, co dało się odczytać: %3 i %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n oczekująca zmiana</numerusform>
            <numerusform>%n oczekujące zmiany</numerusform>
            <numerusform>%n oczekujących zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n niezapisana notatka</numerusform>
            <numerusform>%n niezapisane notatki</numerusform>
            <numerusform>%n niezapisanych notatek</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Części nie dało się odczytać: zachowaj odłożony plik dla działu wsparcia.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Pokaż softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln nieodebrane połączenie</numerusform>
            <numerusform>%Ln nieodebrane połączenia</numerusform>
            <numerusform>%Ln nieodebranych połączeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>Baza ticketów nie odpowiedziała: te dane mogą być nieaktualne.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Zaktualizowano: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>Konsultant %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Wybierz konsultanta w trakcie rozmowy, aby włączyć odsłuch.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>cichy odsłuch</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>szept do konsultanta</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>włączenie się do rozmowy</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Tablica statystyk</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępni</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>W trakcie rozmowy</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Po rozmowie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Do oddzwonienia</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Najdłuższe oczekiwanie</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Oddzwonienia w terminie dziś</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Połączenia obsłużone dziś</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Połączenia porzucone dziś</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Do oddzwonienia według języka</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Konsultanci według statusu</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Konsultanci</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Wybierz konsultanta, potem sposób odsłuchu</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Dzwoniący</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Odsłuch</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Szept</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Włącz się</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Zakończ odsłuch</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Komunikat…</translation>
    </message>
</context>
</TS>
