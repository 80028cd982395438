/** Common French first names (with their accents) and surnames; any resemblance to real staff is chance. */
export const FEMALE_FIRST_NAMES = [
  'Alice', 'Amélie', 'Anaïs', 'Anne', 'Audrey', 'Aurélie', 'Béatrice', 'Camille', 'Caroline', 'Catherine',
  'Céline', 'Chloé', 'Christine', 'Claire', 'Clémence', 'Corinne', 'Delphine', 'Élodie', 'Émilie', 'Émma',
  'Estelle', 'Fanny', 'Florence', 'Gaëlle', 'Hélène', 'Inès', 'Isabelle', 'Jeanne', 'Julie', 'Justine',
  'Karine', 'Laetitia', 'Laura', 'Léa', 'Lucie', 'Manon', 'Margaux', 'Marie', 'Marine', 'Mathilde',
  'Mélanie', 'Nadia', 'Nathalie', 'Noémie', 'Océane', 'Pauline', 'Sabrina', 'Sandrine', 'Sarah', 'Séverine',
  'Sophie', 'Stéphanie', 'Sylvie', 'Valérie', 'Virginie', 'Yasmine', 'Zoé', 'Agnès', 'Brigitte', 'Marion',
] as const;

export const MALE_FIRST_NAMES = [
  'Adrien', 'Alexandre', 'Antoine', 'Arnaud', 'Baptiste', 'Benoît', 'Bruno', 'Cédric', 'Christophe', 'Damien',
  'David', 'Didier', 'Éric', 'Étienne', 'Fabien', 'François', 'Frédéric', 'Guillaume', 'Hervé', 'Hugo',
  'Jérôme', 'Jean-Marc', 'Jean-Pierre', 'Julien', 'Karim', 'Laurent', 'Loïc', 'Louis', 'Lucas', 'Marc',
  'Mathieu', 'Maxime', 'Mehdi', 'Michel', 'Nicolas', 'Olivier', 'Pascal', 'Patrick', 'Philippe', 'Pierre',
  'Quentin', 'Raphaël', 'Rémi', 'Romain', 'Samuel', 'Sébastien', 'Stéphane', 'Thierry', 'Thomas', 'Théo',
  'Vincent', 'Xavier', 'Yann', 'Yves', 'Gaël', 'Kévin', 'Mickaël', 'Nathan', 'Paul', 'Sylvain',
] as const;

export const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand',
  'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin',
  'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson',
  'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger',
  'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Pérez', 'Marchand', 'Dufour', 'Blanchard',
  'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Renard', 'Arnaud',
  'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard',
  'Gaillard', 'Lacroix', 'Fabre', 'Dupuis', 'Olivier', 'Da Silva', 'Hubert', 'Rivière', 'Le Gall', 'Guillaume',
  'Adam', 'Rey', 'Moulin', 'Berger', 'Lecomte', 'Ménard', 'Fleury', 'Deschamps', 'Carpentier', 'Benoît',
  'Maillard', 'Aubry', 'Vasseur', 'Le Roux', 'Jacquet', 'Prévost', 'Poirier', 'Charpentier', 'Huet', 'Baron',
  'Dupuy', 'Carré', 'Breton', 'Rémy', 'Perrot', 'Guyot', 'Barré', 'Marty', 'Benali', 'Haddad',
  'Diallo', 'Traoré', 'Mendes', 'Ferreira', 'Kaya', "L'Hôte", 'Besson', 'Chauvin', 'Texier', 'Lebrun',
] as const;

/** Staff who prefer English (visiting clinicians, residents from abroad). */
export const INTERNATIONAL_NAMES = [
  ['Emily', 'Carter'], ['James', "O'Neill"], ['Priya', 'Sharma'], ['Daniel', 'Becker'], ['Sofia', 'Rossi'],
  ['Michael', 'Brennan'], ['Hannah', 'Schulz'], ['Omar', 'Haddad'], ['Laura', 'Jensen'], ['Tom', 'Whitaker'],
  ['Ana', 'Costa'], ['Kenji', 'Sato'],
] as const;

/** Letters a-z, digits and dashes only: "Hélène L'Hôte" → helene.lhote. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[' ]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}
