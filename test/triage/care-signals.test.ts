import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/rules-reading.js';
import { correctFields, understandText } from '../../src/triage/index.js';


describe('care held up, said in other words than "bloqué"', () => {
  it('calls that went unanswered are attempts, not an intermittent fault', () => {
    const f = fieldsOf("le bip du médecin de garde en cardio ne sonne plus, on l'a bipé 4 fois depuis minuit");
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });

  it('sessions or operations cancelled because of the fault', () => {
    const f = fieldsOf("le logiciel de planification en radiothérapie plante, les séances de demain matin vont être annulées");
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
    expect(fieldsOf('the endoscopy reporting system is down, this afternoon\'s procedures are cancelled').patient_care_impact.value).toBe(true);
  });

  it('an on-call doctor who must read images and cannot connect from home', () => {
    const f = fieldsOf("impossible de me connecter au VPN, je suis de garde cette nuit et je dois lire les scanners du SAU");
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });

  it('care staff of a building locked out of the patient record', () => {
    const f = fieldsOf('les soignants du pavillon C ne peuvent plus ouvrir le DPI');
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });
});

describe('ways to keep working', () => {
  it('a spare that fails as well is no workaround', () => {
    const f = fieldsOf("le bip de l'interne de garde est mort et celui de secours ne marche pas non plus");
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.urgency.value).toBe('high');
  });

  it('ventilating by hand is a stopgap, never a workaround', () => {
    const f = fieldsOf('le respirateur du box 6 affiche une panne technique, le patient est ventilé au ballon');
    expect(f.category.value).toBe('biomedical');
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });

  it('falling back on another device, or managing anyway, is a workaround', () => {
    expect(fieldsOf('le PC du poste de soins est HS, on se rabat sur celui du bureau des cadres').patient_care_impact.value).toBe(false);
    expect(fieldsOf('le moniteur de la place 2 ne remonte plus à la centrale, on surveille avec un moniteur de transport')
      .patient_care_impact.value).toBe(false);
    expect(fieldsOf('the ward tablet will not sync but we can still chart on the desktop').patient_care_impact.value).toBe(false);
  });
});

describe('who "nobody" is', () => {
  it('"nobody can reach me" is the writer cut off, not a site-wide outage', () => {
    const f = fieldsOf('my pager is dead, nobody can reach me');
    expect(f.scope.value).toBe('single_user');
    expect(fieldsOf('mon bip est HS, personne ne peut me joindre').scope.value).toBe('single_user');
  });
});

describe('what is named', () => {
  it('reads hospital equipment words as medical devices', () => {
    expect(fieldsOf('le lève-malade de la chambre 12 ne monte plus').category.value).toBe('biomedical');
    expect(fieldsOf('la colonne de coelioscopie de la salle 3 ne sort plus d\'image').category.value).toBe('biomedical');
    expect(fieldsOf('la balance du service pèse faux').category.value).toBe('biomedical');
  });

  it('reads impostors and found keys as security', () => {
    expect(fieldsOf('un SMS soi-disant du support me demandant mon mot de passe').category.value).toBe('security');
    expect(fieldsOf('on a trouvé une clé USB dans la salle de pause').category.value).toBe('security');
    expect(fieldsOf('un homme se disant technicien de la DSI a voulu accéder au PC de soins').category.value).toBe('security');
  });

  it('reads asks for equipment or a mailbox as requests', () => {
    expect(understandText("est-ce possible d'avoir un deuxième poste pour l'accueil ?").intent.value).toBe('service_request');
    expect(understandText('pouvez-vous créer une boîte mail générique pour le secrétariat de neuro ?').intent.value).toBe('service_request');
    // A shared mailbox that fails is an incident.
    expect(understandText("la boîte mail partagée du service ne reçoit plus rien").intent.value).toBe('incident_report');
  });
});

describe('how far a failure reaches', () => {
  it('two units named together make several departments', () => {
    expect(fieldsOf('le RIS est inaccessible pour toute la cardiologie et la pneumologie').scope.value).toBe('site');
    // The unit that waits on another is not a second failing unit.
    expect(fieldsOf("le SIL est planté dans tout le labo, les urgences attendent les résultats").scope.value).toBe('service');
  });

  it('a building, a numbered ward, every station', () => {
    expect(fieldsOf('the whole of building D lost the network').scope.value).toBe('site');
    expect(fieldsOf('nobody on ward 9 can open the EHR').scope.value).toBe('service');
    expect(fieldsOf('Oncology: the chemo prescribing app is down on every station').scope.value).toBe('service');
    expect(fieldsOf('USIC plus de PC qui marche !!').scope.value).toBe('service');
  });

  it('a few of us is a team', () => {
    expect(fieldsOf('fake invoice email, three of us opened the attachment').scope.value).toBe('team');
  });
});

describe('what broke, when other things are named', () => {
  it('a password asked for again and again is a login problem, not phishing', () => {
    expect(fieldsOf('Teams keeps asking for my password every morning').category.value).toBe('access');
    expect(fieldsOf('Outlook me redemande mon mot de passe toutes les heures').category.value).toBe('access');
  });

  it('the phone people fall back on is not what broke', () => {
    expect(fieldsOf("le logiciel de la banque du sang ne démarre plus, on commande les poches par téléphone").category.value)
      .toBe('software');
  });

  it('Windows updates and synchronisation are software, whatever machine is named first', () => {
    expect(fieldsOf("le PC est bloqué sur 'configuration de Windows' depuis ce matin").category.value).toBe('software');
    expect(fieldsOf('la tablette de soins ne se synchronise plus avec le DPI').category.value).toBe('software');
  });

  it('a dialysis unit is a place; a dialysis machine is a medical device', () => {
    expect(fieldsOf('Dialysis unit: the charting app crashes on every station').category.value).toBe('software');
    expect(fieldsOf('le générateur de dialyse du poste 3 est en alarme').category.value).toBe('biomedical');
  });
});

describe('more ways of saying care waits', () => {
  it('results that no longer go out to the wards', () => {
    expect(fieldsOf('le SIL est bloqué, les résultats ne partent plus vers les services').patient_care_impact.value).toBe(true);
    expect(fieldsOf('LIMS down, no results going out to the wards').patient_care_impact.value).toBe(true);
  });

  it('no spare at hand, treatment overdue, a very sick patient', () => {
    const f = fieldsOf('syringe driver in bed 2 keeps alarming, no spare on the ward, the heparin is overdue');
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
    expect(fieldsOf("l'analyseur de gaz du sang de la réa est en erreur, on envoie au labo mais on a un patient très instable")
      .patient_care_impact.value).toBe(true);
  });

  it('the emergency call line', () => {
    const f = fieldsOf('la ligne 3333 des urgences vitales ne sonne plus');
    expect(f.category.value).toBe('phone');
    expect(f.patient_care_impact.value).toBe(true);
  });
});

describe('what the writer wants, said plainly', () => {
  it('a lost or stolen badge or phone is a security incident', () => {
    expect(fieldsOf("j'ai perdu mon badge, il ouvre la pharmacie").category.value).toBe('security');
    expect(fieldsOf('lost my work phone on the bus, my mail is on it').category.value).toBe('security');
  });

  it('someone to call me, and when the technician comes, are not incidents', () => {
    expect(understandText("est-ce que je peux avoir quelqu'un du support au téléphone ?").intent.value).toBe('talk_to_human');
    expect(understandText("est-ce qu'un technicien pourrait me rappeler ?").intent.value).toBe('talk_to_human');
    expect(understandText("j'ai fait un ticket pour mon imprimante, quelqu'un doit passer quand ?").intent.value).toBe('ticket_status');
  });

  it('an account still missing, logins to set up, a deleted file are requests', () => {
    expect(understandText("la nouvelle IDE n'a toujours pas de compte DPI").intent.value).toBe('service_request');
    expect(understandText('need 5 agency nurse logins set up for tonight').intent.value).toBe('service_request');
    expect(understandText("j'ai supprimé par erreur le planning de l'équipe sur le partage").intent.value).toBe('service_request');
    // "restarting" is not "restoring".
    expect(understandText('the PC keeps restarting, we use the one next door').intent.value).toBe('incident_report');
  });
});

describe('phrases whose alternatives are several words long', () => {
  it('each alternative is read on its own', () => {
    expect(fieldsOf('le tel fixe du bureau ne sonne plus').category.value).toBe('phone');
    expect(fieldsOf("l'imprimante du poste de soins bourre, on imprime sur celle du couloir").patient_care_impact.value).toBe(false);
    expect(understandText("est-ce qu'il existe une fiche pour configurer le wifi ?").intent.value).toBe('question');
    expect(understandText("I have not got an account yet, I started today").intent.value).toBe('service_request');
  });
});

describe('how soon work must resume', () => {
  it('a threat reported and not acted upon can wait', () => {
    expect(fieldsOf("mail bizarre du 'service RH' qui demande mon RIB, je n'ai pas cliqué").urgency.value).toBe('low');
    expect(fieldsOf('phishing mail, I did not click, forwarding it').urgency.value).toBe('low');
  });

  it('a workaround for a whole unit keeps urgency at medium', () => {
    const f = fieldsOf('le DPI rame énormément dans tout le service de neuro, on se débrouille mais tout prend trois fois plus de temps');
    expect(f.scope.value).toBe('service');
    expect(f.urgency.value).toBe('medium');
  });

  it('carrying on on someone else\'s station or the other door is a workaround', () => {
    expect(fieldsOf('le logiciel de RDV ne se lance plus, je travaille sur le poste de ma voisine').urgency.value).toBe('low');
    expect(fieldsOf("our office phone is dead, we're using the one in the next room").urgency.value).toBe('low');
    expect(fieldsOf('badge reader at the lab is broken, we go in through the other door').urgency.value).toBe('low');
    // Naming where the fault happens is not carrying on elsewhere.
    expect(fieldsOf("ça plante quand j'ouvre le PACS sur le poste de la salle de staff").urgency.value).not.toBe('low');
  });
});

describe('who is affected, read from how the people and places are named', () => {
  it('a quantifier on a unit or office, and a whole team', () => {
    expect(fieldsOf('le logiciel de paie est inaccessible pour toute la DRH').scope.value).toBe('service');
    expect(fieldsOf("the thin clients are all black, the whole team of 5 can't work").scope.value).toBe('team');
  });

  it('one person\'s pager or account stays theirs whoever else is named', () => {
    expect(fieldsOf("le bip de l'interne de garde ne reçoit plus rien, les IDE n'arrivent pas à le joindre").scope.value).toBe('single_user');
    expect(fieldsOf('mon compte est bloqué, aucune collègue pour me dépanner').scope.value).toBe('single_user');
  });

  it('a threat on a unit\'s shared drive, units listed with commas', () => {
    expect(fieldsOf('ransomware : les fichiers du partage de la pharmacie sont chiffrés').scope.value).toBe('service');
    expect(fieldsOf('plus de réseau au 1er étage (cardio, pneumo, néphro), plus rien ne marche').scope.value).toBe('site');
  });
});

describe('care, once more in the words of the ward', () => {
  it('"ni ... ni", "aucun ... ne", "plus de surveillance"', () => {
    expect(fieldsOf("le PC de la salle de soins redémarre en boucle, on peut ni tracer les soins ni voir les traitements").patient_care_impact.value).toBe(true);
    expect(fieldsOf('le SIL est planté, aucun résultat ne part vers la réa').patient_care_impact.value).toBe(true);
  });

  it('no other station free is no workaround', () => {
    const f = fieldsOf("le générateur de dialyse du poste 3 refuse de démarrer, patiente installée, aucun autre poste libre avant midi");
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });

  it('the only doctor on tonight with admissions waiting', () => {
    expect(fieldsOf("locked out of the EHR, I'm the only registrar covering surgery tonight and have 2 admissions waiting to be seen")
      .patient_care_impact.value).toBe(true);
  });
});

describe('security: opened or not', () => {
  it('colleagues who opened the attachment make it pressing; nobody opening it does not', () => {
    expect(fieldsOf('faux mail DHL reçu par tout le service, 2 collègues ont ouvert la pièce jointe').urgency.value).toBe('high');
    expect(fieldsOf("mail bizarre d'un fournisseur avec un .zip, personne n'a ouvert").urgency.value).toBe('low');
  });

  it('an account shown as disabled is a fault, not an ask for an account', () => {
    expect(understandText("l'appli de RDV affiche « compte désactivé » pour toutes les secrétaires depuis la mise à jour").intent.value)
      .toBe('incident_report');
  });
});

describe('what the writer wants, in longer sentences', () => {
  it('withdrawing one\'s own ticket, thanking at length, asking whether something is allowed or planned', () => {
    expect(understandText("laissez tomber ma demande d'hier, c'était la prise débranchée").intent.value).toBe('cancel');
    expect(understandText('Please cancel my keyboard ticket, it works now after a restart').intent.value).toBe('cancel');
    expect(understandText("Merci beaucoup à l'équipe pour l'intervention de cette nuit au bloc, tout fonctionne").intent.value).toBe('thanks');
    expect(understandText("est-ce qu'on a le droit d'installer Zoom sur les PC du service ?").intent.value).toBe('question');
    expect(understandText('un technicien est-il prévu pour mon écran (ticket de ce matin) ?').intent.value).toBe('ticket_status');
  });
});

describe('categories that hinge on one word', () => {
  it('impostors, one\'s own address sending mail, money asked "from the CEO"', () => {
    expect(fieldsOf("quelqu'un se disant du support Microsoft m'a appelé pour prendre la main sur mon PC").category.value).toBe('security');
    expect(fieldsOf('des collègues reçoivent des mails envoyés depuis ma propre adresse').category.value).toBe('security');
    expect(fieldsOf("an email from the CEO asks finance to wire money to a new supplier").category.value).toBe('security');
  });

  it('a reader that no longer reads is hardware; a blocked session is access; a unit-wide credential failure is software', () => {
    expect(fieldsOf('le lecteur de carte CPS du poste de soins ne lit plus les cartes').category.value).toBe('hardware');
    expect(fieldsOf('ma session est bloquée depuis ce matin').category.value).toBe('access');
    expect(fieldsOf('smartcard login fails on every PC in the whole pharmacy').category.value).toBe('software');
  });

  it('connecting a phone to the wifi is a network matter', () => {
    expect(fieldsOf("je n'arrive pas à connecter mon téléphone au wifi").category.value).toBe('network');
  });
});

describe('more ways of carrying on, and of saying care is fine', () => {
  it('"à la place", handwriting, moving the list', () => {
    expect(fieldsOf("le bip de l'interne de garde est HS, il a pris un DECT à la place").patient_care_impact.value).toBe(false);
    expect(fieldsOf("the ward printer is out, we're handwriting the charts").urgency.value).toBe('low');
  });

  it('only the writer is affected when everyone else can work', () => {
    expect(fieldsOf("can't print, says printer offline, everyone else in the office can").scope.value).toBe('single_user');
  });

  it('the care system still works, or nothing clinical depends on it', () => {
    expect(fieldsOf("plus internet sur tout l'hôpital, les sites extérieurs ne chargent plus, le DPI marche").patient_care_impact.value).toBe(false);
  });

  it('a stopgap with a very sick patient is no workaround; paper mode for a whole unit stays pressing', () => {
    expect(fieldsOf('blood gas analyser down, sending to the main lab instead, and we have a very sick patient').patient_care_impact.value)
      .toBe(true);
    expect(fieldsOf("plus personne ne peut se connecter au DPI en réa, on est passé en mode dégradé papier").urgency.value).toBe('high');
  });
});

describe('short and unusual messages', () => {
  it('thanks that it works again, unless a ticket is withdrawn', () => {
    expect(understandText('merci, ça remarche !').intent.value).toBe('thanks');
    expect(understandText('annulez, ça remarche').intent.value).toBe('cancel');
  });

  it('help with the bot, a human agent, a technician gone by, planned work, a rule', () => {
    expect(understandText('je comprends pas comment marche ce chat, je tape quoi ?').intent.value).toBe('help');
    expect(understandText('agent humain').intent.value).toBe('talk_to_human');
    expect(understandText('ticket imprimante : technicien passé ?').intent.value).toBe('ticket_status');
    expect(understandText('est-ce que le PACS sera coupé ce week-end pour la maintenance ?').intent.value).toBe('question');
    expect(understandText("mon collègue me demande mon mot de passe pour finir sa saisie, c'est autorisé ?").intent.value).toBe('question');
    expect(understandText("Est-ce qu'on a le droit de brancher un disque dur perso ?").intent.value).toBe('question');
  });

  it('a lost badge, a fake sender, files renamed with .lock, a stranger presenting as a technician', () => {
    expect(fieldsOf('badge perdu, cuisine, à désactiver').category.value).toBe('security');
    expect(fieldsOf("mail « cliquez ici pour valider votre compte », l'expéditeur est une adresse gmail").category.value).toBe('security');
    expect(fieldsOf('des fichiers renommés en .lock sur les partages réseau de plusieurs services').category.value).toBe('security');
    expect(fieldsOf("un homme s'est présenté comme technicien et a voulu entrer dans le local réseau").category.value).toBe('security');
  });

  it('everything down at once is the network', () => {
    expect(fieldsOf('plus rien ne marche au 3e : ni DPI, ni téléphones IP, ni internet').category.value).toBe('network');
  });
});

describe('places that are not where the problem is', () => {
  it('the DSI as the sender of a mail, surgery as an operation, hémato as a lab section', () => {
    expect(understandText('mail bizarre de la DSI qui me demande mon mot de passe').fields?.location_hint?.unit).toBeUndefined();
    expect(understandText('anaesthesia machine down, the patient is waiting for surgery').fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("l'automate d'hémato ne remonte plus les NFS").fields?.location_hint?.unit).toBe('laboratory');
  });

  it('the unit waiting on the failure is not where it is ("les urgences attendent leurs bilans")', () => {
    expect(understandText("l'automate du labo ne remonte plus les résultats, les urgences attendent leurs bilans").fields?.location_hint)
      .toEqual({ unit: 'laboratory' });
    expect(understandText("le SIL est planté, les urgences attendent leurs bilans").fields?.location_hint?.unit).toBeUndefined();
    expect(understandText('LIMS frozen, ED keep calling for results').fields?.location_hint?.unit).toBeUndefined();
  });

  it('asks after several tickets, and misspelt thanks', () => {
    expect(understandText('et mes tickets à moi ?').intent.value).toBe('ticket_status');
    expect(understandText('où en sont mes demandes ?').intent.value).toBe('ticket_status');
    expect(understandText('mersi').intent.value).toBe('thanks');
  });
});

describe('a ward cut off', () => {
  it('the ward phone and the DECTs dead at night: nobody can call for help', () => {
    const f = fieldsOf("night shift on the psych ward: the ward phone is dead and the DECTs too, we can't call security");
    expect(f.scope.value).toBe('service');
    expect(f.patient_care_impact.value).toBe(true);
  });

  it('a building\'s network cabinet down is the site; boxes not released for theatre hold up care', () => {
    expect(fieldsOf("l'armoire réseau du bâtiment de l'EHPAD est éteinte, plus d'internet pour les soignants").scope.value).toBe('site');
    expect(fieldsOf("l'imprimante d'étiquettes de la stérilisation ne sort plus rien, on ne peut pas libérer les boîtes pour le bloc")
      .patient_care_impact.value).toBe(true);
  });

  it('patients left on trolleys waiting for admission', () => {
    expect(fieldsOf("plus aucune admission possible au bureau des entrées, les patients restent sur brancard").patient_care_impact.value)
      .toBe(true);
  });
});

describe('carrying on is not always enough', () => {
  it('a round an hour late, patients missing their slot, waits going up: care delayed despite the workaround', () => {
    expect(fieldsOf("le DPI rame dans toute la cardio, on arrive à travailler mais le tour de midi a pris 1h de retard").patient_care_impact.value)
      .toBe(true);
    expect(fieldsOf("the lab interface is down, we're phoning the lab for every result and the A&E wait is going up").patient_care_impact.value).toBe(true);
  });

  it('a spare already in use is no workaround', () => {
    const f = fieldsOf('the fetal monitor in room 3 shows no trace, the spare is in use in room 1, the mum is in active labour');
    expect(f.patient_care_impact.value).toBe(true);
    expect(f.priority).toBe('P1');
  });

  it('no desk phone nor DECT left in a unit, ransomware on a department\'s share', () => {
    expect(fieldsOf('plus aucun fixe ni DECT en maternité depuis 1h').scope.value).toBe('service');
    expect(fieldsOf("ransomware : tous les fichiers du partage qualité ont l'extension .lockbit").scope.value).toBe('service');
  });
});

describe('answers typed during intake, read by the same rules', () => {
  it('"moyennement urgent" and "pas très urgent" are not "urgent"', () => {
    expect(fieldsOf("l'imprimante bourre, c'est moyennement urgent").urgency.value).toBe('medium');
    expect(fieldsOf("le scanner de l'accueil ne marche plus, pas très urgent").urgency.value).toBe('low');
  });

  it('printing on the other printer and having had to replace it are workarounds', () => {
    expect(fieldsOf("l'imprimante du bureau bourre, on peut imprimer sur l'autre").patient_care_impact.value).toBe(false);
    expect(fieldsOf("le pousse-seringue du box 2 est en défaut, on a dû le remplacer").patient_care_impact.value).toBe(false);
  });

  it('"pas tout le service" and "only my team" are a team', () => {
    expect(fieldsOf("le logiciel de RDV plante, mais pas tout le service, juste nous au secrétariat").scope.value).toBe('team');
    expect(fieldsOf('the booking system fails for only my team').scope.value).toBe('team');
  });

  it('a care cart is hardware; "theatre 3" is a room', () => {
    expect(fieldsOf('le chariot de soins ne s\'allume plus').category.value).toBe('hardware');
    expect(understandText('the anaesthesia machine in theatre 3 will not start').fields?.location_hint?.room).toBe('salle 3');
  });
});

describe('a shortage of drugs on the wards', () => {
  it('wards running out of their medicines because of the fault hold up care', () => {
    expect(fieldsOf('le logiciel de stock de la pharmacie est planté, deux services sont en rupture de certains médicaments')
      .patient_care_impact.value).toBe(true);
    expect(fieldsOf('pharmacy ordering system down, the ward has run out of insulin pens').patient_care_impact.value).toBe(true);
  });
});

describe('wrong or late output, said without a breakdown word', () => {
  it('is an incident report', () => {
    expect(understandText('on rate des appels de patients depuis la mise à jour').intent.value).toBe('incident_report');
    expect(understandText('we are missing calls from patients since the update').intent.value).toBe('incident_report');
    expect(understandText('les services vont recevoir leurs traitements en retard').intent.value).toBe('incident_report');
  });

  it('wrong values, wrong units or a double dose put patients at risk', () => {
    expect(fieldsOf("l'automate envoie des valeurs aberrantes dans le dossier").patient_care_impact.value).toBe(true);
    expect(fieldsOf('the interface sends results with the wrong units to the EPR').patient_care_impact.value).toBe(true);
    expect(fieldsOf('le logiciel duplique des lignes, risque de double administration').patient_care_impact.value).toBe(true);
  });
});

describe('what broke, read from its cause and from where it runs', () => {
  it('machines failing since an update are a software fault', () => {
    expect(fieldsOf('tous les PC du secrétariat redémarrent en boucle depuis la mise à jour de cette nuit').category.value).toBe('software');
    expect(fieldsOf('the ward computers keep rebooting since the update last night').category.value).toBe('software');
  });

  it('an application on a carried phone or tablet is software, the device is only where it runs', () => {
    expect(fieldsOf("l'appli de brancardage sur mon smartphone ne reçoit plus les demandes").category.value).toBe('software');
    expect(fieldsOf('the dictation app on my phone crashes when I send a recording').category.value).toBe('software');
    expect(fieldsOf('mon smartphone pro ne s’allume plus').category.value).toBe('phone');
  });

  it('patient data seen or sent where it should not be, and doors or cameras of a locked unit, are security', () => {
    expect(fieldsOf("un patient a utilisé le PC de la salle des familles sur une session restée ouverte").category.value).toBe('security');
    expect(fieldsOf('a patient list was sent by mistake to an outside address').category.value).toBe('security');
    expect(fieldsOf("les caméras de surveillance de l'unité fermée ne s'affichent plus").category.value).toBe('security');
  });
});

describe('what the writer wants, said in other words', () => {
  it('asking to be put through to a technician is asking for a person', () => {
    expect(understandText("pouvez-vous me passer quelqu'un du support au téléphone ?").intent.value).toBe('talk_to_human');
    expect(understandText("je voudrais parler directement à l'astreinte informatique").intent.value).toBe('talk_to_human');
    expect(understandText('je veux un technicien au tel svp').intent.value).toBe('talk_to_human');
  });

  it('a device that does not do its job, said in English with "please", is an incident', () => {
    expect(understandText('the phone of the on-call surgeon does not receive calls, please check').intent.value).toBe('incident_report');
    expect(understandText('incubator temperature not stable, please send someone').intent.value).toBe('incident_report');
    expect(understandText('ventilator screen went black, please send biomed').intent.value).toBe('incident_report');
  });

  it('rights that were lost are an incident; rights asked for are a request', () => {
    expect(understandText("mon compte n'a plus les droits sur le PACS depuis le changement de semestre").intent.value).toBe('incident_report');
    expect(understandText("j'ai plus accès aux dossiers des patients avec mon profil").intent.value).toBe('incident_report');
    expect(understandText('pouvez-vous me donner les droits pour le PACS ?').intent.value).toBe('service_request');
  });
});

describe('care said to be fine, in English, as a correction', () => {
  it('"so care isn\'t blocked" and "pas de souci pour les patients" clear the care impact', () => {
    const blocking = fieldsOf("le serveur de fichiers de l'EHPAD est planté, les IDE ne peuvent plus imprimer les plans de soins");
    expect(blocking.patient_care_impact.value).toBe(true);
    expect(correctFields(blocking, "we still have the paper copies, so care isn't blocked").patient_care_impact?.value).toBe(false);
    expect(correctFields(blocking, 'pas de souci pour les patients').patient_care_impact?.value).toBe(false);
  });
});
