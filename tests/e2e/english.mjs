// The English words a page shown in French must not hold: shared by the French tests and the
// French watch test.

/** Words common in the page's English sentences and absent from its French ones. */
export const ENGLISH = ['the', 'your', 'this', 'is', 'are', 'and', 'not', 'could', 'network', 'device', 'problem',
  'where', 'likely', 'answered', 'blocked', 'hosts', 'with', 'from', 'why', 'findings', 'confidence', 'open', 'check',
  'if', 'of', 'to', 'for', 'it', 'keep', 'keeps', 'watching', 'watch', 'ticket', 'help', 'desk', 'copy', 'downloaded',
  'since', 'last', 'handout', 'sharpen', 'optional', 'steps', 'load', 'download', 'rounds',
  // The browser facts', history's and triage's own English (not "cookies", which Firefox's
  // French quotes in its steps, nor "slow", an id in the handout's host lines).
  'yes', 'clock', 'storage', 'available', 'allowed', 'reachable', 'round', 'nothing', 'changed', 'works',
  // The watch panel's.
  'every', 'failed', 'dropped', 'stopped', 'host', 'what'];

/** The English words in `text`. A hyphenated word is one word: this page's name and the
 * handout's outcome ids (`not-run`) are names, not English. */
export const englishIn = (text) => text.toLowerCase().split(/[^a-zà-ÿ’'-]+/).filter((w) => ENGLISH.includes(w));

