import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedSnippet } from '../../web/src/embed/embed-address.ts';

describe('embedSnippet', () => {
  it('writes the iframe of a selection with its series, unit, area, breakdown and language, escaped for HTML', () => {
    const snippet = embedSnippet('https://sdg.example', '3.2.1',
      { series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', area: '050', dimensions: { SEX: 'F', AGE: 'Y0T4' } }, 'bn', 'Under-five "mortality"');
    assert.equal(snippet, '<iframe src="https://sdg.example/embed/indicator/3.2.1?series=SH_DYN_MORT&amp;unit=PER_1000_LIVE_BIRTHS&amp;area=050'
      + '&amp;SEX=F&amp;AGE=Y0T4&amp;lang=bn" title="Under-five &quot;mortality&quot;" width="100%" height="560" style="border:0" loading="lazy"></iframe>');
  });

  it('leaves English out of the address and keeps a compared breakdown as *', () => {
    const snippet = embedSnippet('http://127.0.0.1:3000', '5.b.1', { series: 'IT_MOB_OWN', unit: null, area: '*', dimensions: { SEX: '*' } }, 'en', 'Phones');
    assert.match(snippet, /src="http:\/\/127\.0\.0\.1:3000\/embed\/indicator\/5\.b\.1\?series=IT_MOB_OWN&amp;area=\*&amp;SEX=\*"/);
  });
});
