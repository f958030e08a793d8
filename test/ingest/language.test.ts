import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, looksEnglish } from '../../src/ingest/language.ts';

// English news from several regions, and texts in languages that share short words with English
// ("of", "was", "die", "for", "at", "to"), some quoting English names.
const english = [
  'Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against a finance bill that would raise taxes on bread and fuel, and opposition leaders said they would not back down.',
  'The Philippine coast guard said a Chinese vessel had blocked a resupply mission to the Second Thomas Shoal, where a handful of marines live aboard a grounded warship, in the latest confrontation between the two countries. Manila has protested and Beijing has not responded.',
  'Chile’s president signed a decree on Friday that puts the country’s lithium industry under state control, a move investors had feared since it was first announced, while mining companies said they were studying its terms.',
];
const others: [string, string][] = [
  [
    'deu',
    'Die Bundesregierung will die Hilfe für die Ukraine im kommenden Jahr deutlich erhöhen, sagte der Finanzminister am Dienstag in Berlin. Also müssen die anderen Ministerien sparen, denn der Haushalt ist knapp, und die Opposition kritisiert den Plan scharf.',
  ],
  [
    'nld',
    'Het kabinet in Den Haag was het er dinsdag over eens dat de steun aan Oekraïne moet doorgaan, maar of er ook extra geld komt, is nog niet duidelijk. De minister zei dat hij het voorstel van de Europese Commissie steunt en dat er snel een besluit komt.',
  ],
  [
    'tgl',
    'Nagpulong ang mga lider ng Pilipinas at Japan sa Maynila noong Martes upang pag-usapan ang seguridad sa West Philippine Sea, at nagkasundo silang palakasin ang ugnayan ng kanilang mga hukbong pandagat sa harap ng tumitinding tensyon sa rehiyon.',
  ],
  [
    'pol',
    'Premier powiedział we wtorek w Warszawie, że to nie jest dobry moment na zmiany w budżecie, ponieważ rząd musi najpierw zwiększyć wydatki na obronność. Opozycja zarzuca mu, że nie ma planu dla rolników protestujących przy granicy z Ukrainą.',
  ],
  [
    'ita',
    'Il governo di Roma ha detto martedì che non ci sono fondi per il ponte sullo Stretto, ma il ministro dei trasporti insiste che i lavori partiranno entro la fine del prossimo anno, come promesso agli elettori del Sud.',
  ],
];

test('English news is English, through the function-word shortcut', () => {
  for (const text of english) {
    assert.ok(looksEnglish(text), text);
    assert.equal(detectLanguage(text), 'eng');
  }
});

test('other languages, even with short words English has too, go to the trigram model', () => {
  for (const [language, text] of others) {
    assert.equal(looksEnglish(text), false, language);
    assert.equal(detectLanguage(text), language);
  }
});

test('a few English words in another language do not make it English', () => {
  const spanish =
    'El presidente de The Coca-Cola Company se reunió con el ministro de Economía en Buenos Aires, y ambos dijeron que la inversión “will be the biggest in the region”, aunque no dieron cifras ni fechas concretas para el proyecto.';
  assert.equal(looksEnglish(spanish), false);
  assert.equal(detectLanguage(spanish), 'spa');
});

test('too few words for the shortcut', () => {
  assert.equal(looksEnglish('The talks and the deal that they have.'), false);
});
