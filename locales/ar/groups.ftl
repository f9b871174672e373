# Groups: directory, group pages, forms and membership.

nav-groups = المجموعات
nav-my-groups = مجموعاتي

topic-culture = الثقافة
topic-business = الأعمال والاستثمار
topic-education = التعليم
topic-health = الصحة
topic-youth = الشباب
topic-women = المرأة
topic-professionals = المهنيون
topic-students = الطلاب
topic-faith = الدين
topic-sports = الرياضة
topic-advocacy = المناصرة
topic-humanitarian = العمل الإنساني
topic-development = التنمية
topic-arts = الفنون
topic-technology = التكنولوجيا
topic-families = العائلات
topic-seniors = كبار السن
topic-legal_support = الدعم القانوني وشؤون الهجرة

place-city-country = { $city }، { $country }
language-with-region = { $language } ({ $region })

directory-title = ابحث عن مجموعة للجالية
directory-search = بحث
directory-heritage = بلد الأصل
directory-residence = بلد الإقامة
directory-any-country = أي بلد
directory-city = المدينة
directory-language = اللغة المستخدمة
directory-topic = الموضوع
directory-any-topic = أي موضوع
directory-submit = ابحث عن المجموعات
directory-result-count = { $count ->
    [0] لم يتم العثور على أي مجموعة
    [zero] تم العثور على { $count } مجموعة
    [one] تم العثور على { $count } مجموعة
    [two] تم العثور على { $count } مجموعة
    [few] تم العثور على { $count } مجموعات
    [many] تم العثور على { $count } مجموعة
   *[other] تم العثور على { $count } مجموعة
}
directory-empty = جرّب تقليل عوامل التصفية، أو أنشئ المجموعة التي تبحث عنها.
directory-next = الصفحة التالية

country-page-title = جالية { $country } في المهجر
country-page-search = ابحث في هذه المجموعات باستخدام مزيد من عوامل التصفية

my-groups-title = مجموعاتي
my-groups-empty = لم تنضم إلى أي مجموعة بعد.
membership-pending = الطلب قيد الانتظار

role-owner = مالك
role-organizer = منظِّم
role-member = عضو

group-verified = موثّقة
group-heritage-short = بلد الأصل: { $country }
group-member-count = { $count ->
    [zero] { $count } عضو
    [one] { $count } عضو
    [two] { $count } عضو
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
group-showing-language = معروضة باللغة { $language }.
group-other-languages = متاحة أيضًا باللغات:
group-heritage = بلد الأصل
group-based-in = المقر
group-languages = اللغات المستخدمة
group-topics = المواضيع
group-members = الأعضاء
group-website = الموقع الإلكتروني
group-contact = البريد الإلكتروني للتواصل
group-membership = العضوية
group-login-to-join = سجّل الدخول للانضمام
group-you-are-removed = تمت إزالتك من هذه المجموعة.
group-request-pending = طلب انضمامك بانتظار موافقة أحد المنظمين.
group-withdraw-request = سحب طلبي
group-you-are-member = أنت عضو في هذه المجموعة.
group-see-members = عرض الأعضاء
group-leave = مغادرة هذه المجموعة
group-join-message = رسالة إلى المنظمين (اختيارية)
group-ask-to-join = طلب الانضمام
group-join = الانضمام إلى هذه المجموعة
group-organizer-tools = أدوات المنظمين
group-edit = تعديل المجموعة
group-manage-members = إدارة الأعضاء

members-title = الأعضاء
members-back = العودة إلى المجموعة
members-pending = طلبات الانضمام
members-no-pending = لا توجد طلبات معلّقة.
members-approve = قبول
members-reject = رفض
members-active = الأعضاء
members-promote = ترقية إلى منظِّم
members-demote = إعادة إلى عضو عادي
members-remove = إزالة من المجموعة
members-make-owner = نقل الملكية

group-new-title = إنشاء مجموعة
group-edit-title = تعديل المجموعة
group-form-texts = الاسم والوصف
group-form-texts-hint = اكتب الاسم والوصف بلغة واحدة على الأقل. أضف لغات أخرى في الخانات الأخرى، واترك الخانة فارغة لتخطّيها.
group-primary-language = اللغة الرئيسية للمجموعة
field-language-code-hint = اسم اللغة، مثل الفرنسية أو العربية أو الولوفية.
group-form-translation = اللغة { $number }
group-translation-language = اللغة
group-name = الاسم
group-description = الوصف
group-form-where = المكان والجالية
group-residence-country = بلد مقر المجموعة
group-no-country = غير محدد
group-city = المدينة
group-visibility = من يمكنه رؤية المجموعة
visibility-public = عامة
visibility-public-hint = مدرجة في الدليل ومرئية للجميع.
visibility-unlisted = غير مدرجة
visibility-unlisted-hint = غير مدرجة في الدليل، ويمكن لأي شخص لديه الرابط رؤيتها.
visibility-private = خاصة
visibility-private-hint = لا يراها إلا الأعضاء.
group-join-policy = طريقة الانضمام
join-policy-open = يمكن لأي شخص الانضمام فورًا
join-policy-approval = يوافق أحد المنظمين على كل طلب
group-form-contact = التواصل والعنوان
group-slug = عنوان الويب
group-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات. إذا تُرك فارغًا، يُنشأ تلقائيًا من الاسم.
group-save = حفظ المجموعة
group-create = إنشاء المجموعة
group-delete-warning = يؤدي حذف المجموعة إلى إزالتها وإزالة جميع عضوياتها نهائيًا.
group-delete = حذف المجموعة
directory-any-language = أي لغة

members-invite = دعوة أشخاص
invitations-title = الدعوات
invitations-intro = أنشئ رابطًا لمشاركته، أو أرسله إلى عنوان بريد إلكتروني. يمكن لأي شخص يفتح رابطًا صالحًا أن ينضم فورًا، دون انتظار الموافقة.
invitations-intro-private = هذه المجموعة خاصة: لا يستطيع غير الأعضاء رؤيتها أو طلب الانضمام إليها. أنشئ رابطًا لمشاركته، أو أرسله إلى عنوان بريد إلكتروني. من يفتح رابطًا صالحًا يرى اسم المجموعة ووصفها، ويمكنه الانضمام.
invitations-lifetime = مدة صلاحية الرابط
invitation-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
invitations-max-uses = عدد الأشخاص الذين يمكنهم الانضمام عبره
invitations-max-uses-hint = اتركه فارغًا لعدم وضع حد. الرابط المرسل إلى بريد إلكتروني يعمل مرة واحدة فقط ما لم تحدد عددًا.
invitations-email = إرساله إلى عنوان بريد إلكتروني (اختياري)
invitations-email-hint = إذا كان هذا البريد الإلكتروني لعضو مسجّل، فسيصله إشعار في التطبيق؛ وإلا فستصل إلى صاحبه رسالة بريد إلكتروني لإنشاء حساب والانضمام.
invitations-create = إنشاء الدعوة
invitations-sent = أُرسلت الدعوة إلى { $email }.
invitations-new-link = رابط الدعوة
invitations-new-link-once = انسخه الآن: لا نحتفظ إلا ببصمة منه، لذا لن يظهر إلا هذه المرة.
invitations-list = كل الدعوات
invitations-none = لا توجد دعوات بعد.
invitations-link = رابط للمشاركة
invitations-revoke = سحب
invitation-status-active = صالحة
invitation-status-expired = منتهية الصلاحية
invitation-status-revoked = مسحوبة
invitation-status-used-up = مستنفدة
invitation-expires = حتى { $date }
invitation-uses-left = { $count ->
    [zero] لا استخدامات متبقية
    [one] استخدام واحد متبقٍّ
    [two] استخدامان متبقيان
    [few] { $count } استخدامات متبقية
    [many] { $count } استخدامًا متبقيًا
   *[other] { $count } استخدام متبقٍّ
}
invitation-uses-unlimited = عدد الاستخدامات غير محدود
invitation-title = دعوة للانضمام إلى { $group }
invitation-lead = أنت مدعو للانضمام إلى
invitation-join = الانضمام إلى المجموعة
invitation-already-member = أنت عضو في هذه المجموعة بالفعل.
invitation-go-to-group = الذهاب إلى المجموعة
invitation-removed = تمت إزالتك من هذه المجموعة، لذا لا تتيح لك هذه الدعوة العودة إليها.
invitation-account-needed = للانضمام، أنشئ حسابًا أو سجّل الدخول. ستعود بعد ذلك إلى هذه الصفحة.
invitation-register = إنشاء حساب
invitation-login = تسجيل الدخول
filter-local-only = ما نُشر على هذا الموقع فقط (دون المواقع الشريكة)
