import type { KindCue } from './amount-rules.js';

/**
 * The topics of `topics` that `text` names (any word of its list): an article about 征收, a
 * divorce or a fund-raising is so from end to end, though it may name the topic only after
 * telling the story (婚后购买房屋一套，价值86万元。离婚时…).
 */
export function topicsNamed(text: string, topics: ReadonlyMap<string, readonly string[]>): Set<string> {
  const named = new Set<string>();
  for (const [topic, words] of topics) if (words.some((word) => text.includes(word))) named.add(topic);
  return named;
}

/**
 * The cues that apply in one setting: `enforcement` or `otherwise` rows as the sentence is about
 * enforcement or not, `always` rows, and the rows of the topics in `topics`. A topic row replaces
 * every other row of its word (补偿 is 其他 in an article about 征收, 赔偿 elsewhere).
 */
export function applicableCues(cues: readonly KindCue[], enforcement: boolean, topics: ReadonlySet<string>): KindCue[] {
  const applies = (cue: KindCue): boolean =>
    cue.when === 'always' || (cue.when === 'enforcement' && enforcement) || (cue.when === 'otherwise' && !enforcement) || (cue.when === 'topic' && topics.has(cue.topic as string));
  const live = cues.filter(applies);
  const topical = new Set(live.filter((cue) => cue.when === 'topic').map((cue) => cue.word));
  return topical.size === 0 ? live : live.filter((cue) => cue.when === 'topic' || !topical.has(cue.word));
}
