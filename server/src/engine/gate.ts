/**
 * Gates (`ModuleRule.applies`) that answer after an edit of an open document from the text around the edit:
 * a gate made of "this text occurs somewhere" terms remembers where it found each term, and after an edit searches
 * the whole file again only when that place was edited. A large file then costs a search of a few hundred
 * characters per keystroke instead of one of every character per term.
 */
import type { GateMemory } from './module';

/** An edit: `before.slice(start, oldEnd)` became `text.slice(start, newEnd)`. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Where a match of each term of a gate begins in the text it answered for (-1: nowhere). */
type Places = Record<string, number>;

export class GateTerms {
  private readonly before: Places | undefined;
  private readonly edit: TextEdit | undefined;
  private readonly now: Places = {};
  /** Whether the answers are kept for the next edit (an open document). */
  private readonly remembering: boolean;

  constructor(memory: GateMemory | undefined) {
    this.remembering = !!memory;
    const previous = memory?.previous;
    if (previous && typeof previous.memo === 'object' && previous.memo) {
      this.before = previous.memo as Places;
      this.edit = previous;
    }
    memory?.remember(this.now);
  }

  /**
   * Whether `pattern` matches somewhere in `text`. `reach` bounds how far from where a match begins it and its
   * look-arounds read (both ways): a match away from the edit by more than that is still there, and a match that
   * was not there before reads the edited text, so it begins within `reach` of it.
   */
  occurs(key: string, text: string, pattern: RegExp, reach: number): boolean {
    return this.place(key, (before, edit) => {
      if (before >= 0) {
        if (before + reach < edit.start) return before;
        if (before - reach > edit.oldEnd) return before + edit.newEnd - edit.oldEnd;
        return firstMatch(text, pattern, 0, text.length, reach);
      }
      return firstMatch(text, pattern, Math.max(0, edit.start - 2 * reach - 1), Math.min(text.length, edit.newEnd + 2 * reach + 1), reach);
    }, () => firstMatch(text, pattern, 0, text.length, reach)) >= 0;
  }

  /**
   * Whether `exact` occurs in a file audited once; in an open document, whether `necessary` does (text that every
   * match of `exact` contains, of bounded `reach`, so that it can be answered from the text around each edit): a
   * gate may let through, never hold back.
   */
  occursLoosely(key: string, text: string, exact: RegExp, necessary: RegExp, reach: number): boolean {
    return this.remembering ? this.occurs(key, text, necessary, reach) : exact.test(text);
  }

  /**
   * A term the caller locates itself: `whole` searches the text, `afterEdit` works from where the term was before
   * the edit (-1: nowhere). Returns where it is now (-1: nowhere).
   */
  place(key: string, afterEdit: (before: number, edit: TextEdit) => number, whole: () => number): number {
    const before = this.before?.[key];
    const at = before !== undefined && this.edit ? afterEdit(before, this.edit) : whole();
    this.now[key] = at;
    return at;
  }
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * Where the first match of `pattern` in `text` between `from` and `to` begins (-1: none), counting only matches that
 * begin at least `reach` from a cut end of the stretch: what they read is all inside it.
 */
function firstMatch(text: string, pattern: RegExp, from: number, to: number, reach: number): number {
  let search = globalCopies.get(pattern);
  if (!search) globalCopies.set(pattern, (search = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  const whole = from === 0 && to === text.length;
  const part = whole ? text : text.slice(from, to);
  const low = from === 0 ? 0 : reach;
  const high = to === text.length ? part.length : part.length - reach;
  search.lastIndex = low;
  for (let m = search.exec(part); m && m.index <= high; m = search.exec(part)) {
    if (m.index >= low && (whole || m.index + m[0].length <= part.length)) return from + m.index;
    search.lastIndex = m.index + 1;
  }
  return -1;
}
