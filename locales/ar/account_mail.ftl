# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = أرسلنا رابط تأكيد جديدًا إلى بريدك الإلكتروني.
password-reset-requested = إذا كان هناك حساب يستخدم هذا البريد الإلكتروني، فسيصل إليه رابط لاختيار كلمة مرور جديدة. يبقى الرابط صالحًا لمدة ساعة.
email-change-requested = أرسلنا رابطًا إلى البريد الإلكتروني الجديد. سيتغيّر بريدك الإلكتروني عندما تفتح هذا الرابط.
login-forgot = هل نسيت كلمة المرور؟
forgot-title = هل نسيت كلمة المرور؟
forgot-explanation = أدخل البريد الإلكتروني لحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي رابطًا
forgot-back-to-login = العودة إلى تسجيل الدخول
forgot-sent-title = تحقّق من بريدك الإلكتروني
forgot-sent-spam = إذا لم يصلك شيء خلال بضع دقائق، فابحث في مجلد الرسائل غير المرغوب فيها، وتأكّد من أنك كتبت البريد الإلكتروني الذي سجّلت به.
reset-title = اختر كلمة مرور جديدة
reset-ask-again = اطلب رابطًا جديدًا
reset-submit = حفظ كلمة المرور الجديدة
reset-done-title = تم تغيير كلمة المرور
reset-done-body = يمكنك الآن تسجيل الدخول بها. وقد تم تسجيل الخروج من جميع الأجهزة التي كانت مسجّلة الدخول.
verify-done-title = تم تأكيد بريدك الإلكتروني
verify-done-body = شكرًا لك. يمكنك الآن النشر، ويمكن التواصل معك عبر هذا البريد الإلكتروني.
verify-failed-title = هذا الرابط لا يعمل
verify-failed-body = يمكنك طلب رابط جديد من صفحة ملفك الشخصي.
change-email-title = تغيير البريد الإلكتروني
change-email-current = بريدك الإلكتروني الحالي: { $email }
change-email-explanation = سنرسل رابطًا إلى البريد الإلكتروني الجديد. لن يتغيّر بريدك الإلكتروني إلا عندما تفتح هذا الرابط، وسنرسل إشعارًا بذلك إلى بريدك الحالي.
field-new-email = البريد الإلكتروني الجديد
change-email-submit = إرسال الرابط
change-email-sent-title = تحقّق من بريدك الإلكتروني الجديد
change-email-done-title = تم تغيير بريدك الإلكتروني
change-email-done-body = يستخدم حسابك الآن البريد الإلكتروني الجديد، وهو مؤكَّد.
profile-email-verified = مؤكَّد
profile-email-unverified = لم يُؤكَّد بعد
profile-send-verification = إعادة إرسال رابط التأكيد

# The mail page for administrators.
nav-mail = البريد
mail-admin-title = البريد
mail-admin-transport = يُرسَل البريد إلى { $transport }.
mail-admin-latest = أحدث الرسائل
mail-admin-empty = لا توجد رسائل بعد.
mail-admin-created = وقت الإدراج في قائمة الانتظار
mail-admin-recipient = إلى
mail-admin-kind = النوع
mail-admin-status = الحالة
mail-admin-attempts = المحاولات
mail-admin-last-error = آخر خطأ
mail-admin-actions = الإجراءات
mail-admin-retry = إعادة المحاولة
mail-admin-flagged = عناوين لم نعد نحاول الإرسال إليها
mail-admin-flagged-intro = رفضت خوادم البريد الخاصة بهذه العناوين استلام الرسائل رفضًا نهائيًا عدة مرات. إعادة محاولة إرسال رسالة تُزيل هذا الوضع عن عنوانها.
mail-admin-refusals = { $count ->
    [zero] { $count } حالة رفض
    [one] { $count } حالة رفض
    [two] { $count } حالة رفض
    [few] { $count } حالات رفض
    [many] { $count } حالة رفض
   *[other] { $count } حالة رفض
}
mail-status-queued = بانتظار الإرسال
mail-status-sending = جارٍ الإرسال
mail-status-sent = أُرسلت
mail-status-dead = توقفت المحاولات
mail-kind-email_verification = تأكيد البريد الإلكتروني
mail-kind-password_reset = إعادة تعيين كلمة المرور
mail-kind-email_change = تغيير البريد الإلكتروني
mail-kind-email_change_notice = تغيير البريد الإلكتروني (إشعار)
verify-confirm-title = أكِّد بريدك الإلكتروني
verify-confirm-body = اضغط على الزر لتأكيد أن هذا البريد الإلكتروني يخصّك.
change-confirm-title = استخدم بريدك الإلكتروني الجديد
change-confirm-body = اضغط على الزر ليصبح هذا البريد الإلكتروني بريد حسابك.
