# Passerelle — أسئلة الاستبيان وإجاباتها، بلغة عربية فصحى بسيطة وواضحة.
# Passerelle — les questions et les réponses du questionnaire, traduites en arabe (arabe standard simple) depuis content/locales/fr/questions.ftl.
# Traduction à faire relire par une personne dont c'est la langue maternelle.
# يجب أن يراجع هذه الترجمة شخص لغته الأم هي العربية.
# طريقة التعديل: كل سطر = رسالة واحدة. لا تغيّر المعرّف (identifiant) على يسار علامة `=`، وغيّر النص فقط على يمينها.
# احتفظ بكل `{ $name }` كما هو. الأرقام تُكتب بالأرقام الغربية (0-9).
# أسماء المؤسسات الفرنسية (France Travail، CAF، mairie…) تبقى بالفرنسية لأنها الأسماء المكتوبة على اللافتات والرسائل.
# How to edit: one line per message; keep the identifier left of `=` and every `{ $name }` unchanged.

## معلومات عنك (Profil)

profile-title = بعض الأسئلة عنك
profile-intro = تساعد هذه الأسئلة على إيجاد الأشخاص المناسبين لك. يمكنك تخطيها.

q-profil-age = كم عمرك؟
a-profil-age-moins-16 = أقل من 16 سنة
a-profil-age-16-25 = من 16 إلى 25 سنة
a-profil-age-26-49 = من 26 إلى 49 سنة
a-profil-age-50-plus = 50 سنة أو أكثر

q-profil-enfants = هل لديك أطفال يعيشون معك؟
a-profil-enfants-oui = نعم
a-profil-enfants-non = لا

q-profil-seul = هل أنت وحدك في تربية أطفالك، دون شخص بالغ آخر في البيت؟
a-profil-seul-oui = نعم
a-profil-seul-non = لا

q-profil-suivi = هل لديك مستشار أو مستشارة يساعدك؟
q-profil-suivi-help = مثلًا في France Travail (مكتب التشغيل)، أو في mission locale (مركز لمساعدة الشباب)، أو في CCAS (مركز العمل الاجتماعي في البلدية)، أو في جمعية.
a-profil-suivi-oui = نعم
a-profil-suivi-non = لا

q-profil-qpv = هل بيتك في حي ذي أولوية؟
q-profil-qpv-help = في الحي ذي الأولوية (quartier prioritaire)، تقدّم الدولة والمدينة مساعدة أكبر للسكان. يمكن للبلدية (mairie) أن تخبرك إن كان حيّك منها.
a-profil-qpv-oui = نعم
a-profil-qpv-non = لا
a-profil-qpv-ne-sais-pas-quartier = لا أعرف إن كان حيّي ذا أولوية

## معارفك في مجال العمل (Réseau professionnel)

field-reseau = معارفك في مجال العمل
field-reseau-intro = تتحدث هذه الأسئلة عن خبرتك وعن الأشخاص الذين يمكنهم مساعدتك على إيجاد عمل.
field-reseau-ok = عملت مؤخرًا.
field-reseau-a_voir = يمكنك التعرّف على أشخاص أكثر من عالم العمل. توجد حلول بالقرب منك.
field-reseau-frein = إيجاد معارف في مجال العمل صعب في الوقت الحالي. يمكن لأشخاص بالقرب منك مرافقتك.
field-reseau-urgent = أنت بحاجة إلى مساعدة سريعة في مجال العمل. يمكنك البدء بأول جهة في القائمة.

q-reseau-experience = هل سبق لك أن عملت أو قمت بتدريب عملي؟
q-reseau-experience-help = التدريب العملي (stage) هو فترة في شركة للتعرّف على مهنة.
a-reseau-experience-recent = نعم، في السنتين الأخيرتين
a-reseau-experience-ancien = نعم، قبل أكثر من سنتين
a-reseau-experience-jamais = لا، ليس بعد
why-reseau-experience-ancien = آخر عمل لك كان قبل أكثر من سنتين
why-reseau-experience-jamais = لم يسبق لك العمل بعد

q-reseau-contacts = هل يوجد بين معارفك شخص يعمل في المهنة التي تهمّك؟
a-reseau-contacts-plusieurs = نعم، عدة أشخاص
a-reseau-contacts-une = نعم، شخص واحد
a-reseau-contacts-non = لا، لا أحد
a-reseau-contacts-metier-a-choisir = ما زلت أبحث عن المهنة المناسبة لي
why-reseau-contacts-non = ليس لديك معارف في هذه المهنة
why-reseau-contacts-metier-a-choisir = ما زلت تبحث عن مهنتك

q-reseau-recherche = ماذا تفعل للبحث عن عمل؟
a-reseau-recherche-internet = أبحث على الإنترنت
a-reseau-recherche-conseiller = مع France Travail أو mission locale
a-reseau-recherche-proches = أسأل أقاربي ومعارفي
a-reseau-recherche-entreprises = أذهب إلى الشركات
a-reseau-recherche-interim = أذهب إلى وكالات العمل المؤقت (intérim)
a-reseau-recherche-par-ou-commencer = لا أعرف من أين أبدأ
a-reseau-recherche-pas-encore = لم أبدأ البحث بعد
why-reseau-recherche-par-ou-commencer = لا تعرف من أين تبدأ البحث عن عمل

q-reseau-envies = ما الذي يهمّك لإيجاد عمل؟
q-reseau-envies-help = المرشد أو المرشدة (parrain أو marraine) شخص يعمل. يقدّم لك النصائح.
a-reseau-envies-employeurs = التعرّف على أصحاب عمل بالقرب مني
a-reseau-envies-parrain = الحصول على مرشد أو مرشدة
a-reseau-envies-metiers = اكتشاف مهن
a-reseau-envies-aucun = لا شيء من هذا في الوقت الحالي
why-reseau-envies-employeurs = يهمّك التعرّف على أصحاب عمل
why-reseau-envies-parrain = يهمّك الحصول على مرشد أو مرشدة
why-reseau-envies-metiers = يهمّك اكتشاف مهن

q-reseau-discrimination = عند البحث عن عمل، هل شعرت يومًا برفض غير عادل؟
q-reseau-discrimination-help = مثلًا بسبب اسمك، أو عنوانك، أو عمرك، أو مظهرك، أو إعاقة. يمكنك تخطي هذا السؤال.
a-reseau-discrimination-oui = نعم، حدث لي ذلك
a-reseau-discrimination-non = لا
why-reseau-discrimination-oui = شعرت برفض غير عادل عند البحث عن عمل

## المعارف الأساسية (Savoirs de base)

field-savoirs = القراءة والكتابة والحساب والتحدث بالفرنسية
field-savoirs-intro = تتحدث هذه الأسئلة عن اللغة الفرنسية وعن الحساب في الحياة اليومية.
field-savoirs-ok = تتكلم الفرنسية وتقرؤها.
field-savoirs-a_voir = القراءة أو الكتابة أو الحساب صعبة أحيانًا. توجد حلول بالقرب منك.
field-savoirs-frein = اللغة الفرنسية أو الحساب صعب عليك في الوقت الحالي. يمكن التعلّم في أي عمر. توجد دروس بالقرب منك.
field-savoirs-urgent = أنت بحاجة إلى مساعدة سريعة للقراءة أو الكتابة أو الفهم. يمكن لشخص أن يقوم بإجراءاتك الإدارية معك.

q-savoirs-oral = عندما يتحدث معك الناس بالفرنسية، هل تفهم؟
a-savoirs-oral-tout = نعم، كل شيء
a-savoirs-oral-presque-tout = تقريبًا كل شيء
a-savoirs-oral-un-peu = قليلًا
a-savoirs-oral-pas-du-tout = لا، أبدًا
why-savoirs-oral-un-peu = تفهم قليلًا عندما يتحدث الناس بالفرنسية
why-savoirs-oral-pas-du-tout = فهم الفرنسية عندما يتحدث الناس بها صعب عليك

q-savoirs-lire = هل يمكنك قراءة رسالة من France Travail أو من البلدية (mairie)؟
a-savoirs-lire-seul = نعم، بدون مساعدة
a-savoirs-lire-avec-aide = نعم، بمساعدة
a-savoirs-lire-non = لا
why-savoirs-lire-avec-aide = تقرأ الرسائل بمساعدة
why-savoirs-lire-non = قراءة رسالة صعبة عليك

q-savoirs-ecrire = هل يمكنك كتابة رسالة أو ملء استمارة بالفرنسية؟
a-savoirs-ecrire-facile = نعم، بسهولة
a-savoirs-ecrire-difficile = نعم، لكن ذلك صعب
a-savoirs-ecrire-non = لا
why-savoirs-ecrire-difficile = الكتابة بالفرنسية صعبة عليك
why-savoirs-ecrire-non = ملء استمارة بالفرنسية صعب عليك

q-savoirs-calcul = هل عدّ النقود أو حساب الساعات سهل عليك؟
a-savoirs-calcul-facile = نعم، هذا سهل
a-savoirs-calcul-un-peu-difficile = هذا صعب قليلًا
a-savoirs-calcul-tres-difficile = هذا صعب جدًا
why-savoirs-calcul-un-peu-difficile = الحساب صعب عليك قليلًا
why-savoirs-calcul-tres-difficile = الحساب صعب عليك جدًا

q-savoirs-diplome = ما هي أعلى شهادة لديك؟
a-savoirs-diplome-aucun = ليست لدي شهادة
a-savoirs-diplome-avant-bac = شهادة قبل البكالوريا (brevet أو CAP أو BEP)
a-savoirs-diplome-bac = البكالوريا (bac)
a-savoirs-diplome-apres-bac = شهادة بعد البكالوريا
a-savoirs-diplome-autre-pays = شهادة من بلد آخر
why-savoirs-diplome-aucun = لا شهادة في الوقت الحالي
why-savoirs-diplome-autre-pays = شهادتك من بلد آخر

## المهارات الرقمية (Compétences numériques)

field-numerique = استعمال الإنترنت
field-numerique-intro = تتحدث هذه الأسئلة عن هاتفك وعن الحاسوب والإنترنت.
field-numerique-ok = تستعمل الإنترنت لإجراءاتك الإدارية.
field-numerique-a_voir = بعض الأمور على الإنترنت صعبة أحيانًا. توجد أماكن بالقرب منك تساعد على القيام بها.
field-numerique-frein = استعمال الإنترنت صعب عليك في الوقت الحالي. توجد أماكن بالقرب منك يمكنها مساعدتك وتعليمك.
field-numerique-urgent = أنت بحاجة إلى مساعدة سريعة في إجراء على الإنترنت. يمكن لشخص أن يقوم به معك.

q-numerique-appareils = ما الجهاز الذي لديك للدخول إلى الإنترنت؟
a-numerique-appareils-smartphone = هاتف فيه إنترنت (هاتف ذكي)
a-numerique-appareils-tablette = جهاز لوحي (tablette)
a-numerique-appareils-ordinateur = حاسوب
a-numerique-appareils-emprunt = أستعمل جهاز شخص آخر
a-numerique-appareils-aucun = ليس لدي أي جهاز
why-numerique-appareils-emprunt = تستعمل جهاز شخص آخر
why-numerique-appareils-aucun = ليس لديك جهاز للدخول إلى الإنترنت

q-numerique-internet = هل لديك إنترنت وقت الحاجة؟
a-numerique-internet-toujours = نعم، دائمًا
a-numerique-internet-parfois = أحيانًا، مثلًا عبر واي فاي (wifi) مجاني
a-numerique-internet-non = لا
why-numerique-internet-parfois = لديك إنترنت أحيانًا فقط
why-numerique-internet-non = ليس لديك إنترنت

q-numerique-email = هل لديك عنوان بريد إلكتروني (e-mail) يمكنك استعماله؟
q-numerique-email-help = عنوان البريد الإلكتروني يُستعمل لإرسال الرسائل واستقبالها على الإنترنت.
a-numerique-email-oui = نعم
a-numerique-email-mot-de-passe = نعم، لكني نسيت كلمة السر
a-numerique-email-non = لا
why-numerique-email-mot-de-passe = نسيت كلمة سر بريدك الإلكتروني
why-numerique-email-non = ليس لديك عنوان بريد إلكتروني

q-numerique-demarches = هل يمكنك القيام بإجراءاتك الإدارية على الإنترنت؟
q-numerique-demarches-help = مثلًا على موقع France Travail، أو موقع CAF (صندوق المساعدات العائلية)، أو موقع Assurance maladie (التأمين الصحي).
a-numerique-demarches-seul = نعم، بدون مساعدة
a-numerique-demarches-avec-aide = نعم، بمساعدة
a-numerique-demarches-non = لا
why-numerique-demarches-avec-aide = إجراءاتك على الإنترنت تحتاج إلى مساعدة
why-numerique-demarches-non = الإجراءات على الإنترنت صعبة عليك

q-numerique-cv = هل يمكنك إرسال سيرة ذاتية (CV) أو الرد على عرض عمل عبر الإنترنت؟
q-numerique-cv-help = السيرة الذاتية (CV) صفحة تعرض دراستك وخبرتك.
a-numerique-cv-oui = نعم
a-numerique-cv-avec-aide = نعم، بمساعدة
a-numerique-cv-non = لا
a-numerique-cv-pas-de-cv = ليست لدي سيرة ذاتية (CV) بعد
why-numerique-cv-avec-aide = ترد على عروض العمل عبر الإنترنت بمساعدة
why-numerique-cv-non = الرد على عرض عمل عبر الإنترنت صعب عليك
why-numerique-cv-pas-de-cv = ليست لديك سيرة ذاتية (CV) بعد

## العائلة (Contraintes familiales)

field-famille = العائلة والأقارب
field-famille-intro = تتحدث هذه الأسئلة عن أطفالك وأقاربك وحياتك في البيت.
field-famille-ok = حياتك العائلية تترك لك وقتًا لعمل أو لتكوين مهني (formation).
field-famille-a_voir = التوفيق بين الحياة العائلية والعمل يحتاج أحيانًا إلى مساعدة. توجد حلول بالقرب منك.
field-famille-frein = عائلتك تأخذ الكثير من وقتك في الوقت الحالي. توجد حلول بالقرب منك.
field-famille-urgent = سلامتك قبل كل شيء. يمكنك الاتصال لطلب المساعدة الآن، ليلًا ونهارًا.

q-famille-garde = إذا وجدت عملًا غدًا، من سيعتني بأطفالك؟
a-famille-garde-solution = لدي حل
a-famille-garde-pas-sur = شخص قريب مني، لكن ذلك غير مؤكد
a-famille-garde-aucune = ليس لدي حل
a-famille-garde-assez-grands = أطفالي كبار بما يكفي
why-famille-garde-pas-sur = حل رعاية أطفالك غير مؤكد
why-famille-garde-aucune = لا يوجد حل لرعاية الأطفال

q-famille-horaires = هل يمكنك العمل في الصباح الباكر، أو في المساء، أو في عطلة نهاية الأسبوع؟
a-famille-horaires-oui = نعم
a-famille-horaires-parfois = أحيانًا
a-famille-horaires-non = لا
why-famille-horaires-non = لا يمكنك العمل في الصباح الباكر أو في المساء أو في عطلة نهاية الأسبوع

q-famille-aidant = هل تعتني بشخص قريب منك مريض، أو كبير في السن، أو من ذوي الإعاقة؟
a-famille-aidant-chaque-jour = نعم، كل يوم
a-famille-aidant-parfois = نعم، من حين لآخر
a-famille-aidant-non = لا
why-famille-aidant-chaque-jour = تساعد شخصًا قريبًا منك كل يوم
why-famille-aidant-parfois = تساعد شخصًا قريبًا منك من حين لآخر

q-famille-securite = في البيت، هل أنت في أمان؟
q-famille-securite-help = هذا السؤال من أجل سلامتك. يمكنك تخطيه.
a-famille-securite-oui = نعم
a-famille-securite-pas-toujours = ليس دائمًا
a-famille-securite-non = لا، أشعر بالخوف في البيت
why-famille-securite-pas-toujours = لست دائمًا في أمان في بيتك
why-famille-securite-non = البيت ليس مكانًا آمنًا لك

q-famille-enfant-danger = هل يوجد طفل في خطر في بيتك؟
q-famille-enfant-danger-help = مثلًا، طفل يتعرّض للعنف أو لا يحصل على الرعاية التي يحتاجها.
a-famille-enfant-danger-oui = نعم
a-famille-enfant-danger-non = لا
a-famille-enfant-danger-pas-d-enfant = لا يوجد أطفال في بيتي
why-famille-enfant-danger-oui = يوجد طفل في خطر في بيتك

## التنقل (Mobilité)

field-mobilite = التنقل
field-mobilite-intro = تتحدث هذه الأسئلة عن تنقلاتك: مشيًا، أو بالحافلة، أو بالدراجة، أو بالسيارة.
field-mobilite-ok = لديك رخصة سياقة والتنقل سهل عليك.
field-mobilite-a_voir = التنقل صعب أحيانًا. توجد حلول بالقرب منك.
field-mobilite-frein = التنقل صعب عليك في الوقت الحالي. يمكن لأشخاص بالقرب منك البحث عن حلول معك.
field-mobilite-urgent = أنت بحاجة إلى مساعدة سريعة للتنقل. يمكنك البدء بأول جهة في القائمة.

q-mobilite-permis = هل لديك رخصة القيادة (permis de conduire)؟
a-mobilite-permis-oui = نعم
a-mobilite-permis-en-cours = أستعد للحصول عليها
a-mobilite-permis-non = لا
a-mobilite-permis-autre-pays = لدي رخصة من بلد آخر
why-mobilite-permis-en-cours = تستعد للحصول على رخصة القيادة
why-mobilite-permis-non = ليست لديك رخصة القيادة
why-mobilite-permis-autre-pays = رخصتك من بلد آخر

q-mobilite-vehicule = هل لديك وسيلة نقل خاصة بك؟
a-mobilite-vehicule-voiture = سيارة
a-mobilite-vehicule-deux-roues = دراجة نارية أو سكوتر بمحرك (scooter)
a-mobilite-vehicule-velo = دراجة هوائية أو سكوتر صغير (trottinette)
a-mobilite-vehicule-aucun = لا، لا شيء
why-mobilite-vehicule-aucun = ليست لديك وسيلة نقل خاصة بك

q-mobilite-distance = من أجل العمل، إلى أي مسافة يمكنك الذهاب؟
a-mobilite-distance-quartier = في حيّي فقط
a-mobilite-distance-ville = في مدينتي
a-mobilite-distance-alentours = في المدن المجاورة
a-mobilite-distance-loin = أبعد، حتى لو انتقلت للسكن في مكان آخر
why-mobilite-distance-quartier = يمكنك العمل في حيّك فقط

q-mobilite-transports = هل من السهل عليك ركوب الحافلة أو الترامواي أو القطار للذهاب إلى مكان جديد؟
a-mobilite-transports-facile = نعم، هذا سهل
a-mobilite-transports-un-peu-difficile = هذا صعب قليلًا
a-mobilite-transports-tres-difficile = هذا صعب جدًا
a-mobilite-transports-pas-de-transport = لا توجد مواصلات عامة بالقرب مني
why-mobilite-transports-un-peu-difficile = ركوب المواصلات العامة صعب عليك قليلًا
why-mobilite-transports-tres-difficile = ركوب المواصلات العامة صعب عليك جدًا
why-mobilite-transports-pas-de-transport = لا توجد مواصلات عامة بالقرب منك

q-mobilite-cout = هل يمكنك دفع ثمن تنقلاتك: التذكرة، أو الاشتراك، أو البنزين؟
a-mobilite-cout-oui = نعم
a-mobilite-cout-difficile = نعم، لكن ذلك صعب
a-mobilite-cout-non = لا
why-mobilite-cout-difficile = دفع ثمن تنقلاتك صعب
why-mobilite-cout-non = لا يمكنك دفع ثمن تنقلاتك

## السكن (Logement)

field-logement = السكن
field-logement-intro = تتحدث هذه الأسئلة عن مكان سكنك.
field-logement-ok = لديك مكان تعيش فيه، ولا خطر أن تفقده الآن.
field-logement-a_voir = يمكن أن يكون سكنك أكثر ملاءمة لك. يمكن لأشخاص بالقرب منك أن ينصحوك.
field-logement-frein = سكنك مصدر قلق في الوقت الحالي. يمكن لأشخاص بالقرب منك البحث عن حلول معك.
field-logement-urgent = إيجاد مكان للنوم أو الحفاظ على سكنك هو الأولوية. من المهم أن تتصل بسرعة بإحدى الجهات في القائمة.

q-logement-nuit = أين تنام في الوقت الحالي؟
a-logement-nuit-chez-moi = في مسكني
a-logement-nuit-parents = عند والديّ
a-logement-nuit-heberge = عند شخص قريب مني، لفترة مؤقتة
a-logement-nuit-foyer = في سكن جماعي (foyer أو résidence)
a-logement-nuit-hotel = في فندق
a-logement-nuit-dehors = في الشارع أو في سيارة
why-logement-nuit-heberge = مكان نومك عند شخص قريب منك، لفترة مؤقتة
why-logement-nuit-foyer = سكنك في سكن جماعي (foyer أو résidence)
why-logement-nuit-hotel = مكان نومك في فندق
why-logement-nuit-dehors = مكان نومك في الشارع أو في سيارة

q-logement-risque = هل تخاف أن تفقد المكان الذي تعيش فيه؟
q-logement-risque-help = مثلًا بسبب تأخر في دفع الإيجار، أو رسالة من المحكمة، أو خلاف. يمكنك اختيار عدة أجوبة.
a-logement-risque-non = لا
a-logement-risque-retard-loyer = عندي تأخر في دفع الإيجار
a-logement-risque-expulsion = طُلب مني المغادرة في تاريخ محدد (رسالة، محكمة)
a-logement-risque-oui = يجب أن أغادر في الأيام القادمة، دون حل
why-logement-risque-retard-loyer = عندك تأخر في دفع الإيجار
why-logement-risque-expulsion = طُلب منك مغادرة سكنك في تاريخ محدد
why-logement-risque-oui = عليك المغادرة في الأيام القادمة دون حل

q-logement-courrier = هل لديك عنوان مضمون تصل إليه رسائلك؟
q-logement-courrier-help = العنوان المضمون هو مكان تصل إليه رسائلك بدون مشاكل.
a-logement-courrier-oui = نعم
a-logement-courrier-non = لا
why-logement-courrier-non = ليس لديك عنوان مضمون لاستلام رسائلك

q-logement-confort = هل يسمح لك بيتك بالنوم جيدًا والاستعداد للعمل؟
a-logement-confort-oui = نعم
a-logement-confort-pas-vraiment = ليس تمامًا: صغير جدًا، أو فيه ضجيج، أو بارد
a-logement-confort-non = لا
why-logement-confort-pas-vraiment = سكنك لا يناسبك تمامًا
why-logement-confort-non = لا يمكنك الراحة جيدًا في بيتك

q-logement-recherche = هل تبحث عن سكن؟
q-logement-recherche-help = مثلًا أول سكن لك، أو سكن أكبر، أو سكن أقرب إلى مكان العمل.
a-logement-recherche-oui = نعم
a-logement-recherche-non = لا
why-logement-recherche-oui = تبحث عن سكن

## المال (Argent)

field-finances = المال
field-finances-intro = تتحدث هذه الأسئلة عن مالك ومساعداتك. يمكنك تخطي هذه الأسئلة.
field-finances-ok = يمكنك دفع مصاريفك الأساسية.
field-finances-a_voir = ميزانيتك محدودة أحيانًا. يمكن لأشخاص بالقرب منك أن ينصحوك.
field-finances-frein = المال مصدر قلق حقيقي في الوقت الحالي. ربما توجد مساعدات لك. يمكن لأشخاص أن يتحققوا من ذلك معك.
field-finances-urgent = أنت بحاجة إلى مساعدة الآن لتغطية حاجاتك الأساسية. من المهم أن تتصل بسرعة بإحدى الجهات في القائمة أو تذهب إليها.

q-finances-revenus = من أين يأتيك المال في الوقت الحالي؟
a-finances-revenus-salaire = راتب
a-finances-revenus-chomage = منحة البطالة (allocation chômage)
a-finances-revenus-rsa = RSA (مساعدة مالية للأشخاص ذوي الدخل الضعيف)
a-finances-revenus-aide-jeune = مساعدة contrat d'engagement jeune (برنامج لمرافقة الشباب)
a-finances-revenus-caf = مساعدات CAF (صندوق المساعدات العائلية)
a-finances-revenus-famille = مساعدة من عائلتي
a-finances-revenus-autre = مال آخر أو مساعدة أخرى
a-finances-revenus-rien = لا يأتيني أي مال في الوقت الحالي
why-finances-revenus-rien = ليس لديك أي مال في الوقت الحالي

q-finances-essentiel = في نهاية الشهر، هل يمكنك دفع الإيجار والطعام والفواتير؟
q-finances-essentiel-help = الفواتير هي مثلًا الكهرباء والهاتف.
a-finances-essentiel-oui = نعم
a-finances-essentiel-difficile = نعم، لكن ذلك صعب
a-finances-essentiel-non = لا
a-finances-essentiel-manger = ليس لدي ما آكله
why-finances-essentiel-difficile = دفع المصاريف الأساسية صعب
why-finances-essentiel-non = لا يمكنك دفع المصاريف الأساسية
why-finances-essentiel-manger = ليس لديك طعام كافٍ

q-finances-dettes = هل لديك ديون أو فواتير متأخرة؟
a-finances-dettes-non = لا
a-finances-dettes-un-peu = نعم، قليلًا
a-finances-dettes-beaucoup = نعم، كثيرًا: هذا أكثر من طاقتي
why-finances-dettes-un-peu = لديك ديون أو فواتير متأخرة
why-finances-dettes-beaucoup = ديونك ثقيلة جدًا عليك

q-finances-droits = في رأيك، هل تصلك كل المساعدات التي هي من حقك؟
q-finances-droits-help = مثلًا مساعدات للسكن، أو للصحة، أو لأطفالك.
a-finances-droits-oui = نعم
a-finances-droits-peut-etre-pas = ربما ليس كلها
a-finances-droits-non = لا، لا أطلبها
why-finances-droits-peut-etre-pas = ربما تنقصك بعض المساعدات
why-finances-droits-non = لا تطلب المساعدات التي هي من حقك

q-finances-vite = هل أنت بحاجة إلى كسب المال بسرعة كبيرة؟
a-finances-vite-tout-de-suite = نعم، فورًا
a-finances-vite-dans-quelques-mois = خلال بضعة أشهر
a-finances-vite-non = لا
why-finances-vite-tout-de-suite = أنت بحاجة إلى كسب المال فورًا

## الصحة والإعاقة (Santé et handicap)

field-sante = الصحة والإعاقة
field-sante-intro = تتحدث هذه الأسئلة عن صحتك ومعنوياتك. يمكنك تخطي هذه الأسئلة.
field-sante-ok = صحتك تسمح لك بالبحث عن عمل.
field-sante-a_voir = الاهتمام بصحتك يمكن أن يساعدك. توجد أماكن بالقرب منك يمكنها استقبالك.
field-sante-frein = صحتك تزعجك في الوقت الحالي. يمكن لمختصين بالقرب منك مرافقتك.
field-sante-urgent = هذه فترة صعبة جدًا بالنسبة لك. يمكنك التحدث مع شخص الآن، ليلًا ونهارًا.

q-sante-gene = هل لديك مشكلة صحية تعيقك في العمل؟
q-sante-gene-help = مثلًا في حمل الأشياء الثقيلة أو الوقوف لمدة طويلة. يمكن أن تكون أيضًا إعاقة.
a-sante-gene-non = لا
a-sante-gene-un-peu = نعم، قليلًا
a-sante-gene-beaucoup = نعم، كثيرًا
why-sante-gene-un-peu = صحتك تعيقك قليلًا في العمل
why-sante-gene-beaucoup = صحتك تعيقك كثيرًا في العمل

q-sante-reconnaissance = هل لديك اعتراف رسمي بصفة عامل من ذوي الإعاقة؟
q-sante-reconnaissance-help = يُسمّى أيضًا RQTH. يُطلب من MDPH (المكتب الخاص بالأشخاص ذوي الإعاقة في منطقتك).
a-sante-reconnaissance-oui = نعم
a-sante-reconnaissance-en-cours = طلبته
a-sante-reconnaissance-non = لا
why-sante-reconnaissance-oui = لديك اعتراف بصفة عامل من ذوي الإعاقة (RQTH)
why-sante-reconnaissance-en-cours = طلبت الاعتراف بصفة عامل من ذوي الإعاقة

q-sante-couverture = هل لديك بطاقة carte Vitale وتأمين تكميلي (mutuelle)؟
q-sante-couverture-help = بطاقة carte Vitale هي بطاقة التأمين الصحي (Assurance maladie). التأمين التكميلي (mutuelle) يدفع جزءًا آخر من تكاليف العلاج.
a-sante-couverture-les-deux = نعم، كلاهما
a-sante-couverture-carte-vitale = بطاقة carte Vitale فقط
a-sante-couverture-aucune = لا هذه ولا تلك
why-sante-couverture-carte-vitale = ليس لديك تأمين تكميلي (mutuelle)
why-sante-couverture-aucune = ليس لديك بطاقة carte Vitale ولا تأمين تكميلي (mutuelle)

q-sante-soins = هل تؤجّل علاجًا تحتاج إليه؟
q-sante-soins-help = مثلًا الذهاب إلى الطبيب أو طبيب الأسنان، أو شراء نظارات.
a-sante-soins-non = لا
a-sante-soins-argent = نعم، بسبب المال
a-sante-soins-autre-raison = نعم، لسبب آخر
why-sante-soins-argent = تؤجّل علاجًا بسبب المال
why-sante-soins-autre-raison = تؤجّل علاجًا

q-sante-moral = في الأسابيع الأخيرة، هل شعرت بالتعب أو التوتر أو الحزن؟
a-sante-moral-rarement = نادرًا أو أبدًا
a-sante-moral-parfois = أحيانًا
a-sante-moral-souvent = كثيرًا
why-sante-moral-souvent = تشعر كثيرًا بالتعب أو التوتر أو الحزن

q-sante-idees = في الوقت الحالي، هل تراودك أفكار سوداء؟
q-sante-idees-help = مثلًا، التفكير في إيذاء نفسك أو في الموت. يمكنك التحدث عن ذلك. هناك أشخاص مستعدون للاستماع إليك.
a-sante-idees-non = لا
a-sante-idees-parfois = نعم، أحيانًا
a-sante-idees-souvent = نعم، كثيرًا
why-sante-idees-parfois = تراودك أحيانًا أفكار سوداء
why-sante-idees-souvent = تراودك كثيرًا أفكار سوداء

## أرقام الطوارئ (Numéros d'urgence)

emergency-115 = الرقم 115: للبحث عن مكان للنوم هذه الليلة. مجاني، ليلًا ونهارًا.
emergency-3114 = الرقم 3114: للتحدث مع شخص إذا كنت في حالة سيئة جدًا. مجاني، ليلًا ونهارًا.
emergency-3919 = الرقم 3919: استماع ونصائح في حالة العنف، خاصة للنساء. مجاني ودون كشف الهوية، ليلًا ونهارًا.
emergency-119 = الرقم 119: إذا كان طفل في خطر. مجاني، ليلًا ونهارًا.
emergency-17 = الرقم 17: الشرطة، إذا كنت في خطر الآن.
emergency-114 = الرقم 114: برسالة نصية، إذا كنت لا تستطيع الكلام أو السمع، أو إذا كنت في خطر ولا تستطيع الاتصال. مجاني، ليلًا ونهارًا.
emergency-short-115 = مكان للنوم هذه الليلة
emergency-short-3114 = إذا كنت في حالة سيئة جدًا
emergency-short-3919 = العنف
emergency-short-119 = طفل في خطر
emergency-short-17 = الشرطة، خطر الآن
emergency-short-114 = برسالة نصية، إذا لم تستطع الكلام
