<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message numerus="yes">
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанное)</numerusform>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанных)</numerusform>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанных)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Объявление от %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>Все объявления…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>Говорящие на языке: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Разослать</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Сообщение слишком длинное: не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>Сначала непрочитанные; «Отметить прочитанным» отмечает выбранное</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Не удалось прочитать настройки</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>Приложение запущено с настройками по умолчанию.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>База обращений недоступна</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>Хранилище заявок на %1 обновлено для более нового софтфона (версия схемы %2; этот софтфон знает до %3). Установите более новый софтфон. Звонить и принимать звонки по-прежнему можно.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>Хранилище заявок на %1 нужно обновить (версия схемы %2; этому софтфону нужна %3). Обновить его может только администратор, командой `softphone db upgrade`: софтфон не изменяет хранилище от имени %4. Звонить и принимать звонки по-прежнему можно.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>Хранилище заявок нужно обновить</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>Телефония недоступна</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Телефонный модуль неожиданно остановился (%1) и был перезапущен.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>Телефонный модуль перезапущен</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прерван %n текущий звонок; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прервано %n текущих звонка; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прервано %n текущих звонков; заметки сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone engine stopped</source>
        <translation>Телефонный модуль остановлен</translation>
    </message>
    <message numerus="yes">
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прерван %n текущий звонок; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прервано %n текущих звонка; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прервано %n текущих звонков; заметки сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Не удалось снова запустить телефонный движок, поэтому звонить и принимать звонки нельзя. Перезапустите софтфон; если это повторится, сообщите в ИТ-поддержку.

Подробности: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Входящий вызов от %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>Не удалось прочитать настройки администратора</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>Настройки, которые ИТ-отдел задал для этого компьютера, использовать нельзя: приложение работает с вашими собственными настройками, ничего не заблокировано. Сообщите в ИТ-поддержку.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>Настройки администратора не читаются: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>в конференции</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>вызов…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>соединён</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>на удержании</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошее</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>плохое</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>Качество: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Перевести на…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Перевести на</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>Внутренний номер, телефон или SIP-адрес коллеги</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>Ваши текущие звонки; показан выбранный</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>Клавиатура: отправка тонов</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Перевод без консультации: сразу передать абонента</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Перевод с консультацией: поставить абонента на удержание и сначала поговорить с коллегой</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Соединить</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln открытая заявка в очереди.</numerusform>
            <numerusform>%Ln открытые заявки в очереди.</numerusform>
            <numerusform>%Ln открытых заявок в очереди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests are assigned to you automatically.</source>
        <translation>Заявки назначаются вам автоматически.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Перезвонить сейчас: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>Сейчас нет обратных звонков к выполнению.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>Следующий обратный звонок на ваших языках: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>База обращений недоступна: новые обратные звонки не поступают.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>Открытые заявки на обратный звонок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>Осталось (уровень обслуживания)</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation>Обратный звонок для вас: %1, %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>Говорите: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Тема: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>Набор через %Ln секунду.</numerusform>
            <numerusform>Набор через %Ln секунды.</numerusform>
            <numerusform>Набор через %Ln секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Своими словами (необязательно)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>Почему пропускаете, своими словами (необязательно)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>Причина пропуска</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>Время до набора номера</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Когда перезвонить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>Позвонить сейчас</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>Чем закончился обратный звонок?</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Набор через %Ln секунду</numerusform>
            <numerusform>Набор через %Ln секунды</numerusform>
            <numerusform>Набор через %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back %1 at %2</source>
        <translation>Перезвонить: %1, номер %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>неизвестный абонент</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Язык разговора: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Желаемое время: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Попытка %1 из %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>в прошлый раз: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>Уровень обслуживания: просрочено на %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>Уровень обслуживания: осталось %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Вызов номера %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Эта заявка передана коллеге (соединение было потеряно).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Эта заявка больше не назначена вам; звонок не был совершён.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(выберите результат)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>Перезвонить абоненту…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>Передать заявку в бэк-офис</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>Результат звонка:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Дальнейшие действия:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Когда перезвонить</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>Бэк-офис для передачи</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>Этот номер есть у нескольких контактов</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>Обращения звонящего, сначала открытые</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>Обращения звонящего, сначала новые</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Заметка о звонке</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Сохраняется по мере ввода</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>Новое обращение по звонку…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>Привязать к выбранному обращению</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>Переоткрыть обращение</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>Создать контакт для этого номера…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Искать по имени, e-mail или обращению…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Заметки по этому звонку: сохраняются по мере ввода и не пропадут, если приложение закроется.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>База обращений недоступна: показана локальная копия.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>Язык звонящего</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Этот номер не привязан ни к одному контакту.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>Этот звонок будет привязан к новому обращению.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Язык общения: %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>Другие номера: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>Личность подтверждена телефонным PIN-кодом</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Личность не подтверждена</translation>
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
        <translation>Этот звонок будет привязан к обращению %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>Карточка звонящего: ни у одного контакта нет этого номера.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>Карточка звонящего: этот номер есть у %Ln контакта.</numerusform>
            <numerusform>Карточка звонящего: этот номер есть у %Ln контактов.</numerusform>
            <numerusform>Карточка звонящего: этот номер есть у %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>Карточка звонящего: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>%Ln открытое обращение.</numerusform>
            <numerusform>%Ln открытых обращения.</numerusform>
            <numerusform>%Ln открытых обращений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>Возможный дубликат: обращение %1 по этой теме уже открыто.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Не добавлено в заметку: в ней может быть не более %1 символов, а стало бы %2. Ничего не обрезано: сократите текст и добавьте его снова.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>По этой категории уже открыто обращение: %1 «%2». Привязать этот звонок к нему вместо создания нового обращения?</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>Привязать к %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>Введите номер для вызова.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Неверный номер телефона: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>Нет зарегистрированной учётной записи SIP.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>Не удалось принять звонок от %1: его запрос был больше, чем принимает телефон (%2 байт). Он есть в недавних звонках как пропущенный.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>неизвестного абонента</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>Изменить шаблон ответа</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>Новый шаблон ответа</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Подстановки: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; запасной текст после вертикальной черты: {{first_name|уважаемый клиент}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Метки (через запятую)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>Два двоеточия и слово, например ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Не заполнено: %1. Пропуски выделены.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Нажмите Enter ещё раз, чтобы вставить с отмеченными пропусками.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>Вставить с пропусками</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>имя звонящего</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>номер обращения</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>тема обращения</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Поиск: заголовок, текст, метка или ::сокращение</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>Язык (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>Поиск готовых ответов</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>Заголовок, текст, тег или два двоеточия и сокращение; Enter вставляет ответ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Готовые ответы</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>Вывести ответ из использования</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Снять</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>Вставлено в заметку.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Заметка не открыта: ответ скопирован.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 вставлено; не заполнено: %2 (выделено в заметке).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Сокращение %1 уже используется другим ответом.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Сохранено; через мгновение ответ появится у всех операторов.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Снято: ответ исчезнет у всех операторов.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: звонок с номера %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Звонок с номера %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>Адрес хранилища на этом компьютере указывает на другого оператора.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>Хранилище заявок недоступно: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>Нет оператора с таким логином.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>звёздочка</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>решётка</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Номер или SIP-адрес</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Номер для вызова</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>Номер телефона или SIP-адрес</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Позвонить по последнему номеру ещё раз</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Учётная запись SIP ещё не настроена: добавьте её в настройках, чтобы звонить.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Входящий звонок от %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Язык: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Тема: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>PIN подтверждён.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Не подтверждён.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>Ожидающий вызов.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий вызов</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Входящий звонок: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Личность не подтверждена</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Второй вызов: при ответе текущий вызов будет поставлен на удержание.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
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
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>Срочный обратный звонок</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Запланированный обратный звонок</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Набор номера</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Я недостаточно хорошо говорю на языке абонента</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>Нужен специалист по этой категории</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>Уже решено в другой заявке</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>Абонент отозвал согласие</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бэк-офис</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>пароль не принят</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>неверный пользователь или пароль</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>АТС не отвечает</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>имя АТС не найдено</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>нет соединения с АТС</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>отклонено АТС</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>от абонента</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>абоненту</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>Для прослушивания нужен зарегистрированный телефон.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>База обращений недоступна: прослушивание невозможно.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>Адрес телефона этого оператора неизвестен.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Не удалось позвонить на телефон оператора: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Не удалось сменить режим: база не ответила.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Телефон оператора отклонил прослушивание (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>Прослушивание доступно только супервайзерам.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>У этого оператора нет активного звонка.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>Этого оператора нет в базе обращений.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>Нельзя прослушивать собственные звонки.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>У этого оператора нет внутреннего номера, который АТС могла бы прослушивать.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>Прослушивание отклонено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>Этот звонок больше никто не прослушивает.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>%1 слушает этот звонок.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 слушает этот звонок и может говорить с вами; абонент этого не слышит.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 участвует в этом звонке: вы и абонент слышите супервайзера.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Ответить на входящий звонок</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Положить трубку</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>Удержать или возобновить звонок</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Выключить или включить микрофон</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>Перейти к полю перевода</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Перейти к полю номера</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>Ответить или положить трубку</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>Поиск контактов и обращений</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>Поиск по готовым ответам</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>Следующая или предыдущая область окна</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>Следующий или предыдущий раздел карточки звонящего</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Следующий или предыдущий элемент</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>Следующая вкладка боковой панели</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>Отклонить входящий звонок (окно входящего звонка)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>Вставить выбранный ответ; следующий шаг сценария</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>Язык готового ответа</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>Предыдущий шаг сценария</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>Табло (для супервизоров)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>Табло на весь экран</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>Су&amp;первайзер</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Табло</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Разослать объявление…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Недавние вызовы</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab показывает следующую вкладку</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>О программе Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Программный телефон для операторов контакт-центров.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>Новое обращение по этому звонку</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>Кратко опишите суть обращения.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущенный</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>Поиск вызовов по имени или номеру</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>Поиск недавних звонков</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Недавние звонки</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>Enter перезванивает на выбранный номер</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Восстановлена заметка из прерванного звонка (%1):</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>неизвестный номер</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>Сохранить в истории абонента</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Здравствуйте, %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Ожидание звонков. Ваши языки: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Здравствуйте</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Ожидание звонков. Карточка абонента появится здесь, когда зазвонит телефон.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Открытые обращения: последние %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln открытое обращение</numerusform>
            <numerusform>%Ln открытых обращения</numerusform>
            <numerusform>%Ln открытых обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Восстановленная заметка</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Выберите один из ответов.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>На этом шаге нужен ответ.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Введите число не меньше %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Введите число не больше %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Вернуться к предыдущему шагу (Alt+Стрелка влево)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Ответ (Ctrl+Enter — следующий шаг)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>Скрипт завершён. Ответы:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>Ответы по сценарию</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Следующий шаг (Enter)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Неизвестно: %1. Спросите абонента или скажите своими словами.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>имя абонента</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>номер обращения</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>тема обращения</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>категория</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Имя, номер телефона, e-mail, номер обращения или слова из темы</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>Enter открывает карточку контакта</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(база недоступна: поиск выполнен в локальной копии)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>База обращений</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>Выберите мелодию звонка</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Звук WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>Учётные записи SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Как настроено в системе</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Высокий контраст, светлый</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Высокий контраст, тёмный</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>По умолчанию в системе</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Тестовый сигнал</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>Встроенный звонок</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>Страна по умолчанию (например, IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>Время постобработки (секунды)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>URL базы (пусто — встроенная)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>Пароль базы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Пароль SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Мелодия звонка</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>Поле набора</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>Сочетание клавиш: нажмите клавиши</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>Учётная запись SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>Добавить учётную запись SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>Удалить учётную запись SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Оставьте пустым, чтобы не менять сохранённый пароль</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Защищённое хранилище ключей недоступно (%1). Пароли нельзя сохранить, и они никогда не записываются в файлы: установите или разблокируйте службу хранилища ключей, чтобы сохранять их.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Задано администратором</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>Неверный URL базы: используйте postgresql://user@host/database или sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Удалите пароль из URL и введите его в поле пароля.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>URL PostgreSQL должен содержать хост и имя базы данных.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>Это не звуковой файл WAV: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>Уже используется другим действием.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Допустимы только буквы, цифры и символы . _ @ -.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Неизвестный код страны: используйте две буквы, например IT или DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Введите пользователя SIP (часть до @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Введите домен или имя хоста, например pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>Всё работает с клавиатуры. F6 переключает области окна, Tab — элементы управления внутри области.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>Вход в софтфон</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>Пароль &amp;SIP (если другой)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>Пароль SIP, если другой</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>Хранит пароли в связке ключей этого компьютера и больше нигде</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>Хранилище заявок перестало получать сигналы от этого рабочего места: супервизоры теперь видят вас как «не отвечает», и обратные звонки вам не назначаются, пока связь не восстановится. Звонки по-прежнему поступают.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>супервизоры видят вас как «не отвечает»</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>локальная копия восстановлена</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>Это рабочее место было отключено дольше, чем хранилище заявок хранит свои изменения, поэтому его локальная копия заново загружена из хранилища. Изменения, сделанные здесь, сохранены.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>Телефонная линия восстановлена: можно принимать звонки.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>Телефонная линия потеряна: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>База обращений недоступна: ваша работа сохраняется и будет отправлена, когда она вернётся.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>База обращений снова доступна.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: нет учётной записи</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: регистрация %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: зарегистрирован как %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 не зарегистрирован: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>База: подключение…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>База: подключено (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>База: нет связи</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>Хранилище: нужно обновление администратором</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>База: недоступна</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln изменение ожидает</numerusform>
            <numerusform>%Ln изменения ожидают</numerusform>
            <numerusform>%Ln изменений ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln изменение отклонено</numerusform>
            <numerusform>%Ln изменения отклонены</numerusform>
            <numerusform>%Ln изменений отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Ваш статус: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>Выберите «доступен», перерыв или «не в сети»</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Нет защищённого хранилища ключей: пароли нельзя сохранить</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>В этой среде рабочего стола не найдена служба защищённого хранилища ключей. Пароли никогда не записываются в файлы; установите или разблокируйте хранилище ключей (GNOME Keyring, KWallet), чтобы сохранять их.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>Локальная копия пересоздана</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Не удалось прочитать локальную копию базы обращений (%1). Она отложена как %2 и восстанавливается из базы обращений. Ваших записей в ней не было.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>Ожидающие изменения восстановлены</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Не удалось прочитать файл изменений, ожидающих отправки (%1). Он отложен как %2; сохранено то, что удалось прочитать: %3 и %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n ожидающее изменение</numerusform>
            <numerusform>%n ожидающих изменения</numerusform>
            <numerusform>%n ожидающих изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n несохранённая заметка</numerusform>
            <numerusform>%n несохранённые заметки</numerusform>
            <numerusform>%n несохранённых заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Часть данных прочитать не удалось: сохраните отложенный файл для службы поддержки.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>Показать софтфон</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln пропущенный вызов</numerusform>
            <numerusform>%Ln пропущенных вызова</numerusform>
            <numerusform>%Ln пропущенных вызовов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>База обращений не ответила: эти данные могут быть устаревшими.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>Оператор %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>Выберите оператора в разговоре для прослушивания.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>скрытое прослушивание</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>суфлирование оператору</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>вмешательство в разговор</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступны</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Нужно перезвонить</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Самое долгое ожидание</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>Обратные звонки в срок сегодня</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>Обработано звонков сегодня</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>Потеряно звонков сегодня</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>Обратные звонки к выполнению по языкам</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>Операторы по статусам</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>Выберите оператора, затем способ прослушивания</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>For</source>
        <translation>В статусе</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Суфлировать</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Вмешаться</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Отключиться</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Объявление…</translation>
    </message>
</context>
</TS>
