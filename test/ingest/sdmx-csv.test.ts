import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codedRowReader, isSdmxCsvHeader, planCodedColumns } from '../../src/ingest/sdmx-csv/index.ts';

describe('SDMX-CSV: coded columns', () => {
  it('isSdmxCsvHeader knows SDMX-CSV 1.0 (DATAFLOW) and 2.0 (STRUCTURE), labelled or not, and not the template', () => {
    assert.equal(isSdmxCsvHeader(['DATAFLOW', 'FREQ', 'SERIES']), true);
    assert.equal(isSdmxCsvHeader(['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'SERIES']), true);
    assert.equal(isSdmxCsvHeader(['\uFEFFDATAFLOW: Dataflow', 'SERIES: Series']), true);
    assert.equal(isSdmxCsvHeader(['TIME_PERIOD', 'SERIES', 'OBS_VALUE']), false);
  });

  it('planCodedColumns gives structure columns no role, UNIT_MEASURE the unit and other columns breakdowns', () => {
    const plan = planCodedColumns(['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'SERIES', 'REF_AREA', 'SEX', 'Country', 'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'NATURE']);
    assert.deepEqual(
      { action: plan.action, series: plan.series, area: plan.area, period: plan.period, value: plan.value, unit: plan.unit, unitMult: plan.unitMult },
      { action: 2, series: 3, area: 4, period: 7, value: 8, unit: 9, unitMult: 10 },
    );
    assert.deepEqual(plan.dimensions, [{ index: 5, id: 'SEX', sdmx: true }, { index: 6, id: 'Country', sdmx: false }]);
    assert.deepEqual(plan.attributes, [{ index: 11, id: 'NATURE' }]);
  });

  it('codedRowReader reads a labelled SDMX-CSV row (`F: Female`) by its codes, with ISO periods and attribute codes', () => {
    const reader = codedRowReader(['DATAFLOW: Dataflow', 'SERIES: Series', 'REF_AREA: Reference area', 'SEX: Sex', 'TIME_PERIOD: Time', 'OBS_VALUE: Value', 'OBS_STATUS: Status']);
    assert.ok(!('reason' in reader));
    const row = reader.map(['IAEG-SDGs:DF_SDG_GLH(1.14): SDG', 'SH_DYN_MORT: Under-five mortality rate', '50: Bangladesh', 'F: Female', '2020-05', '26.6', 'E: Estimated value']);
    assert.ok('observation' in row);
    assert.deepEqual(row.observation, {
      series: 'SH_DYN_MORT', area: '50', period: { kind: 'month', label: '2020-05', start: '2020-05-01', end: '2020-05-31' },
      dimensions: { SEX: 'F' }, value: 26.6, unit: '', unitMult: null, attributes: { OBS_STATUS: 'E' },
    });
    assert.deepEqual(reader.columns.dimensions, new Map([['SEX', 'SEX: Sex']]));
  });

  it('codedRowReader refuses an SDMX-CSV 2.0 deletion row and a row with the wrong number of cells', () => {
    const reader = codedRowReader(['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'SERIES', 'REF_AREA', 'TIME_PERIOD', 'OBS_VALUE']);
    assert.ok(!('reason' in reader));
    assert.deepEqual(reader.map(['dataflow', 'IAEG-SDGs:DF_SDG_GLH(1.14)', 'D', 'SH_DYN_MORT', '050', '2021', '27.3']), {
      problems: [{ column: 'ACTION', reason: 'deletion row (ACTION D): upload in replace mode and leave the row out to delete a value' }],
    });
    assert.deepEqual(reader.map(['dataflow', 'IAEG-SDGs:DF_SDG_GLH(1.14)', 'I', 'SH_DYN_MORT', '050', '2021']), {
      problems: [
        { column: '', reason: 'wrong cell count: 6 cells where the header has 7' },
        { column: 'OBS_VALUE', reason: 'blank value: the OBS_VALUE cell is empty' },
      ],
    });
  });

  it('codedRowReader keeps a unit multiplier that is no power of ten as the UNIT_MULT attribute, and a period note as TIME_DETAIL', () => {
    const reader = codedRowReader(['TIME_PERIOD', 'SERIES', 'REF_AREA', 'OBS_VALUE', 'UNIT_MULT']);
    assert.ok(!('reason' in reader));
    const row = reader.map(['2019/20 [Note 5]', 'S', '050', '1.5', 'Percentage (%)']);
    assert.ok('observation' in row);
    assert.deepEqual([row.observation.period.label, row.observation.unitMult, row.observation.attributes],
      ['2019/20', null, { TIME_DETAIL: 'Note 5', UNIT_MULT: 'Percentage (%)' }]);
  });
});
