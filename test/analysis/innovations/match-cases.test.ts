/**
 * Scores worked by hand from the weight table (src/analysis/innovations/match-weights.ts):
 * same target 10 each · same goal 3 each (goals not already met by a same target) · shared tag 4 each ·
 * shared word 1 each (at most 5) · type match 2 each · stage: idea 0, pilot 1, scaling 2, national 3,
 * institutionalised 4, replicated abroad 5, discontinued 0 · evidence: none/self-reported 0, official claim 1,
 * independent 2, peer reviewed 3.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchCases, type CooperationRequestInput, type MatchCaseInput } from '../../../src/analysis/innovations/index.ts';

const aCase = (over: Partial<MatchCaseInput> & Pick<MatchCaseInput, 'id' | 'title'>): MatchCaseInput => ({
  problem: '', solution: '', country: 'BGD', targets: [], tags: [], types: [], stage: 'pilot', evidenceStrength: null, ...over,
});

// Content words of the context (normalised, singular, stopwords and words under 3 letters dropped):
// many birth remote district never registered family travel registration office several time
const request: CooperationRequestInput = {
  targets: ['16.9'],
  tags: ['civil registration'],
  context: 'Many births in remote districts are never registered because families must travel to the registration office several times.',
  types: ['technology'],
  country: 'NPL',
};

// An OpenCRVS-like case. Its words: digital civil registration vital statistic birth death unrecorded office far
// family health worker notify phone registrar approve online issue certificate.
const birthRegistration = aCase({
  id: 'crvs', title: 'Digital civil registration and vital statistics',
  problem: 'Births and deaths go unrecorded when registration offices are far from families.',
  solution: 'Health workers notify each birth from a phone; the registrar approves it online and issues the certificate.',
  targets: ['16.9', '17.19'], tags: ['Civil Registration', 'birth-registrations'], types: ['technology', 'service'],
  stage: 'national', evidenceStrength: 'official_claim',
});
// Words: digital land record mutation citizen travel office five time pay intermediary change ownership online
// application cashless fee day service standard.
const landRecords = aCase({
  id: 'land', title: 'Digital land records and e-mutation',
  problem: 'Citizens travel to the land office five times and pay intermediaries to change ownership records.',
  solution: 'Online mutation applications with cashless fees and a 28-day service standard.',
  targets: ['1.4', '5.a'], tags: ['land records', 'e-mutation'], types: ['service', 'process'],
  stage: 'institutionalised', evidenceStrength: 'independent',
});
// Words: health information system facility reported paper month late enter monthly data online national open
// source platform — none in the request.
const healthInformation = aCase({
  id: 'his', title: 'Health information system for facilities',
  problem: 'Health facilities reported on paper, months late.',
  solution: 'Facilities enter monthly data online into a national open-source platform.',
  targets: ['3.8'], tags: ['health information system'], types: ['technology'],
  stage: 'replicated_abroad', evidenceStrength: 'peer_reviewed',
});

describe('matchCases', () => {
  it('ranks the birth-registration case for target 16.9 and tag "civil registration" above the land-records and health cases', () => {
    const ranked = matchCases(request, [healthInformation, landRecords, birthRegistration], { includeUnrelated: true });
    assert.deepEqual(ranked.map((m) => [m.case.id, m.score, m.relevance]), [
      // 16.9 is a request target: +10; goal 16 is met by it, so no goal points; 17.19 is not asked for.
      // Tag "Civil Registration" = "civil registration": +4 ("birth-registrations" → "birth registration" is not asked).
      // Shared words birth, family, office, registration: +4 ("registered" ≠ "registration"). Relevance 10 + 4 + 4 = 18.
      // Type technology wanted: +2; stage national +3; evidence official claim +1. Score 18 + 2 + 3 + 1 = 24.
      ['crvs', 24, 18],
      // Targets 1.4 and 5.a: goals 1 and 5, not 16: 0. No shared tag. Shared words office, time, travel: +3 = relevance.
      // Types service, process not wanted: 0; stage institutionalised +4; evidence independent +2. Score 3 + 4 + 2 = 9.
      ['land', 9, 3],
      // Target 3.8, tag and words unrelated: relevance 0, so it ranks last although its score is higher than land's:
      // type technology +2, stage replicated abroad +5, evidence peer reviewed +3 = 10.
      ['his', 10, 0],
    ]);
    assert.deepEqual(ranked[0]!.reasons, [
      { kind: 'same_target', points: 10, detail: '16.9' },
      { kind: 'shared_tag', points: 4, detail: 'civil registration' },
      { kind: 'shared_words', points: 4, detail: 'birth, family, office, registration' },
      { kind: 'type_match', points: 2, detail: 'technology' },
      { kind: 'stage', points: 3, detail: 'national' },
      { kind: 'evidence', points: 1, detail: 'official_claim' },
    ]);
  });

  it('leaves unrelated cases out by default', () => {
    assert.deepEqual(matchCases(request, [healthInformation, landRecords, birthRegistration]).map((m) => m.case.id), ['crvs', 'land']);
  });

  it('compares tags across case, plural and hyphens, and counts a goal reached through another target', () => {
    const c = aCase({ id: 'x', title: 'Registry', targets: ['16.10'], tags: ['CIVIL-REGISTRATIONS'] });
    const [m] = matchCases({ targets: ['16.9'], tags: ['civil registration'], context: '', types: [] }, [c]);
    assert.deepEqual(m!.reasons.slice(0, 2), [
      { kind: 'same_goal', points: 3, detail: 'goal 16' }, // 16.10 is in goal 16 like 16.9
      { kind: 'shared_tag', points: 4, detail: 'civil registration' },
    ]);
    assert.equal(m!.score, 3 + 4 + 1 + 0); // + pilot 1 + no evidence 0
  });

  it('caps shared words at 5 points and marks a case from the requesting country without scoring it', () => {
    const c = aCase({ id: 'w', title: 'alpha bravo charlie delta echo foxtrot golf', country: 'npl', evidenceStrength: 'self_reported' });
    const [m] = matchCases({ targets: [], tags: [], context: 'alpha bravo charlie delta echo foxtrot golf', types: [], country: 'NPL' }, [c]);
    assert.equal(m!.relevance, 5); // 7 shared words, capped at 5 × 1
    assert.deepEqual(m!.reasons.at(-1), { kind: 'same_country', points: 0, detail: 'already in NPL' });
    assert.equal(m!.score, 5 + 1 + 0); // + pilot 1 + self-reported 0
  });

  it('breaks a tie of score by stage (more mature first) and then by title', () => {
    const req: CooperationRequestInput = { targets: ['4.1'], tags: [], context: '', types: [] };
    const base = { targets: ['4.1'] };
    const pilot = aCase({ ...base, id: 'p', title: 'A pilot', stage: 'pilot', evidenceStrength: 'independent' }); // 10 + 1 + 2 = 13
    const national = aCase({ ...base, id: 'n', title: 'Z national', stage: 'national', evidenceStrength: null }); // 10 + 3 + 0 = 13
    const nationalB = aCase({ ...base, id: 'b', title: 'B national', stage: 'national', evidenceStrength: 'self_reported' }); // 13
    const ranked = matchCases(req, [pilot, national, nationalB]);
    assert.deepEqual(ranked.map((m) => [m.case.id, m.score]), [['b', 13], ['n', 13], ['p', 13]]);
  });

  it('ranks institutionalised and replicated-abroad cases above a pilot of equal relevance', () => {
    const req: CooperationRequestInput = { targets: ['4.1'], tags: [], context: '', types: [] };
    const stages = ['pilot', 'replicated_abroad', 'institutionalised'] as const;
    const ranked = matchCases(req, stages.map((stage) => aCase({ id: stage, title: stage, targets: ['4.1'], stage })));
    assert.deepEqual(ranked.map((m) => [m.case.id, m.score]), [['replicated_abroad', 15], ['institutionalised', 14], ['pilot', 11]]);
  });

  it('throws naming an unknown stage or evidence strength', () => {
    const req: CooperationRequestInput = { targets: ['4.1'], tags: [], context: '', types: [] };
    const bad = aCase({ id: 'q', title: 'q', targets: ['4.1'], stage: 'finished' as never });
    assert.throws(() => matchCases(req, [bad]), /unknown innovation stage "finished"/);
    const weak = aCase({ id: 'r', title: 'r', targets: ['4.1'], evidenceStrength: 'anecdote' as never });
    assert.throws(() => matchCases(req, [weak]), /unknown evidence strength "anecdote"/);
  });
});
