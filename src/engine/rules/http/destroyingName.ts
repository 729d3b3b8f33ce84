// Names that say they destroy. A root mutation field counts by a stem anywhere in its name
// (`volumeDelete`, `scheduleAccountDeletion`); a field nested under a namespace counts only when
// it begins with the imperative verb (`delete`, not `deletedAt`), since nested selections are
// usually the returned state. URL path segments count when a word of the segment is the verb.

const STEMS = ['delet', 'destroy', 'remov', 'drop', 'purge', 'wipe', 'eras', 'truncat', 'reset', 'terminat'];
const IMPERATIVE = ['delete', 'destroy', 'remove', 'drop', 'purge', 'wipe', 'erase', 'truncate', 'reset', 'terminate'];

/** Splits `volumeInstanceBackupDelete`, `delete_users_by_pk`, `batch-delete` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** The stem found in a root field's name, if any. `eras` must start a word (`cameras` is not `erase`). */
export function destroyingStem(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const stem of STEMS) {
    if (stem === 'eras') {
      if (nameWords(name).some((w) => w.startsWith('eras'))) return stem;
    } else if (lower.includes(stem)) {
      return stem;
    }
  }
  return undefined;
}

/** A nested field that is the action itself: the verb, then nothing or a new word (`delete`, `deleteAll`, `remove_item`). */
export function isImperativeField(name: string): boolean {
  const lower = name.toLowerCase();
  for (const verb of IMPERATIVE) {
    if (!lower.startsWith(verb)) continue;
    const next = name.charAt(verb.length);
    if (next === '' || next === '_' || /[A-Z0-9]/.test(next)) return true;
  }
  return false;
}

const STRONG_SEGMENT_WORDS = new Set(['delete', 'destroy', 'purge', 'wipe', 'terminate', 'truncate', 'erase']);
const WEAK_SEGMENT_WORDS = new Set(['reset', 'remove', 'drop']);

/**
 * A URL segment that names a destroying action: `/delete`, `/destroy`, `_delete_by_query`,
 * `doDelete`, `batch-delete`, `delete_series`. The weaker verbs (`reset`, `remove`, `drop`) count
 * only as the whole segment, so `/reset-password` stays a form post.
 */
export function isDestroyingSegment(segment: string): boolean {
  const words = nameWords(segment);
  if (words.some((w) => STRONG_SEGMENT_WORDS.has(w))) return true;
  return words.length === 1 && WEAK_SEGMENT_WORDS.has(words[0] as string);
}

/** The action's verb word in a field name, to find the noun it acts on (`volumeInstanceBackupDelete` → volume instance backup). */
export function nounWords(name: string): string[] {
  return nameWords(name).filter((w) => !STEMS.some((s) => w.startsWith(s)) && !['schedule', 'force', 'permanently', 'hard', 'soft', 'by', 'pk', 'many', 'one', 'all', 'bulk', 'batch'].includes(w));
}
