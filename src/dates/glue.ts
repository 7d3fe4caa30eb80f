// Time words glued to the word before them: 表现在 reads 表现|在, not 表|现在, whatever the segmenter says.
import { readSet } from '../resources.js';

let glue: { words: Set<string>; longest: number } | null = null;

/** Whether the character at `at` ends a word of resources/dates/glue-words.tsv begun before it. */
export function gluedToWordBefore(text: string, at: number): boolean {
  if (glue === null) {
    const words = readSet('dates/glue-words.tsv');
    glue = { words, longest: Math.max(...[...words].map((w) => w.length)) };
  }
  for (let n = 2; n <= glue.longest && n <= at + 1; n++) if (glue.words.has(text.slice(at + 1 - n, at + 1))) return true;
  return false;
}
