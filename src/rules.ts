// Shared machinery for rule stages: a table of patterns, each row a rule with its own name.
import type { Candidate, Doc, Label, SpanValue } from './doc.js';

export interface PatternRule {
  /** Provenance written on each span, e.g. `figure.percent-sign`. */
  name: string;
  label: Label;
  /** A global regular expression over the Simplified text. */
  pattern: RegExp;
  /** The span's value; return null to reject the match. */
  value?: (match: RegExpExecArray, doc: Doc) => SpanValue | null | undefined;
}

/** Every match of every rule as a candidate on the doc. */
export function applyPatternRules(doc: Doc, rules: readonly PatternRule[]): void {
  const text = doc.simplified;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const value = rule.value ? rule.value(m, doc) : undefined;
      if (value === null) continue;
      const c: Candidate = { start: m.index, end: m.index + m[0].length, label: rule.label, rule: rule.name };
      if (value !== undefined) c.value = value;
      doc.candidates.push(c);
    }
  }
}
