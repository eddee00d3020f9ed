// The static first screen of www/index.html in Canadian French: www/loader.js fetches this
// module only for a visit whose help goes to fr-ca and swaps each node it names by key. The
// terms follow docs/SOURCES.md ("The French pack's words"): « témoins » for cookies, « Maj » for
// Shift, a non-breaking space before a colon and inside « », none before ? or ;.
export default {
  title: 'qbo-check\u00a0: ce navigateur peut-il joindre QuickBooks en ligne?',
  heading: 'Ce navigateur peut-il joindre QuickBooks en ligne?',
  lede: 'En un clic, cet outil vérifie si ce navigateur peut joindre chacun des hôtes d’Intuit dont QuickBooks en ligne a besoin, consulte la page d’état d’Intuit et vous indique où se trouve le plus probablement le problème\u00a0: cet appareil, votre réseau ou Intuit.',
  fine: 'Cet outil n’est ni conçu par Intuit ni affilié à Intuit. Il s’exécute dans votre navigateur, n’envoie rien à votre sujet et ne contacte que les hôtes d’Intuit, dont les images peuvent transmettre vos témoins d’intuit.com.',
  loading: 'Chargement de la vérification…',
  cannotStart: 'La vérification n’a pas pu démarrer dans ce navigateur.',
  needs: 'Elle a besoin de JavaScript et de WebAssembly; un bloqueur, un paramètre de sécurité ou un navigateur très ancien les empêche peut-être de fonctionner. Voici, dans l’ordre, les étapes qui règlent le plus souvent les problèmes de QuickBooks en ligne\u00a0:',
  privateWindow: 'Ouvrez QuickBooks dans une fenêtre privée (Ctrl+Maj+N dans Chrome et Edge, Ctrl+Maj+P dans Firefox, Cmd au lieu de Ctrl sur un Mac).',
  clearData: 'Effacez les données de ce navigateur pour intuit.com seulement (cela vous déconnectera des produits Intuit).',
  update: 'Mettez à jour le navigateur ou utilisez la dernière version de Chrome, d’Edge, de Firefox ou de Safari.',
  statusPage: 'Consultez la page d’état d’Intuit\u00a0: ',
  ownHelp: 'L’aide officielle d’Intuit\u00a0: ',
  support: 'Soutien QuickBooks',
  fakeNumbers: '. Les faux numéros de téléphone du «\u00a0soutien QuickBooks\u00a0» sont courants; utilisez plutôt le menu Aide dans QuickBooks.',
  helpHeading: 'Obtenir de l’aide en toute sécurité',
  helpLabel: 'Obtenir de l’aide en toute sécurité',
  helpText: 'Les faux numéros de téléphone du «\u00a0soutien QuickBooks\u00a0» sont courants dans les résultats de recherche\u00a0: n’appelez jamais ces numéros, ne donnez jamais d’accès à distance et ne payez rien. Aide fiable\u00a0: le menu Aide de QuickBooks ou le ',
  helpSupport: 'Soutien QuickBooks',
  regionFor: ' pour ',
  regionLabel: 'Votre région, pour l’aide d’Intuit',
  regionNote: 'Choix enregistré sur cet appareil. La page est en français, sauf les noms des codes d’erreur, les détails techniques et les mots d’Intuit qu’elle cite, qui restent en anglais.',
};
