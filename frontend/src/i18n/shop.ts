import type { Dictionary } from './language';

/** Every string of the demo shop's pages (product names and descriptions live in the catalogue). */
const ja = {
  brand: 'ソラカゼ アウトドア',
  tagline: '山へ、街へ。空と風のように軽く。',
  heroTitle: '夏山シーズンの準備はお済みですか',
  heroBody: '登山、キャンプ、トレイルランから街歩きまで。迷ったら、店舗スタッフにビデオで相談できます。',
  allProducts: 'すべての商品',
  backToAll: '← すべての商品',
  taxIncluded: '（税込）',
  tags: 'カテゴリー',
  askHint: 'サイズや使い方に迷ったら、店舗のスタッフにその場で相談できます。',
  languageSwitch: 'English',
  languageSwitchLabel: '表示言語を英語に切り替える',
  staffConsole: 'スタッフ用コンソール',
  managerConsole: 'マネージャー用コンソール',
  notFoundTitle: '商品が見つかりません',
  notFoundBody: 'お探しの商品は取り扱いを終了したか、URLが間違っている可能性があります。',
  demoNotice: 'これは Tsunagu のデモ用ショップです。実際の販売は行っていません。',
  cart: 'カート：{count} 点',
  addToCart: 'カートに入れる',
  addedToCart: '{name} をカートに入れました',
  aggressiveTitle: '独自の強いスタイルを持つページ',
  aggressiveBody: 'このページは、すべての要素に強い CSS を当てています。ボタンは影響を受けずに表示されるはずです。',
};

export type ShopKey = keyof typeof ja;

export const shopMessages: Dictionary<ShopKey> = {
  ja,
  en: {
    brand: 'Sorakaze Outdoor',
    tagline: 'To the mountains, to the city. Light as sky and wind.',
    heroTitle: 'Ready for the summer mountains?',
    heroBody: 'From mountaineering, camping and trail running to the city streets. Not sure? Ask a store staff member on video.',
    allProducts: 'All products',
    backToAll: '← All products',
    taxIncluded: '(tax included)',
    tags: 'Categories',
    askHint: 'Not sure about the size or how to use it? Ask a store staff member right now.',
    languageSwitch: '日本語',
    languageSwitchLabel: 'Switch the display language to Japanese',
    staffConsole: 'Staff console',
    managerConsole: 'Manager console',
    notFoundTitle: 'Product not found',
    notFoundBody: 'This product is no longer sold, or the address is wrong.',
    demoNotice: 'This is a demo shop for Tsunagu. Nothing here is for sale.',
    cart: 'Cart: {count} items',
    addToCart: 'Add to cart',
    addedToCart: '{name} was added to your cart',
    aggressiveTitle: 'A page with aggressive styles of its own',
    aggressiveBody: 'This page styles every element heavily. The button should still look as designed.',
  },
};
