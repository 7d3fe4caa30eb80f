// Segmentation scoring as the SIGHAN bakeoff scorer counts it: a predicted word is right when a
// gold word has the same start and end; P, R, F1 over words, and recall of the gold words that
// are not in a given word list (OOV recall).

interface WordCounts {
  gold: number;
  pred: number;
  right: number;
  /** Gold words not in the word list, and how many of them were found. */
  oov: number;
  oovFound: number;
}

export const emptyWordCounts = (): WordCounts => ({ gold: 0, pred: 0, right: 0, oov: 0, oovFound: 0 });

/** A word's [start, end) as one number (sentences stay far below 2^21 characters). */
const wordKey = (w: Word) => w.start * 0x200000 + w.end;

interface Word {
  start: number;
  end: number;
}

/**
 * Count one sentence. `text` gives the word strings for the OOV check; `known` is the word list
 * (none: no OOV figure). Returns the gold words missed and the predicted words that are wrong.
 */
export function scoreWords(
  into: WordCounts,
  gold: readonly Word[],
  pred: readonly Word[],
  chars: readonly string[],
  known?: ReadonlySet<string>,
): { missed: Word[]; wrong: Word[] } {
  const predKeys = new Set(pred.map((w) => wordKey(w)));
  const goldKeys = new Set(gold.map((w) => wordKey(w)));
  const missed: Word[] = [];
  for (const w of gold) {
    const found = predKeys.has(wordKey(w));
    if (!found) missed.push(w);
    if (known !== undefined && !known.has(chars.slice(w.start, w.end).join(''))) {
      into.oov++;
      if (found) into.oovFound++;
    }
  }
  const wrong = pred.filter((w) => !goldKeys.has(wordKey(w)));
  into.gold += gold.length;
  into.pred += pred.length;
  into.right += pred.length - wrong.length;
  return { missed, wrong };
}
