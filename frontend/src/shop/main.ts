import './shop.css';
import { type Language, otherLanguage, translator } from '../i18n/language';
import { initialLanguage, rememberLanguage } from '../i18n/preference';
import { shopMessages } from '../i18n/shop';
import { tagNames } from '../i18n/tags';
import { h } from '../shared/dom';
import { addToCart, itemCount, loadCart } from './cart';
import { PRODUCTS, type Product, findProduct, formatPrice, illustration } from './catalogue';

/**
 * The demo shop's pages. The HTML of each page holds the <tsunagu-button> exactly as a retailer embeds
 * it; this script draws the shop around it in the visitor's language.
 */
let language: Language = initialLanguage();
let announcement = '';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Puts a product in the demo cart, from the product page or from a card the staff member shared. */
function putInCart(productId: string): void {
  const product = findProduct(productId);
  addToCart(storage(), productId);
  announcement = product ? translator(shopMessages, language)('addedToCart', { name: product.name[language] }) : '';
  // The widget offers "add to cart" for products the staff member shares; this shop takes them.
document.addEventListener('tsunagu-add-to-cart', event => {
  const detail = (event as CustomEvent<{ product: { id: string } }>).detail;
  if (findProduct(detail.product.id)) {
    event.preventDefault();
    putInCart(detail.product.id);
  }
});
render();
}

function productLink(product: Product): string {
  return `/products/${product.id}.html`;
}

function picture(product: Product): HTMLElement {
  const figure = h('div', { class: 'art' });
  figure.innerHTML = illustration(product, product.name[language]);
  return figure;
}

function tagList(product: Product): HTMLElement {
  return h('ul', { class: 'tags', 'aria-label': translator(shopMessages, language)('tags') },
    product.tags.map(tag => h('li', {}, tagNames[language][tag])));
}

function renderHome(main: HTMLElement): void {
  const t = translator(shopMessages, language);
  document.title = t('brand');
  main.replaceChildren(
    h('h1', {}, t('allProducts')),
    h('ul', { class: 'grid' }, PRODUCTS.map(product => h('li', {},
      h('a', { class: 'card', href: productLink(product) },
        picture(product),
        h('span', { class: 'name' }, product.name[language]),
        h('span', { class: 'price' }, formatPrice(product.priceJpy, language)),
        tagList(product))))));
}

function renderProduct(main: HTMLElement, product: Product | undefined): void {
  const t = translator(shopMessages, language);
  if (!product) {
    document.title = t('notFoundTitle');
    main.replaceChildren(h('h1', {}, t('notFoundTitle')), h('p', {}, t('notFoundBody')),
      h('a', { href: '/' }, t('backToAll')));
    return;
  }
  document.title = `${product.name[language]} | ${t('brand')}`;
  main.replaceChildren(
    h('a', { class: 'back', href: '/' }, t('backToAll')),
    h('div', { class: 'product' },
      picture(product),
      h('div', {},
        h('h1', {}, product.name[language]),
        h('p', { class: 'price' }, formatPrice(product.priceJpy, language), ' ', h('small', {}, t('taxIncluded'))),
        tagList(product),
        h('p', {}, product.description[language]),
        cartButton(product))));
}

function cartButton(product: Product): HTMLElement {
  const button = h('button', { type: 'button', class: 'cart-add', 'data-testid': 'shop-add-to-cart' },
    translator(shopMessages, language)('addToCart'));
  button.addEventListener('click', () => putInCart(product.id));
  return button;
}

function render(): void {
  const t = translator(shopMessages, language);
  document.documentElement.lang = language;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach(element => {
    element.textContent = t(element.dataset.i18n as keyof typeof shopMessages.ja);
  });
  const languageSwitch = document.querySelector<HTMLButtonElement>('#shop-language');
  if (languageSwitch) {
    languageSwitch.textContent = t('languageSwitch');
    languageSwitch.lang = otherLanguage(language);
    languageSwitch.setAttribute('aria-label', t('languageSwitchLabel'));
  }
  // The widget follows the page; it also has its own switch, whose choice comes back as an event.
  document.querySelectorAll('tsunagu-button').forEach(button => button.setAttribute('lang', language));
  const cart = document.querySelector<HTMLElement>('#shop-cart');
  if (cart) {
    cart.textContent = t('cart', { count: itemCount(loadCart(storage())) });
  }
  const live = document.querySelector<HTMLElement>('#shop-announce');
  if (live) {
    live.textContent = announcement;
  }
  const main = document.querySelector<HTMLElement>('#shop');
  if (main && document.body.dataset.page === 'aggressive') {
    main.replaceChildren(h('h1', {}, t('aggressiveTitle')), h('p', {}, t('aggressiveBody')));
  } else if (main) {
    const productId = document.body.dataset.productId;
    if (productId) {
      renderProduct(main, findProduct(productId));
    } else {
      renderHome(main);
    }
  }
}

function switchTo(next: Language): void {
  if (next !== language) {
    language = next;
    rememberLanguage(language);
    // The widget offers "add to cart" for products the staff member shares; this shop takes them.
document.addEventListener('tsunagu-add-to-cart', event => {
  const detail = (event as CustomEvent<{ product: { id: string } }>).detail;
  if (findProduct(detail.product.id)) {
    event.preventDefault();
    putInCart(detail.product.id);
  }
});
render();
  }
}

document.querySelector('#shop-language')?.addEventListener('click', () => switchTo(otherLanguage(language)));
document.addEventListener('tsunagu-language', event => {
  const detail = (event as CustomEvent<{ language: Language }>).detail;
  switchTo(detail.language);
});
// The widget offers "add to cart" for products the staff member shares; this shop takes them.
document.addEventListener('tsunagu-add-to-cart', event => {
  const detail = (event as CustomEvent<{ product: { id: string } }>).detail;
  if (findProduct(detail.product.id)) {
    event.preventDefault();
    putInCart(detail.product.id);
  }
});
render();
