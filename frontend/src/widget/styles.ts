/**
 * The widget's own styles, inside its shadow root so that the retailer's CSS and ours never meet.
 * Retailers may set --tsunagu-accent and --tsunagu-accent-text on the element to match their brand.
 */
export const WIDGET_CSS = `
:host {
  --accent: var(--tsunagu-accent, #0b6e4f);
  --accent-text: var(--tsunagu-accent-text, #fff);
  display: inline-block;
  font: 15px/1.5 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", "Segoe UI", sans-serif;
  color: #1f2933;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; border-radius: 999px; border: 1px solid transparent; padding: .55em 1.2em; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
button:disabled { opacity: .6; cursor: progress; }
.launcher { display: flex; gap: .5em; align-items: center; flex-wrap: wrap; }
.ask { background: var(--accent); color: var(--accent-text); font-weight: 600; display: inline-flex; align-items: center; gap: .5em;
  box-shadow: 0 2px 6px rgba(0,0,0,.18); }
.ask svg { width: 1.3em; height: 1.3em; fill: currentColor; }
.lang { background: transparent; color: inherit; border-color: #c4ccd4; font-size: .85em; padding: .35em .9em; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: min(380px, calc(100vw - 32px));
  max-height: calc(100vh - 32px); overflow: auto; background: #fff; border-radius: 14px;
  box-shadow: 0 12px 40px rgba(15,23,42,.28); display: flex; flex-direction: column; }
.panel header { display: flex; justify-content: space-between; align-items: center; gap: .5em; padding: .9em 1.1em;
  background: var(--accent); color: var(--accent-text); border-radius: 14px 14px 0 0; }
.panel h2 { font-size: 1em; margin: 0; }
.close { background: transparent; color: inherit; padding: .1em .5em; font-size: 1.3em; line-height: 1; }
.body { padding: 1em 1.1em 1.2em; }
.body, .stack { display: flex; flex-direction: column; gap: .8em; }
label { display: flex; flex-direction: column; gap: .3em; font-weight: 600; font-size: .9em; }
label.check { flex-direction: row; align-items: flex-start; gap: .5em; font-weight: 400; }
label.check input { margin-top: .3em; }
textarea, select { font: inherit; padding: .5em .6em; border: 1px solid #c4ccd4; border-radius: 8px; width: 100%; }
textarea { min-height: 4.5em; resize: vertical; }
.hint { font-size: .8em; color: #52606d; margin: 0; }
.primary { background: var(--accent); color: var(--accent-text); font-weight: 600; }
.secondary { background: #fff; color: #1f2933; border-color: #c4ccd4; }
.danger { background: #c62828; color: #fff; font-weight: 600; }
.actions { display: flex; gap: .6em; justify-content: flex-end; flex-wrap: wrap; }
.position { font-size: 1.15em; font-weight: 700; margin: 0; }
.spinner { width: 28px; height: 28px; border-radius: 50%; border: 3px solid #d9e2ec; border-top-color: var(--accent);
  animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.stage { position: relative; background: #111; border-radius: 10px; overflow: hidden; aspect-ratio: 4 / 3; }
.stage video { width: 100%; height: 100%; object-fit: cover; display: block; }
.stage p { position: absolute; inset: auto 0 0; margin: 0; padding: .5em .8em; background: rgba(0,0,0,.55); color: #fff; font-size: .85em; }
.banner { margin: 0; padding: .5em 1.1em; background: #fff4ce; color: #5c4400; font-size: .85em; }
.error { color: #b71c1c; margin: 0; }
`;
