// A figure as the rule families read it, and the Candidate it becomes.
import type { Candidate, FigureLabel, FigureValue } from '../doc.js';
import { cleanNumber } from './numerals.js';

/** A figure as it is read; becomes a Candidate at the end. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  rule: string;
  /** The numeral as written (3.5, 一百二, 1.2). */
  written: string;
  chinese: boolean;
  /** Has a section multiplier or a scale word (10亿, 3 million): no year or day number. */
  sized: boolean;
  single?: boolean;
  one?: boolean;
  ordinal?: boolean;
  percent?: boolean;
  fraction?: number;
  kind?: 'unit' | 'classifier' | 'currency';
  unit?: string;
  currency?: string;
  factor?: number;
  mod?: string;
  lower?: number;
  upper?: number;
  range?: boolean;
  approxOnly?: boolean;
  signed?: boolean;
}

/**
 * A figure with every field set, the optional ones to undefined: one object shape for all figures,
 * so that reading them stays fast whichever fields a figure comes to use.
 */
export function newFigure(at: number, written: string, chinese: boolean): Figure {
  return {
    start: at,
    end: at,
    value: 0,
    rule: 'cardinal',
    written,
    chinese,
    sized: false,
    single: undefined,
    one: undefined,
    ordinal: undefined,
    percent: undefined,
    fraction: undefined,
    kind: undefined,
    unit: undefined,
    currency: undefined,
    factor: undefined,
    mod: undefined,
    lower: undefined,
    upper: undefined,
    range: undefined,
    approxOnly: undefined,
    signed: undefined,
  };
}

/** The span rule names (figure.money, figure.cardinal-range) by rule, made once each rather than once per figure. */
const ruleNames = new Map<string, string>();
const rangeRuleNames = new Map<string, string>();

function ruleName(rule: string, range: boolean): string {
  const names = range ? rangeRuleNames : ruleNames;
  let name = names.get(rule);
  if (name === undefined) names.set(rule, (name = `figure.${rule}${range ? '-range' : ''}`));
  return name;
}

export function candidate(f: Figure): Candidate {
  let label: FigureLabel = 'CARDINAL';
  let rule = f.rule;
  if (f.ordinal) {
    label = 'ORDINAL';
    rule = 'ordinal';
  } else if (f.percent) label = 'PERCENT';
  else if (f.currency !== undefined) {
    label = 'MONEY';
    if (!rule.startsWith('money')) rule = 'money';
  } else if (f.kind === 'unit') label = 'QUANTITY';
  const value: FigureValue = {};
  const loose = f.range === true || f.approxOnly === true || (f.lower !== undefined && f.mod === undefined);
  const sign = f.signed ? -1 : 1;
  if (!loose) value.value = cleanNumber(sign * f.value);
  if (f.percent) value.unit = '%';
  else if (f.kind === 'unit' || (f.kind === 'classifier' && label === 'CARDINAL')) value.unit = f.unit;
  if (label === 'MONEY') value.currency = f.currency;
  if (f.mod !== undefined) value.mod = f.mod;
  if (f.lower !== undefined) value.lower = sign * f.lower;
  if (f.upper !== undefined) value.upper = sign * f.upper;
  return { start: f.start, end: f.end, label, rule: ruleName(rule, f.range === true), value };
}

export function scaleBy(f: Figure, factor: number) {
  if (factor === 1) return;
  f.value = cleanNumber(f.value * factor);
  if (f.lower !== undefined) f.lower = cleanNumber(f.lower * factor);
  if (f.upper !== undefined) f.upper = cleanNumber(f.upper * factor);
}

/** 三斤半, 一个半: a half of the unit after it. */
export function half(text: string, f: Figure, end: number): number {
  if (text[end] !== '半' || f.value === undefined || f.lower !== undefined) return end;
  f.value += 0.5;
  return end + 1;
}
