import { TsunaguButton } from './tsunagu-button';

/**
 * Entry of /widget/tsunagu-button.js. The API is where this script was loaded from, so that a
 * retailer's page on its own domain talks to its Tsunagu installation, not to itself.
 */
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) {
  TsunaguButton.apiOrigin = new URL(script.src).origin;
}

if (!customElements.get('tsunagu-button')) {
  customElements.define('tsunagu-button', TsunaguButton);
}
