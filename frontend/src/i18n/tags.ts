import type { Dictionary } from './language';

/**
 * Names of the expertise taxonomy for pages without a staff token (the shop). The consoles read the
 * names from staff-directory, which is where the taxonomy is managed.
 */
const ja = {
  mountaineering: '登山',
  camping: 'キャンプ',
  'trail-running': 'トレイルランニング',
  townwear: 'タウンウェア',
  skiing: 'スキー',
  hiking: 'ハイキング',
  rainwear: 'レインウェア',
  footwear: 'シューズ',
  climbing: 'クライミング',
};

export type TagId = keyof typeof ja;

export const TAG_IDS = Object.keys(ja) as TagId[];

export const tagNames: Dictionary<TagId> = {
  ja,
  en: {
    mountaineering: 'Mountaineering',
    camping: 'Camping',
    'trail-running': 'Trail running',
    townwear: 'Townwear',
    skiing: 'Skiing',
    hiking: 'Hiking',
    rainwear: 'Rainwear',
    footwear: 'Footwear',
    climbing: 'Climbing',
  },
};
