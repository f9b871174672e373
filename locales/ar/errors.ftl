# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = طلب غير صالح
http-status-401 = لم يتم تسجيل الدخول
http-status-403 = غير مسموح
http-status-404 = الصفحة غير موجودة
http-status-409 = تعارض
http-status-413 = الحجم كبير جدًا
http-status-415 = تنسيق غير مدعوم
http-status-422 = إدخال غير صالح
http-status-429 = محاولات كثيرة جدًا
http-status-500 = حدث خطأ ما
http-status-503 = غير متاح مؤقتًا

validation_failed = بعض الحقول تحتاج إلى تصحيح.
malformed_body = تعذّرت قراءة الطلب. تحقّق من أن صيغته سليمة.
unsupported_media_type = هذا التنسيق غير مقبول هنا. أرسل JSON مع Content-Type: application/json.
payload_too_large = الطلب كبير جدًا.
not_authenticated = يرجى تسجيل الدخول أولًا.
invalid_credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
forbidden = غير مسموح لك بالقيام بذلك.
csrf_rejected = انتهت صلاحية هذا النموذج أو أنه لم يُرسل من هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.
not_found = لم نتمكن من العثور على ما تبحث عنه.
rate_limited = محاولات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
service_unavailable = الخدمة غير متاحة مؤقتًا. يرجى المحاولة مرة أخرى بعد قليل.
internal_error = حدث خطأ ما من جانبنا. يرجى المحاولة مرة أخرى لاحقًا.

email_taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. جرّب تسجيل الدخول بدلًا من ذلك.
required = هذا الحقل مطلوب.
too_long = { $max ->
    [zero] استخدم { $max } حرف كحد أقصى.
    [one] استخدم { $max } حرف كحد أقصى.
    [two] استخدم { $max } حرف كحد أقصى.
    [few] استخدم { $max } أحرف كحد أقصى.
    [many] استخدم { $max } حرفًا كحد أقصى.
   *[other] استخدم { $max } حرف كحد أقصى.
}
too_short = { $min ->
    [zero] استخدم { $min } حرف على الأقل.
    [one] استخدم { $min } حرف على الأقل.
    [two] استخدم { $min } حرف على الأقل.
    [few] استخدم { $min } أحرف على الأقل.
    [many] استخدم { $min } حرفًا على الأقل.
   *[other] استخدم { $min } حرف على الأقل.
}
invalid_characters = يحتوي هذا الحقل على أحرف غير مسموح بها.
invalid_email = أدخل عنوان بريد إلكتروني مثل name@example.org.
password_too_long = { $max ->
    [zero] يجب ألا يتجاوز طول كلمة المرور { $max } بايت.
    [one] يجب ألا يتجاوز طول كلمة المرور { $max } بايت.
    [two] يجب ألا يتجاوز طول كلمة المرور { $max } بايت.
    [few] يجب ألا يتجاوز طول كلمة المرور { $max } بايتات.
    [many] يجب ألا يتجاوز طول كلمة المرور { $max } بايتًا.
   *[other] يجب ألا يتجاوز طول كلمة المرور { $max } بايت.
}
password_too_common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.
unknown_locale = اختر إحدى اللغات المتاحة: en, fr, es, ar, zh, ru, pt.
unknown_country = أدخل رمز بلد مكوّنًا من حرفين، مثل SN أو FR.
invalid_language = أدخل رموز لغات مثل fr أو wo أو pt-BR.
unknown_timezone = أدخل منطقة زمنية مثل Europe/Paris أو Africa/Dakar.
too_many_items = { $max ->
    [zero] أدرج { $max } عنصر كحد أقصى.
    [one] أدرج { $max } عنصر كحد أقصى.
    [two] أدرج { $max } عنصر كحد أقصى.
    [few] أدرج { $max } عناصر كحد أقصى.
    [many] أدرج { $max } عنصرًا كحد أقصى.
   *[other] أدرج { $max } عنصر كحد أقصى.
}
wrong_password = كلمة المرور غير صحيحة.

invalid_slug = استخدم من 3 إلى 60 رمزًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات المفردة، مثل senegalais-de-lyon.
slug_taken = عنوان الويب هذا تستخدمه مجموعة أخرى بالفعل. اختر عنوانًا آخر.
unknown_topic = اختر المواضيع من القائمة.
invalid_url = أدخل عنوان ويب يبدأ بـ https://
invalid_choice = اختر أحد الخيارات المتاحة.
primary_translation_missing = أدخل الاسم والوصف باللغة الرئيسية للمجموعة.
duplicate_language = هذه اللغة مكررة. احتفظ بترجمة واحدة لكل لغة.
not_a_member = لست عضوًا في هذه المجموعة.
owner_must_hand_over = بصفتك المالك، انقل الملكية إلى عضو آخر قبل المغادرة.
cannot_change_yourself = لا يمكنك تطبيق هذا الإجراء على نفسك.
not_possible_for_this_member = هذا الإجراء غير ممكن لهذا العضو في وضعه الحالي.
invalid_cursor = رابط هذه الصفحة لم يعد صالحًا. ابدأ البحث من جديد.
out_of_range = استخدم رقمًا من { $min } إلى { $max }.
