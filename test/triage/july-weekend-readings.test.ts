import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

const intentOf = (message: string) => understandText(message).intent.value;

// Weekend messages from a new equipment roll-out (pumps, glucometer docks) and a phishing wave, each misread before.
describe('readings of a summer weekend: what a message asks for', () => {
  it('"des nouvelles pompes" are new pumps, not a request for news of a ticket', () => {
    expect(intentOf("Besoin d'installer la console de supervision des nouvelles pompes sur le PC du poste IDE de réa")).toBe('service_request');
    expect(intentOf('Le rack de charge des nouvelles pompes en pédiatrie ne charge plus rien.')).toBe('incident_report');
    expect(intentOf('des nouvelles de ma demande de compte ?')).toBe('ticket_status');
    expect(intentOf('Vous avez des nouvelles pour la balnéo ? le technicien devait passer hier')).toBe('ticket_status');
  });

  it('lab technicians busy on the phone are staff at work, not a wish to talk to a technician', () => {
    const text = "Le logiciel du labo n'envoie plus les résultats au DPI. Les urgentistes appellent le labo pour chaque résultat, on a 2 techniciens au téléphone.";
    expect(intentOf(text)).toBe('incident_report');
    expect(intentOf('je veux un technicien au tel svp')).toBe('talk_to_human');
  });

  it('newcomers without any account, or who need one, ask for accounts', () => {
    expect(intentOf("les 6 intérimaires de ce soir au SAU n'ont AUCUN compte (ni Windows ni DPI)")).toBe('service_request');
    expect(intentOf('New locum radiologist starts Monday 8am and needs a Windows account, PACS and patient record access.')).toBe('service_request');
  });

  it('"laissez tomber pour la souris" withdraws the request, however long the sentence', () => {
    expect(intentOf('laissez tomber pour la souris on en a trouvé une')).toBe('cancel');
  });
});

describe('readings of a summer weekend: what is broken', () => {
  it('"une quarantaine de courriers" is about forty letters, not a file in quarantine', () => {
    const text = "on n'a plus accès au dossier partagé du secrétariat, on a une quarantaine de courriers en retard";
    expect(fieldsOf(text).category.value).not.toBe('security');
    expect(fieldsOf("l'antivirus a mis un fichier en quarantaine").category.value).toBe('security');
  });

  it('presenting at grand rounds is not pretending to be someone: a crashing PowerPoint is software', () => {
    expect(fieldsOf("PowerPoint keeps crashing and I'm presenting at grand rounds in 20 minutes").category.value).toBe('software');
  });

  it('a pump, in English, is a medical device', () => {
    expect(fieldsOf('One of the new pumps has a cracked casing near the battery door.').category.value).toBe('biomedical');
    // A hand pump in its place keeps things going.
    expect(fieldsOf('The breast pump in postnatal room 14 does not start anymore. Mum is using the hand pump.').patient_care_impact.value).toBe(false);
  });

  it('urgent orders taken by phone are how the pharmacy copes, not what broke', () => {
    const text = 'Pharmacy system went down. No ward can order meds, the on-call pharmacist is only taking urgent phone orders.';
    expect(fieldsOf(text).category.value).toBe('software');
  });

  it('the intranet phone directory is an application, not a phone', () => {
    expect(fieldsOf('The intranet phone directory shows old numbers for the whole site.').category.value).toBe('software');
    expect(fieldsOf("l'annuaire téléphonique de l'intranet affiche les anciens numéros").category.value).toBe('software');
  });

  it('the link between two sites is the network', () => {
    expect(fieldsOf('Pasteur site: the link to the main site has been very slow since Saturday.').category.value).toBe('network');
  });

  it('a caller posing as IT, or bank details typed into a fake e-mail, is a security incident', () => {
    expect(fieldsOf("Someone rang the ward saying they were from IT and needed my password. I gave it to them.").category.value).toBe('security');
    expect(fieldsOf("5 people got the fake 'Payroll - update your bank details' email and two of them typed in their bank details.").category.value).toBe('security');
  });

  it('a care station that never locks shows patient records to passers-by: a security matter', () => {
    expect(fieldsOf('Le poste de soins ne se verrouille plus jamais, tout le monde dans le couloir peut voir les dossiers ouverts').category.value).toBe('security');
  });

  it('someone who cannot open their own session, or is an unknown user, has a broken login', () => {
    expect(fieldsOf("une AS intérimaire n'arrive pas à ouvrir sa session sur le PC du poste de soins").category.value).toBe('access');
    expect(fieldsOf("elles ont un compte Windows mais le logiciel de dictée dit 'utilisateur inconnu'").category.value).toBe('access');
  });
});

describe('readings of a summer weekend: patients at risk', () => {
  it('pumps run without dose limits put patients at risk, and holding non-urgent infusions is care delayed, not "not urgent"', () => {
    const text = "All the new infusion pumps in NICU show 'Drug library invalid'. We can only run them in basic mode without dose limits; the neonatologist has told us to hold non-urgent infusions.";
    expect(fieldsOf(text).patient_care_impact.value).toBe(true);
    expect(fieldsOf(text).urgency.value).not.toBe('low');
    expect(understandText(text).fields?.priority).toBe('P1');
    expect(fieldsOf('les pompes ne programment plus qu\'en débit libre sans garde-fou').patient_care_impact.value).toBe(true);
  });

  it('babies without identity bands are an identity risk, and a spare that is not recognised is no way round', () => {
    const text = "Wristband printer in maternity admissions is jammed and the spare isn't recognised. Babies are being born without ID bands, midwives are writing on tape.";
    expect(fieldsOf(text).patient_care_impact.value).toBe(true);
    expect(understandText(text).fields?.priority).toBe('P1');
  });

  it('the next patient already on the table is a patient waiting', () => {
    const text = "The only PC in the cath lab control room froze and won't restart. We can't record the procedure, and the next patient is already on the table.";
    expect(fieldsOf(text).patient_care_impact).toEqual({ value: true, source: 'stated' });
  });
});

describe('readings of a summer weekend: after a change, and ways round', () => {
  it('a fault since an installation or an update is an incident, not a request for one', () => {
    expect(intentOf("Depuis l'installation des nouvelles bases de glucomètres, les glycémies n'arrivent plus dans le DPI.")).toBe('incident_report');
    expect(intentOf("Depuis la mise à jour du DPI, aucun médecin du SSR n'a les droits de prescription.")).toBe('incident_report');
    expect(intentOf("besoin d'installer la console de supervision sur le PC du poste IDE")).toBe('service_request');
  });

  it('a ventilator that rebooted itself is a fault, even when the message asks for it to be collected', () => {
    expect(intentOf('Ventilator in ICU bed 4 rebooted itself twice in the last hour. Please collect it for checking.')).toBe('incident_report');
  });

  it('a device taken out of use, waiting to be collected, holds up no care', () => {
    const fields = fieldsOf("One of the new pumps has a cracked casing. We've taken it out of use and labelled it, just needs collecting.");
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.urgency.value).toBe('low');
  });

  it('infusions that go on are care that goes on', () => {
    const text = 'Le rack de charge des pompes ne charge plus rien. On les a branchées sur secteur en attendant, les perfs continuent.';
    expect(fieldsOf(text).patient_care_impact.value).toBe(false);
  });

  it('sharing the other two PCs, or the intern using his DECT, is a way round', () => {
    expect(fieldsOf("Two of the four PCs in the ED doctors' room keep shutting down in the heat. We're sharing the other two.").patient_care_impact.value).toBe(false);
    expect(fieldsOf("Le téléphone de la salle de garde des internes sonne dans le vide. L'interne utilise son DECT.").patient_care_impact.value).toBe(false);
  });

  it('a fault on one profile only, colleagues unaffected, concerns one person', () => {
    expect(fieldsOf("Le DPI plante quand j'imprime une ordonnance, seulement sur mon profil, les collègues y arrivent très bien").scope.value).toBe('single_user');
    expect(fieldsOf('My prescribing screen freezes every time I try to prescribe - only for me.').scope.value).toBe('single_user');
  });

  it('an application that crashes when printing, or a prescribing screen, is software', () => {
    expect(fieldsOf("Le DPI plante quand j'imprime une ordonnance de sortie").category.value).toBe('software');
    expect(fieldsOf('My prescribing screen freezes every time I try to prescribe an IV antibiotic').category.value).toBe('software');
    expect(fieldsOf("l'imprimante plante quand j'imprime en recto verso").category.value).toBe('printer');
  });

  it('a printed rota people work from is the way round, not a printer fault', () => {
    expect(fieldsOf("The rostering system shows our ward's weekend shifts as empty. We're working from last week's printed rota.").category.value).toBe('software');
  });

  it('an overheating equipment room cannot wait', () => {
    expect(fieldsOf("Il fait 38° dans le local technique, la clim est en panne. Le switch clignote orange.").urgency.value).toBe('high');
    expect(fieldsOf('The switch in the comms cupboard is beeping and the room is roasting (aircon broken).').urgency.value).toBe('high');
  });
});

describe('readings of a summer weekend: a way round that leaves care waiting', () => {
  it('paper notes, but the doctors on call cannot adjust insulin: care is delayed all the same', () => {
    const text = "Les stations d'accueil des glucomètres sont hors ligne. On note sur papier mais les médecins de garde n'ont pas les courbes pour adapter l'insuline.";
    expect(fieldsOf(text).patient_care_impact.value).toBe(true);
    expect(understandText(text).fields?.priority).toBe('P1');
    expect(fieldsOf("Le PC ne démarre plus, on passe par le poste d'à côté mais c'est lent").patient_care_impact.value).toBe(false);
    // The "but" inside the fault, before the way round, says nothing of care.
    expect(fieldsOf("the tube label printer prints but the lab analysers can't read the barcode. We hand-label with the admission stickers for now.").patient_care_impact.value).toBe(false);
    expect(fieldsOf('le scanner de lames est en erreur de calibration. On lit les lames au microscope classique, on prend du retard sur la relecture mais pas de retard pour les patients').patient_care_impact.value).toBe(false);
  });
});

describe('readings of a summer weekend: care that is not held up', () => {
  it('grand rounds are a teaching meeting, not a round of care', () => {
    expect(fieldsOf("PowerPoint keeps crashing and I'm presenting at grand rounds in 20 minutes").patient_care_impact.value).toBe(false);
    expect(fieldsOf('the drug round is due in 20 minutes and the eMAR keeps crashing').patient_care_impact.value).toBe(true);
  });

  it('a crackling conference phone in a meeting room holds up no care, even in intensive care', () => {
    const fields = fieldsOf('The conference phone in the ICU meeting room crackles, hard to hear people on the call.');
    expect(fields.patient_care_impact.value).toBe(false);
  });

  it('colleagues who manage the same task are a way round', () => {
    const text = "Le DPI plante quand j'imprime une ordonnance de sortie, seulement sur mon profil, les collègues y arrivent très bien";
    expect(fieldsOf(text).patient_care_impact.value).toBe(false);
  });

  it('a knack that makes the device work ("il faut appuyer dessus pour que ça synchronise") is a way round', () => {
    const text = "les glucomètres tiennent mal dans les nouvelles bases, il faut appuyer dessus pour que ça synchronise";
    expect(fieldsOf(text).patient_care_impact.value).toBe(false);
  });
});

describe('readings of a summer weekend: what can wait', () => {
  it('content out of date, even for the whole site, is not an outage and can wait', () => {
    expect(fieldsOf("Le portail intranet affiche encore le menu de la cantine de juin, c'est pareil pour tout le monde").urgency.value).toBe('low');
    expect(fieldsOf('The intranet phone directory shows old numbers for the whole Pasteur site.').urgency.value).toBe('low');
    expect(fieldsOf("Bibliothèque de médicaments pas à jour sur les pompes, on ne peut programmer qu'en débit libre sans garde-fou").patient_care_impact.value).toBe(true);
  });

  it('labels printed again until they come out right are a way round', () => {
    const text = "L'imprimante d'étiquettes de la pharmacie imprime décalé, les étiquettes sont coupées, on réimprime 2-3 fois";
    expect(fieldsOf(text).patient_care_impact.value).toBe(false);
  });

  it('residents who had their treatments were cared for, paper or not', () => {
    const text = "l'EHPAD a plus de réseau du tout depuis l'orage (ni DPI ni mail ni tel fixe), on est sur les plans de soins papier, les résidents ont eu leurs traitements";
    expect(fieldsOf(text).patient_care_impact.value).toBe(false);
  });
});
