# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A %-d %B %Y، %H:%M
format-date = %A %-d %B %Y
format-time = %H:%M

nav-events = الفعاليات
nav-my-events = فعالياتي

attendance-in_person = حضوريًا
attendance-online = عبر الإنترنت
attendance-hybrid = حضوريًا وعبر الإنترنت

event-time-in-zone = { $time }، { $zone }
event-time-for-you = بتوقيتك: { $time } ({ $zone })

events-title = الفعاليات القادمة
events-from = بدءًا من تاريخ
events-country = البلد
events-attendance-mode = طريقة الحضور
events-any-mode = أي طريقة
events-submit = ابحث عن الفعاليات
events-upcoming = قريبًا
events-empty = لا توجد فعاليات قادمة مطابقة.

feed-calendar = الاشتراك عبر تقويمك (iCalendar)
feed-atom = موجز الأخبار (Atom)
feed-add-to-calendar = إضافة إلى تقويمي
feed-calendar-name = فعاليات diaspora-hub

my-events-title = فعالياتي
my-events-empty = لم تردّ بعد على أي فعالية قادمة.

group-upcoming-events = الفعاليات القادمة
group-no-events = لا توجد فعاليات قادمة بعد.

event-cancelled = ملغاة
event-cancelled-notice = ألغى المنظمون هذه الفعالية.
event-when = الموعد
event-next-dates = المواعيد القادمة
event-attendance = طريقة الحضور
event-where = المكان
event-online-link = رابط المشاركة عبر الإنترنت
event-online-link-hint = لا يظهر إلا لمن سيحضرون.
event-attendance-count = الحضور
event-going-count = { $count ->
    [zero] سيحضر { $count } شخص
    [one] سيحضر { $count } شخص
    [two] سيحضر { $count } شخص
    [few] سيحضر { $count } أشخاص
    [many] سيحضر { $count } شخصًا
   *[other] سيحضر { $count } شخص
}
event-capacity = { $count ->
    [zero] { $count } مقعد
    [one] { $count } مقعد
    [two] { $count } مقعد
    [few] { $count } مقاعد
    [many] { $count } مقعدًا
   *[other] { $count } مقعد
}
event-waitlist-count = { $count ->
    [zero] { $count } في قائمة الانتظار
    [one] { $count } في قائمة الانتظار
    [two] { $count } في قائمة الانتظار
    [few] { $count } في قائمة الانتظار
    [many] { $count } في قائمة الانتظار
   *[other] { $count } في قائمة الانتظار
}
event-rsvp = هل ستحضر؟
event-login-to-rsvp = سجّل الدخول للرد
rsvp-going = سأحضر
rsvp-you-are-going = ستحضر هذه الفعالية.
rsvp-going-badge = سيحضر
rsvp-waitlisted-position = اكتمل عدد المقاعد. ترتيبك { $position } في قائمة الانتظار، وستحصل على مقعد تلقائيًا إذا شغر أحد المقاعد.
rsvp-withdraw = لم يعد بإمكاني الحضور
event-edit = تعديل الفعالية
event-cancel = إلغاء الفعالية
event-delete = حذف الفعالية
event-attendees = الحضور وقائمة الانتظار
event-no-attendees = لم يردّ أحد بعد.
event-waitlist-place = قائمة الانتظار: { $position }

event-new-title = إنشاء فعالية
event-edit-title = تعديل الفعالية
event-form-texts = العنوان والوصف
event-title-field = العنوان
event-starts-at = البداية
event-ends-at = النهاية
event-all-day = طوال اليوم
event-recurrence = قاعدة للخبراء (RRULE من iCalendar)
event-recurrence-hint = قاعدة مثل FREQ=WEEKLY;BYDAY=TU;COUNT=10 (كل يوم ثلاثاء، عشر مرات) أو FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (يوم الثلاثاء الثاني من كل شهر حتى نهاية 2027). اترك الحقل فارغًا إذا كانت الفعالية لمرة واحدة.
event-venue-name = اسم المكان
event-venue-address = العنوان
event-venue-country = البلد
event-capacity-field = عدد المقاعد (اختياري)
event-capacity-hint = عند امتلاء المقاعد، ينضم الأشخاص إلى قائمة الانتظار حسب ترتيب ردودهم.
event-create = إنشاء الفعالية
event-save = حفظ الفعالية
events-to = حتى تاريخ
event-repeat = التكرار
event-repeat-none = لا يتكرر
event-repeat-daily = كل يوم
event-repeat-weekly = كل أسبوع
event-repeat-monthly = كل شهر
event-repeat-custom = قاعدة مخصّصة (iCalendar)
event-repeat-interval = كل كم يومًا أو أسبوعًا أو شهرًا (1 = كل مرة، 2 = مرة بعد مرة)
event-repeat-days = في هذه الأيام (أسبوعيًا)
event-repeat-monthly-choice = أي يوم (شهريًا)
event-repeat-monthly-weekday = نفس يوم الأسبوع كالموعد الأول، مثل الثلاثاء الثاني
event-repeat-monthly-date = نفس التاريخ كالموعد الأول، مثل اليوم التاسع
event-repeat-ends = ينتهي
event-repeat-end-count = بعد عدد من المرات
event-repeat-count = كم مرة إجمالًا
event-repeat-end-until = في تاريخ محدد
event-repeat-until = آخر تاريخ
event-repeat-skipped = تواريخ مستثناة (اختياري)
event-repeat-skipped-hint = تواريخ بلا فعالية، مفصولة بفواصل، مثل 2027-04-06.
weekday-MO = الاثنين
weekday-TU = الثلاثاء
weekday-WE = الأربعاء
weekday-TH = الخميس
weekday-FR = الجمعة
weekday-SA = السبت
weekday-SU = الأحد
event-ends = ينتهي
rsvp-join-waitlist = الانضمام إلى قائمة الانتظار ({ $count } بالانتظار)
rsvp-full-explained = الفعالية مكتملة. إذا ألغى أحدهم، يحصل أول شخص في قائمة الانتظار على المقعد وعلى إشعار.
calendar-download-ics = تنزيل (.ics)
calendar-google = تقويم Google
calendar-outlook = Outlook
event-hosted-by = تنظّمه
event-series-all-dates = كل المواعيد
event-series-daily = { $interval ->
    [1] كل يوم
   *[other] كل { $interval } أيام
}
event-series-monthly = { $interval ->
    [1] كل شهر
   *[other] كل { $interval } أشهر
}
event-series-weekly = { $interval ->
    [1] كل { $days }
    [2] كل أسبوعين: { $days }
   *[other] كل { $interval } أسابيع: { $days }
}
rsvp-per-date = أجب عن كل موعد على حدة، أو عن جميع المواعيد دفعة واحدة.
rsvp-every-date = سأحضر في جميع المواعيد
rsvp-no-date = لا أستطيع الحضور في أي من هذه المواعيد
