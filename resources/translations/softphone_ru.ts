<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnnouncementBar</name>
    <message>
        <location filename="../../ui/announcements.py" line="89"/>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/announcements.py" line="91"/>
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанное)</numerusform>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанных)</numerusform>
            <numerusform>%1, кому: %2, %3 (%Ln непрочитанных)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="92"/>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="108"/>
        <source>Mark read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="109"/>
        <source>All announcements…</source>
        <translation>Все объявления…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <location filename="../../ui/announcements.py" line="164"/>
        <source>New announcement</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="170"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="172"/>
        <source>%1 speakers</source>
        <translation>Говорящие на языке: %1</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="182"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="183"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="184"/>
        <source>Until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="188"/>
        <source>Broadcast</source>
        <translation>Разослать</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="208"/>
        <source>Write the message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="212"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Сообщение слишком длинное: не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../ui/announcements.py" line="122"/>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="129"/>
        <source>Mark read</source>
        <translation>Отметить прочитанным</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="142"/>
        <source>everyone</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../softphone/app.py" line="179"/>
        <source>Settings could not be read</source>
        <translation>Не удалось прочитать настройки</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="180"/>
        <source>The app started with default settings.
%1</source>
        <translation>Приложение запущено с настройками по умолчанию.
%1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="262"/>
        <source>Ticket store unreachable</source>
        <translation>База обращений недоступна</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="547"/>
        <source>Telephony unavailable</source>
        <translation>Телефония недоступна</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="670"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>Телефонный модуль неожиданно остановился (%1) и был перезапущен.</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="676"/>
        <source>Phone engine restarted</source>
        <translation>Телефонный модуль перезапущен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="678"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прерван %n текущий звонок; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прервано %n текущих звонка; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль неожиданно остановился (%1) и был перезапущен. Прервано %n текущих звонков; заметки сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="684"/>
        <location filename="../../softphone/app.py" line="699"/>
        <source>Phone engine stopped</source>
        <translation>Телефонный модуль остановлен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="686"/>
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прерван %n текущий звонок; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прервано %n текущих звонка; заметки сохранены.</numerusform>
            <numerusform>Телефонный модуль слишком часто неожиданно останавливался (%1) и не был перезапущен. Перезапустите софтфон. Прервано %n текущих звонков; заметки сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="701"/>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>Не удалось снова запустить телефонный движок, поэтому звонить и принимать звонки нельзя. Перезапустите софтфон; если это повторится, сообщите в ИТ-поддержку.

Подробности: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="723"/>
        <source>Incoming call from %1</source>
        <translation>Входящий вызов от %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="812"/>
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/wallboard.py" line="96"/>
        <source>Nothing to show</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call_panel.py" line="195"/>
        <source>in conference</source>
        <translation>в конференции</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="197"/>
        <source>recording</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="211"/>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="212"/>
        <source>calling…</source>
        <translation>вызов…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="213"/>
        <source>connected</source>
        <translation>соединён</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="214"/>
        <source>on hold</source>
        <translation>на удержании</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="215"/>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="222"/>
        <source>good</source>
        <translation>хорошее</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="224"/>
        <source>fair</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="226"/>
        <source>poor</source>
        <translation>плохое</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="228"/>
        <source>Quality: %1 (%2)</source>
        <translation>Качество: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="273"/>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="274"/>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="275"/>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="276"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="277"/>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="278"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="279"/>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="280"/>
        <source>Transfer to…</source>
        <translation>Перевести на…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="281"/>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="282"/>
        <source>Blind transfer: hand the caller over now</source>
        <translation>Перевод без консультации: сразу передать абонента</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="283"/>
        <source>Consult</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="285"/>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>Перевод с консультацией: поставить абонента на удержание и сначала поговорить с коллегой</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="287"/>
        <source>Complete</source>
        <translation>Соединить</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <location filename="../../ui/callback_queue.py" line="54"/>
        <source>missed by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_queue.py" line="185"/>
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln открытая заявка в очереди.</numerusform>
            <numerusform>%Ln открытые заявки в очереди.</numerusform>
            <numerusform>%Ln открытых заявок в очереди.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="188"/>
        <location filename="../../ui/callback_queue.py" line="210"/>
        <source>Requests are assigned to you automatically.</source>
        <translation>Заявки назначаются вам автоматически.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="198"/>
        <source>Due now: %1</source>
        <translation>Перезвонить сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="200"/>
        <source>No callbacks are due now.</source>
        <translation>Сейчас нет обратных звонков к выполнению.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="204"/>
        <source>Next in your languages: %1</source>
        <translation>Следующий обратный звонок на ваших языках: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="209"/>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>База обращений недоступна: новые обратные звонки не поступают.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="214"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="215"/>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="216"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="217"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="218"/>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="219"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="220"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="221"/>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="222"/>
        <source>Service level left</source>
        <translation>Осталось (уровень обслуживания)</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <location filename="../../ui/callback_request.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="53"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="237"/>
        <source>In your words (optional)</source>
        <translation>Своими словами (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="238"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="239"/>
        <source>Dial now</source>
        <translation>Позвонить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="244"/>
        <source>%1 (suggested)</source>
        <translation>%1 (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="246"/>
        <source>How did the callback go?</source>
        <translation>Чем закончился обратный звонок?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_request.py" line="247"/>
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>Набор через %Ln секунду</numerusform>
            <numerusform>Набор через %Ln секунды</numerusform>
            <numerusform>Набор через %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="252"/>
        <source>Call back %1 at %2</source>
        <translation>Перезвонить: %1, номер %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="253"/>
        <source>an unknown caller</source>
        <translation>неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="256"/>
        <source>Speak %1</source>
        <translation>Язык разговора: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="263"/>
        <source>%1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="267"/>
        <source>Asked for: %1</source>
        <translation>Желаемое время: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="269"/>
        <source>Attempt %1 of %2</source>
        <translation>Попытка %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="274"/>
        <source>last time: %1</source>
        <translation>в прошлый раз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="279"/>
        <source>Ticket %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="288"/>
        <source>Service level missed by %1</source>
        <translation>Уровень обслуживания: просрочено на %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="292"/>
        <source>Service level: %1 left</source>
        <translation>Уровень обслуживания: осталось %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="297"/>
        <source>Calling %1…</source>
        <translation>Вызов номера %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <location filename="../../softphone/callback_service.py" line="278"/>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>Эта заявка передана коллеге (соединение было потеряно).</translation>
    </message>
    <message>
        <location filename="../../softphone/callback_service.py" line="312"/>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>Эта заявка больше не назначена вам; звонок не был совершён.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <location filename="../../ui/caller_card.py" line="332"/>
        <source>(choose the outcome)</source>
        <translation>(выберите результат)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="353"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="355"/>
        <source>Call the caller back at…</source>
        <translation>Перезвонить абоненту…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="357"/>
        <source>Forward the ticket to a back office</source>
        <translation>Передать заявку в бэк-офис</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="418"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="423"/>
        <source>Outcome of the call:</source>
        <translation>Результат звонка:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="424"/>
        <source>Follow-up:</source>
        <translation>Дальнейшие действия:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="426"/>
        <source>New ticket from this call…</source>
        <translation>Новое обращение по звонку…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="427"/>
        <source>Put this call on the selected ticket</source>
        <translation>Привязать к выбранному обращению</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="428"/>
        <source>Reopen the selected ticket</source>
        <translation>Переоткрыть обращение</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="429"/>
        <source>Create a contact for this number…</source>
        <translation>Создать контакт для этого номера…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="430"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="431"/>
        <source>Search by name, e-mail or ticket…</source>
        <translation>Искать по имени, e-mail или обращению…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="438"/>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>Заметки по этому звонку: сохраняются по мере ввода и не пропадут, если приложение закроется.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="445"/>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>База обращений недоступна: показана локальная копия.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="455"/>
        <source>The caller&apos;s language</source>
        <translation>Язык звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="458"/>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="459"/>
        <source>No contact has this number.</source>
        <translation>Этот номер не привязан ни к одному контакту.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="473"/>
        <source>This call goes on the new ticket.</source>
        <translation>Этот звонок будет привязан к новому обращению.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="483"/>
        <source>Speaks %1</source>
        <translation>Язык общения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="486"/>
        <source>Other numbers: %1</source>
        <translation>Другие номера: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="490"/>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="499"/>
        <source>Topic: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="501"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="503"/>
        <source>Verified by telephone PIN</source>
        <translation>Личность подтверждена телефонным PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="505"/>
        <source>Not verified</source>
        <translation>Личность не подтверждена</translation>
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
        <translation>Этот звонок будет привязан к обращению %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="249"/>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>Не добавлено в заметку: в ней может быть не более %1 символов, а стало бы %2. Ничего не обрезано: сократите текст и добавьте его снова.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="521"/>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>По этой категории уже открыто обращение: %1 «%2». Привязать этот звонок к нему вместо создания нового обращения?</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="526"/>
        <source>Attach to %1</source>
        <translation>Привязать к %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../softphone/calls.py" line="68"/>
        <source>Enter a number to call.</source>
        <translation>Введите номер для вызова.</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="84"/>
        <location filename="../../softphone/calls.py" line="97"/>
        <source>Not a phone number: %1</source>
        <translation>Неверный номер телефона: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="219"/>
        <source>No SIP account is registered.</source>
        <translation>Нет зарегистрированной учётной записи SIP.</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>Edit canned answer</source>
        <translation>Изменить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>New canned answer</source>
        <translation>Новый шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="63"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="79"/>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>Подстановки: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; запасной текст после вертикальной черты: {{first_name|уважаемый клиент}}.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="94"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="95"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="96"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="97"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="98"/>
        <source>Tags (comma-separated)</source>
        <translation>Метки (через запятую)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="99"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <location filename="../../ui/canned_answers.py" line="311"/>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>Не заполнено: %1. Пропуски выделены.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="313"/>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>Нажмите Enter ещё раз, чтобы вставить с отмеченными пропусками.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert with gaps</source>
        <translation>Вставить с пропусками</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="327"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="328"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="329"/>
        <source>caller&apos;s name</source>
        <translation>имя звонящего</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="330"/>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="331"/>
        <source>ticket number</source>
        <translation>номер обращения</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="332"/>
        <source>ticket subject</source>
        <translation>тема обращения</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="333"/>
        <source>service hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="334"/>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="335"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="349"/>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>Поиск: заголовок, текст, метка или ::сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="350"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="352"/>
        <source>Language (Alt+←/→):</source>
        <translation>Язык (Alt+←/→):</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="353"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="354"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="355"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="356"/>
        <source>Retire</source>
        <translation>Снять</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <location filename="../../softphone/canned_service.py" line="272"/>
        <source>Inserted into the note.</source>
        <translation>Вставлено в заметку.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="276"/>
        <source>No note is open: the answer was copied instead.</source>
        <translation>Заметка не открыта: ответ скопирован.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="281"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="297"/>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>%1 вставлено; не заполнено: %2 (выделено в заметке).</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="347"/>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>Сокращение %1 уже используется другим ответом.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="355"/>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>Сохранено; через мгновение ответ появится у всех операторов.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="360"/>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>Снято: ответ исчезнет у всех операторов.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <location filename="../../softphone/cti.py" line="472"/>
        <source>%1: call from %2</source>
        <translation>%1: звонок с номера %2</translation>
    </message>
    <message>
        <location filename="../../softphone/cti.py" line="474"/>
        <source>Call from %1</source>
        <translation>Звонок с номера %1</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../ui/dial_pad.py" line="110"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="111"/>
        <source>Number or SIP address</source>
        <translation>Номер или SIP-адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="112"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="113"/>
        <source>Redial</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="114"/>
        <source>Call the last number again</source>
        <translation>Позвонить по последнему номеру ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="115"/>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>Учётная запись SIP ещё не настроена: добавьте её в настройках, чтобы звонить.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <location filename="../../ui/incoming_call.py" line="91"/>
        <location filename="../../ui/incoming_call.py" line="92"/>
        <source>Incoming call</source>
        <translation>Входящий вызов</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="93"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="94"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="98"/>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="102"/>
        <source>Topic: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="104"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Identity verified</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Not verified</source>
        <translation>Личность не подтверждена</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="110"/>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>Второй вызов: при ответе текущий вызов будет поставлен на удержание.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <location filename="../../ui/labels.py" line="81"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Chat</source>
        <translation>Чат</translation>
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
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Reopened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Call me now</source>
        <translation>Срочный обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Call me back</source>
        <translation>Запланированный обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Dialling</source>
        <translation>Набор номера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>Я недостаточно хорошо говорю на языке абонента</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Needs a specialist for this topic</source>
        <translation>Нужен специалист по этой категории</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Already handled in another request</source>
        <translation>Уже решено в другой заявке</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>The caller withdrew consent</source>
        <translation>Абонент отозвал согласие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>On call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Paused</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Break</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Back office</source>
        <translation>Бэк-офис</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>the password was not accepted</source>
        <translation>пароль не принят</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>wrong user or password</source>
        <translation>неверный пользователь или пароль</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>the PBX does not answer</source>
        <translation>АТС не отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>имя АТС не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>no connection to the PBX</source>
        <translation>нет соединения с АТС</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>refused by the PBX</source>
        <translation>отклонено АТС</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>from the caller</source>
        <translation>от абонента</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>to the caller</source>
        <translation>абоненту</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <location filename="../../softphone/monitoring.py" line="217"/>
        <source>Listening in needs a registered phone.</source>
        <translation>Для прослушивания нужен зарегистрированный телефон.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="247"/>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>База обращений недоступна: прослушивание невозможно.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="250"/>
        <source>No phone address is known for this agent.</source>
        <translation>Адрес телефона этого оператора неизвестен.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="259"/>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>Не удалось позвонить на телефон оператора: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="280"/>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>Не удалось сменить режим: база не ответила.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="326"/>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>Телефон оператора отклонил прослушивание (%1).</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="336"/>
        <source>Only supervisors can listen in.</source>
        <translation>Прослушивание доступно только супервайзерам.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="337"/>
        <source>This agent is not on a call.</source>
        <translation>У этого оператора нет активного звонка.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="338"/>
        <source>This agent is not known to the ticket store.</source>
        <translation>Этого оператора нет в базе обращений.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="339"/>
        <source>You cannot listen in on your own calls.</source>
        <translation>Нельзя прослушивать собственные звонки.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="340"/>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>У этого оператора нет внутреннего номера, который АТС могла бы прослушивать.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="342"/>
        <source>The listen-in was refused.</source>
        <translation>Прослушивание отклонено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>%1 is listening to this call.</source>
        <translation>%1 слушает этот звонок.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>%1 слушает этот звонок и может говорить с вами; абонент этого не слышит.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>%1 участвует в этом звонке: вы и абонент слышите супервайзера.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>A supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Su&amp;pervisor</source>
        <translation>Су&amp;первайзер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;Табло</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;Разослать объявление…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Callback queue</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Canned answers</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Recent calls</source>
        <translation>Недавние вызовы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>About Contact Softphone</source>
        <translation>О программе Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
Программный телефон для операторов контакт-центров.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="98"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="106"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="107"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="116"/>
        <source>A last name is needed.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="119"/>
        <source>That is not an e-mail address.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="69"/>
        <source>New ticket from this call</source>
        <translation>Новое обращение по этому звонку</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="75"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="76"/>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="77"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="82"/>
        <source>Say in a few words what it is about.</source>
        <translation>Кратко опишите суть обращения.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <location filename="../../ui/recent_calls.py" line="103"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="104"/>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="105"/>
        <source>Missed</source>
        <translation>Пропущенный</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="114"/>
        <source>Search calls by name or number</source>
        <translation>Поиск вызовов по имени или номеру</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Call</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="117"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="136"/>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>Восстановлена заметка из прерванного звонка (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="137"/>
        <source>unknown number</source>
        <translation>неизвестный номер</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="140"/>
        <source>Save it to the caller&apos;s history</source>
        <translation>Сохранить в истории абонента</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="142"/>
        <source>Hello, %1</source>
        <translation>Здравствуйте, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="145"/>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>Ожидание звонков. Ваши языки: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="148"/>
        <source>Hello</source>
        <translation>Здравствуйте</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="150"/>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>Ожидание звонков. Карточка абонента появится здесь, когда зазвонит телефон.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="154"/>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>Открытые обращения: последние %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screen_pop.py" line="159"/>
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln открытое обращение</numerusform>
            <numerusform>%Ln открытых обращения</numerusform>
            <numerusform>%Ln открытых обращений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="163"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="164"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="165"/>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="166"/>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="167"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="168"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="169"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="170"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="288"/>
        <source>Choose one of the answers.</source>
        <translation>Выберите один из ответов.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="294"/>
        <source>This step needs an answer.</source>
        <translation>На этом шаге нужен ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="316"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="319"/>
        <source>Enter a number of at least %1.</source>
        <translation>Введите число не меньше %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="321"/>
        <source>Enter a number of at most %1.</source>
        <translation>Введите число не больше %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="323"/>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="368"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="369"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="370"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="371"/>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Вернуться к предыдущему шагу (Alt+Стрелка влево)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="372"/>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>Ответ (Ctrl+Enter — следующий шаг)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="373"/>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="382"/>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="386"/>
        <source>Script finished. The answers:</source>
        <translation>Скрипт завершён. Ответы:</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="391"/>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="395"/>
        <source>Next step (Enter)</source>
        <translation>Следующий шаг (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="402"/>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ Неизвестно: %1. Спросите абонента или скажите своими словами.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="424"/>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="429"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="430"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="431"/>
        <source>caller&apos;s name</source>
        <translation>имя абонента</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="432"/>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="433"/>
        <source>ticket number</source>
        <translation>номер обращения</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="434"/>
        <source>ticket subject</source>
        <translation>тема обращения</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="435"/>
        <source>service hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="436"/>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="437"/>
        <source>topic</source>
        <translation>категория</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="83"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="85"/>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>Имя, номер телефона, e-mail, номер обращения или слова из темы</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="90"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="92"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="94"/>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(база недоступна: поиск выполнен в локальной копии)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="378"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="380"/>
        <source>Ticket store</source>
        <translation>База обращений</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>Choose a ringtone</source>
        <translation>Выберите мелодию звонка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>WAV sound (*.wav)</source>
        <translation>Звук WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>SIP accounts</source>
        <translation>Учётные записи SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="382"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="383"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <location filename="../../ui/settings_dialog.py" line="386"/>
        <source>System default</source>
        <translation>По умолчанию в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="388"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="389"/>
        <source>Test tone</source>
        <translation>Тестовый сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="390"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>Built-in ring</source>
        <translation>Встроенный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="393"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="394"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Default country (e.g. IT)</source>
        <translation>Страна по умолчанию (например, IT)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="396"/>
        <source>Wrap-up time (seconds)</source>
        <translation>Время постобработки (секунды)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="397"/>
        <source>Store URL (empty: embedded)</source>
        <translation>URL базы (пусто — встроенная)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="398"/>
        <source>Store password</source>
        <translation>Пароль базы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="399"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="401"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="402"/>
        <source>SIP password</source>
        <translation>Пароль SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404"/>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405"/>
        <source>Ringtone</source>
        <translation>Мелодия звонка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407"/>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="409"/>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411"/>
        <source>Dial field</source>
        <translation>Поле набора</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412"/>
        <source>Canned answers</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="418"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Оставьте пустым, чтобы не менять сохранённый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423"/>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>Защищённое хранилище ключей недоступно (%1). Пароли нельзя сохранить, и они никогда не записываются в файлы: установите или разблокируйте службу хранилища ключей, чтобы сохранять их.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../softphone/settings_form.py" line="41"/>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>Неверный URL базы: используйте postgresql://user@host/database или sqlite:///path</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="45"/>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>Удалите пароль из URL и введите его в поле пароля.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="49"/>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>URL PostgreSQL должен содержать хост и имя базы данных.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="63"/>
        <source>Not a WAV sound file: %1</source>
        <translation>Это не звуковой файл WAV: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="77"/>
        <source>Already used by another action.</source>
        <translation>Уже используется другим действием.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="89"/>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>Допустимы только буквы, цифры и символы . _ @ -.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="95"/>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>Неизвестный код страны: используйте две буквы, например IT или DE.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="116"/>
        <source>Enter the SIP user (the part before @).</source>
        <translation>Введите пользователя SIP (часть до @).</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="120"/>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>Введите домен или имя хоста, например pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="85"/>
        <source>Pause</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="109"/>
        <source>SIP: no account</source>
        <translation>SIP: нет учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>SIP: registering %1…</source>
        <translation>SIP: регистрация %1…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="111"/>
        <source>SIP: registered as %1</source>
        <translation>SIP: зарегистрирован как %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="112"/>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 не зарегистрирован: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="119"/>
        <source>Store: connecting…</source>
        <translation>База: подключение…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="121"/>
        <source>Store: connected (%1)</source>
        <translation>База: подключено (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="123"/>
        <source>Store: offline</source>
        <translation>База: нет связи</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="125"/>
        <source>Store: unreachable</source>
        <translation>База: недоступна</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="127"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln изменение ожидает</numerusform>
            <numerusform>%Ln изменения ожидают</numerusform>
            <numerusform>%Ln изменений ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="129"/>
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln изменение отклонено</numerusform>
            <numerusform>%Ln изменения отклонены</numerusform>
            <numerusform>%Ln изменений отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ Нет защищённого хранилища ключей: пароли нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="143"/>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>В этой среде рабочего стола не найдена служба защищённого хранилища ключей. Пароли никогда не записываются в файлы; установите или разблокируйте хранилище ключей (GNOME Keyring, KWallet), чтобы сохранять их.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../softphone/sync_service.py" line="84"/>
        <source>The local copy was rebuilt</source>
        <translation>Локальная копия пересоздана</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="86"/>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>Не удалось прочитать локальную копию базы обращений (%1). Она отложена как %2 и восстанавливается из базы обращений. Ваших записей в ней не было.</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="90"/>
        <source>Waiting changes were recovered</source>
        <translation>Ожидающие изменения восстановлены</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="92"/>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>Не удалось прочитать файл изменений, ожидающих отправки (%1). Он отложен как %2; сохранено то, что удалось прочитать: %3 и %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="96"/>
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n ожидающее изменение</numerusform>
            <numerusform>%n ожидающих изменения</numerusform>
            <numerusform>%n ожидающих изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="97"/>
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n несохранённая заметка</numerusform>
            <numerusform>%n несохранённые заметки</numerusform>
            <numerusform>%n несохранённых заметок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="100"/>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>Часть данных прочитать не удалось: сохраните отложенный файл для службы поддержки.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="86"/>
        <source>Show the softphone</source>
        <translation>Показать софтфон</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="87"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="90"/>
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
        <location filename="../../ui/wallboard.py" line="287"/>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>База обращений не ответила: эти данные могут быть устаревшими.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="292"/>
        <source>Updated %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="352"/>
        <source>Listening to %1: %2</source>
        <translation>Оператор %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="357"/>
        <source>Select an agent on a call to listen in.</source>
        <translation>Выберите оператора в разговоре для прослушивания.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="361"/>
        <source>silent monitor</source>
        <translation>скрытое прослушивание</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="362"/>
        <source>whisper to the agent</source>
        <translation>суфлирование оператору</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="363"/>
        <source>barge in</source>
        <translation>вмешательство в разговор</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="378"/>
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="380"/>
        <source>Available</source>
        <translation>Доступны</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="381"/>
        <source>On call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="382"/>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="383"/>
        <source>Paused</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="384"/>
        <source>Callbacks due</source>
        <translation>Нужно перезвонить</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="385"/>
        <source>Oldest waiting</source>
        <translation>Самое долгое ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="386"/>
        <source>Callbacks on time today</source>
        <translation>Обратные звонки в срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="387"/>
        <source>Calls handled today</source>
        <translation>Обработано звонков сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="388"/>
        <source>Calls abandoned today</source>
        <translation>Потеряно звонков сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="392"/>
        <source>Callbacks due by language</source>
        <translation>Обратные звонки к выполнению по языкам</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="393"/>
        <source>Agents by state</source>
        <translation>Операторы по статусам</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="396"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="397"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="398"/>
        <source>For</source>
        <translation>В статусе</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="399"/>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="400"/>
        <source>Call</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="401"/>
        <source>Topic</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="402"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="405"/>
        <source>Monitor</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="406"/>
        <source>Whisper</source>
        <translation>Суфлировать</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="407"/>
        <source>Barge in</source>
        <translation>Вмешаться</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="408"/>
        <source>Stop listening</source>
        <translation>Отключиться</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="409"/>
        <source>Announce…</source>
        <translation>Объявление…</translation>
    </message>
</context>
</TS>
