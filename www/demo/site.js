/*
 * Thème « Tilleuls » — petits scripts du site du Centre social Les Tilleuls (site de démonstration).
 * Menu repliable sur mobile (aria-expanded) et année courante dans le pied de page.
 * Aucune dépendance, aucun gestionnaire en ligne ; une erreur ici ne doit jamais casser la page.
 */
(function () {
  'use strict';

  function initMenu() {
    var nav = document.querySelector('.nav-principale');
    if (!nav) return;
    var bouton = nav.querySelector('.menu-bouton');
    if (!bouton) return;
    var menu = document.getElementById(bouton.getAttribute('aria-controls') || '');
    if (!menu) return;

    function ouvert() {
      return bouton.getAttribute('aria-expanded') === 'true';
    }
    function regler(etat) {
      bouton.setAttribute('aria-expanded', etat ? 'true' : 'false');
    }

    regler(false);
    nav.classList.add('js-menu');

    bouton.addEventListener('click', function () {
      regler(!ouvert());
    });

    nav.addEventListener('keydown', function (evenement) {
      if ((evenement.key === 'Escape' || evenement.key === 'Esc') && ouvert()) {
        regler(false);
        bouton.focus();
      }
    });
  }

  function initAnnee() {
    var annee = String(new Date().getFullYear());
    var cibles = document.querySelectorAll('.annee-courante');
    for (var i = 0; i < cibles.length; i++) {
      cibles[i].textContent = annee;
    }
  }

  function init() {
    try {
      initMenu();
    } catch (e) { /* le menu reste simplement déplié */ }
    try {
      initAnnee();
    } catch (e) { /* l'année écrite dans le HTML reste affichée */ }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
