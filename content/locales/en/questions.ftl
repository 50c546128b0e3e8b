# Passerelle — the questions and answers of the questionnaire, in plain English (short sentences, everyday words).
# Translated from the French file content/locales/fr/questions.ftl.
# Traduction à faire relire par une personne dont c'est la langue maternelle.
# This translation must be checked by a native English speaker.
# How to edit: one line = one message: `identifier = text`. Keep the identifier on the left of the `=` sign and change only the text on the right.
# Keep every `{ $name }` as it is: it is replaced by a value.
# French names of places and services (France Travail, CAF, mairie…) stay in French: it is what people see on signs and letters.

## Profile

profile-title = A few questions about you
profile-intro = These questions help us find the right people for you. You can skip them.

q-profil-age = How old are you?
a-profil-age-moins-16 = Under 16
a-profil-age-16-25 = 16 to 25
a-profil-age-26-49 = 26 to 49
a-profil-age-50-plus = 50 or over

q-profil-enfants = Do you have children who live with you?
a-profil-enfants-oui = Yes
a-profil-enfants-non = No

q-profil-seul = Do you raise your children with no other adult at home?
a-profil-seul-oui = Yes
a-profil-seul-non = No

q-profil-suivi = Do you already have an adviser who helps you?
q-profil-suivi-help = For example at France Travail, at the mission locale (help centre for young people), at the CCAS (the town's social services) or in an association.
a-profil-suivi-oui = Yes
a-profil-suivi-non = No

q-profil-qpv = Do you live in a priority neighbourhood?
q-profil-qpv-help = In a priority neighbourhood (quartier prioritaire), the State and the town give more help to the people who live there. The town hall (mairie) can tell you if your neighbourhood is one.
a-profil-qpv-oui = Yes
a-profil-qpv-non = No
a-profil-qpv-ne-sais-pas-quartier = I don't know if my neighbourhood is a priority one

## Work contacts

field-reseau = Your contacts for work
field-reseau-intro = These questions are about your experience and about the people who can help you find a job.
field-reseau-ok = You have worked recently.
field-reseau-a_voir = You can meet more people from the world of work. There are solutions near you.
field-reseau-frein = Finding contacts for work is hard right now. People near you can support you.
field-reseau-urgent = You need help with work quickly. Start with the first contact on the list.

q-reseau-experience = Have you ever worked or done a work placement?
q-reseau-experience-help = A work placement (stage) is a time in a company to discover a job.
a-reseau-experience-recent = Yes, in the last 2 years
a-reseau-experience-ancien = Yes, more than 2 years ago
a-reseau-experience-jamais = No, not yet
why-reseau-experience-ancien = your last job was more than 2 years ago
why-reseau-experience-jamais = you have not worked yet

q-reseau-contacts = Do you know someone who does the job you want to do?
a-reseau-contacts-plusieurs = Yes, several people
a-reseau-contacts-une = Yes, one person
a-reseau-contacts-non = No, nobody
a-reseau-contacts-metier-a-choisir = I am still looking for which job to do
why-reseau-contacts-non = you do not know anyone who does this job
why-reseau-contacts-metier-a-choisir = you are still looking for your job

q-reseau-recherche = What do you do to look for work?
a-reseau-recherche-internet = I look on the internet
a-reseau-recherche-conseiller = With France Travail or the mission locale
a-reseau-recherche-proches = I ask my family and friends
a-reseau-recherche-entreprises = I go and see companies
a-reseau-recherche-interim = I go to temp agencies
a-reseau-recherche-par-ou-commencer = I don't know where to start
a-reseau-recherche-pas-encore = I am not looking yet
why-reseau-recherche-par-ou-commencer = you don't know where to start looking for work

q-reseau-envies = What would you like to do to find work?
q-reseau-envies-help = A mentor is a person who works. They give you advice.
a-reseau-envies-employeurs = Meet employers near me
a-reseau-envies-parrain = Have a mentor
a-reseau-envies-metiers = Discover jobs
a-reseau-envies-aucun = None of these for now
why-reseau-envies-employeurs = you want to meet employers
why-reseau-envies-parrain = you want a mentor
why-reseau-envies-metiers = you want to discover jobs

q-reseau-discrimination = When looking for work, have you ever felt you were turned down unfairly?
q-reseau-discrimination-help = For example because of your name, your address, your age, how you look or a disability. You can skip this question.
a-reseau-discrimination-oui = Yes, it has happened to me
a-reseau-discrimination-non = No
why-reseau-discrimination-oui = you felt you were turned down unfairly for a job

## Basic skills

field-savoirs = Reading, writing, numbers, speaking French
field-savoirs-intro = These questions are about French and about everyday maths.
field-savoirs-ok = You speak and read French.
field-savoirs-a_voir = Reading, writing or counting is sometimes hard. There are solutions near you.
field-savoirs-frein = French or maths is hard for you right now. You can learn at any age. There are classes near you.
field-savoirs-urgent = You need help quickly to read, write or understand. Someone can do your paperwork with you.

q-savoirs-oral = When people speak to you in French, do you understand?
a-savoirs-oral-tout = Yes, everything
a-savoirs-oral-presque-tout = Almost everything
a-savoirs-oral-un-peu = A little
a-savoirs-oral-pas-du-tout = Not at all
why-savoirs-oral-un-peu = you understand spoken French a little
why-savoirs-oral-pas-du-tout = spoken French is hard for you

q-savoirs-lire = Can you read a letter from France Travail or from the town hall (mairie)?
a-savoirs-lire-seul = Yes, without help
a-savoirs-lire-avec-aide = Yes, with help
a-savoirs-lire-non = No
why-savoirs-lire-avec-aide = you read letters with help
why-savoirs-lire-non = reading a letter is hard for you

q-savoirs-ecrire = Can you write a message or fill in a form in French?
a-savoirs-ecrire-facile = Yes, easily
a-savoirs-ecrire-difficile = Yes, but it is hard
a-savoirs-ecrire-non = No
why-savoirs-ecrire-difficile = writing in French is hard for you
why-savoirs-ecrire-non = filling in a form in French is hard for you

q-savoirs-calcul = Is it easy for you to count money or work out hours?
a-savoirs-calcul-facile = Yes, it is easy
a-savoirs-calcul-un-peu-difficile = It is a little hard
a-savoirs-calcul-tres-difficile = It is very hard
why-savoirs-calcul-un-peu-difficile = maths is a little hard for you
why-savoirs-calcul-tres-difficile = maths is very hard for you

q-savoirs-diplome = What is your highest diploma?
a-savoirs-diplome-aucun = I don't have a diploma
a-savoirs-diplome-avant-bac = A diploma below the bac (brevet, CAP, BEP)
a-savoirs-diplome-bac = The bac (end of secondary school)
a-savoirs-diplome-apres-bac = A diploma after the bac
a-savoirs-diplome-autre-pays = A diploma from another country
why-savoirs-diplome-aucun = no diploma for now
why-savoirs-diplome-autre-pays = your diploma is from another country

## Digital skills

field-numerique = Using the internet
field-numerique-intro = These questions are about your phone, computers and the internet.
field-numerique-ok = You use the internet for your paperwork.
field-numerique-a_voir = Some things on the internet are sometimes hard. Places near you can help you do them.
field-numerique-frein = The internet is hard for you to use right now. Places near you can help you and teach you.
field-numerique-urgent = You need help quickly with something you have to do on the internet. Someone can do it with you.

q-numerique-appareils = What device do you have to go on the internet?
a-numerique-appareils-smartphone = A phone with internet (smartphone)
a-numerique-appareils-tablette = A tablet
a-numerique-appareils-ordinateur = A computer
a-numerique-appareils-emprunt = I use someone else's device
a-numerique-appareils-aucun = No device
why-numerique-appareils-emprunt = you use someone else's device
why-numerique-appareils-aucun = you have no device to go on the internet

q-numerique-internet = Do you have internet when you need it?
a-numerique-internet-toujours = Yes, all the time
a-numerique-internet-parfois = Sometimes, for example with free wifi
a-numerique-internet-non = No
why-numerique-internet-parfois = you only have internet sometimes
why-numerique-internet-non = you do not have internet

q-numerique-email = Do you have an email address that you know how to use?
q-numerique-email-help = An email address is used to send and receive messages on the internet.
a-numerique-email-oui = Yes
a-numerique-email-mot-de-passe = Yes, but I forgot the password
a-numerique-email-non = No
why-numerique-email-mot-de-passe = you forgot your email password
why-numerique-email-non = you do not have an email address

q-numerique-demarches = Can you do your paperwork on the internet?
q-numerique-demarches-help = For example on the website of France Travail, of the CAF (family benefits office) or of the Assurance maladie (health insurance).
a-numerique-demarches-seul = Yes, without help
a-numerique-demarches-avec-aide = Yes, with help
a-numerique-demarches-non = No
why-numerique-demarches-avec-aide = you do your paperwork on the internet with help
why-numerique-demarches-non = paperwork on the internet is hard for you

q-numerique-cv = Do you know how to send a CV or answer a job offer on the internet?
q-numerique-cv-help = A CV is a page that shows your studies and your experience.
a-numerique-cv-oui = Yes
a-numerique-cv-avec-aide = Yes, with help
a-numerique-cv-non = No
a-numerique-cv-pas-de-cv = I don't have a CV yet
why-numerique-cv-avec-aide = you answer job offers on the internet with help
why-numerique-cv-non = answering a job offer on the internet is hard for you
why-numerique-cv-pas-de-cv = you don't have a CV yet

## Family

field-famille = Family and loved ones
field-famille-intro = These questions are about your children, your loved ones and your life at home.
field-famille-ok = Your family life leaves you time for a job or a training course.
field-famille-a_voir = Fitting family life and work together sometimes needs help. There are solutions near you.
field-famille-frein = Your family takes a lot of your time right now. There are solutions near you.
field-famille-urgent = Your safety comes first. You can call for help right now, day or night.

q-famille-garde = If you find a job tomorrow, who will look after your children?
a-famille-garde-solution = I have a solution
a-famille-garde-pas-sur = Someone close to me, but it is not certain
a-famille-garde-aucune = I don't have a solution
a-famille-garde-assez-grands = My children are old enough
why-famille-garde-pas-sur = your childcare is not certain
why-famille-garde-aucune = no childcare

q-famille-horaires = Can you work early in the morning, in the evening or at the weekend?
a-famille-horaires-oui = Yes
a-famille-horaires-parfois = Sometimes
a-famille-horaires-non = No
why-famille-horaires-non = you cannot work early, late or at the weekend

q-famille-aidant = Do you look after someone close to you who is ill, old or disabled?
a-famille-aidant-chaque-jour = Yes, every day
a-famille-aidant-parfois = Yes, from time to time
a-famille-aidant-non = No
why-famille-aidant-chaque-jour = you help someone close to you every day
why-famille-aidant-parfois = you help someone close to you from time to time

q-famille-securite = Do you feel safe at home?
q-famille-securite-help = This question is here for your safety. You can skip it.
a-famille-securite-oui = Yes
a-famille-securite-pas-toujours = Not always
a-famille-securite-non = No, I am afraid at home
why-famille-securite-pas-toujours = you do not always feel safe at home
why-famille-securite-non = you are afraid at home

q-famille-enfant-danger = Is a child in danger in your home?
q-famille-enfant-danger-help = For example, a child is hurt or is not looked after.
a-famille-enfant-danger-oui = Yes
a-famille-enfant-danger-non = No
a-famille-enfant-danger-pas-d-enfant = There is no child in my home
why-famille-enfant-danger-oui = a child is in danger in your home

## Getting around

field-mobilite = Getting around
field-mobilite-intro = These questions are about how you get around: on foot, by bus, by bike or by car.
field-mobilite-ok = You have a driving licence and get around easily.
field-mobilite-a_voir = Getting around is sometimes hard. There are solutions near you.
field-mobilite-frein = Getting around is hard for you right now. People near you can look for solutions with you.
field-mobilite-urgent = You need help quickly to get around. Start with the first contact on the list.

q-mobilite-permis = Do you have a driving licence?
a-mobilite-permis-oui = Yes
a-mobilite-permis-en-cours = I am learning for it
a-mobilite-permis-non = No
a-mobilite-permis-autre-pays = I have a licence from another country
why-mobilite-permis-en-cours = you are learning for your driving licence
why-mobilite-permis-non = you do not have a driving licence
why-mobilite-permis-autre-pays = your driving licence is from another country

q-mobilite-vehicule = Do you have your own way to get around?
a-mobilite-vehicule-voiture = A car
a-mobilite-vehicule-deux-roues = A scooter or a motorbike
a-mobilite-vehicule-velo = A bike or a kick scooter
a-mobilite-vehicule-aucun = No, none
why-mobilite-vehicule-aucun = you do not have your own way to get around

q-mobilite-distance = How far can you go to work?
a-mobilite-distance-quartier = Only in my neighbourhood
a-mobilite-distance-ville = In my town
a-mobilite-distance-alentours = In the towns around
a-mobilite-distance-loin = Further, even if I have to move house
why-mobilite-distance-quartier = you can only work in your neighbourhood

q-mobilite-transports = Is it easy for you to take the bus, tram or train to go to a new place?
a-mobilite-transports-facile = Yes, it is easy
a-mobilite-transports-un-peu-difficile = It is a little hard
a-mobilite-transports-tres-difficile = It is very hard
a-mobilite-transports-pas-de-transport = No public transport near me
why-mobilite-transports-un-peu-difficile = taking public transport is a little hard for you
why-mobilite-transports-tres-difficile = taking public transport is very hard for you
why-mobilite-transports-pas-de-transport = there is no public transport near you

q-mobilite-cout = Can you pay for your travel: tickets, a travel pass or fuel?
a-mobilite-cout-oui = Yes
a-mobilite-cout-difficile = Yes, but it is hard
a-mobilite-cout-non = No
why-mobilite-cout-difficile = paying for your travel is hard
why-mobilite-cout-non = you cannot pay for your travel

## Housing

field-logement = Housing
field-logement-intro = These questions are about the place where you live.
field-logement-ok = You have a place to live, with no risk of losing it for now.
field-logement-a_voir = Your home could suit you better. People near you can give you advice.
field-logement-frein = Your housing is a worry right now. People near you can look for solutions with you.
field-logement-urgent = Finding a place to sleep or keeping your home comes first. Quickly call one of the contacts on the list.

q-logement-nuit = Where do you sleep at the moment?
a-logement-nuit-chez-moi = In my own home
a-logement-nuit-parents = At my parents' home
a-logement-nuit-heberge = At someone else's home, for a while
a-logement-nuit-foyer = In a hostel or a residence
a-logement-nuit-hotel = In a hotel
a-logement-nuit-dehors = Outside or in a car
why-logement-nuit-heberge = you sleep at someone else's home for a while
why-logement-nuit-foyer = you live in a hostel or a residence
why-logement-nuit-hotel = you sleep in a hotel
why-logement-nuit-dehors = you sleep outside or in a car

q-logement-risque = Are you afraid of losing the place where you live?
q-logement-risque-help = For example because of late rent, a letter from the court or a dispute. You can choose several answers.
a-logement-risque-non = No
a-logement-risque-retard-loyer = I am behind with my rent
a-logement-risque-expulsion = I have been told to leave by a date (letter, court)
a-logement-risque-oui = I have to leave in the coming days, with nowhere to go
why-logement-risque-retard-loyer = you are behind with your rent
why-logement-risque-expulsion = you have been told to leave your home by a date
why-logement-risque-oui = you have to leave in the coming days, with nowhere to go

q-logement-courrier = Do you have a safe address to receive your post?
q-logement-courrier-help = A safe address is a place where your letters arrive without problems.
a-logement-courrier-oui = Yes
a-logement-courrier-non = No
why-logement-courrier-non = you do not have a safe address for your post

q-logement-confort = At home, can you sleep well and get ready for work?
a-logement-confort-oui = Yes
a-logement-confort-pas-vraiment = Not really: too small, noisy or cold
a-logement-confort-non = No
why-logement-confort-pas-vraiment = your home does not really suit you
why-logement-confort-non = you cannot rest well at home

q-logement-recherche = Are you looking for a place to live?
q-logement-recherche-help = For example a first home, a bigger home or a home closer to a job.
a-logement-recherche-oui = Yes
a-logement-recherche-non = No
why-logement-recherche-oui = you are looking for a place to live

## Money

field-finances = Money
field-finances-intro = These questions are about your money and your benefits. You can skip these questions.
field-finances-ok = You manage to pay for the basics.
field-finances-a_voir = Money is sometimes tight. People near you can give you advice.
field-finances-frein = Money is a real worry right now. There may be benefits for you. People can check with you.
field-finances-urgent = You need help right now to live. Quickly call or go and see one of the contacts on the list.

q-finances-revenus = What money do you get at the moment?
a-finances-revenus-salaire = A salary
a-finances-revenus-chomage = Unemployment benefit
a-finances-revenus-rsa = The RSA (basic income support)
a-finances-revenus-aide-jeune = The money from the contrat d'engagement jeune (support programme for young people)
a-finances-revenus-caf = Benefits from the CAF (family benefits office)
a-finances-revenus-famille = Help from my family
a-finances-revenus-autre = Other money or other help
a-finances-revenus-rien = No money at the moment
why-finances-revenus-rien = you have no money at the moment

q-finances-essentiel = At the end of the month, can you pay the rent, food and bills?
q-finances-essentiel-help = Bills are for example electricity and your phone.
a-finances-essentiel-oui = Yes
a-finances-essentiel-difficile = Yes, but it is hard
a-finances-essentiel-non = No
a-finances-essentiel-manger = I don't have enough to eat
why-finances-essentiel-difficile = paying for the basics is hard
why-finances-essentiel-non = you cannot pay for the basics
why-finances-essentiel-manger = you don't have enough to eat

q-finances-dettes = Do you have debts or late bills?
a-finances-dettes-non = No
a-finances-dettes-un-peu = Yes, a few
a-finances-dettes-beaucoup = Yes, a lot: it is too much for me
why-finances-dettes-un-peu = you have debts or late bills
why-finances-dettes-beaucoup = your debts are too heavy for you

q-finances-droits = Do you think you get all the benefits you have a right to?
q-finances-droits-help = For example benefits for housing, for health or for your children.
a-finances-droits-oui = Yes
a-finances-droits-peut-etre-pas = Maybe not all of them
a-finances-droits-non = No, I don't ask for them
why-finances-droits-peut-etre-pas = you may be missing some benefits
why-finances-droits-non = you don't ask for your benefits

q-finances-vite = Do you need to earn money very quickly?
a-finances-vite-tout-de-suite = Yes, right now
a-finances-vite-dans-quelques-mois = In a few months
a-finances-vite-non = No
why-finances-vite-tout-de-suite = you need to earn money right now

## Health and disability

field-sante = Health and disability
field-sante-intro = These questions are about your health and how you feel. You can skip these questions.
field-sante-ok = Your health allows you to look for work.
field-sante-a_voir = Taking care of your health can help you. Places near you can welcome you.
field-sante-frein = Your health is a problem for you right now. Professionals near you can support you.
field-sante-urgent = You are going through a very hard time. You can talk to someone right now, day or night.

q-sante-gene = Do you have a health problem that makes working hard for you?
q-sante-gene-help = For example carrying heavy things or standing for a long time. It can also be a disability.
a-sante-gene-non = No
a-sante-gene-un-peu = Yes, a little
a-sante-gene-beaucoup = Yes, a lot
why-sante-gene-un-peu = your health makes working a little hard
why-sante-gene-beaucoup = your health makes working very hard

q-sante-reconnaissance = Are you officially recognised as a disabled worker?
q-sante-reconnaissance-help = This is also called RQTH. You ask for it at the MDPH (the local office for disabled people).
a-sante-reconnaissance-oui = Yes
a-sante-reconnaissance-en-cours = I have asked for it
a-sante-reconnaissance-non = No
why-sante-reconnaissance-oui = you are recognised as a disabled worker (RQTH)
why-sante-reconnaissance-en-cours = you have applied to be recognised as a disabled worker

q-sante-couverture = Do you have a carte Vitale and a mutuelle?
q-sante-couverture-help = The carte Vitale is your health insurance card (Assurance maladie). The mutuelle is extra insurance that pays another part of your care.
a-sante-couverture-les-deux = Yes, both
a-sante-couverture-carte-vitale = Only the carte Vitale
a-sante-couverture-aucune = Neither of them
why-sante-couverture-carte-vitale = you do not have a mutuelle
why-sante-couverture-aucune = you have neither a carte Vitale nor a mutuelle

q-sante-soins = Are you putting off care that you need?
q-sante-soins-help = For example going to the doctor or the dentist, or buying glasses.
a-sante-soins-non = No
a-sante-soins-argent = Yes, because of money
a-sante-soins-autre-raison = Yes, for another reason
why-sante-soins-argent = you are putting off care because of money
why-sante-soins-autre-raison = you are putting off care

q-sante-moral = In the last few weeks, have you felt tired, stressed or sad?
a-sante-moral-rarement = Rarely or never
a-sante-moral-parfois = Sometimes
a-sante-moral-souvent = Often
why-sante-moral-souvent = you often feel tired, stressed or sad

q-sante-idees = At the moment, do you have dark thoughts?
q-sante-idees-help = For example, thinking about hurting yourself or about dying. You can talk about it. People are there to listen to you.
a-sante-idees-non = No
a-sante-idees-parfois = Yes, sometimes
a-sante-idees-souvent = Yes, often
why-sante-idees-parfois = you sometimes have dark thoughts
why-sante-idees-souvent = you often have dark thoughts

## Emergency numbers

emergency-115 = 115: to find a place to sleep tonight. Free, day and night.
emergency-3114 = 3114: to talk to someone if you feel very bad. Free, day and night.
emergency-3919 = 3919: listening and advice about violence, especially for women. Free and anonymous, day and night.
emergency-119 = 119: if a child is in danger. Free, day and night.
emergency-17 = 17: the police, if you are in danger now.
emergency-114 = 114: by text message, if you cannot speak or hear, or are in danger and cannot call. Free, day and night.
emergency-short-115 = a place to sleep tonight
emergency-short-3114 = if you feel very bad
emergency-short-3919 = violence
emergency-short-119 = a child in danger
emergency-short-17 = police, danger now
emergency-short-114 = by text, if you cannot speak
