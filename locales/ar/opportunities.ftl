# الفرص: طرق المساهمة، وإبداء الاهتمام، والفرص المقترحة.

nav-opportunities = الفرص
nav-my-matches = فرص مقترحة لي

opportunity-kind-volunteering = تطوع
opportunity-kind-mentoring = إرشاد
opportunity-kind-skills_transfer = نقل المهارات
opportunity-kind-investment = استثمار
opportunity-kind-grant = منحة
opportunity-kind-job = وظيفة
opportunity-kind-training = تدريب
opportunity-kind-consultation = استشارة

opportunities-title = فرص للمساهمة
opportunities-intro = فرص التطوع والإرشاد ونقل المهارات والاستثمار والمنح والوظائف والتدريب والاستشارات التي تنشرها مجموعات الجاليات.
opportunities-any-kind = أي نوع
opportunities-submit = ابحث عن الفرص
opportunities-open = متاحة الآن
opportunities-empty = لا توجد فرص متاحة مطابقة.
opportunity-remote-filter = عن بُعد أو في الموقع
opportunity-remote-any = أي منهما
opportunity-remote-only = عن بُعد فقط
opportunity-on-site-only = في الموقع فقط
opportunity-skill = المهارة

opportunity-kind = النوع
opportunity-heritage = البلد المعني
opportunity-country = بلد التنفيذ
opportunity-where = المكان
opportunity-remote = عن بُعد
opportunity-place-or-remote = { $place }، أو عن بُعد
opportunity-commitment = الوقت المطلوب
opportunity-compensation = المقابل المادي
opportunity-skills = المهارات المطلوبة
opportunity-languages = اللغات
opportunity-expiry = تاريخ الإغلاق
opportunity-open-until = متاحة حتى { $date }
opportunity-open-until-zone = متاحة حتى { $date } (حتى نهاية ذلك اليوم بتوقيت { $zone })
opportunity-status-closed = مغلقة
opportunity-status-filled = اكتمل العدد
opportunity-status-expired = منتهية
opportunity-no-longer-taking = لم تعد تقبل مشاركين.
listing-also-in = متاحة أيضًا باللغات:

opportunity-take-part = كيفية المشاركة
opportunity-apply-external = قدّم طلبك على موقع المنظمين
interest-message = رسالة إلى المنظمين (اختيارية)
interest-message-hint = اذكر ما يمكنك تقديمه ومتى. يرى المنظمون اسمك ومهاراتك ولغاتك.
interest-express = أنا مهتم
interest-login = سجّل الدخول لإبداء اهتمامك
interest-sent-on = أبديت اهتمامك يوم { $date }.
interest-withdraw = سحب اهتمامي
interest-list-title = الأعضاء المهتمون
interest-new-badge = جديد
interest-new-title = اهتمام جديد بفرصك
interest-new-count = { $count ->
    [zero] لا أحد جديد مهتم
    [one] شخص جديد مهتم
    [two] شخصان جديدان مهتمان
    [few] { $count } أشخاص جدد مهتمون
    [many] { $count } شخصًا جديدًا مهتمًا
   *[other] { $count } شخص جديد مهتم
}
interest-none = لم يُبدِ أحد اهتمامه بعد.

opportunity-edit = تعديل الفرصة
opportunity-close = إغلاق
opportunity-mark-filled = وضع علامة «اكتمل العدد»
opportunity-reopen = إعادة الفتح
opportunity-delete = حذف الفرصة

opportunity-new-title = نشر فرصة
opportunity-edit-title = تعديل الفرصة
opportunity-form-what = ما هي الفرصة
opportunity-form-where = لمن وأين
opportunity-choose-kind = اختر نوعًا
opportunity-title-field = العنوان
opportunity-skills-hint = مهارات مفصولة بفواصل، مثل: المحاسبة, تطوير الويب.
opportunity-commitment-hint = مثلًا: ساعتان أسبوعيًا لمدة 3 أشهر.
opportunity-compensation-hint = الأجر أو المكافأة أو تغطية النفقات، إن وُجدت.
opportunity-remote-field = يمكن أداؤها عن بُعد
opportunity-accepts-interest = يمكن للأعضاء إبداء اهتمامهم هنا
opportunity-apply-url = رابط التقديم في موقع آخر
opportunity-apply-url-hint = عنوان يبدأ بـ https://
opportunity-expires-field = متاحة حتى
opportunity-expires-hint = آخر يوم لقبول المشاركين، على ألا يتجاوز سنة من اليوم.
opportunity-timezone-hint = ينتهي الموعد النهائي عند منتصف الليل بهذه المنطقة الزمنية.
opportunity-publish = نشر
opportunity-save = حفظ الفرصة

group-opportunities = فرص للمساهمة
group-no-opportunities = لا توجد فرص متاحة بعد.
group-all-opportunities = جميع الفرص

my-interests-title = اهتماماتي
my-interests-empty = لم تُبدِ اهتمامك بأي فرصة بعد.

matches-title = فرص مقترحة لي
matches-intro = الفرص المتاحة مرتبة حسب مهاراتك ولغاتك وبلد أصلك ومكان إقامتك.
matches-edit-profile = تحديث ملفي الشخصي
matches-profile-empty = أضف مهاراتك أو لغاتك أو بلد أصلك أو بلد إقامتك إلى ملفك الشخصي لرؤية الفرص المقترحة.
matches-empty = لا توجد بعد فرص متاحة تناسب ملفك الشخصي.
match-why = السبب:
match-reason-skill = المهارة: { $value }
match-reason-language = تتحدث { $value }
match-reason-heritage = بلد الأصل: { $value }
match-reason-residence_country = في { $value }، حيث تقيم
match-reason-residence_city = في { $value }، مدينتك
match-reason-remote = يمكن أداؤها عن بُعد

feed-opportunities-name = فرص diaspora-hub
