# Listings imported from partner sites.

imported-title = من المواقع الشريكة
imported-intro = إعلانات تنشرها مواقع مجتمعية شريكة، منقولة هنا كما هي. اتبع الرابط للمشاركة على الموقع الأصلي.
imported-empty = لا شيء من المواقع الشريكة بعد.
imported-upcoming-title = قريبًا على المواقع الشريكة
imported-origin = المصدر: { $site }
imported-original = عرض الأصل
imported-type-group = مجموعة
imported-type-event = فعالية
imported-type-opportunity = فرصة

moderation-title = إعلانات بانتظار المراجعة
moderation-intro = إعلانات من مواقع شريكة أُضيفت مع شرط المراجعة. لا يظهر أي منها للزوار قبل أن تنشره.
moderation-empty = لا شيء بانتظار المراجعة.
moderation-publish = نشر
moderation-reject = رفض
moderation-rejected-title = المرفوضة
moderation-rejected-intro = رفضها أحد المشرفين. تبقى مخفية حتى لو حدّثها الموقع الشريك، ما لم تنشرها رغم ذلك.
moderation-publish-anyway = النشر رغم ذلك
