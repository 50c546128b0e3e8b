# Passerelle — messages de l'interface, en français facile à lire et à comprendre (FALC).
# Une ligne = un message : `identifiant = texte`. Ne changez que le texte, après le signe `=`.
# `{ $nom }` est remplacé par une valeur (un nombre, un nom) : gardez-le tel quel.
# `{ -marque }` est remplacé par le nom du service.
# `{ $count ->` … `}` choisit une phrase selon le nombre : `[one]` pour 0 ou 1, `*[other]` pour les autres.
# Changez les phrases, gardez les crochets, le `*` et l'accolade fermante `}` (voir content/README.md).

-marque = Passerelle

## Accueil
ui-welcome-title = { -marque } : trouver de l'aide près de chez vous
ui-welcome-intro = Quelques questions simples sur votre vie de tous les jours : { $topics }.
ui-welcome-result = À la fin, vous avez une liste de personnes à contacter près de chez vous.
ui-welcome-time = { $minutes ->
    [one] Cela prend environ { $minutes } minute.
   *[other] Cela prend environ { $minutes } minutes.
}
ui-welcome-privacy = Vos réponses restent sur votre appareil. Elles ne sont envoyées à personne.
ui-welcome-skip = Vous pouvez toujours répondre « Je préfère ne pas répondre ».
ui-welcome-sos = Besoin d'aide tout de suite ? Gratuit, jour et nuit :
ui-start = Commencer
ui-partner = Proposé par { $partner }

## Erreurs
ui-crash-title = Désolé, un problème est survenu.
ui-crash-text = Rechargez la page pour recommencer.
ui-crash-contact = Vous pouvez aussi demander de l'aide à : { $partner }
ui-reload = Recharger
ui-later-failed = La suite de l'outil n'a pas pu être chargée. Vos réponses sont gardées sur cet appareil. Vérifiez votre connexion, puis réessayez.
ui-retry = Réessayer
ui-loading = Un instant…

## Questions
ui-profile = Vous
ui-progress = Thème { $index } sur { $total } — { $field }
ui-multiple-hint = Vous pouvez choisir plusieurs réponses.
ui-dont-know = Je ne sais pas
ui-no-answer = Je préfère ne pas répondre
ui-next = Suivant
ui-nothing-chosen = Vous n'avez rien choisi. Choisissez une réponse, ou « Je préfère ne pas répondre ». Appuyez encore sur « Suivant » pour continuer quand même.
ui-back = Retour
ui-skip-field = Passer tout ce thème
ui-skip-field-hint = Ce thème est personnel. Vous pouvez le passer.
ui-field-start = Thème { $index } sur { $total }
ui-detail-title = { $field } : encore quelques questions

## Aide
ui-help-question = Voulez-vous de l'aide pour cela ?
ui-wishes-title = Pour quels sujets voulez-vous de l'aide ?
ui-help-oui = Oui
ui-help-plus-tard = Plus tard
ui-help-non = Non
ui-important = Le plus important pour moi
ui-important-hint = Touchez « Le plus important pour moi » sous les sujets à voir en premier.

## Urgence
ui-emergency-title = Besoin d'aide tout de suite ?
ui-emergency-text = { $count ->
    [one] Ce numéro est gratuit. Vous pouvez le joindre à toute heure.
   *[other] Ces numéros sont gratuits. Vous pouvez les joindre à toute heure.
}
ui-emergency-call = Appeler le { $number }
ui-emergency-sms = Écrire au { $number } par SMS

## Effacer
ui-clear = Effacer mes réponses
ui-clear-confirm = Effacer toutes vos réponses ? Vous recommencerez au début.
ui-clear-yes = Oui, tout effacer
ui-clear-no = Non, garder mes réponses
ui-cleared = Vos réponses sont effacées.

## Résultats
ui-results-help-oui = Vous voulez de l'aide.
ui-results-help-plus-tard = Vous verrez plus tard.
ui-results-help-non = Vous ne voulez pas d'aide pour le moment.
ui-results-skipped = Vous avez passé ce thème.
ui-results-unanswered = Pas assez de réponses pour ce thème.
ui-results-answer = Répondre
ui-results-change = Modifier mes réponses

## Contacts
ui-contacts-title = Qui peut vous aider
ui-contacts-loading = Recherche des contacts près de chez vous…
ui-territory-label = Votre code postal
ui-territory-hint = Pour trouver les contacts près de chez vous. Il reste sur votre appareil.
ui-territory-submit = Voir les contacts
ui-territory-wrong = Ce code postal n’est pas connu. Tapez les 5 chiffres, par exemple 13001.
ui-contacts-failed = Les contacts près de chez vous n'ont pas pu être chargés. Voici des services nationaux qui peuvent vous aider.
ui-contacts-unvouched = Ce lien ne vient pas d'un partenaire connu de ce site. Voici des services nationaux qui peuvent vous aider.
ui-contacts-none = Pas de contact trouvé près de chez vous pour ce thème. Un centre social ou votre mairie peut vous conseiller.
ui-commune-label = Votre commune
ui-commune-hint = Pour vous proposer les contacts les plus proches.
ui-commune-any = Je ne sais pas, ou pas dans la liste
ui-contact-first = À contacter en premier
ui-contact-because = Parce que vous avez dit : { $why }
ui-contact-professional = À demander à votre conseiller
ui-contact-helps = Aide pour : { $list }
ui-contact-walk-in = Sans rendez-vous
ui-contact-free = Gratuit
ui-contact-paid = Payant
ui-contact-remote = À distance
ui-contact-in-person = Sur place
ui-contact-distance = Sur place, à { $distance }
ui-distance-m = { $m } m
ui-distance-km = { $km } km
# The decimal mark of a distance (« 2,6 km »).
ui-decimal-mark = ,
ui-contact-call = Appeler le { $phone }
ui-contact-web = Prendre contact en ligne
ui-contact-email = Écrire un e-mail
ui-contact-map = Voir sur la carte
ui-contact-hours = Horaires : { $hours }
ui-open-until = Ouvert maintenant, jusqu'{ $when ->
    [today] à { $time }
    [tomorrow] { $midnight ->
        [yes] à demain minuit
       *[no] à { $time } demain
    }
    [day] à { $day } { $time }
   *[date] au { $day } { $date } à { $time }
}
ui-closed-then = Fermé maintenant. À partir { $when ->
    [today] { $midnight ->
        [yes] de ce soir minuit
       *[no] de { $time }
    }
    [tomorrow] de demain à { $time }
    [day] de { $day } à { $time }
   *[date] du { $day } { $date } à { $time }
} : { $comment }
ui-opens = Fermé maintenant. Ouvre { $when ->
    [today] { $midnight ->
        [yes] ce soir à minuit
       *[no] aujourd'hui à { $time }
    }
    [tomorrow] demain à { $time }
    [day] { $day } à { $time }
   *[date] { $day } { $date } à { $time }
}
ui-time-h = { $h } h
ui-time-hm = { $h } h { $m }
ui-time-midnight = minuit
ui-day-0 = lundi
ui-day-1 = mardi
ui-day-2 = mercredi
ui-day-3 = jeudi
ui-day-4 = vendredi
ui-day-5 = samedi
ui-day-6 = dimanche
ui-contact-week-show = Horaires de la semaine
ui-contact-week = Horaires : { $week }
ui-open-always = Ouvert 24 h/24
ui-day-month = { $d } { $month }
ui-hours-comment = { $status } ({ $comment })
ui-hours-unknown = Horaires à vérifier : { $comment }
ui-month-1 = janvier
ui-month-2 = février
ui-month-3 = mars
ui-month-4 = avril
ui-month-5 = mai
ui-month-6 = juin
ui-month-7 = juillet
ui-month-8 = août
ui-month-9 = septembre
ui-month-10 = octobre
ui-month-11 = novembre
ui-month-12 = décembre
ui-day-short-0 = lun.
ui-day-short-1 = mar.
ui-day-short-2 = mer.
ui-day-short-3 = jeu.
ui-day-short-4 = ven.
ui-day-short-5 = sam.
ui-day-short-6 = dim.
ui-range = { $from }–{ $to }
ui-list = { $a }, { $b }
ui-week-day = { $days } { $times }
ui-week-and = { $a } ; { $b }
ui-week-ph-off = fermé les jours fériés
ui-week-always = 24 h/24, 7 j/7

## Feuille de route
ui-roadmap-title = Ma feuille de route
ui-roadmap-date = Le { $date }
ui-roadmap-intro = { $count ->
    [one] Voici le thème où vous voulez de l'aide, et qui contacter.
   *[other] Voici les { $count } thèmes où vous voulez de l'aide, et qui contacter.
}
ui-roadmap-followed = Vous avez déjà un conseiller ou une conseillère. Montrez-lui cette feuille de route : vous ferez les démarches ensemble.
ui-roadmap-under-16 = Avant 16 ans, l'école est obligatoire. Pour choisir un métier ou une formation, parlez-en au collège (au CPE ou au psychologue de l'Éducation nationale) ou dans un Point information jeunesse.
ui-roadmap-empty = Vous n'avez pas demandé d'aide. Vous pouvez revenir quand vous voulez.
ui-roadmap-next = Prochaine étape
ui-roadmap-others = Vos autres réponses
ui-roadmap-link = Pour retrouver cette feuille de route :
ui-date = { $d }/{ $m }/{ $y }
ui-next-walk-in = Allez sur place, sans rendez-vous : { $who }, { $address }.
ui-next-go = Allez sur place : { $who }, { $address }.
ui-next-call = Appelez le { $phone } : { $who }.
ui-next-online = Prenez contact en ligne : { $who }.
ui-next-ask = Prenez contact : { $who }.
ui-next-conditions = Ce service demande : { $conditions }
ui-next-emergency = Appelez le { $number } maintenant. { $what }
ui-next-emergency-sms = Envoyez un SMS au { $number } maintenant. { $what }
ui-next-none-now = Aucun contact de la liste n'est ouvert en ce moment.
ui-next-professional = Votre conseiller peut faire la demande pour vous : { $who }.
ui-call-today = { $way ->
    [go] Fermé maintenant : ouvre aujourd'hui à { $time }, sur place et au téléphone.
   *[call] Fermé maintenant : à appeler aujourd'hui à partir de { $time }.
}
ui-call-tomorrow = { $way ->
    [go] Fermé maintenant : ouvre demain à { $time }, sur place et au téléphone.
   *[call] Fermé maintenant : à appeler demain à partir de { $time }.
}
ui-call-on = { $way ->
    [go] Fermé maintenant : ouvre { $day } à { $time }, sur place et au téléphone.
   *[call] Fermé maintenant : à appeler { $day } à partir de { $time }.
}
ui-level-ensemble = Vous n'étiez pas sûr de vos réponses. C'est normal : regardez ce thème avec quelqu'un qui peut vous aider.
why-ensemble = vous n'étiez pas sûr de vos réponses
ui-quit = Quitter vite
ui-quit-hint = Ferme cette page et efface vos réponses.
ui-emergency-announce = Numéros d'urgence, gratuits, jour et nuit : { $numbers }

## Garder sa feuille de route
ui-keep-title = Garder ma feuille de route
ui-keep-text = Rien n'est envoyé sur internet. Le lien contient vos réponses : gardez-le pour vous.
ui-print = Imprimer
ui-copy = Copier le texte
ui-copied = Le texte est copié.
ui-copy-failed = La copie n'a pas marché. Sélectionnez le texte du lien à la main.
ui-email = Envoyer par e-mail
ui-link-label = Lien vers ma feuille de route
ui-qr-label = Code QR à scanner avec votre téléphone
ui-with-health = Mettre aussi mes réponses sur la santé et la sécurité dans le lien, le texte et l'impression
ui-link-broken = Ce lien est abîmé ou trop ancien. Vous pouvez recommencer le questionnaire.

## Compter
ui-consent = Compter mes réponses de façon anonyme pour aider le quartier
ui-consent-hint = Seul le niveau de chaque thème est compté, sans vos réponses ni la santé. Rien ne permet de savoir que c'est vous.
ui-consent-done = Merci, vos réponses sont comptées de façon anonyme.

## Mode accompagné
ui-accompanied-switch = Mode accompagné (pour les professionnels)
ui-overview-title = { $count ->
    [one] Le thème
   *[other] Les { $count } thèmes
}
ui-overview-intro = Choisissez un thème, dans l'ordre que vous voulez.
ui-overview-todo = Pas encore répondu
ui-overview-skipped = Thème passé
ui-overview-start = Commencer
ui-overview-edit = Modifier
ui-overview-results = Voir la feuille de route
ui-note-label = Note du conseiller (imprimée sur la fiche de liaison)
ui-assisted = Réponses données avec l'aide d'un professionnel
ui-new-person = Nouvelle personne
ui-new-person-confirm = Effacer tout pour la personne suivante ? Les réponses et les notes seront supprimées de cet appareil.
ui-new-person-yes = Oui, tout effacer
ui-liaison-title = Fiche de liaison
ui-liaison-assisted = Répondu avec l'aide d'un professionnel.
ui-liaison-note = Note : { $note }

## Langue
ui-language-self = Français
ui-language = Langue
ui-read-aloud = Écouter

## Contacts on paper and on demand
ui-contact-phone = Téléphone : { $phone }
ui-copy-select = La copie automatique n'a pas marché. Le texte est sélectionné ci-dessous : copiez-le (appui long sur un téléphone, ou Ctrl+C).
ui-copy-text-label = Texte de ma feuille de route

## Entendre le questionnaire (lecteurs d'écran, lecture à voix haute)
ui-page-title = { $step } — { -marque }
ui-page-h1 = { -marque }
ui-help-goes-on = Votre choix vous fait passer à la suite.
ui-help-chosen = C'est votre choix de tout à l'heure.
ui-new-tab = s'ouvre dans un nouvel onglet
ui-read-stop = Arrêter la lecture
ui-read-no-voice = Cet appareil n'a pas de voix pour lire en français.
ui-roadmap-more = { $count ->
    [one] Voir plus : le contact
   *[other] Voir plus : { $count } contacts
}
ui-show-others = Voir mes autres réponses
# The welcome names the fields asked (data-fields), joined: « a, b et c ».
topic-reseau = le travail
topic-savoirs = le français
topic-numerique = internet
topic-famille = la famille
topic-mobilite = les transports
topic-logement = le logement
topic-finances = l'argent
topic-sante = la santé
ui-list-pair = { $a } et { $b }
ui-list-more = { $a }, { $b }

## A link opened directly that names a partner or contacts file this site does not list
ui-unvouched = Ce lien ne vient pas d'un partenaire connu de ce site. Voici les numéros nationaux, gratuits.
# Issue 21: a run answered mostly « je ne sais pas » leads with one generalist; past the top fields, « Autres sujets ».
ui-level-generalist = Vous n'étiez pas sûr pour plusieurs thèmes. C'est normal : une seule personne peut tout regarder avec vous.
field-ensemble = Faire le point sur tout
ui-roadmap-more-topics = { $count ->
    [one] Autres sujets : 1 thème
   *[other] Autres sujets : { $count } thèmes
}
