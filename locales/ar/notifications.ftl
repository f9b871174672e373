# الإشعارات: ما يُبلَّغ به الأعضاء داخل التطبيق وعبر البريد الإلكتروني.
# المعاملات: { $member } اسم شخص، { $group } اسم مجموعة، { $event } عنوان فعالية،
# { $opportunity } عنوان فرصة، { $start } تاريخ ووقت مع المنطقة الزمنية،
# { $place } مكان إقامة الفعالية (قد يكون فارغًا)، { $people } { $more } { $events }
# { $opportunities } أعداد، { $kind } اسم نوع من الإشعارات.

nav-notifications = الإشعارات
nav-notifications-unread = الإشعارات ({ $count } غير مقروءة)
notifications-title = الإشعارات
notifications-empty = لا شيء بعد. عندما يحدث أمر يعنيك (طلب انضمام إلى مجموعتك، أو مقعد شغر لك، أو تغيير في فعالية ستحضرها)، سيظهر هنا.
notifications-mark-all-read = تحديد الكل كمقروء
notifications-mark-read = تحديد كمقروء
notifications-unread-label = غير مقروء
notifications-older = إشعارات أقدم
notifications-settings-link = اختر ما يصلك أيضًا عبر البريد الإلكتروني
notifications-settings-title = إعدادات الإشعارات
notifications-settings-intro = يظهر كل شيء في التطبيق. اختر لكل نوع ما إذا كنت تريد أن تصلك رسالة بريد إلكتروني أيضًا.
notifications-settings-in-app = في التطبيق فقط
notifications-settings-mail = في التطبيق وعبر البريد الإلكتروني
notifications-settings-save = حفظ الإعدادات
notifications-settings-saved = تم حفظ إعدادات الإشعارات.
unsubscribe-title = إيقاف هذه الرسائل
unsubscribe-intro = لن تصلك بعد الآن رسائل بريد إلكتروني بشأن «{ $kind }». وستظل ترى هذه الإشعارات في التطبيق.
unsubscribe-confirm = إيقاف هذه الرسائل
unsubscribe-done = تم: لن تصلك بعد الآن رسائل بريد إلكتروني بشأن «{ $kind }». يمكنك إعادة تفعيلها من إعدادات الإشعارات.
unsubscribe-settings-link = إعدادات الإشعارات

notification-kind-join-request = طلبات الانضمام إلى مجموعاتك
notification-kind-membership-decision = القرارات المتعلقة بعضويتك
notification-kind-role-changed = التغييرات في دورك ضمن مجموعة
notification-kind-waitlist-promoted = شغر مقعد لك
notification-kind-event-changed = تغييرات موعد فعالياتك أو مكانها
notification-kind-event-cancelled = الفعاليات الملغاة
notification-kind-event-reminder = تذكيرات قبل فعالياتك بيوم
notification-kind-new-interest = اهتمام جديد بفرص مجموعتك
notification-kind-weekly-digest = ملخص أسبوعي بالفعاليات والفرص الجديدة المناسبة لك
notification-kind-report-outcome = قرارات المشرفين بشأن بلاغاتك وإعلاناتك وحسابك
notification-kind-invitation = دعوات الانضمام إلى المجموعات

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } يطلب الانضمام إلى { $group }
notice-join-request-detail = يودّ { $member } الانضمام إلى { $group }. يمكنك قبول الطلب أو رفضه من صفحة الأعضاء.
notice-membership-approved = مرحبًا بك في { $group }: تمت الموافقة على طلبك
notice-membership-approved-detail = وافق منظمو { $group } على طلبك. أصبحت الآن عضوًا.
notice-membership-rejected = رُفض طلب انضمامك إلى { $group }
notice-membership-rejected-detail = رفض منظمو { $group } طلب انضمامك. يمكنك تقديم طلب جديد لاحقًا.
notice-membership-removed = تمت إزالتك من { $group }
notice-membership-removed-detail = أزالك منظمو { $group } من المجموعة.
notice-role-organizer = أصبحت الآن منظِّمًا في { $group }
notice-role-organizer-detail = يمكنك الآن إدارة أعضاء { $group } وفعالياتها وفرصها.
notice-role-owner = أصبحت الآن مالك { $group }
notice-role-owner-detail = نُقلت إليك ملكية { $group }. يمكنك الآن تغيير كل ما يتعلق بالمجموعة.
notice-role-member = لم تعد منظِّمًا في { $group }
notice-role-member-detail = ما زلت عضوًا في { $group }، لكنك لم تعد من منظميها.
notice-waitlist-promoted = المقعد لك: { $event }
notice-waitlist-promoted-detail = تحرّر مقعد، فانتقلت من قائمة الانتظار إلى قائمة الحضور في { $event }، يوم { $start }. إذا لم تتمكن من الحضور، فيُرجى الإشارة إلى ذلك في صفحة الفعالية ليحصل الشخص التالي على مقعدك.
notice-event-changed = تغيير في { $event }: { $start }
notice-event-changed-detail = غيّر المنظمون موعد { $event } أو مكانها. موعدها الآن { $start }{ $place ->
        [none] {""}
       *[other] ، في { $place }
    }.
notice-event-cancelled = أُلغيت الفعالية: { $event }
notice-event-cancelled-detail = ألغى المنظمون { $event }، التي كانت مقررة يوم { $start }.
notice-event-reminder = قريبًا: { $event }، { $start }
notice-event-reminder-detail = تذكير بأنك ستحضر { $event } يوم { $start }. الفعالية مرفقة لتضيفها إلى تقويمك. إذا لم تتمكن من الحضور، فيُرجى الإشارة إلى ذلك في صفحة الفعالية ليحصل أحد المنتظرين على مقعدك.
notice-new-interest = { $people ->
        [zero] لم يُبدِ أحد اهتمامًا جديدًا بالفرصة «{ $opportunity }»
        [one] أبدى شخص جديد اهتمامه بالفرصة «{ $opportunity }»
        [two] أبدى شخصان جديدان اهتمامهما بالفرصة «{ $opportunity }»
        [few] أبدى { $people } أشخاص جدد اهتمامهم بالفرصة «{ $opportunity }»
        [many] أبدى { $people } شخصًا جديدًا اهتمامهم بالفرصة «{ $opportunity }»
       *[other] أبدى { $people } شخص جديد اهتمامهم بالفرصة «{ $opportunity }»
    }{ $more ->
        [0] {""}
        [zero] {""}
        [one] {" "}وبفرصة أخرى
        [two] {" "}وبفرصتين أخريين
        [few] {" "}وبـ{ $more } فرص أخرى
        [many] {" "}وبـ{ $more } فرصة أخرى
       *[other] {" "}وبـ{ $more } فرصة أخرى
    }
notice-new-interest-detail = أبدى أشخاص اهتمامهم بفرص مجموعتك. اطّلع على هويتهم وما كتبوه في صفحة الفرصة.
notice-weekly-digest = جديد هذا الأسبوع لك: { $events ->
        [zero] لا فعاليات جديدة
        [one] فعالية جديدة واحدة
        [two] فعاليتان جديدتان
        [few] { $events } فعاليات جديدة
        [many] { $events } فعالية جديدة
       *[other] { $events } فعالية جديدة
    } و{ $opportunities ->
        [zero] لا فرص جديدة
        [one] فرصة جديدة واحدة
        [two] فرصتان جديدتان
        [few] { $opportunities } فرص جديدة
        [many] { $opportunities } فرصة جديدة
       *[other] { $opportunities } فرصة جديدة
    }
notice-weekly-digest-detail = نُشرت فعاليات وفرص جديدة تخص بلد أصلك أو بلد إقامتك أو مهاراتك.

mail-notice-action = عرضه على { $site }
mail-notice-why = تصلك هذه الرسالة لأنك اخترت تلقي إشعارات «{ $kind }» عبر البريد الإلكتروني على { $site }.
mail-footer-notice = يمكنك إيقاف هذه الرسائل بنقرة واحدة، أو اختيار ما يصلك من إعداداتك.
mail-unsubscribe-action = إيقاف هذه الرسائل
mail-settings-action = إعدادات الإشعارات

notice-report-dismissed = تمت مراجعة بلاغك بشأن { $target }
notice-report-dismissed-detail = راجع أحد المشرفين بلاغك بشأن { $target } ولم يتخذ أي إجراء. السبب: { $reason }
notice-report-hidden = بلاغك بشأن { $target }: اتُّخذ إجراء
notice-report-hidden-detail = اتخذ أحد المشرفين إجراءً بناءً على بلاغك وأزال { $target }. السبب: { $reason }
notice-report-restored = تمت مراجعة بلاغك بشأن { $target }
notice-report-restored-detail = قرر أحد المشرفين أنه يمكن عرض { $target }. السبب: { $reason }
notice-moderation-hidden = أخفى المشرفون { $target }
notice-moderation-hidden-detail = أخفى أحد المشرفين { $target }، فلم يعد يرى هذا المحتوى الآن إلا منظموه. السبب: { $reason }. إذا كنت تعتقد أن هذا خطأ، فيمكنك الطعن مرة واحدة.
notice-moderation-restored = أُعيد عرض { $target }
notice-moderation-restored-detail = أعاد أحد المشرفين عرض { $target }. السبب: { $reason }
notice-moderation-suspended = عُلّق حسابك
notice-moderation-suspended-detail = علّق أحد المشرفين حسابك، وأُخفيت إعلاناتك. السبب: { $reason }. إذا كنت تعتقد أن هذا خطأ، فيمكنك الطعن مرة واحدة.
notice-moderation-unsuspended = لم يعد حسابك معلّقًا
notice-moderation-unsuspended-detail = رفع أحد المشرفين التعليق عن حسابك، وعادت إعلاناتك إلى الظهور. السبب: { $reason }
notice-appeal-granted = قُبل طعنك
notice-appeal-granted-detail = قرأ مشرف آخر طعنك بشأن { $target } وألغى القرار. السبب: { $reason }
notice-appeal-upheld = بُتّ في طعنك: يبقى القرار قائمًا
notice-appeal-upheld-detail = قرأ مشرف آخر طعنك بشأن { $target }، ويبقى القرار قائمًا. السبب: { $reason }
notice-invitation = { $inviter } يدعوك إلى الانضمام إلى { $group }
notice-invitation-detail = دعاك { $inviter } إلى الانضمام إلى { $group }. افتح الدعوة للانضمام، فهي صالحة حتى { $until }.
notice-date-moved = نُقل موعد { $event } من { $was } إلى { $start }
notice-date-moved-detail = نقل المنظمون أحد مواعيد { $event }: الموعد الذي كان مقررًا في { $was } أصبح في { $start }{ $place ->
        [none] {""}
       *[other] ، { $place }
    }. يبقى ردك مرتبطًا بهذا الموعد، ولم تتغير المواعيد الأخرى.
notice-date-cancelled = أُلغي موعد { $start }: { $event }
notice-date-cancelled-detail = ألغى المنظمون { $event } في { $start }. أما المواعيد الأخرى فتقام كما هو مقرر.
