# Passerelle — رسائل الواجهة، بلغة عربية فصحى بسيطة وواضحة.
# Passerelle — messages de l'interface, traduits en arabe (arabe standard simple) depuis content/locales/fr/interface.ftl.
# Traduction à faire relire par une personne dont c'est la langue maternelle.
# يجب أن يراجع هذه الترجمة شخص لغته الأم هي العربية.
# طريقة التعديل: كل سطر = رسالة واحدة: `identifiant = النص`. غيّر النص فقط، بعد علامة `=`.
# لا تغيّر المعرّف (identifiant) على يسار علامة `=`. احتفظ بكل `{ $name }` كما هو: يُستبدل بقيمة (رقم، اسم).
# `{ -marque }` يُستبدل باسم الخدمة. الأرقام تُكتب بالأرقام الغربية (0-9). أسماء المؤسسات الفرنسية تبقى بالفرنسية.
# How to edit: one line per message; keep the identifier left of `=` and every `{ $name }` unchanged.
# `{ $count ->` … `}` يختار جملة حسب العدد: `[zero]` 0، `[one]` 1، `[two]` 2، `[few]` 3–10، `[many]` 11–99، `*[other]` غير ذلك (مثل 100).
# غيّر الجمل فقط، واحتفظ بالأقواس المربعة وعلامة `*` والقوس `}`.
# `{ $count -> [one] … *[other] … }` picks a sentence by number (Arabic: zero, one, two, few 3–10, many 11–99, other); see content/README.md.

-marque = Passerelle

## الاستقبال (Accueil)
ui-welcome-title = { -marque }: مساعدة قريبة منك
ui-welcome-intro = بعض الأسئلة البسيطة عن حياتك اليومية: { $topics }.
ui-welcome-result = في النهاية، تظهر لك قائمة بأشخاص يمكنك التواصل معهم قرب مكان سكنك.
ui-welcome-time = { $minutes ->
    [zero] يستغرق ذلك أقل من دقيقة.
    [one] يستغرق ذلك حوالي دقيقة واحدة.
    [two] يستغرق ذلك حوالي دقيقتين.
    [few] يستغرق ذلك حوالي { $minutes } دقائق.
   *[other] يستغرق ذلك حوالي { $minutes } دقيقة.
}
ui-welcome-privacy = تبقى إجاباتك على جهازك. لا تُرسَل إلى أي شخص.
ui-welcome-skip = يمكنك دائمًا اختيار « أفضّل عدم الإجابة ».
ui-welcome-sos = هل تحتاج إلى مساعدة الآن؟ مجانًا، ليلًا ونهارًا:
ui-start = البدء
ui-partner = يقدّم هذه الخدمة: { $partner }

## الأخطاء (Erreurs)
ui-crash-title = عذرًا، حدثت مشكلة.
ui-crash-text = يمكنك إعادة تحميل الصفحة للبدء من جديد.
ui-crash-contact = يمكنك أيضًا طلب المساعدة من: { $partner }
ui-reload = إعادة التحميل
ui-later-failed = تعذّر تحميل بقية الأداة. إجاباتك محفوظة على هذا الجهاز. تحقّق من اتصالك ثم أعد المحاولة.
ui-retry = إعادة المحاولة
ui-loading = لحظة من فضلك…

## الأسئلة (Questions)
ui-profile = معلومات عنك
ui-progress = الموضوع { $index } من { $total } — { $field }
ui-multiple-hint = يمكنك اختيار أكثر من إجابة.
ui-dont-know = لا أعرف
ui-no-answer = أفضّل عدم الإجابة
ui-next = التالي
ui-nothing-chosen = لم تختر أي إجابة. اختر إجابة، أو « أفضّل عدم الإجابة ». اضغط على « التالي » مرة أخرى للمتابعة على أي حال.
ui-back = رجوع
ui-skip-field = تخطي هذا الموضوع كله
ui-skip-field-hint = هذا الموضوع شخصي. يمكنك تخطيه.
ui-field-start = الموضوع { $index } من { $total }
ui-detail-title = { $field }: بضعة أسئلة أخرى

## المساعدة (Aide)
ui-help-question = هل تريد مساعدة في هذا الأمر؟
ui-wishes-title = في أي من هذه المواضيع تريد مساعدة؟
ui-help-oui = نعم
ui-help-plus-tard = لاحقًا
ui-help-non = لا
ui-important = الأهم بالنسبة لي
ui-important-hint = المس «الأهم بالنسبة لي» تحت المواضيع التي تريد البدء بها.

## الطوارئ (Urgence)
ui-emergency-title = هل أنت بحاجة إلى مساعدة الآن؟
ui-emergency-text = { $count ->
    [one] هذا الرقم مجاني. يمكنك التواصل معه في أي وقت، ليلًا ونهارًا.
    [two] هذان الرقمان مجانيان. يمكنك التواصل معهما في أي وقت، ليلًا ونهارًا.
   *[other] هذه الأرقام مجانية. يمكنك التواصل معها في أي وقت، ليلًا ونهارًا.
}
ui-emergency-call = الاتصال بالرقم { $number }
ui-emergency-sms = إرسال رسالة نصية إلى الرقم { $number }

## المسح (Effacer)
ui-clear = مسح إجاباتي
ui-clear-confirm = مسح كل إجاباتك؟ ستبدأ الأسئلة من جديد.
ui-clear-yes = نعم، مسح كل شيء
ui-clear-no = لا، الاحتفاظ بإجاباتي
ui-cleared = تم مسح إجاباتك.

## النتائج (Résultats)
ui-results-help-oui = اخترت الحصول على مساعدة.
ui-results-help-plus-tard = اخترت التفكير في الأمر لاحقًا.
ui-results-help-non = اخترت عدم طلب المساعدة في الوقت الحالي.
ui-results-skipped = تخطيت هذا الموضوع.
ui-results-unanswered = لا توجد إجابات كافية لهذا الموضوع.
ui-results-answer = الإجابة
ui-results-change = تعديل إجاباتي

## جهات الاتصال (Contacts)
ui-contacts-title = من يمكنه مساعدتك
ui-contacts-loading = جارٍ البحث عن جهات قريبة منك…
ui-territory-label = رمزك البريدي
ui-territory-hint = لإيجاد جهات قريبة منك. يبقى على جهازك.
ui-territory-submit = عرض الجهات
ui-territory-wrong = هذا الرمز البريدي غير معروف. اكتب الأرقام الخمسة، مثلاً 13001.
ui-contacts-failed = تعذّر تحميل الجهات القريبة منك. هذه خدمات وطنية يمكنها مساعدتك.
ui-contacts-unvouched = هذا الرابط لا يأتي من شريك يعرفه هذا الموقع. هذه خدمات وطنية يمكنها مساعدتك.
ui-contacts-none = لم نجد جهة قريبة منك لهذا الموضوع. يمكن أن ينصحك centre social (مركز اجتماعي للحي) أو mairie (البلدية).
ui-commune-label = مدينتك أو بلدتك
ui-commune-hint = لنقترح عليك أقرب الجهات.
ui-commune-any = لا أعرف، أو ليست في القائمة
ui-contact-first = للتواصل أولًا
ui-contact-because = لأنك قلت: { $why }
ui-contact-professional = يمكن طلب ذلك من مستشارك
ui-contact-helps = يساعد في: { $list }
ui-contact-walk-in = بدون موعد
ui-contact-free = مجاني
ui-contact-paid = غير مجاني
ui-contact-remote = عن بُعد
ui-contact-in-person = حضوريًا
ui-contact-distance = حضوريًا، على بُعد { $distance }
ui-distance-m = { $m } م
ui-distance-km = { $km } كم
# The decimal mark of a distance (« 2,6 km »).
ui-decimal-mark = ,
ui-contact-call = الاتصال بالرقم { $phone }
ui-contact-web = التواصل عبر الإنترنت
ui-contact-email = إرسال بريد إلكتروني
ui-contact-map = عرض على الخريطة
ui-contact-hours = أوقات العمل: { $hours }
ui-open-until = مفتوح الآن، حتى { $when ->
    [today] { $midnight ->
        [yes] منتصف الليل
       *[no] الساعة { $time }
    }
    [tomorrow] { $midnight ->
        [yes] منتصف ليل الغد
       *[no] الساعة { $time } غدًا
    }
    [day] يوم { $day } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
   *[date] يوم { $day } { $date } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
}
ui-closed-then = مغلق الآن. ابتداءً من { $when ->
    [today] { $midnight ->
        [yes] منتصف الليل
       *[no] الساعة { $time }
    }
    [tomorrow] { $midnight ->
        [yes] منتصف ليل الغد
       *[no] الساعة { $time } غدًا
    }
    [day] يوم { $day } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
   *[date] يوم { $day } { $date } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
}: { $comment }
ui-opens = مغلق الآن. يفتح { $when ->
    [today] اليوم { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
    [tomorrow] غدًا { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
    [day] يوم { $day } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
   *[date] يوم { $day } { $date } { $midnight ->
        [yes] عند منتصف الليل
       *[no] الساعة { $time }
    }
}
ui-time-h = { $h }:00
ui-time-hm = { $h }:{ $m }
ui-time-midnight = منتصف الليل
ui-day-0 = الاثنين
ui-day-1 = الثلاثاء
ui-day-2 = الأربعاء
ui-day-3 = الخميس
ui-day-4 = الجمعة
ui-day-5 = السبت
ui-day-6 = الأحد
ui-contact-week-show = أوقات العمل خلال الأسبوع
ui-contact-week = أوقات العمل: { $week }
ui-open-always = مفتوح 24 ساعة في اليوم
ui-day-month = { $d } { $month }
ui-hours-comment = { $status } ({ $comment })
ui-hours-unknown = أوقات العمل يجب التأكد منها: { $comment }
ui-month-1 = يناير
ui-month-2 = فبراير
ui-month-3 = مارس
ui-month-4 = أبريل
ui-month-5 = مايو
ui-month-6 = يونيو
ui-month-7 = يوليو
ui-month-8 = أغسطس
ui-month-9 = سبتمبر
ui-month-10 = أكتوبر
ui-month-11 = نوفمبر
ui-month-12 = ديسمبر
ui-day-short-0 = الاثنين
ui-day-short-1 = الثلاثاء
ui-day-short-2 = الأربعاء
ui-day-short-3 = الخميس
ui-day-short-4 = الجمعة
ui-day-short-5 = السبت
ui-day-short-6 = الأحد
ui-range = { $from }–{ $to }
ui-list = { $a }، { $b }
ui-week-day = { $days } { $times }
ui-week-and = { $a }؛ { $b }
ui-week-ph-off = مغلق في أيام العطل الرسمية
ui-week-always = 24 ساعة في اليوم، 7 أيام في الأسبوع

## خطة العمل (Feuille de route)
ui-roadmap-title = خطة عملي
ui-roadmap-date = التاريخ: { $date }
ui-roadmap-intro = { $count ->
    [one] هذا هو الموضوع الذي طلبت فيه مساعدة، والجهات التي يمكنك التواصل معها.
    [two] هذان هما الموضوعان اللذان طلبت فيهما مساعدة، والجهات التي يمكنك التواصل معها.
   *[other] هذه هي المواضيع التي طلبت فيها مساعدة، والجهات التي يمكنك التواصل معها.
}
ui-roadmap-followed = لديك بالفعل مستشار أو مستشارة. اعرض عليه خطة العمل هذه: يمكنكما القيام بالإجراءات معًا.
ui-roadmap-under-16 = قبل سن 16، الدراسة إلزامية. لاختيار مهنة أو تكوين، تحدّث مع المدرسة (المستشار التربوي CPE أو أخصائي التوجيه) أو مع نقطة إعلام الشباب (Point information jeunesse).
ui-roadmap-empty = لا يوجد طلب مساعدة في الوقت الحالي. يمكنك العودة متى شئت.
ui-roadmap-next = الخطوة التالية
ui-roadmap-others = إجاباتك الأخرى
ui-roadmap-link = للعثور على خطة العمل هذه مرة أخرى:
ui-date = { $d }/{ $m }/{ $y }
ui-next-walk-in = اذهب إلى المكان، بدون موعد: { $who }، { $address }.
ui-next-go = اذهب إلى المكان: { $who }، { $address }.
ui-next-call = اتصل بالرقم { $phone }: { $who }.
ui-next-online = تواصل عبر الإنترنت: { $who }.
ui-next-ask = تواصل مع: { $who }.
ui-next-conditions = تطلب هذه الخدمة: { $conditions }
ui-next-emergency = اتصل الآن بالرقم { $number }. { $what }
ui-next-emergency-sms = أرسل الآن رسالة نصية إلى الرقم { $number }. { $what }
ui-next-none-now = لا توجد أي جهة في القائمة مفتوحة الآن.
ui-next-professional = يمكن لمستشارك تقديم الطلب نيابةً عنك: { $who }.
ui-call-today = { $way ->
    [go] مغلق الآن: يفتح اليوم الساعة { $time }، في المكان وعبر الهاتف.
   *[call] مغلق الآن: اتصل اليوم ابتداءً من الساعة { $time }.
}
ui-call-tomorrow = { $way ->
    [go] مغلق الآن: يفتح غدًا الساعة { $time }، في المكان وعبر الهاتف.
   *[call] مغلق الآن: اتصل غدًا ابتداءً من الساعة { $time }.
}
ui-call-on = { $way ->
    [go] مغلق الآن: يفتح يوم { $day } الساعة { $time }، في المكان وعبر الهاتف.
   *[call] مغلق الآن: اتصل يوم { $day } ابتداءً من الساعة { $time }.
}
ui-level-ensemble = لم تكن متأكدًا من إجاباتك. هذا أمر طبيعي: راجع هذا الموضوع مع شخص يمكنه مساعدتك.
why-ensemble = لم تكن متأكدًا من إجاباتك
ui-quit = الخروج بسرعة
ui-quit-hint = يغلق هذه الصفحة ويمحو إجاباتك.
ui-emergency-announce = أرقام الطوارئ، مجانية، ليلًا ونهارًا: { $numbers }

## الاحتفاظ بخطة العمل (Garder sa feuille de route)
ui-keep-title = الاحتفاظ بخطة عملي
ui-keep-text = لا يُرسَل أي شيء عبر الإنترنت. الرابط يحتوي على إجاباتك: من الأفضل ألّا تعطيه لأحد.
ui-print = طباعة
ui-copy = نسخ النص
ui-copied = تم نسخ النص.
ui-copy-failed = لم ينجح النسخ. يمكنك تحديد نص الرابط ونسخه يدويًا.
ui-email = إرسال بالبريد الإلكتروني
ui-link-label = رابط خطة عملي
ui-qr-label = رمز QR للمسح بهاتفك
ui-with-health = إضافة إجاباتي عن الصحة والأمان أيضًا إلى الرابط والنص والطباعة
ui-link-broken = هذا الرابط تالف أو قديم جدًا. يمكنك الإجابة عن الأسئلة من جديد.

## الاحتساب (Compter)
ui-consent = احتساب إجاباتي دون كشف هويتي، لمساعدة الحي
ui-consent-hint = يُحتسب فقط مستوى كل موضوع، دون إجاباتك ودون موضوع الصحة. لا يمكن لأحد أن يعرف أنك أنت.
ui-consent-done = شكرًا. تم احتساب إجاباتك دون كشف هويتك.

## وضع المرافقة (Mode accompagné)
ui-accompanied-switch = وضع المرافقة (للمهنيين)
ui-overview-title = { $count ->
    [one] موضوع واحد
    [two] موضوعان
    [few] { $count } مواضيع
    [many] { $count } موضوعًا
   *[other] { $count } موضوع
}
ui-overview-intro = يمكنك اختيار المواضيع بالترتيب الذي يناسبك.
ui-overview-todo = لم تتم الإجابة بعد
ui-overview-skipped = تم تخطي الموضوع
ui-overview-start = البدء
ui-overview-edit = تعديل
ui-overview-results = عرض خطة العمل
ui-note-label = ملاحظة المستشار (تُطبع على ورقة الإحالة)
ui-assisted = إجابات أُعطيت بمساعدة شخص مهني
ui-new-person = شخص جديد
ui-new-person-confirm = مسح كل شيء للشخص التالي؟ سيتم حذف الإجابات والملاحظات من هذا الجهاز.
ui-new-person-yes = نعم، مسح كل شيء
ui-liaison-title = ورقة الإحالة (fiche de liaison)
ui-liaison-assisted = تمت الإجابة بمساعدة شخص مهني.
ui-liaison-note = ملاحظة: { $note }

## Langue
ui-language-self = العربية
ui-language = اللغة
ui-read-aloud = استمع

## Contacts on paper and on demand
ui-contact-phone = الهاتف: { $phone }
ui-copy-select = لم ينجح النسخ التلقائي. النص محدد أدناه: انسخه (بالضغط المطوّل على الهاتف، أو Ctrl+C).
ui-copy-text-label = نص خطة عملي

## الاستماع إلى الاستبيان (قارئات الشاشة، القراءة بصوت عالٍ)
ui-page-title = { $step } — { -marque }
ui-page-h1 = { -marque }
ui-help-goes-on = اختيارك ينقلك إلى الخطوة التالية.
ui-help-chosen = هذا هو اختيارك السابق.
ui-new-tab = يُفتح في علامة تبويب جديدة
ui-read-stop = أوقف القراءة
ui-read-no-voice = لا يوجد على هذا الجهاز صوت للقراءة بالعربية.
ui-roadmap-more = { $count ->
    [zero] عرض المزيد
    [one] عرض المزيد: جهة الاتصال
    [two] عرض المزيد: جهتا اتصال
    [few] عرض المزيد: { $count } جهات اتصال
    [many] عرض المزيد: { $count } جهة اتصال
   *[other] عرض المزيد: { $count } جهة اتصال
}
ui-show-others = عرض إجاباتي الأخرى
# The welcome names the fields asked (data-fields), joined: « a, b et c ».
topic-reseau = العمل
topic-savoirs = اللغة الفرنسية
topic-numerique = الإنترنت
topic-famille = العائلة
topic-mobilite = التنقل
topic-logement = السكن
topic-finances = المال
topic-sante = الصحة
ui-list-pair = { $a } و{ $b }
ui-list-more = { $a }، { $b }

## A link opened directly that names a partner or contacts file this site does not list
ui-unvouched = هذا الرابط لا يأتي من شريك يعرفه هذا الموقع. إليك الأرقام الوطنية المجانية.
# Issue 21: a run answered mostly « je ne sais pas » leads with one generalist; past the top fields, « Autres sujets ».
ui-level-generalist = لم تكن متأكدًا من عدة مواضيع. هذا عادي: يمكن لشخص واحد أن يراجع كل شيء معك.
field-ensemble = مراجعة كل شيء
ui-roadmap-more-topics = { $count ->
    [one] مواضيع أخرى: موضوع واحد
   *[other] مواضيع أخرى: { $count }
}
