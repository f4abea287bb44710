import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText, scriptOf } from '../../src/search/index.ts';

describe('normaliseText brings every script to one form', () => {
  it('folds Latin case and diacritics: "Pauvreté", "ÉDUCATION", "Ñandú" → "pauvrete", "education", "nandu"', () => {
    assert.equal(normaliseText('Pauvreté'), 'pauvrete');
    assert.equal(normaliseText('ÉDUCATION'), 'education');
    assert.equal(normaliseText('Ñandú'), 'nandu');
    assert.equal(normaliseText('pauvrete\u0301'), 'pauvrete', 'a combining acute is folded like the precomposed é');
  });

  it('applies NFKC: full-width letters and digits and the "ﬁ" ligature become plain', () => {
    assert.equal(normaliseText('ＳＤＧ３'), 'sdg3');
    assert.equal(normaliseText('ﬁnance'), 'finance');
  });

  it('takes Arabic tashkeel and tatweel out and unifies the alef forms', () => {
    assert.equal(normaliseText('الفَقْر'), 'الفقر');
    assert.equal(normaliseText('أشكاله'), 'اشكاله');
    assert.equal(normaliseText('إنهاء'), 'انهاء');
    assert.equal(normaliseText('آمن'), 'امن');
    assert.equal(normaliseText('اسـتناداً'), 'استنادا');
  });

  it('keeps Bengali and Devanagari combining marks: "দারিদ্র্য" and "गरिबी" are unchanged', () => {
    assert.equal(normaliseText('দারিদ্র্য'), 'দারিদ্র্য');
    assert.equal([...normaliseText('দারিদ্র্য')].length, 9, 'virama, vowel sign and ya-phala all kept');
    assert.equal(normaliseText('गरिबी'), 'गरिबी');
  });

  it('writes Bengali, Devanagari and Arabic-Indic digits as ASCII: "৩.২.১", "३.२.१", "٣.٢.١" → "3.2.1"', () => {
    assert.equal(normaliseText('৩.২.১'), '3.2.1');
    assert.equal(normaliseText('३.२.१'), '3.2.1');
    assert.equal(normaliseText('٣.٢.١'), '3.2.1');
  });

  it('folds Cyrillic case and reads "ё" as "е": "Ёлка" → "елка"; "й" keeps its breve', () => {
    assert.equal(normaliseText('Ёлка'), 'елка');
    assert.equal(normaliseText('Бедный'), 'бедный');
  });
});

describe('scriptOf names the script of a normalised word', () => {
  it('tells Latin, Cyrillic, Arabic, Bengali, Devanagari, Han and codes apart', () => {
    assert.deepEqual(['pauvrete', 'нищета', 'فقر', 'দারিদ্র্য', 'गरिबी', '贫困', '3.2.1', '1.a.2', 'x'].map(scriptOf),
      ['latin', 'cyrillic', 'arabic', 'bengali', 'devanagari', 'han', 'number', 'number', 'latin']);
  });
});
