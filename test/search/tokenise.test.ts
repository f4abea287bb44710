import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenise } from '../../src/search/index.ts';

describe('tokenise splits text into search words in every script (Intl.Segmenter, word granularity)', () => {
  it('English: punctuation and hyphens split words, case is folded', () => {
    assert.deepEqual(tokenise('Under-5 mortality rate, by sex'), ['under', '5', 'mortality', 'rate', 'by', 'sex']);
  });

  it('French and Spanish: words keep no diacritics, elisions split', () => {
    assert.deepEqual(tokenise("Éliminer la pauvreté sous toutes ses formes"), ['eliminer', 'la', 'pauvrete', 'sous', 'toutes', 'ses', 'formes']);
    assert.deepEqual(tokenise('Poner fin a la pobreza'), ['poner', 'fin', 'a', 'la', 'pobreza']);
  });

  it('Bengali: words at spaces, each word whole with its marks ("দারিদ্র্যের অবসান")', () => {
    assert.deepEqual(tokenise('দারিদ্র্যের অবসান, সর্বত্র'), ['দারিদ্র্যের', 'অবসান', 'সর্বত্র']);
  });

  it('Chinese: words from ICU\'s dictionary ("消除一切形式的贫困" → 消除 一切 形式 的 贫困)', () => {
    assert.deepEqual(tokenise('消除一切形式的贫困'), ['消除', '一切', '形式', '的', '贫困']);
  });

  it('Arabic: tashkeel out and the article off, so "الفَقْر", "الفقر" and "فقر" are one word', () => {
    assert.deepEqual(tokenise('القضاء على الفَقْر'), ['قضاء', 'على', 'فقر']);
    assert.deepEqual(tokenise('الفقر'), tokenise('فقر'));
    assert.deepEqual(tokenise('والتعليم'), ['تعليم']);
  });

  it('Russian and Nepali split at spaces and punctuation', () => {
    assert.deepEqual(tokenise('Ликвидация нищеты'), ['ликвидация', 'нищеты']);
    assert.deepEqual(tokenise('गरिबीको अन्त्य'), ['गरिबीको', 'अन्त्य']);
  });

  it('codes stay one word in any digits: "1.a.2", "3.2.1" and "৩.২.১"', () => {
    assert.deepEqual(tokenise('Indicators 1.a.2 and ৩.২.১.'), ['indicators', '1.a.2', 'and', '3.2.1']);
    assert.deepEqual(tokenise('target 3.2'), ['target', '3.2']);
  });
});
