/**
 * The widget's own styles, inside its shadow root so that the retailer's selectors never reach it.
 * Inherited properties (font, colour, spacing) still flow in through the host, so `.frame` resets
 * them all before setting its own. Retailers may set --tsunagu-accent and --tsunagu-accent-text on
 * the element to match their brand.
 */
export const WIDGET_CSS = `
:host { display: inline-block !important; position: static; }
.frame { all: initial; display: block; --accent: var(--tsunagu-accent, #0b6e4f); --accent-text: var(--tsunagu-accent-text, #fff);
  font: 15px/1.5 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", "Segoe UI", sans-serif; color: #1f2933;
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal; }
.frame *, .frame *::before, .frame *::after { box-sizing: border-box; font: inherit; color: inherit; letter-spacing: inherit;
  text-transform: inherit; text-shadow: none; margin: 0; }
[hidden] { display: none !important; }
button, a.button { cursor: pointer; border-radius: 999px; border: 1px solid transparent; padding: .55em 1.2em; text-decoration: none;
  display: inline-flex; align-items: center; justify-content: center; gap: .4em; min-height: 44px; background: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
button:disabled { opacity: .7; cursor: default; }
.launcher { display: flex; gap: .5em; align-items: center; flex-wrap: wrap; }
.ask { background: var(--accent); color: var(--accent-text); font-weight: 600; box-shadow: 0 2px 6px rgba(0,0,0,.18); }
.ask.later { background: #fff; color: #1f2933; border-color: #7b8794; box-shadow: none; }
.ask svg { width: 1.3em; height: 1.3em; fill: currentColor; }
.lang { background: transparent; border-color: #7b8794; font-size: .85em; padding: .35em .9em; min-height: 36px; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: min(400px, calc(100vw - 32px));
  max-height: calc(100vh - 32px); overflow: auto; background: #fff; border-radius: 14px;
  box-shadow: 0 12px 40px rgba(15,23,42,.28); display: flex; flex-direction: column; }
.panel header { display: flex; justify-content: space-between; align-items: center; gap: .5em; padding: .9em 1.1em;
  background: var(--accent); color: var(--accent-text); border-radius: 14px 14px 0 0; }
.panel h2 { font-size: 1em; font-weight: 700; }
.panel .tools { display: flex; gap: .5em; align-items: center; }
.panel h3 { font-size: .9em; font-weight: 700; }
.close { background: transparent; color: inherit; padding: .1em .6em; font-size: 1.4em; line-height: 1; min-height: 36px; }
.body { padding: 1em 1.1em 1.2em; }
.body, .stack { display: flex; flex-direction: column; gap: .7em; }
label { font-weight: 600; font-size: .9em; }
fieldset { border: 1px solid #cbd2d9; border-radius: 8px; padding: .5em .8em .7em; display: flex; flex-direction: column; gap: .4em; }
legend { font-weight: 600; font-size: .9em; padding: 0 .3em; }
label.check { display: flex; align-items: flex-start; gap: .5em; font-weight: 400; }
label.check input { margin-top: .3em; width: 1.1em; height: 1.1em; }
textarea, select, input[type=text] { padding: .5em .6em; border: 1px solid #7b8794; border-radius: 8px; width: 100%; background: #fff; }
textarea { min-height: 4.5em; resize: vertical; }
.hint { font-size: .82em; color: #3e4c59; }
.primary { background: var(--accent); color: var(--accent-text); font-weight: 600; }
.secondary, .toggle { background: #fff; color: #1f2933; border-color: #7b8794; }
.toggle[aria-pressed="true"] { background: #1f2933; color: #fff; }
.danger { background: #b71c1c; color: #fff; font-weight: 600; }
.actions { display: flex; gap: .5em; justify-content: flex-end; flex-wrap: wrap; }
.controls { justify-content: center; }
.position { font-size: 1.15em; font-weight: 700; }
.estimate { color: #3e4c59; }
.spinner { width: 28px; height: 28px; border-radius: 50%; border: 3px solid #d9e2ec; border-top-color: var(--accent);
  animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.stage { position: relative; background: #111; border-radius: 10px; overflow: hidden; aspect-ratio: 4 / 3; }
.stage video { width: 100%; height: 100%; object-fit: cover; display: block !important; }
.stage .own { position: absolute; right: 8px; top: 8px; width: 28%; min-width: 72px; aspect-ratio: 4 / 3; border-radius: 6px;
  overflow: hidden; background: #323f4b; color: #fff; font-size: .7em; display: flex; align-items: center; justify-content: center;
  text-align: center; padding: 2px; }
.stage > p { position: absolute; inset: auto 0 0; padding: .5em .8em; background: rgba(0,0,0,.7); color: #fff; font-size: .85em; }
.banner { padding: .5em 1.1em; background: #fff4ce; color: #5c4400; font-size: .85em; }
.error { color: #b71c1c; }
.chat { display: flex; flex-direction: column; gap: .4em; border-top: 1px solid #e4e7eb; padding-top: .6em; }
.chat-log { list-style: none; padding: 0; max-height: 180px; overflow: auto; display: flex; flex-direction: column; gap: .4em; }
.chat-log li { padding: .35em .6em; border-radius: 8px; background: #f0f4f8; display: flex; flex-direction: column; }
.chat-log li.own { background: #e3f2ec; align-self: flex-end; }
.chat-log li.product { background: none; padding: 0; }
.chat-log .who { font-size: .72em; color: #3e4c59; }
.chat-log .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.chat-form { display: flex; gap: .4em; }
.chat-form button { flex-shrink: 0; white-space: nowrap; }
.card { display: flex; gap: .6em; border: 1px solid #cbd2d9; border-radius: 10px; padding: .6em; }
.card img { width: 64px; height: 64px; object-fit: cover; border-radius: 6px; display: block; }
.card .name { font-weight: 700; }
.card a { color: #0b5e43; text-decoration: underline; align-self: center; }
.card .actions { justify-content: flex-start; align-items: center; }
.stars { flex-direction: row; flex-wrap: wrap; }
.star { position: relative; font-size: 1.6em; font-weight: 400; cursor: pointer; color: #b35c00; }
.star input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.star:focus-within { outline: 3px solid #b35c00; outline-offset: 1px; border-radius: 4px; }
.inbox { list-style: none; padding: 0; display: flex; flex-direction: column; gap: .6em; }
.inbox li { border: 1px solid #cbd2d9; border-radius: 10px; padding: .6em; display: flex; flex-direction: column; gap: .4em; }
.text, .answer { white-space: pre-wrap; overflow-wrap: anywhere; }
.answer { background: #e3f2ec; border-radius: 8px; padding: .4em .6em; }
.booked { font-weight: 600; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; left: 0; width: 100vw; max-height: 100vh; border-radius: 14px 14px 0 0; }
}
`;
