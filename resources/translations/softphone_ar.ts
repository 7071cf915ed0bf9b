<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnouncementBar</name>
    <message>
        <location filename="../../ui/announcements.py" line="89"/>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/announcements.py" line="91"/>
        <source>%1, to %2, %3 (%Ln unread)</source>
        <translation>
            <numerusform>%1، إلى %2، %3 (%Ln إعلان غير مقروء)</numerusform>
            <numerusform>%1، إلى %2، %3 (%Ln إعلان غير مقروء)</numerusform>
            <numerusform>%1، إلى %2، %3 (%Ln إعلانان غير مقروءين)</numerusform>
            <numerusform>%1، إلى %2، %3 (%Ln إعلانات غير مقروءة)</numerusform>
            <numerusform>%1، إلى %2، %3 (%Ln إعلانًا غير مقروء)</numerusform>
            <numerusform>%1، إلى %2، %3 (%Ln إعلان غير مقروء)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="92"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="108"/>
        <source>Mark read</source>
        <translation>تحديد كمقروء</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="109"/>
        <source>All announcements…</source>
        <translation>كل الإعلانات…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <location filename="../../ui/announcements.py" line="164"/>
        <source>New announcement</source>
        <translation>إعلان جديد</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="170"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="172"/>
        <source>%1 speakers</source>
        <translation>من يتحدث %1</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="182"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="183"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="184"/>
        <source>Until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="188"/>
        <source>Broadcast</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="208"/>
        <source>Write the message first.</source>
        <translation>اكتب الرسالة أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="212"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>الرسالة طويلة جدًا: %1 حرف كحد أقصى.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../ui/announcements.py" line="122"/>
        <source>Announcements</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="129"/>
        <source>Mark read</source>
        <translation>تحديد كمقروء</translation>
    </message>
    <message>
        <location filename="../../ui/announcements.py" line="142"/>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../softphone/app.py" line="179"/>
        <source>Settings could not be read</source>
        <translation>تعذّرت قراءة الإعدادات</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="180"/>
        <source>The app started with default settings.
%1</source>
        <translation>تم تشغيل التطبيق بالإعدادات الافتراضية.
%1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="262"/>
        <source>Ticket store unreachable</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="547"/>
        <source>Telephony unavailable</source>
        <translation>خدمة الهاتف غير متاحة</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="670"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله.</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="676"/>
        <source>Phone engine restarted</source>
        <translation>أُعيد تشغيل محرك الهاتف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="678"/>
        <source>The phone engine stopped unexpectedly (%1) and was started again. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمتان جاريتان؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمات جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمةً جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="684"/>
        <location filename="../../softphone/app.py" line="699"/>
        <source>Phone engine stopped</source>
        <translation>توقف محرك الهاتف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/app.py" line="686"/>
        <source>The phone engine stopped unexpectedly (%1) too often and was not started again. Restart the softphone. %n call(s) in progress were cut off; their notes are kept.</source>
        <translation>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمتان جاريتان؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمات جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمةً جارية؛ الملاحظات محفوظة.</numerusform>
            <numerusform>توقف محرك الهاتف بشكل غير متوقع (%1) مرات كثيرة ولم يُعد تشغيله. أعد تشغيل الهاتف البرمجي. انقطعت %n مكالمة جارية؛ الملاحظات محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="701"/>
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>تعذّر تشغيل محرك الهاتف مرة أخرى، لذا لا يمكن إجراء المكالمات أو استقبالها. أعد تشغيل الهاتف البرمجي؛ وإذا تكرر ذلك فأبلغ الدعم الفني.

التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="723"/>
        <source>Incoming call from %1</source>
        <translation>مكالمة واردة من %1</translation>
    </message>
    <message>
        <location filename="../../softphone/app.py" line="812"/>
        <source>Settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/wallboard.py" line="96"/>
        <source>Nothing to show</source>
        <translation>لا توجد بيانات لعرضها</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call_panel.py" line="195"/>
        <source>in conference</source>
        <translation>في مؤتمر</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="197"/>
        <source>recording</source>
        <translation>جارٍ التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="211"/>
        <source>ringing</source>
        <translation>يرن</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="212"/>
        <source>calling…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="213"/>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="214"/>
        <source>on hold</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="215"/>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="222"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="224"/>
        <source>fair</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="226"/>
        <source>poor</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="228"/>
        <source>Quality: %1 (%2)</source>
        <translation>الجودة: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="273"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="274"/>
        <source>Hold</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="275"/>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="276"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="277"/>
        <source>Keypad</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="278"/>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="279"/>
        <source>Hang up</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="280"/>
        <source>Transfer to…</source>
        <translation>تحويل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="281"/>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="282"/>
        <source>Blind transfer: hand the caller over now</source>
        <translation>تحويل مباشر: تسليم المتصل فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="283"/>
        <source>Consult</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="285"/>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>تحويل مع استشارة: ضع المتصل قيد الانتظار وتحدّث إلى الزميل أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/call_panel.py" line="287"/>
        <source>Complete</source>
        <translation>إتمام</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <location filename="../../ui/callback_queue.py" line="54"/>
        <source>missed by %1</source>
        <translation>متجاوَز بمقدار %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_queue.py" line="185"/>
        <source>%Ln open request(s) in the queue.</source>
        <translation>
            <numerusform>%Ln طلب مفتوح في قائمة الانتظار.</numerusform>
            <numerusform>%Ln طلب مفتوح في قائمة الانتظار.</numerusform>
            <numerusform>%Ln طلبان مفتوحان في قائمة الانتظار.</numerusform>
            <numerusform>%Ln طلبات مفتوحة في قائمة الانتظار.</numerusform>
            <numerusform>%Ln طلبًا مفتوحًا في قائمة الانتظار.</numerusform>
            <numerusform>%Ln طلب مفتوح في قائمة الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="188"/>
        <location filename="../../ui/callback_queue.py" line="210"/>
        <source>Requests are assigned to you automatically.</source>
        <translation>تُسنَد إليك الطلبات تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="198"/>
        <source>Due now: %1</source>
        <translation>مستحقة الآن: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="200"/>
        <source>No callbacks are due now.</source>
        <translation>لا توجد معاودات اتصال مستحقة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="204"/>
        <source>Next in your languages: %1</source>
        <translation>معاودة الاتصال التالية بلغاتك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="209"/>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: لا توجد معاودات اتصال جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="214"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="215"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="216"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="217"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="218"/>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="219"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="220"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="221"/>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../../ui/callback_queue.py" line="222"/>
        <source>Service level left</source>
        <translation>المتبقي من مستوى الخدمة</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <location filename="../../ui/callback_request.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="53"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="237"/>
        <source>In your words (optional)</source>
        <translation>بكلماتك (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="238"/>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="239"/>
        <source>Dial now</source>
        <translation>اتصل الآن</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="244"/>
        <source>%1 (suggested)</source>
        <translation>%1 (مقترح)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="246"/>
        <source>How did the callback go?</source>
        <translation>كيف جرت معاودة الاتصال؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/callback_request.py" line="247"/>
        <source>Dialling in %Ln s</source>
        <translation>
            <numerusform>الاتصال بعد %Ln ثانية</numerusform>
            <numerusform>الاتصال بعد %Ln ثانية</numerusform>
            <numerusform>الاتصال بعد %Ln ثانيتين</numerusform>
            <numerusform>الاتصال بعد %Ln ثوانٍ</numerusform>
            <numerusform>الاتصال بعد %Ln ثانيةً</numerusform>
            <numerusform>الاتصال بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="252"/>
        <source>Call back %1 at %2</source>
        <translation>عاود الاتصال بـ%1 على الرقم %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="253"/>
        <source>an unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="256"/>
        <source>Speak %1</source>
        <translation>لغة المكالمة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="263"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="267"/>
        <source>Asked for: %1</source>
        <translation>الموعد المطلوب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="269"/>
        <source>Attempt %1 of %2</source>
        <translation>المحاولة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="274"/>
        <source>last time: %1</source>
        <translation>في المرة السابقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="279"/>
        <source>Ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="288"/>
        <source>Service level missed by %1</source>
        <translation>تم تجاوز مستوى الخدمة بمقدار %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="292"/>
        <source>Service level: %1 left</source>
        <translation>مستوى الخدمة: يتبقى %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_request.py" line="297"/>
        <source>Calling %1…</source>
        <translation>جارٍ الاتصال بالرقم %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <location filename="../../softphone/callback_service.py" line="278"/>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>أُسنِد هذا الطلب إلى زميل (انقطع الاتصال).</translation>
    </message>
    <message>
        <location filename="../../softphone/callback_service.py" line="312"/>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>لم يعد هذا الطلب مسندًا إليك؛ لم يتم الاتصال.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <location filename="../../ui/caller_card.py" line="332"/>
        <source>(choose the outcome)</source>
        <translation>(اختر النتيجة)</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="353"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="355"/>
        <source>Call the caller back at…</source>
        <translation>معاودة الاتصال بالمتصل في…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="357"/>
        <source>Forward the ticket to a back office</source>
        <translation>إحالة التذكرة إلى المكتب الخلفي</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="417"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="418"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="421"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="423"/>
        <source>Outcome of the call:</source>
        <translation>نتيجة المكالمة:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="424"/>
        <source>Follow-up:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="426"/>
        <source>New ticket from this call…</source>
        <translation>تذكرة جديدة من هذه المكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="427"/>
        <source>Put this call on the selected ticket</source>
        <translation>إضافة هذه المكالمة إلى التذكرة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="428"/>
        <source>Reopen the selected ticket</source>
        <translation>إعادة فتح التذكرة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="429"/>
        <source>Create a contact for this number…</source>
        <translation>إنشاء جهة اتصال لهذا الرقم…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="430"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="431"/>
        <source>Search by name, e-mail or ticket…</source>
        <translation>البحث بالاسم أو البريد الإلكتروني أو التذكرة…</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="438"/>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>ملاحظات هذه المكالمة: تُحفَظ أثناء الكتابة وتبقى محفوظة حتى إذا أُغلق التطبيق.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="445"/>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: هذه هي النسخة المحلية.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="455"/>
        <source>The caller&apos;s language</source>
        <translation>لغة المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="458"/>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="459"/>
        <source>No contact has this number.</source>
        <translation>لا توجد جهة اتصال بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="473"/>
        <source>This call goes on the new ticket.</source>
        <translation>ستُضاف هذه المكالمة إلى التذكرة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="483"/>
        <source>Speaks %1</source>
        <translation>لغة المتصل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="486"/>
        <source>Other numbers: %1</source>
        <translation>أرقام أخرى: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="490"/>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="499"/>
        <source>Topic: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="501"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="503"/>
        <source>Verified by telephone PIN</source>
        <translation>تم التحقق من الهوية برمز PIN الهاتفي</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="505"/>
        <source>Not verified</source>
        <translation>لم يتم التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="506"/>
        <source>IVR: %1</source>
        <translation>الرد الصوتي التفاعلي: %1</translation>
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
        <translation>ستُضاف هذه المكالمة إلى التذكرة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="249"/>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>لم تتم الإضافة إلى الملاحظة: لا تتسع لأكثر من %1 حرف، وستصبح بهذه الإضافة %2. لم يُحذف أي شيء: اختصر النص وأضفه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="521"/>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>توجد تذكرة مفتوحة بالفعل في هذه الفئة: %1 «%2». هل تريد إضافة هذه المكالمة إليها بدلًا من إنشاء تذكرة جديدة؟</translation>
    </message>
    <message>
        <location filename="../../ui/caller_card.py" line="526"/>
        <source>Attach to %1</source>
        <translation>إضافة إلى %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../softphone/calls.py" line="68"/>
        <source>Enter a number to call.</source>
        <translation>أدخل رقمًا للاتصال به.</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="84"/>
        <location filename="../../softphone/calls.py" line="97"/>
        <source>Not a phone number: %1</source>
        <translation>رقم هاتف غير صالح: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/calls.py" line="219"/>
        <source>No SIP account is registered.</source>
        <translation>لا يوجد حساب SIP مسجَّل.</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>Edit canned answer</source>
        <translation>تعديل الرد الجاهز</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="53"/>
        <source>New canned answer</source>
        <translation>رد جاهز جديد</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="63"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="79"/>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>العناصر النائبة: {{first_name}}، {{last_name}}، {{agent_name}}، {{ticket_number}}، {{ticket_subject}}، {{service_hours}}، {{today}}، {{topic}}؛ ونص بديل بعد خط عمودي: {{first_name|السيد/السيدة}}.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="94"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="95"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="96"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="97"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="98"/>
        <source>Tags (comma-separated)</source>
        <translation>الوسوم (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../ui/canned_editor.py" line="99"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <location filename="../../ui/canned_answers.py" line="311"/>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>غير مكتمل: %1. الفراغات مظللة.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="313"/>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>اضغط Enter مرة أخرى لإدراجه مع تمييز الفراغات.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert with gaps</source>
        <translation>إدراج مع الفراغات</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="322"/>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="327"/>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="328"/>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="329"/>
        <source>caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="330"/>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="331"/>
        <source>ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="332"/>
        <source>ticket subject</source>
        <translation>موضوع التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="333"/>
        <source>service hours</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="334"/>
        <source>today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="335"/>
        <source>topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="349"/>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>بحث: العنوان أو النص أو الوسم أو ::الاختصار</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="350"/>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="351"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="352"/>
        <source>Language (Alt+←/→):</source>
        <translation>اللغة (Alt+←/→):</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="353"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="354"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="355"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/canned_answers.py" line="356"/>
        <source>Retire</source>
        <translation>سحب</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <location filename="../../softphone/canned_service.py" line="272"/>
        <source>Inserted into the note.</source>
        <translation>أُدرج في الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="276"/>
        <source>No note is open: the answer was copied instead.</source>
        <translation>لا توجد ملاحظة مفتوحة: نُسخ الرد بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="281"/>
        <source>Copied to the clipboard.</source>
        <translation>نُسخ إلى الحافظة.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="297"/>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>أُدرج %1؛ غير مكتمل: %2 (محدد في الملاحظة).</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="347"/>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>الاختصار %1 مستخدم بالفعل لرد آخر.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="355"/>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>حُفظ؛ سيصل إلى لوحة كل موظف خلال لحظات.</translation>
    </message>
    <message>
        <location filename="../../softphone/canned_service.py" line="360"/>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>سُحب: سيختفي من لوحة كل موظف.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <location filename="../../softphone/cti.py" line="472"/>
        <source>%1: call from %2</source>
        <translation>%1: مكالمة من %2</translation>
    </message>
    <message>
        <location filename="../../softphone/cti.py" line="474"/>
        <source>Call from %1</source>
        <translation>مكالمة من %1</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../ui/dial_pad.py" line="110"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="111"/>
        <source>Number or SIP address</source>
        <translation>الرقم أو عنوان SIP</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="112"/>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="113"/>
        <source>Redial</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="114"/>
        <source>Call the last number again</source>
        <translation>الاتصال بآخر رقم مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dial_pad.py" line="115"/>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>لم يُعدّ أي حساب SIP بعد: أضف حسابًا من الإعدادات لإجراء المكالمات.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <location filename="../../ui/incoming_call.py" line="91"/>
        <location filename="../../ui/incoming_call.py" line="92"/>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="93"/>
        <source>Answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="94"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="98"/>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="102"/>
        <source>Topic: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="104"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Identity verified</source>
        <translation>تم التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="107"/>
        <source>Not verified</source>
        <translation>لم يتم التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_call.py" line="110"/>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>مكالمة في الانتظار: الرد على هذه المكالمة يضع مكالمتك الحالية قيد الانتظار.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <location filename="../../ui/labels.py" line="81"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Web form</source>
        <translation>نموذج الويب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <location filename="../../ui/labels.py" line="84"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <location filename="../../ui/labels.py" line="85"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Call me now</source>
        <translation>معاودة الاتصال فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Call me back</source>
        <translation>معاودة الاتصال في موعد محدد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Reached</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>No answer</source>
        <translation>لا يوجد رد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Call back later</source>
        <translation>معاودة الاتصال لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>مُسنَد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Dialling</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>لا أتحدث لغة المتصل بطلاقة كافية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Needs a specialist for this topic</source>
        <translation>يحتاج إلى مختص في هذه الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Already handled in another request</source>
        <translation>تمت معالجته بالفعل في طلب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>The caller withdrew consent</source>
        <translation>سحب المتصل موافقته</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>On call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Wrap-up</source>
        <translation>ما بعد المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Paused</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Break</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Back office</source>
        <translation>أعمال إدارية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>the password was not accepted</source>
        <translation>لم تُقبل كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>wrong user or password</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>the PBX does not answer</source>
        <translation>المقسم الهاتفي لا يستجيب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>تعذّر العثور على اسم المقسم الهاتفي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>no connection to the PBX</source>
        <translation>لا يوجد اتصال بالمقسم الهاتفي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>refused by the PBX</source>
        <translation>رفضه المقسم الهاتفي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>from the caller</source>
        <translation>من المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>to the caller</source>
        <translation>إلى المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <location filename="../../softphone/monitoring.py" line="217"/>
        <source>Listening in needs a registered phone.</source>
        <translation>يتطلب الاستماع هاتفًا مسجَّلًا.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="247"/>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: لا يمكن لأحد الاستماع إلى المكالمات.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="250"/>
        <source>No phone address is known for this agent.</source>
        <translation>لا يوجد عنوان هاتف معروف لهذا الموظف.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="259"/>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>تعذّر الاتصال بهاتف الموظف: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="280"/>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>تعذّر تغيير الوضع: لم تستجب قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="326"/>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>رفض هاتف الموظف الاستماع (%1).</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="336"/>
        <source>Only supervisors can listen in.</source>
        <translation>الاستماع إلى المكالمات متاح للمشرفين فقط.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="337"/>
        <source>This agent is not on a call.</source>
        <translation>هذا الموظف ليس في مكالمة.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="338"/>
        <source>This agent is not known to the ticket store.</source>
        <translation>هذا الموظف غير معروف في قاعدة بيانات التذاكر.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="339"/>
        <source>You cannot listen in on your own calls.</source>
        <translation>لا يمكنك الاستماع إلى مكالماتك.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="340"/>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>ليس لهذا الموظف رقم داخلي يمكن للمقسم الهاتفي الاستماع إليه.</translation>
    </message>
    <message>
        <location filename="../../softphone/monitoring.py" line="342"/>
        <source>The listen-in was refused.</source>
        <translation>رُفض الاستماع.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>%1 is listening to this call.</source>
        <translation>يستمع %1 إلى هذه المكالمة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>يستمع %1 إلى هذه المكالمة ويمكنه التحدث إليك؛ ولا يسمعه المتصل.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>انضم %1 إلى هذه المكالمة: تسمعه أنت والمتصل.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>A supervisor</source>
        <translation>أحد المشرفين</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Su&amp;pervisor</source>
        <translation>&amp;إشراف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;نشر إعلان…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Callback queue</source>
        <translation>قائمة انتظار معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Canned answers</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Recent calls</source>
        <translation>المكالمات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>About Contact Softphone</source>
        <translation>حول Contact Softphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
هاتف برمجي لموظفي مراكز الاتصال.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="98"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="106"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="107"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="108"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="116"/>
        <source>A last name is needed.</source>
        <translation>أدخل اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="119"/>
        <source>That is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="69"/>
        <source>New ticket from this call</source>
        <translation>تذكرة جديدة من هذه المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="75"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="76"/>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="77"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_dialogs.py" line="82"/>
        <source>Say in a few words what it is about.</source>
        <translation>صِف الطلب في بضع كلمات.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <location filename="../../ui/recent_calls.py" line="103"/>
        <source>Incoming</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="104"/>
        <source>Outgoing</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="105"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="114"/>
        <source>Search calls by name or number</source>
        <translation>ابحث في المكالمات بالاسم أو الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="116"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/recent_calls.py" line="117"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="136"/>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>تم استرداد ملاحظة من مكالمة انقطعت (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="137"/>
        <source>unknown number</source>
        <translation>رقم غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="140"/>
        <source>Save it to the caller&apos;s history</source>
        <translation>احفظها في سجل المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="142"/>
        <source>Hello, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="145"/>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>في انتظار المكالمات. لغاتك: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="148"/>
        <source>Hello</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="150"/>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>في انتظار المكالمات. تظهر بطاقة المتصل هنا عند رنين الهاتف.</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="154"/>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>التذاكر المفتوحة: أحدث %1 من أصل %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screen_pop.py" line="159"/>
        <source>Open tickets: %Ln</source>
        <translation>
            <numerusform>%Ln تذكرة مفتوحة</numerusform>
            <numerusform>%Ln تذكرة مفتوحة</numerusform>
            <numerusform>%Ln تذكرتان مفتوحتان</numerusform>
            <numerusform>%Ln تذاكر مفتوحة</numerusform>
            <numerusform>%Ln تذكرة مفتوحة</numerusform>
            <numerusform>%Ln تذكرة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="163"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="164"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="165"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="166"/>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="167"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="168"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="169"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/screen_pop.py" line="170"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="288"/>
        <source>Choose one of the answers.</source>
        <translation>اختر إحدى الإجابات.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="294"/>
        <source>This step needs an answer.</source>
        <translation>تتطلب هذه الخطوة إجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="316"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>أدخل رقمًا من %1 إلى %2.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="319"/>
        <source>Enter a number of at least %1.</source>
        <translation>أدخل رقمًا لا يقل عن %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="321"/>
        <source>Enter a number of at most %1.</source>
        <translation>أدخل رقمًا لا يزيد على %1.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="323"/>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="368"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="369"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="370"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="371"/>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>العودة إلى الخطوة السابقة (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="372"/>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>الإجابة (Ctrl+Enter للانتقال إلى الخطوة التالية)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="373"/>
        <source>A number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="382"/>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="386"/>
        <source>Script finished. The answers:</source>
        <translation>اكتمل نص المكالمة. الإجابات:</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="391"/>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="394"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="395"/>
        <source>Next step (Enter)</source>
        <translation>الخطوة التالية (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="402"/>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ غير معروف: %1. اسأل المتصل أو عبّر عن ذلك بكلماتك.</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="416"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="424"/>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="429"/>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="430"/>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="431"/>
        <source>caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="432"/>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="433"/>
        <source>ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="434"/>
        <source>ticket subject</source>
        <translation>موضوع التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="435"/>
        <source>service hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="436"/>
        <source>today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="437"/>
        <source>topic</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="83"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="85"/>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>الاسم أو رقم الهاتف أو البريد الإلكتروني أو رقم التذكرة أو كلمات من الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="90"/>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="92"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجةً</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="94"/>
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(قاعدة البيانات غير متاحة: تم البحث في النسخة المحلية)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="378"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="380"/>
        <source>Ticket store</source>
        <translation>قاعدة بيانات التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>Choose a ringtone</source>
        <translation>اختر نغمة الرنين</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="367"/>
        <source>WAV sound (*.wav)</source>
        <translation>ملف صوت WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>SIP accounts</source>
        <translation>حسابات SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="382"/>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="383"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <location filename="../../ui/settings_dialog.py" line="386"/>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="388"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="389"/>
        <source>Test tone</source>
        <translation>نغمة اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="390"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>Built-in ring</source>
        <translation>الرنين المدمج</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="393"/>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="394"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="395"/>
        <source>Default country (e.g. IT)</source>
        <translation>البلد الافتراضي (مثل IT)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="396"/>
        <source>Wrap-up time (seconds)</source>
        <translation>مدة ما بعد المكالمة (بالثواني)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="397"/>
        <source>Store URL (empty: embedded)</source>
        <translation>عنوان URL لقاعدة البيانات (فارغ: المدمجة)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="398"/>
        <source>Store password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="399"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>Domain</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="401"/>
        <source>Transport</source>
        <translation>بروتوكول النقل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="402"/>
        <source>SIP password</source>
        <translation>كلمة مرور SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="404"/>
        <source>Speaker</source>
        <translation>مكبر الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="405"/>
        <source>Ringtone</source>
        <translation>نغمة الرنين</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="407"/>
        <source>Hang up</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="408"/>
        <source>Hold</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="409"/>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="411"/>
        <source>Dial field</source>
        <translation>حقل الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="412"/>
        <source>Canned answers</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="418"/>
        <source>Leave empty to keep the saved password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="423"/>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>لا تتوفر حلقة مفاتيح آمنة (%1). لا يمكن حفظ كلمات المرور، ولا تُكتب أبدًا في ملفات: ثبّت خدمة حلقة مفاتيح أو ألغِ قفلها لحفظها.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../softphone/settings_form.py" line="41"/>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>عنوان URL غير صالح لقاعدة البيانات: استخدم postgresql://user@host/database أو sqlite:///path</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="45"/>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>احذف كلمة المرور من عنوان URL واكتبها في حقل كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="49"/>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>يجب أن يتضمن عنوان URL الخاص بـ PostgreSQL اسم مضيف واسم قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="63"/>
        <source>Not a WAV sound file: %1</source>
        <translation>ليس ملف صوت WAV: %1</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="77"/>
        <source>Already used by another action.</source>
        <translation>مستخدم بالفعل لإجراء آخر.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="89"/>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>يُسمح فقط بالحروف والأرقام والرموز . _ @ -.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="95"/>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>رمز بلد غير معروف: استخدم حرفين مثل IT أو DE.</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="116"/>
        <source>Enter the SIP user (the part before @).</source>
        <translation>أدخل اسم مستخدم SIP (الجزء الذي يسبق @).</translation>
    </message>
    <message>
        <location filename="../../softphone/settings_form.py" line="120"/>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>أدخل نطاقًا أو اسم مضيف، مثل pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="85"/>
        <source>Pause</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="109"/>
        <source>SIP: no account</source>
        <translation>SIP: لا يوجد حساب</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>SIP: registering %1…</source>
        <translation>SIP: جارٍ تسجيل %1…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="111"/>
        <source>SIP: registered as %1</source>
        <translation>SIP: مسجَّل باسم %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="112"/>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 غير مسجّل: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="119"/>
        <source>Store: connecting…</source>
        <translation>قاعدة البيانات: جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="121"/>
        <source>Store: connected (%1)</source>
        <translation>قاعدة البيانات: متصلة (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="123"/>
        <source>Store: offline</source>
        <translation>قاعدة البيانات: غير متصل</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="125"/>
        <source>Store: unreachable</source>
        <translation>قاعدة البيانات: تعذّر الوصول</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="127"/>
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln تغيير في الانتظار</numerusform>
            <numerusform>%Ln تغيير في الانتظار</numerusform>
            <numerusform>%Ln تغييران في الانتظار</numerusform>
            <numerusform>%Ln تغييرات في الانتظار</numerusform>
            <numerusform>%Ln تغييرًا في الانتظار</numerusform>
            <numerusform>%Ln تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="129"/>
        <source>%Ln change(s) refused</source>
        <translation>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغييران مرفوضان</numerusform>
            <numerusform>%Ln تغييرات مرفوضة</numerusform>
            <numerusform>%Ln تغييرًا مرفوضًا</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ لا توجد حلقة مفاتيح آمنة: لا يمكن حفظ كلمات المرور</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="143"/>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>لم يُعثر على خدمة حلقة مفاتيح آمنة على سطح المكتب هذا. لا تُكتب كلمات المرور أبدًا في ملفات؛ ثبّت حلقة مفاتيح (GNOME Keyring أو KWallet) أو ألغِ قفلها لحفظها.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../softphone/sync_service.py" line="84"/>
        <source>The local copy was rebuilt</source>
        <translation>أُعيد بناء النسخة المحلية</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="86"/>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>تعذّرت قراءة النسخة المحلية من قاعدة بيانات التذاكر (%1). نُقلت جانبًا باسم %2 ويجري إعادة بنائها من قاعدة بيانات التذاكر. لم تكن تحتوي على أي شيء كتبته.</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="90"/>
        <source>Waiting changes were recovered</source>
        <translation>تم استرداد التغييرات التي في الانتظار</translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="92"/>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>تعذّرت قراءة ملف التغييرات المنتظرة للإرسال (%1). نُقل جانبًا باسم %2؛ واحتُفظ بما أمكن قراءته: %3 و%4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="96"/>
        <source>%n waiting change(s)</source>
        <translation>
            <numerusform>%n تغيير في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
            <numerusform>%n تغييران في الانتظار</numerusform>
            <numerusform>%n تغييرات في الانتظار</numerusform>
            <numerusform>%n تغييرًا في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/sync_service.py" line="97"/>
        <source>%n unsaved note(s)</source>
        <translation>
            <numerusform>%n ملاحظة غير محفوظة</numerusform>
            <numerusform>%n ملاحظة غير محفوظة</numerusform>
            <numerusform>%n ملاحظتان غير محفوظتين</numerusform>
            <numerusform>%n ملاحظات غير محفوظة</numerusform>
            <numerusform>%n ملاحظةً غير محفوظة</numerusform>
            <numerusform>%n ملاحظة غير محفوظة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/sync_service.py" line="100"/>
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>تعذّرت قراءة جزء منه: احتفظ بالملف المنقول جانبًا لفريق الدعم.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="86"/>
        <source>Show the softphone</source>
        <translation>إظهار الهاتف البرمجي</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="87"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="90"/>
        <source>%Ln missed call(s)</source>
        <translation>
            <numerusform>%Ln مكالمة فائتة</numerusform>
            <numerusform>%Ln مكالمة فائتة</numerusform>
            <numerusform>%Ln مكالمتان فائتتان</numerusform>
            <numerusform>%Ln مكالمات فائتة</numerusform>
            <numerusform>%Ln مكالمة فائتة</numerusform>
            <numerusform>%Ln مكالمة فائتة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <location filename="../../ui/wallboard.py" line="287"/>
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>لم تستجب قاعدة بيانات التذاكر: قد لا تكون هذه الأرقام محدَّثة.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="292"/>
        <source>Updated %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="352"/>
        <source>Listening to %1: %2</source>
        <translation>الاستماع إلى %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="357"/>
        <source>Select an agent on a call to listen in.</source>
        <translation>حدد موظفًا في مكالمة للاستماع إليها.</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="361"/>
        <source>silent monitor</source>
        <translation>استماع صامت</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="362"/>
        <source>whisper to the agent</source>
        <translation>همس للموظف</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="363"/>
        <source>barge in</source>
        <translation>مداخلة في المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="378"/>
        <source>Wallboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="380"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="381"/>
        <source>On call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="382"/>
        <source>Wrap-up</source>
        <translation>ما بعد المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="383"/>
        <source>Paused</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="384"/>
        <source>Callbacks due</source>
        <translation>معاودات اتصال مستحقة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="385"/>
        <source>Oldest waiting</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="386"/>
        <source>Callbacks on time today</source>
        <translation>معاودات اتصال في موعدها اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="387"/>
        <source>Calls handled today</source>
        <translation>المكالمات المعالَجة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="388"/>
        <source>Calls abandoned today</source>
        <translation>المكالمات المتروكة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="392"/>
        <source>Callbacks due by language</source>
        <translation>معاودات الاتصال المستحقة حسب اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="393"/>
        <source>Agents by state</source>
        <translation>الموظفون حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="396"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="397"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="398"/>
        <source>For</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="399"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="400"/>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="401"/>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="402"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="405"/>
        <source>Monitor</source>
        <translation>استماع</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="406"/>
        <source>Whisper</source>
        <translation>همس</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="407"/>
        <source>Barge in</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="408"/>
        <source>Stop listening</source>
        <translation>إيقاف الاستماع</translation>
    </message>
    <message>
        <location filename="../../ui/wallboard.py" line="409"/>
        <source>Announce…</source>
        <translation>إعلان…</translation>
    </message>
</context>
</TS>
