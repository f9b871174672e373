# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-main-label = التنقل الرئيسي
nav-home = الرئيسية
nav-profile = ملفي الشخصي
nav-moderation = الإشراف
nav-logout = تسجيل الخروج
nav-signed-in-as = تم تسجيل الدخول باسم { $name }
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
language-switcher-label = اللغة
footer-tagline = شبكة مجتمعية مفتوحة للجاليات في المهجر.
footer-api-docs = وثائق API
form-has-errors = يرجى تصحيح ما يلي:
error-back-home = العودة إلى الصفحة الرئيسية

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = جاليتك معك، أينما كنت تعيش
home-lead = اعثر على مجموعات الجاليات وفعالياتها وفرص رد الجميل، بلغتك.
home-cta-register = انضم إلى diaspora-hub
home-cta-login = تسجيل الدخول
home-features-heading = ما يمكنك فعله هنا
home-feature-groups-title = اعثر على أبناء جاليتك
home-feature-groups-text = ابحث عن المجموعات حسب بلد الأصل ومكان الإقامة واللغة والموضوع.
home-feature-events-title = التقِ بالآخرين
home-feature-events-text = حضوريًا أو عبر الإنترنت أو كليهما، مع عرض المواعيد حسب منطقتك الزمنية.
home-feature-opportunities-title = ردّ الجميل
home-feature-opportunities-text = التطوع والإرشاد ونقل المهارات والاستثمار والوظائف والتدريب.
home-feature-languages-title = بلغتك
home-feature-languages-text = الموقع وإعلاناته متاحة بعدة لغات، بما فيها اللغات التي تُكتب من اليمين إلى اليسار.

register-title = إنشاء حساب
register-submit = إنشاء حسابي
register-have-account = لديك حساب بالفعل؟

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-no-account = ليس لديك حساب بعد؟

field-display-name = اسمك
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل. تجنّب كلمات المرور الشائعة.
field-locale = لغة الواجهة
field-timezone = المنطقة الزمنية
field-timezone-hint = تُعرض لك الأوقات بهذه المنطقة الزمنية. تظهر مناطق بلدك أولًا.
field-heritage-country = بلد الأصل
field-residence-country = بلد الإقامة
field-country-hint = رمز البلد المكوّن من حرفين، مثل SN أو FR.
field-residence-city = مدينة الإقامة
field-languages = اللغات التي تتحدثها
field-languages-hint = مفصولة بفواصل، مثل: الفرنسية، الولوفية.
field-skills = المهارات التي يمكنك مشاركتها
field-skills-hint = مفصولة بفواصل، مثل: المحاسبة, تطوير الويب.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة

profile-title = ملفي الشخصي
profile-saved = تم حفظ ملفك الشخصي.
profile-email = تم تسجيل الدخول بالبريد الإلكتروني { $email }
profile-submit = حفظ ملفي الشخصي
profile-account-heading = حسابي
profile-export = تنزيل بياناتي (JSON)

password-title = تغيير كلمة المرور
password-explanation = بعد التغيير، سيتم تسجيل خروجك من جميع الأجهزة الأخرى التي سجّلت الدخول منها.
password-submit = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من الأجهزة الأخرى.

delete-title = حذف حسابي
delete-warning = سيؤدي هذا إلى حذف حسابك وبياناتك الشخصية نهائيًا، ولا يمكن التراجع عن ذلك.
delete-submit = حذف حسابي نهائيًا
deleted-title = تم حذف حسابك
deleted-text = تمت إزالة بياناتك الشخصية. شكرًا لكونك جزءًا من المجتمع.
meta-home = اعثر على مجموعات الجاليات والفعاليات وطرق المساهمة، بالقرب منك وفي بلدك الأم، بلغتك.
meta-groups = مجموعات الجاليات حسب بلد الأصل ومكان الإقامة واللغة والموضوع.
meta-events = الفعاليات القادمة لمجموعات الجاليات: حضوريًا وعبر الإنترنت وبشكل مختلط، بتوقيتك المحلي.
meta-opportunities = تطوع وإرشاد ونقل مهارات واستثمار ومنح ووظائف وتدريب تقدمها مجموعات الجاليات.
meta-country = مجموعات الجاليات وفعالياتها المرتبطة بـ{ $country }.
field-timezone-choose = اختر منطقة زمنية
welcome-new-member = أهلًا بك يا { $name }! حسابك جاهز.
filters-more = مزيد من عوامل التصفية
filters-apply = تطبيق عوامل التصفية
home-member-heading = صفحتك
home-my-events = فعالياتك القادمة
home-my-events-empty = لم تردّ بعد على أي فعالية قادمة.
home-group-events = قريبًا في مجموعاتك
home-group-events-empty = لا شيء مخطط في مجموعاتك بعد. انضم إلى مجموعات لتعرف بفعالياتها.
home-group-opportunities = تبحث مجموعاتك عن
home-matches = فرص تناسبك
home-matches-profile = أخبرنا بأصلك ومكان إقامتك ولغاتك ومهاراتك لترى الفرص المناسبة لك.
home-matches-empty = لا توجد حاليًا فرصة مفتوحة تناسب ملفك.
home-see-all = عرض الكل
nav-account-menu = حسابي
nav-account-label = حسابك
tags-remove = إزالة {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {"، "}
