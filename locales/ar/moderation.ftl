## البلاغات: ما يُبلغ به الأعضاء المشرفين

report-link = إبلاغ
report-member-link = الإبلاغ عن { $name }
report-title = إبلاغ المشرفين
report-intro = أخبر المشرفين بما هو خاطئ. سيطّلعون على الأمر، وسترى ما قرروه في «بلاغاتي». لن يعرف الشخص الذي تبلّغ عنه هويتك.
report-reason = ما المشكلة؟
report-reason-spam = رسائل مزعجة أو إعلانات تجارية
report-reason-scam = احتيال أو نصب (عرض مزيف لوظيفة أو تأشيرة أو استثمار، أو طلب مال)
report-reason-hate = كراهية أو تحرش
report-reason-false-information = معلومات خاطئة أو مضللة
report-reason-illegal = شيء مخالف للقانون
report-reason-other = شيء آخر
report-details = التفاصيل (اختياري)
report-details-hint = ما الذي ينبغي أن يعرفه المشرفون؟ 2000 حرف كحد أقصى.
report-submit = إرسال البلاغ
report-filed = شكرًا لك. أُرسل بلاغك إلى المشرفين.
report-target-group = مجموعة
report-target-event = فعالية
report-target-opportunity = فرصة
report-target-user = عضو
report-target-imported = إعلان مستورد
report-status-open = بانتظار أحد المشرفين
report-status-dismissed = تمت المراجعة: لم يُتخذ أي إجراء
report-status-hidden = اتُّخذ إجراء: أُزيل المحتوى
report-status-restored = تمت المراجعة: أُعيد عرض المحتوى
my-reports-title = بلاغاتي
my-reports-intro = ما أبلغت عنه، وما قرره المشرفون.
my-reports-empty = لم تبلّغ عن أي شيء.

## ما يراه الناس من الإشراف

moderation-hidden-notice = أخفى المشرفون هذا المحتوى: لا يراه إلا منظموه. يوضح الإشعار الذي تلقيته السبب وطريقة الطعن في القرار.
safety-notice-title = احرص على سلامتك
safety-notice-body = لم يتحقق فريقنا من هذه المنظمة. لا تدفع أبدًا مقابل التقديم، ولا ترسل أبدًا مالًا أو وثائق هوية قبل أن تتأكد من هوية المنظِّم، وأبلغ عن العروض التي تطلب منك ذلك.
directory-verified-only = المنظمات الموثّقة فقط

## التوثيق (للمسؤولين، في صفحة المجموعة)

verification-title = التوثيق
verification-note = كيف جرى التحقق من هذه المنظمة؟
verification-note-hint = مثلًا: رقم تسجيل الجمعية، أو رسالة من السفارة، أو اتصال بجهة معروفة.
verification-add = وضع علامة التوثيق
verification-remove = إزالة التوثيق
verification-note-shown = موثّقة:

## صفحات المشرفين

admin-reports-title = البلاغات
admin-reports-intro = البلاغات المفتوحة، مجمّعة حسب موضوعها: الأكثر بلاغات أولًا، ثم الأقدم. يحتاج كل إجراء إلى سبب، ويُبلَّغ به أصحاب البلاغات والمالكون.
admin-reports-empty = لا توجد بلاغات مفتوحة.
admin-reports-count = { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
admin-reports-hidden-now = مخفي حاليًا
admin-reports-gone = حُذف بعد الإبلاغ عنه.
admin-reports-creator = أنشأه { $name }
admin-reports-details = ما قاله أصحاب البلاغات
admin-reports-history = قرارات سابقة
admin-reason = السبب (مطلوب)
admin-action-dismiss = رفض البلاغات
admin-action-hide = إخفاء
admin-action-restore = استعادة
admin-action-suspend = تعليق حساب العضو
admin-action-unsuspend = رفع التعليق
admin-suspend-creator = تعليق حساب { $name }
admin-suspend-creator-reason = سبب تعليق حساب { $name } (مطلوب)
admin-hide-and-suspend = عند الإخفاء، علِّق أيضًا حساب { $name } الذي أنشأه
admin-appeals-title = الطعون
admin-appeals-empty = لا توجد طعون مفتوحة.
admin-appeal-grant = قبول: إلغاء القرار
admin-appeal-uphold = رفض: يبقى القرار قائمًا
admin-audit-title = سجل التدقيق
admin-audit-intro = كل إجراء قام به مشرف أو مسؤول، من الأحدث إلى الأقدم. لا يمكن تغيير أي شيء هنا أو حذفه.
admin-audit-empty = لم يُتخذ أي إجراء بعد.
admin-audit-when = متى
admin-audit-who = مَن
admin-audit-what = ماذا
admin-audit-target = بشأن
admin-audit-reason = السبب
admin-audit-older = إدخالات أقدم

audit-action-dismiss = رفض { $actor } البلاغات في { $date }
audit-action-hide = أخفى { $actor } المحتوى في { $date }
audit-action-restore = استعاد { $actor } المحتوى في { $date }
audit-action-suspend = علّق { $actor } حساب العضو في { $date }
audit-action-unsuspend = رفع { $actor } التعليق في { $date }
audit-action-verify = وثّق { $actor } المجموعة في { $date }
audit-action-unverify = أزال { $actor } التوثيق في { $date }
audit-action-grant-moderator = منح { $actor } دور المشرف في { $date }
audit-action-revoke-moderator = سحب { $actor } دور المشرف في { $date }
audit-action-uphold-appeal = رفض { $actor } الطعن في { $date }
audit-action-grant-appeal = قبل { $actor } الطعن في { $date }
audit-name-dismiss = رفض البلاغات
audit-name-hide = إخفاء
audit-name-restore = استعادة
audit-name-suspend = تعليق حساب عضو
audit-name-unsuspend = رفع التعليق
audit-name-verify = توثيق مجموعة
audit-name-unverify = إزالة التوثيق
audit-name-grant-moderator = منح دور المشرف
audit-name-revoke-moderator = سحب دور المشرف
audit-name-uphold-appeal = رفض طعن
audit-name-grant-appeal = قبول طعن

admin-users-title = المشرفون
admin-users-intro = الأعضاء الذين لديهم دور مشرف أو مسؤول. يُعيَّن المسؤولون على الخادم باستخدام الأمر create-admin.
admin-users-name = الاسم
admin-users-role = الدور
admin-users-change = منح دور المشرف أو سحبه
admin-users-submit = تغيير الدور
role-user = عضو
role-moderator = مشرف
role-admin = مسؤول

## الطعون

appeal-title = الطعن في قرار المشرفين
appeal-about-suspension = علّق المشرفون حسابك.
appeal-about-hide = أخفى المشرفون:
appeal-decided-on = تاريخ القرار
appeal-their-reason = السبب الذي ذكروه
appeal-once = يمكنك الطعن مرة واحدة فقط. سيقرأ مشرف آخر طعنك ويتخذ القرار، وسنبلغك بالنتيجة.
appeal-text = لماذا ينبغي تغيير هذا القرار؟
appeal-submit = إرسال الطعن
appeal-status-open = أُرسل طعنك. سيتخذ مشرف آخر القرار، وسنبلغك بالنتيجة.
appeal-status-upheld = بُتّ في طعنك: يبقى القرار قائمًا.
appeal-status-granted = قُبل طعنك: أُلغي القرار.
