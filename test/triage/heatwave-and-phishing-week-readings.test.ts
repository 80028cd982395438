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

describe('what is at fault and who is hit', () => {
  const fieldsOf = (text: string) => understandText(text).fields!;

  it('"the trace printout from the CTG in birth room 1 is cut" is the CTG\'s fault in maternity, not a printer\'s or a screen\'s', () => {
    const fields = fieldsOf('ok can you log it now then, the trace printout from the CTG in birth room 1 is cut on the right side, we can still read it on the screen');
    expect(understandText('ok can you log it now then, the trace printout from the CTG in birth room 1 is cut on the right side').intent.value).toBe('incident_report');
    expect(fields.category.value).toBe('biomedical');
    expect(fields.location_hint?.unit).toBe('maternity');
  });

  it('"les 2 autres étiqueteuses font pareil" is the printers\' fault, not an account\'s; a badge refused by a copier is still access', () => {
    expect(fieldsOf("ah et ma collegue me dit que les 2 autres étiqueteuses font pareil, on a plus aucune étiqueteuse qui marche aux urgences là").category.value).toBe('printer');
    expect(fieldsOf("mon badge est pas reconnu sur les nouveaux copieurs alors que celui de ma collegue marche. j'imprime depuis son compte en attendant lol").category.value).toBe('access');
  });

  it('a monitor named while the news came by phone ("la sage-femme m\'appelle") stays a medical device', () => {
    const fields = fieldsOf("cadre de garde cette nuit. la sage-femme de la maternité m'appelle : le monito (cardiotoco) de la salle de naissance 1 s'éteint tout seul toutes les 10 min. elles ont basculé la patiente sur l'autre monito de la salle, donc ça tient, mais faut que le biomed regarde");
    expect(fields.category.value).toBe('biomedical');
  });

  it('"on call tonight. Paediatrics … the whole floor" is Paediatrics, the whole unit; "the on-call radiologist" is still a person', () => {
    const fields = fieldsOf("I'm the cadre on call tonight. Paediatrics night team just called: wifi is down on the whole floor, the med carts can't reach the DPI so they can't validate drug rounds. They've switched to paper for now.");
    expect(fields.location_hint?.unit).toBe('pediatrics');
    expect(fields.scope.value).toBe('service');
    expect(fieldsOf("VPN keeps disconnecting every 10 min. I'm the on-call radiologist reading from home tonight, 6 CTs waiting incl one from ED").location_hint?.unit).not.toBe('radiology');
    // A floor with no unit named is still the building's.
    expect(fieldsOf("plus de réseau sur tout l'étage depuis ce matin").scope.value).toBe('site');
  });
});
