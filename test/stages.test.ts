// Each rule stage plugs into the pipeline and makes spans with values and provenance.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { entity } from './helpers/spans.js';

describe('rule stages in the pipeline', () => {
  it('figures: a percentage with its value', () => {
    const doc = annotate('成本仅为对手的3%。');
    expect(entity(doc, '3%')).toMatchObject({ label: 'PERCENT', value: { value: 3, unit: '%' } });
    expect(entity(doc, '3%')?.rule).toMatch(/^figure\./);
  });
  it('dates: year-month-day, and month-day against the reference date or with X digits without one', () => {
    expect(entity(annotate('2025年2月1日发布'), '2025年2月1日')).toMatchObject({ label: 'DATE', value: { type: 'DATE', value: '2025-02-01' } });
    expect(entity(annotate('2月1日发布', { refDate: '2024-12-31' }), '2月1日')?.value).toMatchObject({ value: '2024-02-01' });
    expect(entity(annotate('2月1日发布'), '2月1日')?.value).toMatchObject({ value: 'XXXX-02-01' });
  });
  it('names: listed organisations, in Traditional text too', () => {
    const doc = annotate('月之暗面與英偉達合作。');
    expect(entity(doc, '月之暗面')).toMatchObject({ label: 'ORG', simplified: '月之暗面' });
    expect(entity(doc, '英偉達')).toMatchObject({ label: 'ORG', simplified: '英伟达' });
    expect(entity(doc, '英偉達')?.rule).toMatch(/listed/);
  });
  it('english: people in a Latin run through compromise', () => {
    const doc = annotate('据报道，Sam Altman 表示将开源。');
    expect(entity(doc, 'Sam Altman')).toMatchObject({ label: 'PERSON' });
  });
});
