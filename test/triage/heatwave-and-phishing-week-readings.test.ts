import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const intentOf = (text: string) => understandText(text).intent.value;

describe('what the message asks for (a summer week and a phishing week)', () => {
  it.each([
    // A how-to asked first: the fault after it is only why it is asked.
    ['comment on fait pour zoomer dans le viewer PACS ? la molette fait défiler les coupes au lieu de zoomer', 'question'],
    ["Comment je fais pour imprimer des étiquettes patient depuis le DPI ? je suis IDE intérim et j'ai jamais utilisé ce logiciel", 'question'],
    ["L'équipe de nuit de gériatrie sait pas acquitter les appels sur le DECT avec le nouvel appel malade, du coup ça sonne en boucle toute la nuit. C'est quoi la manip ? quelqu'un peut venir nous montrer ?", 'question'],
    // Planned work asked about.
    ["L'arrêt du DPI jeudi soir c'est de quelle heure à quelle heure ? On doit imprimer les plans de soins avant ?", 'question'],
    ['Pendant la coupure du DPI cette nuit est-ce que le logiciel du labo marche toujours ? Faut-il faire des bons papier ?', 'question'],
    ["est-ce que l'armoire à pharmacie va encore être coupée demain pour la mise à jour ? on doit s'organiser pour les traitements de 8h", 'question'],
    // What the bot is for.
    ["hi, what can you do? I'm new here", 'help'],
    ['What can you do exactly? Can you help me with IT stuff or should I call the hotline?', 'help'],
    // Thanks, whatever the matter was.
    ["Merci pour la réinitialisation rapide de mon mdp après l'histoire du phishing, tout remarche !", 'thanks'],
    // Things asked for.
    ["Demande de nouveau portable pour la sage-femme coordinatrice, l'ancien a 9 ans et met 10 min à démarrer.", 'service_request'],
    ["Pouvez vous installer Adobe Reader sur le poste de la secrétaire de gériatrie, elle n'arrive pas à ouvrir les courriers pdf", 'service_request'],
    ['Bonjour, il nous faudrait une imprimante à bracelets de prêt pour les urgences le temps que la nôtre soit réparée', 'service_request'],
    ["Urgent : on ouvre 10 lits supplémentaires en médecine polyvalente demain 8h (plan hiver). Il faut 2 PC et une imprimante à bracelets installés dans l'aile C ce soir sinon on pourra pas admettre.", 'service_request'],
    ["Le bracelet d'appel du nouveau système en gériatrie a été cassé par un résident de la ch 5. Vous en avez un de rechange ? Il utilise la poire du lit en attendant.", 'service_request'],
    // Something installed changed the work: an incident, not an installation asked.
    ["EHPAD : depuis l'install du nouvel appel malade en géria, nos appels à nous arrivent sur les DECT de gériatrie et plus chez nous ! Les collègues de géria nous téléphonent à chaque fois.", 'incident_report'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('still reads requests that open with "merci de…" and a faulty ventilator with "il nous faut un respi de remplacement" as before', () => {
    expect(intentOf("Merci d'ajouter la nouvelle cadre de l'unité Les Tilleuls à la liste de diffusion 'cadres pôle B'")).toBe('service_request');
    expect(intentOf('Respirateur box 3 réa en défaut ventilation, patiente ventilée au ballon. Il nous faut un respi de remplacement + le biomed TOUT DE SUITE')).toBe('incident_report');
    expect(intentOf("Bonjour, une patiente nous signale avoir reçu par mail le compte-rendu d'un autre patient. Je ne sais pas comment c'est arrivé")).toBe('incident_report');
  });
});
