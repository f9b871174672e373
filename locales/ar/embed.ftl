# الأدوات التي تضعها المواقع الشريكة داخل إطار (/embed/events و/embed/groups و/embed/opportunities)،
# وصفحة إنشاء أداة منها (/embed)، والرابط المؤدي إليها من صفحات القوائم.

embed-heading-events = الفعاليات القادمة
embed-heading-groups = مجموعات الجاليات
embed-heading-opportunities = طرق المساهمة
embed-empty = لا يوجد ما يُعرض حاليًا.
embed-more = شاهد المزيد على { $site }
embed-theme-light = فاتحة
embed-theme-dark = داكنة

embed-offer = ضع هذه القائمة على موقعك
embed-builder-title = ضع قوائمنا على موقعك
embed-builder-intro = اعرض فعالياتنا أو مجموعاتنا أو فرصنا على موقعك الإلكتروني: اختر ما تريد عرضه وبأي لغة، وتحقّق من المعاينة، ثم انسخ الرمز البرمجي إلى صفحتك. لا يتطلب ذلك أي معرفة بالبرمجة، وتُحدَّث القائمة تلقائيًا، ولا تستخدم ملفات تعريف الارتباط (الكوكيز).
embed-builder-what = ما تريد عرضه
embed-builder-what-hint = بعد اختيار ما تريد عرضه، اضغط على «عرض المعاينة»: عندها يعرض النموذج أيضًا عوامل التصفية الخاصة بتلك القائمة.
embed-builder-heritage = بلد أصل الجالية
embed-builder-country = البلد الذي تجري فيه
embed-builder-language = لغة الكتابة
embed-builder-words = تحتوي على الكلمات
embed-builder-lang = لغة الأداة
embed-builder-lang-visitor = لغة كل زائر
embed-builder-limit = عدد العناصر المعروضة (من 1 إلى 20)
embed-builder-theme = الألوان
embed-builder-show = عرض المعاينة
embed-builder-preview = المعاينة
embed-builder-snippet = الرمز البرمجي لصفحتك
embed-builder-snippet-hint = انسخه كاملًا والصقه في رمز HTML الخاص بصفحتك، في المكان الذي تريد أن تظهر فيه القائمة.
embed-builder-oembed-hint = هل تستخدم WordPress أو منصة أخرى لإنشاء المواقع تعرض الروابط المضمَّنة؟ الصق عنوان إحدى صفحات القوائم لدينا (مثل صفحة الفعاليات مع عوامل التصفية التي اخترتها) في سطر مستقل: سيتحوّل إلى هذه الأداة.
