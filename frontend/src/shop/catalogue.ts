import type { TagId } from '../i18n/tags';
import type { Language } from '../i18n/language';

/** The drawings the demo shop has: one simple inline SVG per kind of product, no external images. */
export type ArtKind = 'shell' | 'down' | 'pants' | 'boot' | 'shoe' | 'tent' | 'pack' | 'rope' | 'vest' | 'lantern';

export interface Product {
  id: string;
  name: Record<Language, string>;
  description: Record<Language, string>;
  priceJpy: number;
  tags: TagId[];
  art: { kind: ArtKind; colour: string; accent: string; sky: string };
}

/** Sorakaze Outdoor, a fictional outdoor-apparel brand: the twelve products of the demo shop. */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'p-101',
    name: { ja: 'クモ 3レイヤー シェルジャケット', en: 'Kumo 3-Layer Shell Jacket' },
    description: {
      ja: '稜線の風雨から身を守る、防水透湿の3レイヤーシェル。ヘルメット対応フードと脇下ベンチレーション付き。',
      en: 'A waterproof, breathable 3-layer shell for wind and rain on the ridge, with a helmet-ready hood and pit zips.',
    },
    priceJpy: 34800,
    tags: ['mountaineering', 'rainwear'],
    art: { kind: 'shell', colour: '#0f7c6b', accent: '#f2c14e', sky: '#d7efe9' },
  },
  {
    id: 'p-102',
    name: { ja: 'ホタカ ダウンパーカ', en: 'Hotaka Down Parka' },
    description: {
      ja: '800フィルパワーのダウンを封入。冬の小屋泊やスキー場のリフトでも頼れる暖かさ。',
      en: '800-fill-power down for nights in a mountain hut or cold rides on the ski lift.',
    },
    priceJpy: 42900,
    tags: ['mountaineering', 'skiing'],
    art: { kind: 'down', colour: '#e0662f', accent: '#2b2d42', sky: '#fde8dc' },
  },
  {
    id: 'p-103',
    name: { ja: 'ツユ レインパンツ', en: 'Tsuyu Rain Pants' },
    description: {
      ja: '梅雨の里山から夏山まで。裾のジッパーで登山靴のまま着脱できる軽量レインパンツ。',
      en: 'Light rain pants for rainy-season trails and summer peaks; ankle zips let you pull them on over boots.',
    },
    priceJpy: 15400,
    tags: ['rainwear', 'hiking'],
    art: { kind: 'pants', colour: '#27407a', accent: '#8fb8ff', sky: '#dde6f7' },
  },
  {
    id: 'p-104',
    name: { ja: 'ヤリ トレッキングブーツ', en: 'Yari Trekking Boots' },
    description: {
      ja: '岩場でもぶれにくいミッドカットの防水ブーツ。テント泊の重い荷物にも対応するしっかりソール。',
      en: 'Waterproof mid-cut boots that stay steady on rock, with a stiff sole for heavy overnight loads.',
    },
    priceJpy: 29700,
    tags: ['hiking', 'mountaineering', 'footwear'],
    art: { kind: 'boot', colour: '#7a4b2a', accent: '#e8b04b', sky: '#f3e6d8' },
  },
  {
    id: 'p-105',
    name: { ja: 'カゼ トレイルランナー', en: 'Kaze Trail Runner' },
    description: {
      ja: 'グリップ力の高いラグと軽さを両立したトレイルランニングシューズ。ロングレースにも。',
      en: 'A light trail-running shoe with grippy lugs, made for long races.',
    },
    priceJpy: 18700,
    tags: ['trail-running', 'footwear'],
    art: { kind: 'shoe', colour: '#7cb518', accent: '#1b4332', sky: '#e6f4d7' },
  },
  {
    id: 'p-106',
    name: { ja: 'ホシゾラ 2人用テント', en: 'Hoshizora 2-Person Tent' },
    description: {
      ja: '1.6kgの自立式ダブルウォールテント。前室が広く、雨の日のキャンプも快適。',
      en: 'A 1.6 kg freestanding double-wall tent with a roomy vestibule for rainy camps.',
    },
    priceJpy: 49500,
    tags: ['camping'],
    art: { kind: 'tent', colour: '#f2b705', accent: '#8c5a00', sky: '#1f2a44' },
  },
  {
    id: 'p-107',
    name: { ja: 'サワ 30 バックパック', en: 'Sawa 30 Backpack' },
    description: {
      ja: '日帰り登山にちょうどいい30リットル。背面のメッシュで汗をかいても快適。',
      en: 'Thirty litres, just right for a day in the mountains, with a mesh back that keeps you cool.',
    },
    priceJpy: 22000,
    tags: ['hiking', 'mountaineering'],
    art: { kind: 'pack', colour: '#c0392b', accent: '#2c3e50', sky: '#f8dedb' },
  },
  {
    id: 'p-108',
    name: { ja: 'ユキ スキーシェル', en: 'Yuki Ski Shell' },
    description: {
      ja: 'パウダースカート付きの防水スキーシェル。バックカントリーにも対応する動きやすいカッティング。',
      en: 'A waterproof ski shell with a powder skirt and a cut that moves with you, in the resort or the backcountry.',
    },
    priceJpy: 38500,
    tags: ['skiing'],
    art: { kind: 'shell', colour: '#1f6fd1', accent: '#ffffff', sky: '#e3eefc' },
  },
  {
    id: 'p-109',
    name: { ja: 'イワ ダイナミックロープ 9.8mm', en: 'Iwa Dynamic Rope 9.8 mm' },
    description: {
      ja: 'ジムから外岩まで使える9.8mm・60mのダイナミックロープ。中間マーク付き。',
      en: 'A 60 m, 9.8 mm dynamic rope for the gym and the crag, with a middle mark.',
    },
    priceJpy: 27500,
    tags: ['climbing'],
    art: { kind: 'rope', colour: '#7b2cbf', accent: '#ffb703', sky: '#efe4fa' },
  },
  {
    id: 'p-110',
    name: { ja: 'マチ ウィンドパーカ', en: 'Machi Wind Parka' },
    description: {
      ja: '通勤にも週末の山にも。撥水加工の軽いウィンドパーカは、たたんでポケットに収まります。',
      en: 'For the commute and the weekend hill: a light water-repellent wind parka that packs into its own pocket.',
    },
    priceJpy: 16500,
    tags: ['townwear', 'rainwear'],
    art: { kind: 'shell', colour: '#c9b28f', accent: '#4a3f35', sky: '#f4efe6' },
  },
  {
    id: 'p-111',
    name: { ja: 'ハシリ 8 ランニングベスト', en: 'Hashiri 8 Running Vest' },
    description: {
      ja: 'ソフトフラスク2本付きの8リットルベスト。体に吸いつくフィットで揺れにくい。',
      en: 'An 8-litre vest with two soft flasks and a snug fit that does not bounce.',
    },
    priceJpy: 13200,
    tags: ['trail-running'],
    art: { kind: 'vest', colour: '#00a6a6', accent: '#f9c80e', sky: '#daf3f3' },
  },
  {
    id: 'p-112',
    name: { ja: 'タキビ LEDランタン', en: 'Takibi LED Lantern' },
    description: {
      ja: '焚き火のような暖かい光の充電式ランタン。テントの中でも、ベランダでも。',
      en: 'A rechargeable lantern with a warm, campfire-like glow, for the tent or the balcony.',
    },
    priceJpy: 7700,
    tags: ['camping'],
    art: { kind: 'lantern', colour: '#3d405b', accent: '#ffb347', sky: '#263238' },
  },
];

export function findProduct(id: string): Product | undefined {
  return PRODUCTS.find(product => product.id === id);
}

/** The drawing of each kind, on a 200 × 160 canvas; `C` is the product colour and `A` its accent. */
const DRAWINGS: Record<ArtKind, string> = {
  shell: '<path d="M100 30 70 38 40 60l10 62 16-6v26h68v-26l16 6 10-62-30-22z" fill="C"/>'
    + '<path d="M82 40q18-26 36 0" fill="none" stroke="C" stroke-width="9"/>'
    + '<path d="M100 36v106" stroke="A" stroke-width="3"/><path d="M76 90h14M110 90h14" stroke="A" stroke-width="3"/>',
  down: '<path d="M100 30 70 38 40 60l10 62 16-6v26h68v-26l16 6 10-62-30-22z" fill="C"/>'
    + '<path d="M48 78h104M50 98h100M66 118h68M66 134h68" stroke="A" stroke-opacity=".35" stroke-width="3"/>'
    + '<path d="M100 34v108" stroke="A" stroke-width="3"/>',
  pants: '<path d="M68 28h64l8 114h-30l-10-72-10 72H60z" fill="C"/><path d="M68 28h64v10H68z" fill="A"/>'
    + '<path d="M62 128h28M110 128h28" stroke="A" stroke-width="3"/>',
  boot: '<path d="M70 36h42v58l38 14q12 6 10 22H62z" fill="C"/><path d="M60 128h102v10H60z" fill="A"/>'
    + '<path d="M82 50h20M82 62h20M82 74h20M82 86h22" stroke="A" stroke-width="3"/>',
  shoe: '<path d="M44 104q8-22 40-22l26-10q38 18 54 36 4 14-6 16H42z" fill="C"/><path d="M40 122h126v8H40z" fill="A"/>'
    + '<path d="M92 84l10 14M104 80l10 14M116 78l10 14" stroke="A" stroke-width="3"/>',
  tent: '<path d="M24 132 100 42l76 90z" fill="C"/><path d="M100 62 80 132h40z" fill="A"/>'
    + '<path d="M12 134h176" stroke="A" stroke-width="3"/><circle cx="160" cy="30" r="3" fill="#fff"/>'
    + '<circle cx="40" cy="24" r="2" fill="#fff"/><circle cx="120" cy="18" r="2" fill="#fff"/>',
  pack: '<rect x="62" y="40" width="76" height="100" rx="18" fill="C"/><path d="M66 52q34-30 68 0v16H66z" fill="A"/>'
    + '<rect x="76" y="92" width="48" height="34" rx="8" fill="A" fill-opacity=".5"/>'
    + '<path d="M100 28v12" stroke="A" stroke-width="5"/>',
  rope: '<g fill="none" stroke="C" stroke-width="7"><ellipse cx="100" cy="86" rx="54" ry="40"/>'
    + '<ellipse cx="100" cy="86" rx="42" ry="31"/><ellipse cx="100" cy="86" rx="30" ry="22"/></g>'
    + '<path d="M140 112q20 14 26 30" fill="none" stroke="A" stroke-width="7"/>',
  vest: '<path d="M74 30h16l10 16 10-16h16l14 30v82H60V60z" fill="C"/><rect x="66" y="70" width="18" height="34" rx="6" fill="A"/>'
    + '<rect x="116" y="70" width="18" height="34" rx="6" fill="A"/><path d="M60 120h80" stroke="A" stroke-width="3"/>',
  lantern: '<circle cx="100" cy="90" r="46" fill="A" fill-opacity=".25"/><path d="M84 40q16-22 32 0" fill="none" stroke="C" stroke-width="5"/>'
    + '<rect x="76" y="44" width="48" height="14" rx="4" fill="C"/><rect x="80" y="58" width="40" height="56" rx="8" fill="A"/>'
    + '<rect x="74" y="114" width="52" height="18" rx="4" fill="C"/>',
};

/** The product's drawing as an SVG document; `label` names it for screen readers. */
export function illustration(product: Product, label: string): string {
  const { kind, colour, accent, sky } = product.art;
  const drawing = DRAWINGS[kind].replaceAll('"C"', `"${colour}"`).replaceAll('"A"', `"${accent}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160" role="img" aria-label="${escapeAttribute(label)}">`
    + `<rect width="200" height="160" fill="${sky}"/>`
    + '<path d="M0 124 48 78l30 28 40-46 82 70v30H0z" fill="#fff" fill-opacity=".35"/>'
    + drawing + '</svg>';
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function formatPrice(priceJpy: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-JP', { style: 'currency', currency: 'JPY' }).format(priceJpy);
}
