// The posts of the lint benchmark: as varied as real ones, so that its figure holds on
// any corpus — both languages, accents and ligatures, elisions with straight and curly
// apostrophes, links with and without UTM tags, hashtags (some over the line's cap),
// mentions, emoji (ZWJ sequences, flags, skin tones), quotes, line breaks, short X posts
// and long LinkedIn ones, seven networks, a few typos, banned terms and substitutions.

export const NETWORKS = ['linkedin', 'x', 'facebook', 'instagram', 'mastodon', 'threads', 'bluesky'];
export const FORMATS = { linkedin: 'text', x: 'text', facebook: 'text', instagram: 'image', mastodon: 'text', threads: 'text', bluesky: 'text' };
/** Words a post of each network has, about: X short, LinkedIn long. */
const LENGTH = { linkedin: 150, x: 30, facebook: 70, instagram: 55, mastodon: 60, threads: 45, bluesky: 40 };

const VOCABULARY = {
  fr: {
    words: `notre atelier vous accueille chaque matin avec du pain frais des croissants et des brioches préparés sur place
par une équipe passionnée qui aime son métier et partage volontiers ses conseils pour bien choisir la farine le levain
la cuisson la croûte et la mie découvrez aussi nos gâteaux de saison nos tartes aux fruits nos biscuits au beurre et
nos recettes venues de toute la région commandez en ligne ou passez nous voir en boutique le samedi nous organisons des
ateliers pour les enfants et les adultes afin de transmettre le goût du travail bien fait merci à toutes les personnes
qui nous soutiennent depuis le début de cette belle aventure pâtisserie crème brûlée œufs façon Noël où déjà bientôt
très été hiver fête cœur sœur maïs naïf Île-de-France week-end brunch`.split(/\s+/),
    elided: ['l’atelier', 'd’été', 'qu’on', 'c’est', 'j’aime', 'l\'équipe', 'd\'abord', 'n\'hésitez', 'jusqu’à', 'aujourd’hui', 's’il', 'l’œuf'],
    typos: ['boulangeri', 'croisants', 'patiserie', 'farinne', 'levein', 'briosches', 'gatteau', 'recete', 'saisson', 'cuison'],
    banned: 'gratuit',
    substituted: 'clients',
    quotes: [['« ', ' »'], ['“', '”'], ['"', '"']],
    closing: ['Bonne journée à tous.', 'À très vite !', 'On vous attend, à samedi.', 'Merci pour votre fidélité.'],
    money: ['3,50 €', '12 €', '1 200 €', '0,90 €'],
  },
  en: {
    words: `our team helps growing software companies price their products with confidence every week we look at a real
pricing page and explain what works what confuses buyers and what we would change first you will find practical advice
on packaging tiers discounts annual plans free trials onboarding and the metrics that matter to founders and product
marketers who want to raise prices without losing customers we also share the research behind each recommendation and
answer questions from the community so that everyone learns from real examples rather than theory café naïve résumé
façade well-being long-term e-mail`.split(/\s+/),
    elided: ['don’t', 'it’s', 'we’re', 'you\'ll', 'that\'s', 'isn’t', 'they’ve', 'let\'s'],
    typos: ['pricng', 'custmers', 'discunt', 'packagin', 'onbording', 'reserch', 'comunity', 'recomendation', 'anual', 'confidnce'],
    banned: 'game-changer',
    substituted: 'cheap',
    quotes: [['“', '”'], ['"', '"'], ['‘', '’']],
    closing: ['Thanks for reading.', 'See you next week!', 'Questions welcome below.', 'Happy Monday.'],
    money: ['$29', '$1,200', '€49', '$0.99'],
  },
};

const LINKS = [
  'https://fournil.example/atelier?utm_source=social&utm_medium=social&utm_campaign=pain',
  'https://northbeam.example/teardown/42?utm_source=linkedin&utm_medium=social&utm_campaign=pricing',
  'https://example.com/menu',
  'www.example.org/agenda',
  'https://exemple.fr/été-2027/programme?ref=newsletter#inscription',
];
const HASHTAGS = ['#boulangerie', '#artisanat', '#Lyon', '#pricing', '#SaaS', '#faitmaison', '#growth', '#ÉtéGourmand', '#B2B'];
const MENTIONS = ['@fournil', '@marie_dupont', '@LyonCity', '@northbeam', '@priya.pmm'];
const EMOJI = ['🥐', '👩‍🍳', '🇫🇷', '❤️', '✨', '👍🏽', '🧑🏾‍💻', '📈', '🇨🇦', '☕'];

/** Deterministic pseudo-random numbers, so every run lints the same posts. */
export function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const capitalized = (word) => word[0].toUpperCase() + word.slice(1);

/** Sentences of 8 to 20 words, some words elided, quoted or priced. */
function sentences(rand, words, vocabulary) {
  const out = [];
  for (let left = words; left > 0;) {
    const length = Math.min(left, 8 + Math.floor(rand() * 13));
    const sentence = Array.from({ length }, () => (rand() < 0.08 ? pick(rand, vocabulary.elided) : pick(rand, vocabulary.words)));
    if (rand() < 0.15) sentence.splice(2, 0, pick(rand, vocabulary.money));
    if (rand() < 0.1) {
      const [open, close] = pick(rand, vocabulary.quotes);
      sentence[4] = `${open}${sentence[4] ?? ''}${close}`;
    }
    sentence[0] = capitalized(sentence[0]);
    out.push(`${sentence.join(' ')}${rand() < 0.1 ? ' ?' : '.'}`);
    left -= length;
  }
  return out;
}

/** The body of post `index` of `network` in `locale`: paragraphs, then a link, mentions, emoji and hashtags. */
export function postText(rand, index, network, locale) {
  const vocabulary = VOCABULARY[locale];
  const body = sentences(rand, LENGTH[network], vocabulary);
  if (index % 1000 === 0) body[0] = `${vocabulary.typos[(index / 1000) % vocabulary.typos.length]} ${body[0]}`;
  if (index % 7 === 0) body.push(`${capitalized(vocabulary.banned)}, ${pick(rand, vocabulary.words)}.`);
  if (index % 5 === 0) body.splice(1, 0, `${capitalized(vocabulary.substituted)} ${pick(rand, vocabulary.words)}.`);
  const paragraphs = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
  paragraphs.push(pick(rand, vocabulary.closing));
  const tags = Array.from({ length: Math.floor(rand() * 5) }, () => pick(rand, HASHTAGS));
  const extras = [
    rand() < 0.7 ? pick(rand, LINKS) : '',
    rand() < 0.4 ? pick(rand, MENTIONS) : '',
    Array.from({ length: Math.floor(rand() * 3) }, () => pick(rand, EMOJI)).join(' '),
    [...new Set(tags)].join(' '),
  ].filter((part) => part !== '');
  return `${paragraphs.join('\n\n')}\n${extras.join(' ')}`;
}
