import { foldAnswer } from './answers.js';

/*
 * Words that say something is wrong without saying what: greetings, politeness, function words and
 * the generic trouble words of both languages. Folded (no accents, apostrophes as spaces).
 */
const FILLER = new Set(
  `bonjour bonsoir salut slt coucou hello hi hey good morning afternoon evening svp stp please merci thanks
   j je ai a on nous il y un une des de du le la les l mon ma mes me m moi ca c est sont suis en au aux
   avec pour sur encore toujours depuis tout rien plus pas ne n jamais ben bah euh alors voila bon
   i have has we there is are an the my it its this that with me got some again still all nothing at
   souci soucis probleme problemes pb pbm petit gros grave bug bugs beug bogue panne marche marcher
   fonctionne fonctionner va aide aider besoin urgent urgence help issue issues problem problems trouble
   wrong working work works broken doesn don t isn not any big small quick question
   bjr bsr ici here bloque bloques bloquee bloquees blocked stuck marchent fonctionnent du tout plus rien nobody personne`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True for a message that says only that something is wrong: "j'ai un souci", "I have a problem",
 * "ça marche pas". Such words make a poor ticket title and give intake nothing to work with.
 */
export function isVague(text: string): boolean {
  const words = foldAnswer(text).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => FILLER.has(word));
}

const GREETING = /^\s*(bonjour|bonsoir|bjr|bsr|slt|salut|coucou|hello|hi|hey|good (morning|afternoon|evening))\b[\s,.!;:-]*/i;

/** The words without the greeting that opens them: "hi, my PC is slow" → "my PC is slow". */
export function withoutGreeting(text: string): string {
  const rest = text.replace(GREETING, '');
  return rest.trim().length >= 3 ? rest : text;
}

/** A greeting with words after it ("bonjour ? quelqu'un ? pour le labo ?", "hello? anyone?"), not a bare "bonjour !". */
export function greetsBeforeWords(text: string): boolean {
  return GREETING.test(text) && foldAnswer(text.replace(GREETING, '')) !== '';
}
