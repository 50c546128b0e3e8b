# Passerelle — les questions et les réponses du questionnaire, en français facile à lire et à comprendre (FALC).
# Pour changer un texte : gardez l'identifiant à gauche du signe `=` et changez seulement le texte à droite.

## Profil

profile-title = Quelques questions sur vous
profile-intro = Ces questions aident à trouver les bonnes personnes pour vous. Vous pouvez les passer.

q-profil-age = Quel âge avez-vous ?
a-profil-age-moins-16 = Moins de 16 ans
a-profil-age-16-25 = De 16 à 25 ans
a-profil-age-26-49 = De 26 à 49 ans
a-profil-age-50-plus = 50 ans ou plus

q-profil-enfants = Avez-vous des enfants qui vivent avec vous ?
a-profil-enfants-oui = Oui
a-profil-enfants-non = Non

q-profil-seul = Élevez-vous vos enfants sans autre adulte à la maison ?
a-profil-seul-oui = Oui
a-profil-seul-non = Non

q-profil-suivi = Avez-vous déjà un conseiller ou une conseillère qui vous aide ?
q-profil-suivi-help = Par exemple à France Travail, à la mission locale, au CCAS (centre communal d'action sociale) ou dans une association.
a-profil-suivi-oui = Oui
a-profil-suivi-non = Non

q-profil-qpv = Habitez-vous dans un quartier prioritaire ?
q-profil-qpv-help = Dans un quartier prioritaire, l'État et la ville donnent plus d'aide aux habitants. La mairie peut vous dire si c'est votre quartier.
a-profil-qpv-oui = Oui
a-profil-qpv-non = Non
a-profil-qpv-ne-sais-pas-quartier = Je ne sais pas si mon quartier est prioritaire

## Réseau professionnel

field-reseau = Vos contacts pour le travail
field-reseau-intro = Ces questions parlent de votre expérience et des personnes qui peuvent vous aider à trouver un travail.
field-reseau-ok = Vous avez travaillé récemment.
field-reseau-a_voir = Vous pouvez rencontrer plus de personnes du monde du travail. Des solutions existent près de chez vous.
field-reseau-frein = Trouver des contacts pour le travail est difficile en ce moment. Des personnes près de chez vous peuvent vous accompagner.
field-reseau-urgent = Vous avez besoin d'aide vite pour le travail. Commencez par le premier contact de la liste.

q-reseau-experience = Avez-vous déjà travaillé ou fait un stage ?
q-reseau-experience-help = Un stage, c'est un moment pour découvrir un métier dans une entreprise.
a-reseau-experience-recent = Oui, dans les 2 dernières années
a-reseau-experience-ancien = Oui, il y a plus de 2 ans
a-reseau-experience-jamais = Non, pas encore
why-reseau-experience-ancien = votre dernier travail date de plus de 2 ans
why-reseau-experience-jamais = vous n'avez pas encore travaillé

q-reseau-contacts = Connaissez-vous quelqu'un qui fait le métier que vous voulez faire ?
a-reseau-contacts-plusieurs = Oui, plusieurs personnes
a-reseau-contacts-une = Oui, une personne
a-reseau-contacts-non = Non, personne
a-reseau-contacts-metier-a-choisir = Je cherche encore quel métier faire
why-reseau-contacts-non = vous ne connaissez personne dans ce métier
why-reseau-contacts-metier-a-choisir = vous cherchez encore votre métier

q-reseau-recherche = Pour chercher du travail, que faites-vous ?
a-reseau-recherche-internet = Je cherche sur internet
a-reseau-recherche-conseiller = Avec France Travail ou la mission locale
a-reseau-recherche-proches = Je demande à mes proches
a-reseau-recherche-entreprises = Je vais voir les entreprises
a-reseau-recherche-interim = Je vais dans des agences d'intérim
a-reseau-recherche-par-ou-commencer = Je ne sais pas par où commencer
a-reseau-recherche-pas-encore = Je ne cherche pas encore
why-reseau-recherche-par-ou-commencer = vous ne savez pas par où commencer pour chercher du travail

q-reseau-envies = Qu'aimeriez-vous faire pour trouver du travail ?
q-reseau-envies-help = Un parrain ou une marraine est une personne qui travaille. Elle vous donne des conseils.
a-reseau-envies-employeurs = Rencontrer des employeurs près de chez moi
a-reseau-envies-parrain = Avoir un parrain ou une marraine
a-reseau-envies-metiers = Découvrir des métiers
a-reseau-envies-aucun = Rien de cela pour le moment
why-reseau-envies-employeurs = vous voulez rencontrer des employeurs
why-reseau-envies-parrain = vous voulez un parrain ou une marraine
why-reseau-envies-metiers = vous voulez découvrir des métiers

q-reseau-discrimination = Pour un travail, avez-vous déjà senti un refus injuste ?
q-reseau-discrimination-help = Par exemple à cause de votre nom, de votre adresse, de votre âge, de votre apparence ou d'un handicap. Vous pouvez passer cette question.
a-reseau-discrimination-oui = Oui, cela m'est arrivé
a-reseau-discrimination-non = Non
why-reseau-discrimination-oui = vous avez senti un refus injuste pour un travail

## Savoirs de base

field-savoirs = Lire, écrire, compter, parler français
field-savoirs-intro = Ces questions parlent du français et des calculs de tous les jours.
field-savoirs-ok = Vous parlez et lisez le français.
field-savoirs-a_voir = Lire, écrire ou compter est parfois difficile. Des solutions existent près de chez vous.
field-savoirs-frein = Le français ou les calculs sont difficiles pour vous en ce moment. On peut apprendre à tout âge. Des cours existent près de chez vous.
field-savoirs-urgent = Vous avez besoin d'aide vite pour lire, écrire ou comprendre. Une personne peut faire vos démarches avec vous.

q-savoirs-oral = Quand on vous parle en français, comprenez-vous ?
a-savoirs-oral-tout = Oui, tout
a-savoirs-oral-presque-tout = Presque tout
a-savoirs-oral-un-peu = Un peu
a-savoirs-oral-pas-du-tout = Pas du tout
why-savoirs-oral-un-peu = vous comprenez un peu le français parlé
why-savoirs-oral-pas-du-tout = le français parlé est difficile pour vous

q-savoirs-lire = Pouvez-vous lire une lettre de France Travail ou de la mairie ?
a-savoirs-lire-seul = Oui, sans aide
a-savoirs-lire-avec-aide = Oui, avec de l'aide
a-savoirs-lire-non = Non
why-savoirs-lire-avec-aide = vous lisez les lettres avec de l'aide
why-savoirs-lire-non = lire une lettre est difficile pour vous

q-savoirs-ecrire = Pouvez-vous écrire un message ou remplir un formulaire en français ?
a-savoirs-ecrire-facile = Oui, facilement
a-savoirs-ecrire-difficile = Oui, mais c'est difficile
a-savoirs-ecrire-non = Non
why-savoirs-ecrire-difficile = écrire en français est difficile pour vous
why-savoirs-ecrire-non = remplir un formulaire en français est difficile pour vous

q-savoirs-calcul = Compter l'argent ou calculer des heures, c'est facile pour vous ?
a-savoirs-calcul-facile = Oui, c'est facile
a-savoirs-calcul-un-peu-difficile = C'est un peu difficile
a-savoirs-calcul-tres-difficile = C'est très difficile
why-savoirs-calcul-un-peu-difficile = les calculs sont un peu difficiles pour vous
why-savoirs-calcul-tres-difficile = les calculs sont très difficiles pour vous

q-savoirs-diplome = Quel est votre diplôme le plus haut ?
a-savoirs-diplome-aucun = Je n'ai pas de diplôme
a-savoirs-diplome-avant-bac = Un diplôme avant le bac (brevet, CAP, BEP)
a-savoirs-diplome-bac = Le bac
a-savoirs-diplome-apres-bac = Un diplôme après le bac
a-savoirs-diplome-autre-pays = Un diplôme d'un autre pays
why-savoirs-diplome-aucun = pas de diplôme pour le moment
why-savoirs-diplome-autre-pays = votre diplôme vient d'un autre pays

## Compétences numériques

field-numerique = Utiliser internet
field-numerique-intro = Ces questions parlent de votre téléphone, de l'ordinateur et d'internet.
field-numerique-ok = Vous utilisez internet pour vos démarches.
field-numerique-a_voir = Certaines choses sur internet sont parfois difficiles. Des lieux près de chez vous aident à les faire.
field-numerique-frein = Internet est difficile à utiliser pour vous en ce moment. Des lieux près de chez vous peuvent vous aider et vous apprendre.
field-numerique-urgent = Vous avez besoin d'aide vite pour une démarche sur internet. Une personne peut la faire avec vous.

q-numerique-appareils = Quel appareil avez-vous pour aller sur internet ?
a-numerique-appareils-smartphone = Un téléphone avec internet (smartphone)
a-numerique-appareils-tablette = Une tablette
a-numerique-appareils-ordinateur = Un ordinateur
a-numerique-appareils-emprunt = J'utilise l'appareil d'une autre personne
a-numerique-appareils-aucun = Aucun appareil
why-numerique-appareils-emprunt = vous utilisez l'appareil d'une autre personne
why-numerique-appareils-aucun = vous n'avez pas d'appareil pour aller sur internet

q-numerique-internet = Avez-vous internet quand vous en avez besoin ?
a-numerique-internet-toujours = Oui, tout le temps
a-numerique-internet-parfois = Parfois, par exemple avec un wifi gratuit
a-numerique-internet-non = Non
why-numerique-internet-parfois = vous avez internet seulement parfois
why-numerique-internet-non = vous n'avez pas internet

q-numerique-email = Avez-vous une adresse e-mail que vous savez utiliser ?
q-numerique-email-help = Une adresse e-mail sert à envoyer et à recevoir des messages sur internet.
a-numerique-email-oui = Oui
a-numerique-email-mot-de-passe = Oui, mais j'ai oublié le mot de passe
a-numerique-email-non = Non
why-numerique-email-mot-de-passe = vous avez oublié le mot de passe de votre e-mail
why-numerique-email-non = vous n'avez pas d'adresse e-mail

q-numerique-demarches = Pouvez-vous faire vos démarches sur internet ?
q-numerique-demarches-help = Par exemple sur le site de France Travail, de la CAF (Caisse d'allocations familiales) ou de l'Assurance maladie.
a-numerique-demarches-seul = Oui, sans aide
a-numerique-demarches-avec-aide = Oui, avec de l'aide
a-numerique-demarches-non = Non
why-numerique-demarches-avec-aide = vous faites vos démarches sur internet avec de l'aide
why-numerique-demarches-non = les démarches sur internet sont difficiles pour vous

q-numerique-cv = Savez-vous envoyer un CV ou répondre à une offre d'emploi sur internet ?
q-numerique-cv-help = Un CV est une page qui présente vos études et votre expérience.
a-numerique-cv-oui = Oui
a-numerique-cv-avec-aide = Oui, avec de l'aide
a-numerique-cv-non = Non
a-numerique-cv-pas-de-cv = Je n'ai pas encore de CV
why-numerique-cv-avec-aide = vous répondez aux offres sur internet avec de l'aide
why-numerique-cv-non = répondre à une offre sur internet est difficile pour vous
why-numerique-cv-pas-de-cv = vous n'avez pas encore de CV

## Contraintes familiales

field-famille = Famille et proches
field-famille-intro = Ces questions parlent de vos enfants, de vos proches et de votre vie à la maison.
field-famille-ok = Votre vie de famille vous laisse du temps pour un travail ou une formation.
field-famille-a_voir = Organiser la vie de famille et le travail demande parfois de l'aide. Des solutions existent près de chez vous.
field-famille-frein = Votre famille vous demande beaucoup de temps en ce moment. Des solutions existent près de chez vous.
field-famille-urgent = Votre sécurité passe avant tout. Vous pouvez appeler de l'aide tout de suite, de jour comme de nuit.

q-famille-garde = Si vous trouvez un travail demain, qui garde vos enfants ?
a-famille-garde-solution = J'ai une solution
a-famille-garde-pas-sur = Un proche, mais ce n'est pas sûr
a-famille-garde-aucune = Je n'ai pas de solution
a-famille-garde-assez-grands = Mes enfants sont assez grands
why-famille-garde-pas-sur = votre solution de garde n'est pas sûre
why-famille-garde-aucune = pas de solution de garde

q-famille-horaires = Pouvez-vous travailler tôt le matin, le soir ou le week-end ?
a-famille-horaires-oui = Oui
a-famille-horaires-parfois = Parfois
a-famille-horaires-non = Non
why-famille-horaires-non = travailler tôt, tard ou le week-end est impossible pour vous

q-famille-aidant = Vous occupez-vous d'un proche malade, âgé ou handicapé ?
a-famille-aidant-chaque-jour = Oui, tous les jours
a-famille-aidant-parfois = Oui, de temps en temps
a-famille-aidant-non = Non
why-famille-aidant-chaque-jour = vous aidez un proche tous les jours
why-famille-aidant-parfois = vous aidez un proche de temps en temps

q-famille-securite = À la maison, vous sentez-vous en sécurité ?
q-famille-securite-help = Cette question est là pour votre sécurité. Vous pouvez la passer.
a-famille-securite-oui = Oui
a-famille-securite-pas-toujours = Pas toujours
a-famille-securite-non = Non, j'ai peur à la maison
why-famille-securite-pas-toujours = vous ne vous sentez pas toujours en sécurité chez vous
why-famille-securite-non = vous avez peur à la maison

q-famille-enfant-danger = Un enfant est-il en danger chez vous ?
q-famille-enfant-danger-help = Par exemple, un enfant subit des violences ou manque de soins.
a-famille-enfant-danger-oui = Oui
a-famille-enfant-danger-non = Non
a-famille-enfant-danger-pas-d-enfant = Il n'y a pas d'enfant chez moi
why-famille-enfant-danger-oui = un enfant est en danger chez vous

## Mobilité

field-mobilite = Se déplacer
field-mobilite-intro = Ces questions parlent de vos trajets : à pied, en bus, en vélo ou en voiture.
field-mobilite-ok = Vous avez le permis et vous vous déplacez facilement.
field-mobilite-a_voir = Se déplacer est parfois difficile. Des solutions existent près de chez vous.
field-mobilite-frein = Se déplacer est difficile pour vous en ce moment. Des personnes près de chez vous peuvent chercher des solutions avec vous.
field-mobilite-urgent = Vous avez besoin d'aide vite pour vous déplacer. Commencez par le premier contact de la liste.

q-mobilite-permis = Avez-vous le permis de conduire ?
a-mobilite-permis-oui = Oui
a-mobilite-permis-en-cours = Je le prépare
a-mobilite-permis-non = Non
a-mobilite-permis-autre-pays = J'ai un permis d'un autre pays
why-mobilite-permis-en-cours = vous préparez le permis
why-mobilite-permis-non = vous n'avez pas le permis
why-mobilite-permis-autre-pays = votre permis vient d'un autre pays

q-mobilite-vehicule = Avez-vous un moyen de transport à vous ?
a-mobilite-vehicule-voiture = Une voiture
a-mobilite-vehicule-deux-roues = Un scooter ou une moto
a-mobilite-vehicule-velo = Un vélo ou une trottinette
a-mobilite-vehicule-aucun = Non, aucun
why-mobilite-vehicule-aucun = vous n'avez pas de moyen de transport à vous

q-mobilite-distance = Pour travailler, jusqu'où pouvez-vous aller ?
a-mobilite-distance-quartier = Seulement dans mon quartier
a-mobilite-distance-ville = Dans ma ville
a-mobilite-distance-alentours = Dans les villes autour
a-mobilite-distance-loin = Plus loin, même en déménageant
why-mobilite-distance-quartier = vous pouvez travailler seulement dans votre quartier

q-mobilite-transports = Prendre le bus, le tram ou le train pour aller dans un lieu nouveau, c'est facile pour vous ?
a-mobilite-transports-facile = Oui, c'est facile
a-mobilite-transports-un-peu-difficile = C'est un peu difficile
a-mobilite-transports-tres-difficile = C'est très difficile
a-mobilite-transports-pas-de-transport = Pas de transport près de chez moi
why-mobilite-transports-un-peu-difficile = prendre les transports est un peu difficile pour vous
why-mobilite-transports-tres-difficile = prendre les transports est très difficile pour vous
why-mobilite-transports-pas-de-transport = il n'y a pas de transport près de chez vous

q-mobilite-cout = Pouvez-vous payer vos trajets : ticket, abonnement ou essence ?
a-mobilite-cout-oui = Oui
a-mobilite-cout-difficile = Oui, mais c'est difficile
a-mobilite-cout-non = Non
why-mobilite-cout-difficile = payer vos trajets est difficile
why-mobilite-cout-non = vous ne pouvez pas payer vos trajets

## Logement

field-logement = Se loger
field-logement-intro = Ces questions parlent de l'endroit où vous vivez.
field-logement-ok = Vous avez un endroit où vivre, sans risque de le perdre pour le moment.
field-logement-a_voir = Votre logement pourrait mieux vous convenir. Des personnes près de chez vous peuvent vous conseiller.
field-logement-frein = Votre logement est un souci en ce moment. Des personnes près de chez vous peuvent chercher des solutions avec vous.
field-logement-urgent = Trouver où dormir ou garder votre logement passe en premier. Appelez vite un des contacts de la liste.

q-logement-nuit = Où dormez-vous en ce moment ?
a-logement-nuit-chez-moi = Dans mon logement
a-logement-nuit-parents = Chez mes parents
a-logement-nuit-heberge = Chez un proche, pour un temps
a-logement-nuit-foyer = Dans un foyer ou une résidence
a-logement-nuit-hotel = À l'hôtel
a-logement-nuit-dehors = Dehors ou dans une voiture
why-logement-nuit-heberge = vous dormez chez un proche pour un temps
why-logement-nuit-foyer = vous vivez dans un foyer ou une résidence
why-logement-nuit-hotel = vous dormez à l'hôtel
why-logement-nuit-dehors = vous dormez dehors ou dans une voiture

q-logement-risque = Avez-vous peur de perdre l'endroit où vous vivez ?
q-logement-risque-help = Par exemple à cause d'un loyer en retard, d'un courrier du tribunal ou d'une dispute. Vous pouvez choisir plusieurs réponses.
a-logement-risque-non = Non
a-logement-risque-retard-loyer = J'ai du retard de loyer
a-logement-risque-expulsion = On me demande de partir à une date (courrier, tribunal)
a-logement-risque-oui = Je dois partir dans les jours qui viennent, sans solution
why-logement-risque-retard-loyer = vous avez du retard de loyer
why-logement-risque-expulsion = on vous demande de quitter votre logement à une date
why-logement-risque-oui = vous devez partir dans les jours qui viennent, sans solution

q-logement-courrier = Avez-vous une adresse sûre pour recevoir votre courrier ?
q-logement-courrier-help = Une adresse sûre, c'est un endroit où vos lettres arrivent bien.
a-logement-courrier-oui = Oui
a-logement-courrier-non = Non
why-logement-courrier-non = vous n'avez pas d'adresse sûre pour le courrier

q-logement-confort = Chez vous, pouvez-vous bien dormir et vous préparer pour le travail ?
a-logement-confort-oui = Oui
a-logement-confort-pas-vraiment = Pas vraiment : trop petit, bruit ou froid
a-logement-confort-non = Non
why-logement-confort-pas-vraiment = votre logement ne vous convient pas vraiment
why-logement-confort-non = vous ne pouvez pas bien vous reposer chez vous

q-logement-recherche = Cherchez-vous un logement ?
q-logement-recherche-help = Par exemple un premier logement, un logement plus grand ou plus près d'un travail.
a-logement-recherche-oui = Oui
a-logement-recherche-non = Non
why-logement-recherche-oui = vous cherchez un logement

## Argent

field-finances = L'argent
field-finances-intro = Ces questions parlent de votre argent et de vos aides. Vous pouvez passer ces questions.
field-finances-ok = Vous arrivez à payer l'essentiel.
field-finances-a_voir = Votre budget est parfois serré. Des personnes près de chez vous peuvent vous conseiller.
field-finances-frein = L'argent est un vrai souci en ce moment. Des aides existent peut-être pour vous. Des personnes peuvent vérifier avec vous.
field-finances-urgent = Vous avez besoin d'aide tout de suite pour vivre. Appelez ou allez voir vite un des contacts de la liste.

q-finances-revenus = Quel argent recevez-vous en ce moment ?
a-finances-revenus-salaire = Un salaire
a-finances-revenus-chomage = Une allocation chômage
a-finances-revenus-rsa = Le RSA (revenu de solidarité active)
a-finances-revenus-aide-jeune = L'aide du contrat d'engagement jeune
a-finances-revenus-caf = Des aides de la CAF (Caisse d'allocations familiales)
a-finances-revenus-famille = De l'aide de ma famille
a-finances-revenus-autre = Un autre argent ou une autre aide
a-finances-revenus-rien = Aucun argent en ce moment
why-finances-revenus-rien = vous n'avez aucun argent en ce moment

q-finances-essentiel = À la fin du mois, pouvez-vous payer le loyer, la nourriture et les factures ?
q-finances-essentiel-help = Les factures, ce sont par exemple l'électricité et le téléphone.
a-finances-essentiel-oui = Oui
a-finances-essentiel-difficile = Oui, mais c'est difficile
a-finances-essentiel-non = Non
a-finances-essentiel-manger = Je n'ai pas de quoi manger
why-finances-essentiel-difficile = payer l'essentiel est difficile
why-finances-essentiel-non = vous ne pouvez pas payer l'essentiel
why-finances-essentiel-manger = vous n'avez pas de quoi manger

q-finances-dettes = Avez-vous des dettes ou des factures en retard ?
a-finances-dettes-non = Non
a-finances-dettes-un-peu = Oui, un peu
a-finances-dettes-beaucoup = Oui, beaucoup : c'est trop pour moi
why-finances-dettes-un-peu = vous avez des dettes ou des factures en retard
why-finances-dettes-beaucoup = vos dettes sont trop lourdes pour vous

q-finances-droits = Pensez-vous recevoir toutes les aides prévues pour vous ?
q-finances-droits-help = Par exemple des aides pour le logement, pour la santé ou pour vos enfants.
a-finances-droits-oui = Oui
a-finances-droits-peut-etre-pas = Peut-être pas toutes
a-finances-droits-non = Non, je ne les demande pas
why-finances-droits-peut-etre-pas = il vous manque peut-être des aides
why-finances-droits-non = vous ne demandez pas vos aides

q-finances-vite = Avez-vous besoin de gagner de l'argent très vite ?
a-finances-vite-tout-de-suite = Oui, tout de suite
a-finances-vite-dans-quelques-mois = Dans quelques mois
a-finances-vite-non = Non
why-finances-vite-tout-de-suite = vous avez besoin de gagner de l'argent tout de suite

## Santé et handicap

field-sante = Santé et handicap
field-sante-intro = Ces questions parlent de votre santé et de votre moral. Vous pouvez passer ces questions.
field-sante-ok = Votre santé vous permet de chercher du travail.
field-sante-a_voir = Prendre soin de votre santé peut vous aider. Des lieux près de chez vous peuvent vous accueillir.
field-sante-frein = Votre santé vous gêne en ce moment. Des professionnels près de chez vous peuvent vous accompagner.
field-sante-urgent = Vous traversez un moment très difficile. Vous pouvez parler à quelqu'un tout de suite, de jour comme de nuit.

q-sante-gene = Avez-vous un problème de santé qui vous gêne pour travailler ?
q-sante-gene-help = Par exemple pour porter des charges ou rester debout. Cela peut aussi être un handicap.
a-sante-gene-non = Non
a-sante-gene-un-peu = Oui, un peu
a-sante-gene-beaucoup = Oui, beaucoup
why-sante-gene-un-peu = votre santé vous gêne un peu pour travailler
why-sante-gene-beaucoup = votre santé vous gêne beaucoup pour travailler

q-sante-reconnaissance = Avez-vous une reconnaissance de travailleur handicapé ?
q-sante-reconnaissance-help = On l'appelle aussi RQTH. On la demande à la MDPH (Maison départementale des personnes handicapées).
a-sante-reconnaissance-oui = Oui
a-sante-reconnaissance-en-cours = Je l'ai demandée
a-sante-reconnaissance-non = Non
why-sante-reconnaissance-oui = vous avez une reconnaissance de travailleur handicapé (RQTH)
why-sante-reconnaissance-en-cours = vous avez demandé la reconnaissance de travailleur handicapé

q-sante-couverture = Avez-vous une carte Vitale et une mutuelle ?
q-sante-couverture-help = La carte Vitale est la carte de l'Assurance maladie. La mutuelle paie une autre partie des soins.
a-sante-couverture-les-deux = Oui, les deux
a-sante-couverture-carte-vitale = Seulement la carte Vitale
a-sante-couverture-aucune = Aucune des deux
why-sante-couverture-carte-vitale = vous n'avez pas de mutuelle
why-sante-couverture-aucune = vous n'avez pas de carte Vitale ni de mutuelle

q-sante-soins = Repoussez-vous un soin dont vous avez besoin ?
q-sante-soins-help = Par exemple aller chez le médecin ou le dentiste, ou acheter des lunettes.
a-sante-soins-non = Non
a-sante-soins-argent = Oui, à cause de l'argent
a-sante-soins-autre-raison = Oui, pour une autre raison
why-sante-soins-argent = vous repoussez un soin à cause de l'argent
why-sante-soins-autre-raison = vous repoussez un soin

q-sante-moral = Ces dernières semaines, avez-vous eu de la fatigue, du stress ou de la tristesse ?
a-sante-moral-rarement = Rarement ou jamais
a-sante-moral-parfois = Parfois
a-sante-moral-souvent = Souvent
why-sante-moral-souvent = vous ressentez souvent de la fatigue, du stress ou de la tristesse

q-sante-idees = En ce moment, avez-vous des idées noires ?
q-sante-idees-help = Par exemple, penser à vous faire du mal ou à mourir. Vous pouvez en parler. Des personnes sont là pour vous écouter.
a-sante-idees-non = Non
a-sante-idees-parfois = Oui, parfois
a-sante-idees-souvent = Oui, souvent
why-sante-idees-parfois = vous avez parfois des idées noires
why-sante-idees-souvent = vous avez souvent des idées noires

## Numéros d'urgence

emergency-115 = Le 115 : pour chercher un endroit où dormir cette nuit. Gratuit, jour et nuit.
emergency-3114 = Le 3114 : pour parler à quelqu'un si vous allez très mal. Gratuit, jour et nuit.
emergency-3919 = Le 3919 : écoute et conseils en cas de violences, surtout pour les femmes. Gratuit et anonyme, jour et nuit.
emergency-119 = Le 119 : si un enfant est en danger. Gratuit, jour et nuit.
emergency-17 = Le 17 : la police, si vous êtes en danger maintenant.
emergency-114 = Le 114 : par SMS, si vous ne pouvez pas parler ou entendre, ou si vous êtes en danger sans pouvoir appeler. Gratuit, jour et nuit.
# Sur l'accueil, après le numéro : quelques mots
emergency-short-115 = dormir cette nuit
emergency-short-3114 = si vous allez très mal
emergency-short-3919 = violences
emergency-short-119 = un enfant en danger
emergency-short-17 = police, danger maintenant
emergency-short-114 = par SMS, si vous ne pouvez pas parler
