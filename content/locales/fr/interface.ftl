# Passerelle — messages de l'interface, en français facile à lire et à comprendre (FALC).
# Une ligne = un message : `identifiant = texte`. Ne changez que le texte, après le signe `=`.
# `{ $nom }` est remplacé par une valeur (un nombre, un nom) : gardez-le tel quel.
# `{ -marque }` est remplacé par le nom du service.

-marque = Passerelle

## Accueil
ui-welcome-title = { -marque } : trouver de l'aide près de chez vous
ui-welcome-intro = Quelques questions simples sur votre vie de tous les jours : le travail, le français, internet, la famille, les transports, le logement, l'argent et la santé.
ui-welcome-result = À la fin, vous avez une liste de personnes à contacter près de chez vous.
ui-welcome-time = Cela prend environ 10 minutes.
ui-welcome-privacy = Vos réponses restent sur votre appareil. Elles ne sont envoyées à personne.
ui-welcome-skip = Vous pouvez passer une question à tout moment.
ui-start = Commencer
ui-partner = Proposé par { $partner }

## Erreurs
ui-crash-title = Désolé, un problème est survenu.
ui-crash-text = Rechargez la page pour recommencer.
ui-crash-contact = Vous pouvez aussi demander de l'aide à : { $partner }
ui-reload = Recharger
