// Label maps: how our labels and a gold set's labels meet in one label space. Each map says which
// gold labels are scored (and under what name) and which of our labels count as which; labels a
// map does not name are ignored on that side, and the report says so.
import { FIGURE_LABELS, NAME_LABELS, TIME_LABELS } from '../doc.js';

export interface LabelMap {
  name: string;
  /** Gold label -> scored label. */
  gold: Record<string, string>;
  /** Our label -> scored label. */
  ours: Record<string, string>;
  /**
   * A set whose time guideline differs from ANNOTATION.md in two plain ways, scored on the
   * contract's terms (the report's notes say so and count what it changed): `label` is the scored
   * time label.
   */
  timeGuideline?: {
    label: string;
    /** Value types of ours the set never marks (its guideline has no durations or sets): left unscored, as labels outside its space are. */
    unscored: string[];
    /** Gold spans of the label that touch or are joined by a range link are one span, as ANNOTATION.md marks a date (今年五月八日) and a range (2月1日至14日). */
    joinParts: boolean;
  };
}

const identity = (labels: readonly string[]) => Object.fromEntries(labels.map((l) => [l, l]));

export const LABEL_MAPS: Record<string, LabelMap> = {
  // MSRA and People's Daily 1998: three name labels; places of both kinds are LOC.
  ner3: {
    name: 'ner3',
    gold: identity(['PER', 'LOC', 'ORG']),
    ours: { PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG' },
  },
  // People's Daily with TIME: dates and times of day are both its TIME.
  'ner3-time': {
    name: 'ner3-time',
    gold: identity(['PER', 'LOC', 'ORG', 'TIME']),
    ours: { PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG', DATE: 'TIME', TIME: 'TIME' },
    // Its TIME splits a date into parts (今年|五月|八日) and a range at its link, and marks no
    // durations (三年) or sets (每年).
    timeGuideline: { label: 'TIME', unscored: ['DURATION', 'SET'], joinParts: true },
  },
  // The People's Daily sample uses our names; its DATE covers times of day too (上午九时二十分).
  'pd-sample': {
    name: 'pd-sample',
    gold: identity(['PERSON', 'GPE', 'ORG', 'DATE']),
    ours: { PERSON: 'PERSON', GPE: 'GPE', ORG: 'ORG', DATE: 'DATE', TIME: 'DATE' },
    // Its DATE splits a range at its link (12月27日|至|31日) and marks no durations or sets.
    timeGuideline: { label: 'DATE', unscored: ['DURATION', 'SET'], joinParts: true },
  },
  // Weibo: names (.NAM) only; nominal mentions (.NOM, 老师) are no names in our scheme.
  weibo: {
    name: 'weibo',
    gold: { 'PER.NAM': 'PERSON', 'ORG.NAM': 'ORG', 'GPE.NAM': 'GPE', 'LOC.NAM': 'LOC' },
    ours: identity(['PERSON', 'ORG', 'GPE', 'LOC']),
  },
  // JioNLP: every kind of time span against our DATE and TIME together.
  'time-spans': {
    name: 'time-spans',
    gold: { time_point: 'time', time_span: 'time', time_delta: 'time', time_period: 'time' },
    ours: { DATE: 'time', TIME: 'time' },
  },
  // Our own labels on both sides.
  ours: {
    name: 'ours',
    gold: identity([...NAME_LABELS, ...TIME_LABELS, ...FIGURE_LABELS]),
    ours: identity([...NAME_LABELS, ...TIME_LABELS, ...FIGURE_LABELS]),
  },
};

/**
 * A map from a preset name, or from pairs `OURS=GOLD,...` (gold labels then scored as they are
 * named on the right-hand sides). Null if neither.
 */
export function parseLabelMap(spec: string): LabelMap | null {
  if (LABEL_MAPS[spec] !== undefined) return LABEL_MAPS[spec];
  const pairs = spec.split(',').map((p) => p.split('=').map((x) => x.trim()));
  if (pairs.some((p) => p.length !== 2 || p[0] === '' || p[1] === '')) return null;
  return { name: spec, gold: identity(pairs.map((p) => p[1])), ours: Object.fromEntries(pairs) };
}

/** The map that suits gold labels seen in a file, when none is given. */
export function guessLabelMap(goldLabels: ReadonlySet<string>): LabelMap {
  const has = (l: string) => goldLabels.has(l);
  if ([...goldLabels].some((l) => l.endsWith('.NAM') || l.endsWith('.NOM'))) return LABEL_MAPS.weibo;
  if (has('PER')) return has('TIME') ? LABEL_MAPS['ner3-time'] : LABEL_MAPS.ner3;
  if (has('time_point') || has('time_span')) return LABEL_MAPS['time-spans'];
  return LABEL_MAPS.ours;
}

/** "ours PERSON->PER, GPE+LOC->LOC; gold PER, LOC, ORG" */
export function describeLabelMap(map: LabelMap): string {
  const groups = new Map<string, string[]>();
  for (const [ours, scored] of Object.entries(map.ours)) groups.set(scored, [...(groups.get(scored) ?? []), ours]);
  const ours = [...groups].map(([scored, from]) => (from.length === 1 && from[0] === scored ? scored : `${from.join('+')}->${scored}`));
  const gold = Object.entries(map.gold).map(([g, scored]) => (g === scored ? g : `${g}->${scored}`));
  return `ours ${ours.join(', ')}; gold ${gold.join(', ')}`;
}
