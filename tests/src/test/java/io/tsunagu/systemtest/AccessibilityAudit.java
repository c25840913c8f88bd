package io.tsunagu.systemtest;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Focused accessibility checks run in the page, through open shadow roots (the widget's): every visible
 * interactive element has an accessible name and is reached by the Tab key, and every visible text has a
 * contrast of at least 4.5:1 against what lies behind it (3:1 for large text, as WCAG 2.x AA asks).
 * These are the checks of axe-core's rules button-name, label, link-name and color-contrast, written for
 * the screens of this project: the names come from aria-label, aria-labelledby, a label, or the text.
 */
final class AccessibilityAudit {

    /** Marks the visible interactive elements with data-a11y and answers what is wrong with their names. */
    private static final String MARK_AND_NAME = """
            (scope) => {
              const roots = [];
              const collect = root => {
                roots.push(root);
                root.querySelectorAll('*').forEach(el => { if (el.shadowRoot) collect(el.shadowRoot); });
              };
              collect(document);
              const inScope = el => !scope || el.closest(scope) || (el.getRootNode().host && el.getRootNode().host.closest(scope));
              // Rendered and shown: not in a closed <details>, not hidden, not inert.
              const visible = el => {
                const box = el.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
                  && !el.closest('[inert]');
              };
              const text = el => (el.innerText || el.textContent || '').trim();
              const byIds = (el, ids) => ids.split(/\\s+/).map(id => el.getRootNode().getElementById(id)).filter(Boolean).map(text).join(' ').trim();
              const name = el => {
                if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
                if (el.getAttribute('aria-labelledby')) return byIds(el, el.getAttribute('aria-labelledby'));
                if (el.id) {
                  const label = el.getRootNode().querySelector(`label[for="${CSS.escape(el.id)}"]`);
                  if (label && text(label)) return text(label);
                }
                const wrapping = el.closest('label');
                if (wrapping && text(wrapping)) return text(wrapping);
                if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type)) return el.value;
                if (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName)) return text(el) || el.getAttribute('title') || '';
                return el.getAttribute('title') || '';
              };
              // A tabindex of -1 on anything else marks a place focused by script (a skip link's target), not a control.
              const selector = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
              const problems = [];
              let count = 0;
              // Tab enters a group of radio buttons once (arrows move within it): the group shares one mark.
              const groups = new Map();
              for (const root of roots) {
                for (const el of root.querySelectorAll(selector)) {
                  if (!inScope(el) || !visible(el) || el.disabled) continue;
                  const group = el.type === 'radio' && el.name ? groups.get(root)?.get(el.name) : undefined;
                  if (group !== undefined) {
                    el.setAttribute('data-a11y', group);
                  } else {
                    el.setAttribute('data-a11y', String(count++));
                    if (el.type === 'radio' && el.name) {
                      if (!groups.has(root)) groups.set(root, new Map());
                      groups.get(root).set(el.name, el.getAttribute('data-a11y'));
                    }
                  }
                  const what = `${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid || '?'}] "${text(el).slice(0, 40)}"`;
                  if (!name(el)) problems.push(`no accessible name: ${what}`);
                  if (el.tabIndex < 0) problems.push(`not in the Tab order (tabindex ${el.getAttribute('tabindex')}): ${what}`);
                }
              }
              return { count, problems };
            }
            """;

    /** The marked element that has the keyboard focus, through shadow roots; null when none of them has it. */
    private static final String FOCUSED_MARK = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              return el && el.getAttribute('data-a11y');
            }
            """;

    private static final String START_AT_TOP = """
            () => {
              const start = document.createElement('span');
              start.id = 'a11y-start';
              start.tabIndex = -1;
              document.body.prepend(start);
              start.focus();
            }
            """;

    /** What the marked elements are, for a message. */
    private static final String DESCRIBE_MARKS = """
            (marks) => {
              const all = [];
              const collect = root => root.querySelectorAll('*').forEach(el => {
                if (el.hasAttribute('data-a11y') && marks.includes(el.getAttribute('data-a11y'))) {
                  all.push(`${el.tagName.toLowerCase()}[data-testid=${el.dataset.testid || '?'}] "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`);
                }
                if (el.shadowRoot) collect(el.shadowRoot);
              });
              collect(document);
              return all;
            }
            """;

    /** Text whose contrast against its background is below 4.5:1 (3:1 when large). */
    private static final String LOW_CONTRAST = """
            (scope) => {
              const parse = color => {
                const m = color.match(/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?/);
                return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 1];
              };
              const luminance = ([r, g, b]) => {
                const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
              };
              const blend = (top, bottom) => {
                const a = top[3];
                return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
              };
              const parentOf = el => el.parentElement || (el.getRootNode().host || null);
              // The colours behind an element, from the page's white up to it; an image or gradient behind text is not judged.
              const background = el => {
                const layers = [];
                for (let node = el; node; node = parentOf(node)) {
                  const style = getComputedStyle(node);
                  if (style.backgroundImage !== 'none' && !style.backgroundImage.startsWith('url(')) return null;
                  const color = parse(style.backgroundColor);
                  if (color[3] > 0) layers.push(color);
                  if (color[3] >= 1) break;
                }
                return layers.reverse().reduce((under, layer) => blend(layer, under), [255, 255, 255, 1]);
              };
              const found = [];
              const visit = root => {
                root.querySelectorAll('*').forEach(el => {
                  if (el.shadowRoot) visit(el.shadowRoot);
                  if (['SCRIPT', 'STYLE', 'VIDEO', 'CANVAS', 'OPTION'].includes(el.tagName)) return;
                  const ownText = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join('');
                  if (!ownText) return;
                  if (scope && !el.closest(scope) && !(el.getRootNode().host && el.getRootNode().host.closest(scope))) return;
                  const box = el.getBoundingClientRect();
                  const style = getComputedStyle(el);
                  if (box.width === 0 || box.height === 0
                    || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })) return;
                  if (el.closest('[aria-hidden=true]') || el.closest(':disabled')) return;
                  const behind = background(el);
                  if (!behind) return;
                  const fg = blend(parse(style.color), behind);
                  const [l1, l2] = [luminance(fg), luminance(behind)].sort((a, b) => b - a);
                  const ratio = (l1 + 0.05) / (l2 + 0.05);
                  const size = parseFloat(style.fontSize);
                  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
                  if (ratio < (large ? 3 : 4.5)) {
                    found.push(`${ratio.toFixed(2)}:1 "${ownText.slice(0, 40)}" (${style.color} on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}))`);
                  }
                });
              };
              visit(document);
              return found;
            }
            """;

    private AccessibilityAudit() {
    }

    /**
     * What is wrong on the page now, within {@code scope} (a CSS selector; null for the whole page):
     * missing names, elements out of the Tab order or never reached by pressing Tab from the start
     * of the page, and text of low contrast. Empty when all is well.
     */
    static List<String> problems(Page page, String scope) {
        Map<?, ?> marked = (Map<?, ?>) page.evaluate(MARK_AND_NAME, scope);
        List<String> problems = new ArrayList<>(castList(marked.get("problems")));
        int count = ((Number) marked.get("count")).intValue();
        Set<String> reached = new LinkedHashSet<>();
        // Tab from the top of the page: focus a mark placed first in the body (not itself in the Tab order).
        page.evaluate(START_AT_TOP);
        // Every element once; the extra presses cover the page's elements outside the scope.
        for (int press = 0; press < count * 2 + 20 && reached.size() < count; press++) {
            page.keyboard().press("Tab");
            Object mark = page.evaluate(FOCUSED_MARK);
            if (mark != null) {
                reached.add(mark.toString());
            }
        }
        page.evaluate("() => document.getElementById('a11y-start')?.remove()");
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!reached.contains(String.valueOf(i))) {
                missed.add(String.valueOf(i));
            }
        }
        if (!missed.isEmpty()) {
            castList(page.evaluate(DESCRIBE_MARKS, missed)).forEach(element -> problems.add("not reached by Tab: " + element));
        }
        castList(page.evaluate(LOW_CONTRAST, scope)).forEach(text -> problems.add("contrast below 4.5:1: " + text));
        return problems;
    }

    private static List<String> castList(Object value) {
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
