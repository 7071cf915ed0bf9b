<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message numerus="yes">
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
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>إعلان من %1: %2</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>تحديد كمقروء</translation>
    </message>
    <message>
        <source>All announcements…</source>
        <translation>كل الإعلانات…</translation>
    </message>
</context>
<context>
    <name>AnnouncementComposer</name>
    <message>
        <source>New announcement</source>
        <translation>إعلان جديد</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>من يتحدث %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>اكتب الرسالة أولًا.</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>الرسالة طويلة جدًا: %1 حرف كحد أقصى.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <source>Announcements</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <source>Unread first; Mark read marks the chosen one</source>
        <translation>غير المقروءة أولًا؛ «تعليم كمقروء» يعلّم المختار</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>تحديد كمقروء</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Settings could not be read</source>
        <translation>تعذّرت قراءة الإعدادات</translation>
    </message>
    <message>
        <source>The app started with default settings.
%1</source>
        <translation>تم تشغيل التطبيق بالإعدادات الافتراضية.
%1</translation>
    </message>
    <message>
        <source>Ticket store unreachable</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر</translation>
    </message>
    <message>
        <source>The ticket store at %1 was upgraded for a newer softphone (schema version %2; this softphone knows up to %3). Install the newer softphone. Calls can still be made and taken.</source>
        <translation>تمت ترقية مخزن التذاكر على %1 لهاتف برمجي أحدث (إصدار المخطط %2؛ هذا الهاتف يعرف حتى %3). ثبّت الهاتف البرمجي الأحدث. لا يزال بالإمكان إجراء المكالمات واستقبالها.</translation>
    </message>
    <message>
        <source>The ticket store at %1 needs an upgrade (schema version %2; this softphone needs %3). Only its administrator may upgrade it, with `softphone db upgrade`: the softphone does not change the store as %4. Calls can still be made and taken.</source>
        <translation>يحتاج مخزن التذاكر على %1 إلى ترقية (إصدار المخطط %2؛ هذا الهاتف يحتاج %3). لا يجوز ترقيته إلا لمسؤوله، باستخدام `softphone db upgrade`: لا يغيّر الهاتف البرمجي المخزن بصفته %4. لا يزال بالإمكان إجراء المكالمات واستقبالها.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Ticket store needs an upgrade</source>
        <translation>مخزن التذاكر يحتاج إلى ترقية</translation>
    </message>
    <message>
        <source>Telephony unavailable</source>
        <translation>خدمة الهاتف غير متاحة</translation>
    </message>
    <message>
        <source>The phone engine stopped unexpectedly (%1) and was started again.</source>
        <translation>توقف محرك الهاتف بشكل غير متوقع (%1) وأُعيد تشغيله.</translation>
    </message>
    <message>
        <source>Phone engine restarted</source>
        <translation>أُعيد تشغيل محرك الهاتف</translation>
    </message>
    <message numerus="yes">
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
        <source>Phone engine stopped</source>
        <translation>توقف محرك الهاتف</translation>
    </message>
    <message numerus="yes">
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
        <source>The phone engine could not be started again, so calls can neither be made nor taken. Restart the softphone; if this happens again, tell your IT support.

Details: %1</source>
        <translation>تعذّر تشغيل محرك الهاتف مرة أخرى، لذا لا يمكن إجراء المكالمات أو استقبالها. أعد تشغيل الهاتف البرمجي؛ وإذا تكرر ذلك فأبلغ الدعم الفني.

التفاصيل: %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>مكالمة واردة من %1</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read</source>
        <translation>تعذّرت قراءة الإعدادات التي وضعها المسؤول</translation>
    </message>
    <message>
        <source>The settings your IT department provides for this computer cannot be used, so the app runs on your own settings and nothing is locked. Tell your IT support.
%1</source>
        <translation>لا يمكن استخدام الإعدادات التي يوفّرها قسم تقنية المعلومات لهذا الحاسوب، لذا يعمل التطبيق بإعداداتك الخاصة ولا شيء مقفل. أبلغ الدعم التقني.
%1</translation>
    </message>
    <message>
        <source>Administrator&apos;s settings unreadable: %1</source>
        <translation>إعدادات المسؤول غير مقروءة: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>لا توجد بيانات لعرضها</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>in conference</source>
        <translation>في مؤتمر</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>جارٍ التسجيل</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>يرن</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Quality: %1 (%2)</source>
        <translation>الجودة: %1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>تحويل إلى…</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>التحويل إلى</translation>
    </message>
    <message>
        <source>The colleague&apos;s extension, number or SIP address</source>
        <translation>تحويلة الزميل أو رقمه أو عنوان SIP الخاص به</translation>
    </message>
    <message>
        <source>Your calls in progress; the chosen one is shown</source>
        <translation>مكالماتك الجارية؛ تُعرض المختارة منها</translation>
    </message>
    <message>
        <source>Keypad: send tones</source>
        <translation>لوحة المفاتيح: إرسال النغمات</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Blind transfer: hand the caller over now</source>
        <translation>تحويل مباشر: تسليم المتصل فورًا</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>Attended transfer: hold the caller and talk to the colleague first</source>
        <translation>تحويل مع استشارة: ضع المتصل قيد الانتظار وتحدّث إلى الزميل أولًا</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إتمام</translation>
    </message>
</context>
<context>
    <name>CallbackQueuePanel</name>
    <message>
        <source>missed by %1</source>
        <translation>متجاوَز بمقدار %1</translation>
    </message>
    <message numerus="yes">
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
        <source>Requests are assigned to you automatically.</source>
        <translation>تُسنَد إليك الطلبات تلقائيًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>مستحقة الآن: %1</translation>
    </message>
    <message>
        <source>No callbacks are due now.</source>
        <translation>لا توجد معاودات اتصال مستحقة الآن.</translation>
    </message>
    <message>
        <source>Next in your languages: %1</source>
        <translation>معاودة الاتصال التالية بلغاتك: %1</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: no new callbacks.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: لا توجد معاودات اتصال جديدة.</translation>
    </message>
    <message>
        <source>Open callback requests</source>
        <translation>طلبات معاودة الاتصال المفتوحة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Service level left</source>
        <translation>المتبقي من مستوى الخدمة</translation>
    </message>
</context>
<context>
    <name>CallbackRequestPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Callback for you: %1, %2.</source>
        <translation>معاودة اتصال لك: %1، %2.</translation>
    </message>
    <message>
        <source>Speak %1.</source>
        <translation>تحدّث بـ%1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>الموضوع: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dialling in %Ln seconds.</source>
        <translation>
            <numerusform>الطلب خلال %Ln ثانية.</numerusform>
            <numerusform>الطلب خلال ثانية واحدة (%Ln).</numerusform>
            <numerusform>الطلب خلال ثانيتين (%Ln).</numerusform>
            <numerusform>الطلب خلال %Ln ثوانٍ.</numerusform>
            <numerusform>الطلب خلال %Ln ثانية.</numerusform>
            <numerusform>الطلب خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>بكلماتك (اختياري)</translation>
    </message>
    <message>
        <source>Why you skip it, in your words (optional)</source>
        <translation>سبب التخطي بكلماتك (اختياري)</translation>
    </message>
    <message>
        <source>Reason to skip</source>
        <translation>سبب التخطي</translation>
    </message>
    <message>
        <source>Time before the call is dialled</source>
        <translation>الوقت المتبقي قبل طلب المكالمة</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>موعد معاودة الاتصال</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>Dial now</source>
        <translation>اتصل الآن</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (مقترح)</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>كيف جرت معاودة الاتصال؟</translation>
    </message>
    <message numerus="yes">
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
        <source>Call back %1 at %2</source>
        <translation>عاود الاتصال بـ%1 على الرقم %2</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>لغة المكالمة: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>الموعد المطلوب: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>المحاولة %1 من %2</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>في المرة السابقة: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <source>Service level missed by %1</source>
        <translation>تم تجاوز مستوى الخدمة بمقدار %1</translation>
    </message>
    <message>
        <source>Service level: %1 left</source>
        <translation>مستوى الخدمة: يتبقى %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>جارٍ الاتصال بالرقم %1…</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>This request was given to a colleague (the connection was lost).</source>
        <translation>أُسنِد هذا الطلب إلى زميل (انقطع الاتصال).</translation>
    </message>
    <message>
        <source>This request is no longer yours; it was not dialled.</source>
        <translation>لم يعد هذا الطلب مسندًا إليك؛ لم يتم الاتصال.</translation>
    </message>
</context>
<context>
    <name>CallerCardPage</name>
    <message>
        <source>(choose the outcome)</source>
        <translation>(اختر النتيجة)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Call the caller back at…</source>
        <translation>معاودة الاتصال بالمتصل في…</translation>
    </message>
    <message>
        <source>Forward the ticket to a back office</source>
        <translation>إحالة التذكرة إلى المكتب الخلفي</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Outcome of the call:</source>
        <translation>نتيجة المكالمة:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>موعد معاودة الاتصال</translation>
    </message>
    <message>
        <source>Back office to forward to</source>
        <translation>المكتب الخلفي المحوَّل إليه</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Several contacts have this number</source>
        <translation>لعدة جهات اتصال هذا الرقم</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>The caller&apos;s tickets, open ones first</source>
        <translation>تذاكر المتصل، المفتوحة أولًا</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>The caller&apos;s contacts, newest first</source>
        <translation>تواصلات المتصل، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>ملاحظة المكالمة</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>تُحفَظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>إغلاق البطاقة</translation>
    </message>
    <message>
        <source>New ticket from this call…</source>
        <translation>تذكرة جديدة من هذه المكالمة…</translation>
    </message>
    <message>
        <source>Put this call on the selected ticket</source>
        <translation>إضافة هذه المكالمة إلى التذكرة المحددة</translation>
    </message>
    <message>
        <source>Reopen the selected ticket</source>
        <translation>إعادة فتح التذكرة المحددة</translation>
    </message>
    <message>
        <source>Create a contact for this number…</source>
        <translation>إنشاء جهة اتصال لهذا الرقم…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Search by name, e-mail or ticket…</source>
        <translation>البحث بالاسم أو البريد الإلكتروني أو التذكرة…</translation>
    </message>
    <message>
        <source>Notes on this call: saved as you type, and kept if the app closes.</source>
        <translation>ملاحظات هذه المكالمة: تُحفَظ أثناء الكتابة وتبقى محفوظة حتى إذا أُغلق التطبيق.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: this is the local copy.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: هذه هي النسخة المحلية.</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>لغة المتصل</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>لا توجد جهة اتصال بهذا الرقم.</translation>
    </message>
    <message>
        <source>This call goes on the new ticket.</source>
        <translation>ستُضاف هذه المكالمة إلى التذكرة الجديدة.</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>لغة المتصل: %1</translation>
    </message>
    <message>
        <source>Other numbers: %1</source>
        <translation>أرقام أخرى: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Verified by telephone PIN</source>
        <translation>تم التحقق من الهوية برمز PIN الهاتفي</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق من الهوية</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>الرد الصوتي التفاعلي: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This call goes on ticket %1.</source>
        <translation>ستُضاف هذه المكالمة إلى التذكرة %1.</translation>
    </message>
    <message>
        <source>Caller&apos;s card: no contact has this number.</source>
        <translation>بطاقة المتصل: لا توجد جهة اتصال بهذا الرقم.</translation>
    </message>
    <message numerus="yes">
        <source>Caller&apos;s card: %Ln contacts have this number.</source>
        <translation>
            <numerusform>بطاقة المتصل: لا جهات اتصال بهذا الرقم (%Ln).</numerusform>
            <numerusform>بطاقة المتصل: جهة اتصال واحدة بهذا الرقم (%Ln).</numerusform>
            <numerusform>بطاقة المتصل: جهتا اتصال بهذا الرقم (%Ln).</numerusform>
            <numerusform>بطاقة المتصل: %Ln جهات اتصال بهذا الرقم.</numerusform>
            <numerusform>بطاقة المتصل: %Ln جهة اتصال بهذا الرقم.</numerusform>
            <numerusform>بطاقة المتصل: %Ln جهة اتصال بهذا الرقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s card: %1.</source>
        <translation>بطاقة المتصل: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s).</source>
        <translation>
            <numerusform>لا تذاكر مفتوحة (%Ln).</numerusform>
            <numerusform>تذكرة مفتوحة واحدة (%Ln).</numerusform>
            <numerusform>تذكرتان مفتوحتان (%Ln).</numerusform>
            <numerusform>%Ln تذاكر مفتوحة.</numerusform>
            <numerusform>%Ln تذكرة مفتوحة.</numerusform>
            <numerusform>%Ln تذكرة مفتوحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: ticket %1 is already open on this topic.</source>
        <translation>تكرار محتمل: التذكرة %1 مفتوحة بالفعل حول هذا الموضوع.</translation>
    </message>
    <message>
        <source>Not added to the note: it can hold at most %1 characters, and this would make it %2. Nothing was cut: shorten the text and add it again.</source>
        <translation>لم تتم الإضافة إلى الملاحظة: لا تتسع لأكثر من %1 حرف، وستصبح بهذه الإضافة %2. لم يُحذف أي شيء: اختصر النص وأضفه مرة أخرى.</translation>
    </message>
    <message>
        <source>Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?</source>
        <translation>توجد تذكرة مفتوحة بالفعل في هذه الفئة: %1 «%2». هل تريد إضافة هذه المكالمة إليها بدلًا من إنشاء تذكرة جديدة؟</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>إضافة إلى %1</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Enter a number to call.</source>
        <translation>أدخل رقمًا للاتصال به.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>رقم هاتف غير صالح: %1</translation>
    </message>
    <message>
        <source>No SIP account is registered.</source>
        <translation>لا يوجد حساب SIP مسجَّل.</translation>
    </message>
    <message>
        <source>A call from %1 could not be taken: its request was larger than the phone accepts (%2 bytes). It is in the recent calls as missed.</source>
        <translation>تعذّر استقبال مكالمة من %1: كان طلبها أكبر مما يقبله الهاتف (%2 بايت). وهي مدرجة في المكالمات الأخيرة كمكالمة فائتة.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>متصل مجهول</translation>
    </message>
</context>
<context>
    <name>CannedAnswerEditor</name>
    <message>
        <source>Edit canned answer</source>
        <translation>تعديل الرد الجاهز</translation>
    </message>
    <message>
        <source>New canned answer</source>
        <translation>رد جاهز جديد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, {{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a bar: {{first_name|Sir or Madam}}.</source>
        <translation>العناصر النائبة: {{first_name}}، {{last_name}}، {{agent_name}}، {{ticket_number}}، {{ticket_subject}}، {{service_hours}}، {{today}}، {{topic}}؛ ونص بديل بعد خط عمودي: {{first_name|السيد/السيدة}}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>الوسوم (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Two colons and a word, e.g. ::pin</source>
        <translation>نقطتان مزدوجتان وكلمة، مثل ::pin</translation>
    </message>
</context>
<context>
    <name>CannedAnswersPanel</name>
    <message>
        <source>Not filled in: %1. The gaps are highlighted.</source>
        <translation>غير مكتمل: %1. الفراغات مظللة.</translation>
    </message>
    <message>
        <source>Press Enter again to insert it with the gaps marked.</source>
        <translation>اضغط Enter مرة أخرى لإدراجه مع تمييز الفراغات.</translation>
    </message>
    <message>
        <source>Insert with gaps</source>
        <translation>إدراج مع الفراغات</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>موضوع التذكرة</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Search: title, text, tag or ::shortcut</source>
        <translation>بحث: العنوان أو النص أو الوسم أو ::الاختصار</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Language (Alt+←/→):</source>
        <translation>اللغة (Alt+←/→):</translation>
    </message>
    <message>
        <source>Search canned answers</source>
        <translation>البحث في الردود الجاهزة</translation>
    </message>
    <message>
        <source>Title, text, tag or two colons and a shortcut; Enter inserts the answer</source>
        <translation>العنوان أو النص أو الوسم أو نقطتان مزدوجتان واختصار؛ يُدرج Enter الرد</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>نص الرد</translation>
    </message>
    <message>
        <source>Withdraw the answer from use</source>
        <translation>سحب الرد من الاستخدام</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>سحب</translation>
    </message>
</context>
<context>
    <name>CannedService</name>
    <message>
        <source>Inserted into the note.</source>
        <translation>أُدرج في الملاحظة.</translation>
    </message>
    <message>
        <source>No note is open: the answer was copied instead.</source>
        <translation>لا توجد ملاحظة مفتوحة: نُسخ الرد بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>نُسخ إلى الحافظة.</translation>
    </message>
    <message>
        <source>%1 inserted; not filled in: %2 (selected in the note).</source>
        <translation>أُدرج %1؛ غير مكتمل: %2 (محدد في الملاحظة).</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by another answer.</source>
        <translation>الاختصار %1 مستخدم بالفعل لرد آخر.</translation>
    </message>
    <message>
        <source>Saved; it reaches every agent&apos;s panel in a moment.</source>
        <translation>حُفظ؛ سيصل إلى لوحة كل موظف خلال لحظات.</translation>
    </message>
    <message>
        <source>Retired: it leaves every agent&apos;s panel.</source>
        <translation>سُحب: سيختفي من لوحة كل موظف.</translation>
    </message>
</context>
<context>
    <name>CtiService</name>
    <message>
        <source>%1: call from %2</source>
        <translation>%1: مكالمة من %2</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>مكالمة من %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This computer&apos;s store address names another agent.</source>
        <translation>عنوان المخزن على هذا الحاسوب يخص موظفًا آخر.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>اسم الدخول أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The ticket store cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى مخزن التذاكر: %1</translation>
    </message>
    <message>
        <source>There is no agent with this login.</source>
        <translation>لا يوجد موظف بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>star</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>الرقم أو عنوان SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>الرقم المطلوب</translation>
    </message>
    <message>
        <source>A phone number or a SIP address</source>
        <translation>رقم هاتف أو عنوان SIP</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>الاتصال بآخر رقم مرة أخرى</translation>
    </message>
    <message>
        <source>No SIP account is set up yet: add one in Settings to call.</source>
        <translation>لم يُعدّ أي حساب SIP بعد: أضف حسابًا من الإعدادات لإجراء المكالمات.</translation>
    </message>
</context>
<context>
    <name>IncomingCallWindow</name>
    <message>
        <source>Incoming call from %1.</source>
        <translation>مكالمة واردة من %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>اللغة: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>الموضوع: %1.</translation>
    </message>
    <message>
        <source>PIN verified.</source>
        <translation>تم التحقق من الرقم السري.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>لم يتم التحقق.</translation>
    </message>
    <message>
        <source>Call waiting.</source>
        <translation>مكالمة في الانتظار.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>مكالمة واردة: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>تم التحقق من الهوية</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق من الهوية</translation>
    </message>
    <message>
        <source>Call waiting: answering puts your current call on hold.</source>
        <translation>مكالمة في الانتظار: الرد على هذه المكالمة يضع مكالمتك الحالية قيد الانتظار.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>نموذج الويب</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <source>Call me now</source>
        <translation>معاودة الاتصال فورًا</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>معاودة الاتصال في موعد محدد</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا يوجد رد</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>معاودة الاتصال لاحقًا</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>مُسنَد</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>I do not speak the caller&apos;s language well enough</source>
        <translation>لا أتحدث لغة المتصل بطلاقة كافية</translation>
    </message>
    <message>
        <source>Needs a specialist for this topic</source>
        <translation>يحتاج إلى مختص في هذه الفئة</translation>
    </message>
    <message>
        <source>Already handled in another request</source>
        <translation>تمت معالجته بالفعل في طلب آخر</translation>
    </message>
    <message>
        <source>The caller withdrew consent</source>
        <translation>سحب المتصل موافقته</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>ما بعد المكالمة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>لا يستجيب</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>أعمال إدارية</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>لم تُقبل كلمة المرور</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>the PBX does not answer</source>
        <translation>المقسم الهاتفي لا يستجيب</translation>
    </message>
    <message>
        <source>the PBX&apos;s name cannot be found</source>
        <translation>تعذّر العثور على اسم المقسم الهاتفي</translation>
    </message>
    <message>
        <source>no connection to the PBX</source>
        <translation>لا يوجد اتصال بالمقسم الهاتفي</translation>
    </message>
    <message>
        <source>refused by the PBX</source>
        <translation>رفضه المقسم الهاتفي</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>from the caller</source>
        <translation>من المتصل</translation>
    </message>
    <message>
        <source>to the caller</source>
        <translation>إلى المتصل</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
</context>
<context>
    <name>ListenInService</name>
    <message>
        <source>Listening in needs a registered phone.</source>
        <translation>يتطلب الاستماع هاتفًا مسجَّلًا.</translation>
    </message>
    <message>
        <source>The ticket store is unreachable: nobody can listen in.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات التذاكر: لا يمكن لأحد الاستماع إلى المكالمات.</translation>
    </message>
    <message>
        <source>No phone address is known for this agent.</source>
        <translation>لا يوجد عنوان هاتف معروف لهذا الموظف.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone could not be called: %1</source>
        <translation>تعذّر الاتصال بهاتف الموظف: %1</translation>
    </message>
    <message>
        <source>The mode could not be switched: the store did not answer.</source>
        <translation>تعذّر تغيير الوضع: لم تستجب قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone refused the listen-in (%1).</source>
        <translation>رفض هاتف الموظف الاستماع (%1).</translation>
    </message>
    <message>
        <source>Only supervisors can listen in.</source>
        <translation>الاستماع إلى المكالمات متاح للمشرفين فقط.</translation>
    </message>
    <message>
        <source>This agent is not on a call.</source>
        <translation>هذا الموظف ليس في مكالمة.</translation>
    </message>
    <message>
        <source>This agent is not known to the ticket store.</source>
        <translation>هذا الموظف غير معروف في قاعدة بيانات التذاكر.</translation>
    </message>
    <message>
        <source>You cannot listen in on your own calls.</source>
        <translation>لا يمكنك الاستماع إلى مكالماتك.</translation>
    </message>
    <message>
        <source>This agent has no extension for the PBX to listen in on.</source>
        <translation>ليس لهذا الموظف رقم داخلي يمكن للمقسم الهاتفي الاستماع إليه.</translation>
    </message>
    <message>
        <source>The listen-in was refused.</source>
        <translation>رُفض الاستماع.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nobody is listening to this call any more.</source>
        <translation>لم يعد أحد يستمع إلى هذه المكالمة.</translation>
    </message>
    <message>
        <source>%1 is listening to this call.</source>
        <translation>يستمع %1 إلى هذه المكالمة.</translation>
    </message>
    <message>
        <source>%1 is listening to this call and can speak to you; the caller cannot hear them.</source>
        <translation>يستمع %1 إلى هذه المكالمة ويمكنه التحدث إليك؛ ولا يسمعه المتصل.</translation>
    </message>
    <message>
        <source>%1 has joined this call: you and the caller hear them.</source>
        <translation>انضم %1 إلى هذه المكالمة: تسمعه أنت والمتصل.</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>أحد المشرفين</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>الرد على المكالمة الواردة</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>إنهاء المكالمة</translation>
    </message>
    <message>
        <source>Hold or resume the call</source>
        <translation>تعليق المكالمة أو استئنافها</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>كتم الميكروفون أو إلغاء كتمه</translation>
    </message>
    <message>
        <source>Go to the transfer field</source>
        <translation>الانتقال إلى حقل التحويل</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>الانتقال إلى حقل الرقم</translation>
    </message>
    <message>
        <source>Answer, or hang up</source>
        <translation>الرد أو إنهاء المكالمة</translation>
    </message>
    <message>
        <source>Search contacts and tickets</source>
        <translation>البحث في جهات الاتصال والتذاكر</translation>
    </message>
    <message>
        <source>Search the canned answers</source>
        <translation>البحث في الردود الجاهزة</translation>
    </message>
    <message>
        <source>Next or previous region of the window</source>
        <translation>منطقة النافذة التالية أو السابقة</translation>
    </message>
    <message>
        <source>Next or previous section of the caller&apos;s card</source>
        <translation>القسم التالي أو السابق من بطاقة المتصل</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>عنصر التحكم التالي أو السابق</translation>
    </message>
    <message>
        <source>Next tab of the side panel</source>
        <translation>التبويب التالي في اللوحة الجانبية</translation>
    </message>
    <message>
        <source>Reject the ringing call (incoming-call window)</source>
        <translation>رفض المكالمة الواردة (نافذة المكالمة الواردة)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Insert the chosen canned answer; next step of a script</source>
        <translation>إدراج الرد الجاهز المختار؛ الخطوة التالية من النص الإرشادي</translation>
    </message>
    <message>
        <source>Language of the canned answer</source>
        <translation>لغة الرد الجاهز</translation>
    </message>
    <message>
        <source>Previous step of a script</source>
        <translation>الخطوة السابقة من النص الإرشادي</translation>
    </message>
    <message>
        <source>Wallboard (supervisors)</source>
        <translation>لوحة المتابعة (للمشرفين)</translation>
    </message>
    <message>
        <source>Wallboard full screen</source>
        <translation>لوحة المتابعة بملء الشاشة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Contact Softphone</source>
        <translation>Contact Softphone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>Su&amp;pervisor</source>
        <translation>&amp;إشراف</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Broadcast an announcement…</source>
        <translation>&amp;نشر إعلان…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation>قائمة انتظار معاودة الاتصال</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>المكالمات الأخيرة</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>اللوحة الجانبية</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>يعرض Ctrl+Tab التبويب التالي</translation>
    </message>
    <message>
        <source>About Contact Softphone</source>
        <translation>حول Contact Softphone</translation>
    </message>
    <message>
        <source>Contact Softphone %1
A softphone for contact-centre agents.</source>
        <translation>Contact Softphone %1
هاتف برمجي لموظفي مراكز الاتصال.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>أدخل اسم العائلة.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket from this call</source>
        <translation>تذكرة جديدة من هذه المكالمة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Say in a few words what it is about.</source>
        <translation>صِف الطلب في بضع كلمات.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Incoming</source>
        <translation>واردة</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>Search calls by name or number</source>
        <translation>ابحث في المكالمات بالاسم أو الرقم</translation>
    </message>
    <message>
        <source>Search recent calls</source>
        <translation>البحث في المكالمات الأخيرة</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>المكالمات الأخيرة</translation>
    </message>
    <message>
        <source>Enter calls the chosen number back</source>
        <translation>يعاود Enter الاتصال بالرقم المختار</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <source>A note from a call that was interrupted (%1) was recovered:</source>
        <translation>تم استرداد ملاحظة من مكالمة انقطعت (%1):</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>رقم غير معروف</translation>
    </message>
    <message>
        <source>Save it to the caller&apos;s history</source>
        <translation>احفظها في سجل المتصل</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <source>Waiting for calls. Your languages: %1.</source>
        <translation>في انتظار المكالمات. لغاتك: %1.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Waiting for calls. The caller&apos;s card appears here when the phone rings.</source>
        <translation>في انتظار المكالمات. تظهر بطاقة المتصل هنا عند رنين الهاتف.</translation>
    </message>
    <message>
        <source>Open tickets: the latest %1 of %2</source>
        <translation>التذاكر المفتوحة: أحدث %1 من أصل %2</translation>
    </message>
    <message numerus="yes">
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
        <source>Recovered note</source>
        <translation>الملاحظة المستعادة</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Choose one of the answers.</source>
        <translation>اختر إحدى الإجابات.</translation>
    </message>
    <message>
        <source>This step needs an answer.</source>
        <translation>تتطلب هذه الخطوة إجابة.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>أدخل رقمًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>أدخل رقمًا لا يقل عن %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>أدخل رقمًا لا يزيد على %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>العودة إلى الخطوة السابقة (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Enter for the next step)</source>
        <translation>الإجابة (Ctrl+Enter للانتقال إلى الخطوة التالية)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Script finished. The answers:</source>
        <translation>اكتمل نص المكالمة. الإجابات:</translation>
    </message>
    <message>
        <source>The script&apos;s answers</source>
        <translation>إجابات النص الإرشادي</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>الخطوة التالية (Enter)</translation>
    </message>
    <message>
        <source>⚠ Not known: %1. Ask the caller, or say it in your own words.</source>
        <translation>⚠ غير معروف: %1. اسأل المتصل أو عبّر عن ذلك بكلماتك.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>موضوع التذكرة</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail, ticket number or words of a subject</source>
        <translation>الاسم أو رقم الهاتف أو البريد الإلكتروني أو رقم التذكرة أو كلمات من الموضوع</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Enter opens the contact&apos;s card</source>
        <translation>يفتح Enter بطاقة جهة الاتصال</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
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
        <source>(the ticket store is unreachable: the local copy was searched)</source>
        <translation>(قاعدة البيانات غير متاحة: تم البحث في النسخة المحلية)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Ticket store</source>
        <translation>قاعدة بيانات التذاكر</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Choose a ringtone</source>
        <translation>اختر نغمة الرنين</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>ملف صوت WAV (*.wav)</translation>
    </message>
    <message>
        <source>SIP accounts</source>
        <translation>حسابات SIP</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>كما في إعدادات سطح المكتب</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>تباين عالٍ، فاتح</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>تباين عالٍ، داكن</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>نغمة اختبار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Built-in ring</source>
        <translation>الرنين المدمج</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Default country (e.g. IT)</source>
        <translation>البلد الافتراضي (مثل IT)</translation>
    </message>
    <message>
        <source>Wrap-up time (seconds)</source>
        <translation>مدة ما بعد المكالمة (بالثواني)</translation>
    </message>
    <message>
        <source>Store URL (empty: embedded)</source>
        <translation>عنوان URL لقاعدة البيانات (فارغ: المدمجة)</translation>
    </message>
    <message>
        <source>Store password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>بروتوكول النقل</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>كلمة مرور SIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>مكبر الصوت</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>نغمة الرنين</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Dial field</source>
        <translation>حقل الطلب</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Keyboard shortcut: press the keys</source>
        <translation>اختصار لوحة المفاتيح: اضغط المفاتيح</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>حساب SIP</translation>
    </message>
    <message>
        <source>Add a SIP account</source>
        <translation>إضافة حساب SIP</translation>
    </message>
    <message>
        <source>Remove the SIP account</source>
        <translation>إزالة حساب SIP</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>No secure keyring is available (%1). Passwords cannot be saved and are never written to files: install or unlock a keyring service to save them.</source>
        <translation>لا تتوفر حلقة مفاتيح آمنة (%1). لا يمكن حفظ كلمات المرور، ولا تُكتب أبدًا في ملفات: ثبّت خدمة حلقة مفاتيح أو ألغِ قفلها لحفظها.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>يحدّده المسؤول</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Not a store URL: use postgresql://user@host/database or sqlite:///path</source>
        <translation>عنوان URL غير صالح لقاعدة البيانات: استخدم postgresql://user@host/database أو sqlite:///path</translation>
    </message>
    <message>
        <source>Remove the password from the URL and type it in the password field.</source>
        <translation>احذف كلمة المرور من عنوان URL واكتبها في حقل كلمة المرور.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database name.</source>
        <translation>يجب أن يتضمن عنوان URL الخاص بـ PostgreSQL اسم مضيف واسم قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Not a WAV sound file: %1</source>
        <translation>ليس ملف صوت WAV: %1</translation>
    </message>
    <message>
        <source>Already used by another action.</source>
        <translation>مستخدم بالفعل لإجراء آخر.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only.</source>
        <translation>يُسمح فقط بالحروف والأرقام والرموز . _ @ -.</translation>
    </message>
    <message>
        <source>Unknown country code: use two letters such as IT or DE.</source>
        <translation>رمز بلد غير معروف: استخدم حرفين مثل IT أو DE.</translation>
    </message>
    <message>
        <source>Enter the SIP user (the part before @).</source>
        <translation>أدخل اسم مستخدم SIP (الجزء الذي يسبق @).</translation>
    </message>
    <message>
        <source>Enter a domain or host name, e.g. pbx.example.org.</source>
        <translation>أدخل نطاقًا أو اسم مضيف، مثل pbx.example.org.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. F6 moves between the window&apos;s regions; Tab moves between the controls of a region.</source>
        <translation>كل شيء يعمل من لوحة المفاتيح. ينتقل F6 بين مناطق النافذة؛ وينتقل Tab بين عناصر التحكم في المنطقة.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>أدخل اسم الدخول.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to the softphone</source>
        <translation>تسجيل الدخول إلى الهاتف</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;اسم الدخول</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;SIP password (if different)</source>
        <translation>كلمة مرور &amp;SIP (إن اختلفت)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;تذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>SIP password, if different</source>
        <translation>كلمة مرور SIP، إن اختلفت</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>تذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Keeps your passwords in this computer&apos;s keyring, nowhere else</source>
        <translation>يحفظ كلمات مرورك في سلسلة مفاتيح هذا الحاسوب فقط</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>The ticket store has stopped hearing from this desk: supervisors now see you as not responding, and no callbacks come to you until it is back. Calls still ring.</source>
        <translation>توقف مخزن التذاكر عن تلقي أي إشارة من هذا المكتب: يراك المشرفون الآن «لا يستجيب»، ولن تُسند إليك أي معاودة اتصال حتى يعود. المكالمات ما زالت ترن.</translation>
    </message>
    <message>
        <source>supervisors see you as not responding</source>
        <translation>يراك المشرفون «لا يستجيب»</translation>
    </message>
    <message>
        <source>local copy rebuilt</source>
        <translation>أُعيد بناء النسخة المحلية</translation>
    </message>
    <message>
        <source>This desk was away longer than the ticket store keeps its changes, so its local copy was loaded again from the store. The changes you made here are kept.</source>
        <translation>كان هذا المكتب غائبًا مدة أطول مما يحتفظ به مخزن التذاكر من تغييرات، لذلك أُعيد تحميل نسخته المحلية من المخزن. التغييرات التي أجريتها هنا محفوظة.</translation>
    </message>
    <message>
        <source>Phone line back: you can take calls.</source>
        <translation>عاد خط الهاتف: يمكنك تلقي المكالمات.</translation>
    </message>
    <message>
        <source>Phone line lost: %1</source>
        <translation>انقطع خط الهاتف: %1</translation>
    </message>
    <message>
        <source>Ticket store offline: your work is kept and sent when it is back.</source>
        <translation>قاعدة بيانات التذاكر غير متصلة: يُحفَظ عملك ويُرسَل عند عودتها.</translation>
    </message>
    <message>
        <source>Ticket store back online.</source>
        <translation>عادت قاعدة بيانات التذاكر للاتصال.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>SIP: no account</source>
        <translation>SIP: لا يوجد حساب</translation>
    </message>
    <message>
        <source>SIP: registering %1…</source>
        <translation>SIP: جارٍ تسجيل %1…</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP: مسجَّل باسم %1</translation>
    </message>
    <message>
        <source>SIP: %1 not registered: %2</source>
        <translation>SIP: %1 غير مسجّل: %2</translation>
    </message>
    <message>
        <source>Store: connecting…</source>
        <translation>قاعدة البيانات: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Store: connected (%1)</source>
        <translation>قاعدة البيانات: متصلة (%1)</translation>
    </message>
    <message>
        <source>Store: offline</source>
        <translation>قاعدة البيانات: غير متصل</translation>
    </message>
    <message>
        <source>Store: needs an upgrade by its administrator</source>
        <translation>المخزن: يحتاج إلى ترقية من مسؤوله</translation>
    </message>
    <message>
        <source>Store: unreachable</source>
        <translation>قاعدة البيانات: تعذّر الوصول</translation>
    </message>
    <message numerus="yes">
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
        <source>Your state: %1</source>
        <translation>حالتك: %1</translation>
    </message>
    <message>
        <source>Choose available, a pause or offline</source>
        <translation>اختر متاح أو استراحة أو غير متصل</translation>
    </message>
    <message>
        <source>⚠ No secure keyring: passwords cannot be saved</source>
        <translation>⚠ لا توجد حلقة مفاتيح آمنة: لا يمكن حفظ كلمات المرور</translation>
    </message>
    <message>
        <source>No secure keyring service was found on this desktop. Passwords are never written to files; install or unlock a keyring (GNOME Keyring, KWallet) to save them.</source>
        <translation>لم يُعثر على خدمة حلقة مفاتيح آمنة على سطح المكتب هذا. لا تُكتب كلمات المرور أبدًا في ملفات؛ ثبّت حلقة مفاتيح (GNOME Keyring أو KWallet) أو ألغِ قفلها لحفظها.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The local copy was rebuilt</source>
        <translation>أُعيد بناء النسخة المحلية</translation>
    </message>
    <message>
        <source>The local copy of the ticket store could not be read (%1). It was set aside as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it.</source>
        <translation>تعذّرت قراءة النسخة المحلية من قاعدة بيانات التذاكر (%1). نُقلت جانبًا باسم %2 ويجري إعادة بنائها من قاعدة بيانات التذاكر. لم تكن تحتوي على أي شيء كتبته.</translation>
    </message>
    <message>
        <source>Waiting changes were recovered</source>
        <translation>تم استرداد التغييرات التي في الانتظار</translation>
    </message>
    <message>
        <source>The file of changes waiting to be sent could not be read (%1). It was set aside as %2; what could be read was kept: %3 and %4.</source>
        <translation>تعذّرت قراءة ملف التغييرات المنتظرة للإرسال (%1). نُقل جانبًا باسم %2؛ واحتُفظ بما أمكن قراءته: %3 و%4.</translation>
    </message>
    <message numerus="yes">
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
        <source>Some of it could not be read: keep the file set aside for support.</source>
        <translation>تعذّرت قراءة جزء منه: احتفظ بالملف المنقول جانبًا لفريق الدعم.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show the softphone</source>
        <translation>إظهار الهاتف البرمجي</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
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
        <source>The ticket store did not answer: these figures may be out of date.</source>
        <translation>لم تستجب قاعدة بيانات التذاكر: قد لا تكون هذه الأرقام محدَّثة.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <source>Listening to %1: %2</source>
        <translation>الاستماع إلى %1: %2</translation>
    </message>
    <message>
        <source>Select an agent on a call to listen in.</source>
        <translation>حدد موظفًا في مكالمة للاستماع إليها.</translation>
    </message>
    <message>
        <source>silent monitor</source>
        <translation>استماع صامت</translation>
    </message>
    <message>
        <source>whisper to the agent</source>
        <translation>همس للموظف</translation>
    </message>
    <message>
        <source>barge in</source>
        <translation>مداخلة في المكالمة</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>ما بعد المكالمة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>معاودات اتصال مستحقة</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <source>Callbacks on time today</source>
        <translation>معاودات اتصال في موعدها اليوم</translation>
    </message>
    <message>
        <source>Calls handled today</source>
        <translation>المكالمات المعالَجة اليوم</translation>
    </message>
    <message>
        <source>Calls abandoned today</source>
        <translation>المكالمات المتروكة اليوم</translation>
    </message>
    <message>
        <source>Callbacks due by language</source>
        <translation>معاودات الاتصال المستحقة حسب اللغة</translation>
    </message>
    <message>
        <source>Agents by state</source>
        <translation>الموظفون حسب الحالة</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Choose an agent, then a way to listen in</source>
        <translation>اختر موظفًا، ثم طريقة الاستماع</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>استماع</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>همس</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>إيقاف الاستماع</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>إعلان…</translation>
    </message>
</context>
</TS>
