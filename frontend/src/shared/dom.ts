type AttributeValue = string | number | boolean | null | undefined;
export type Child = Node | string | number | null | undefined | false;

/** A small element builder: attributes (false/null/undefined left out, true as an empty attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(typeof child === 'number' ? String(child) : child);
    }
  }
  return element;
}

/** A video element for a live stream; muted for one's own preview, so one does not hear oneself. */
export function liveVideo(testId: string, label: string, muted: boolean): HTMLVideoElement {
  const video = h('video', { 'data-testid': testId, 'aria-label': label, autoplay: true, playsinline: true });
  video.muted = muted;
  return video;
}

/** Shows a stream in a video element; play() is retried by the browser's autoplay, so a refusal is not an error. */
export function showStream(video: HTMLVideoElement, stream: MediaStream): void {
  if (video.srcObject !== stream) {
    video.srcObject = stream;
  }
  video.play().catch(() => undefined);
}

/** Puts the focus back on a redrawn control; a text field gets its caret at the end, where typing goes on. */
export function refocus(element: HTMLElement | null): void {
  if (!element) {
    return;
  }
  element.focus();
  if (element instanceof HTMLInputElement && element.type === 'text' || element instanceof HTMLTextAreaElement) {
    const end = element.value.length;
    element.setSelectionRange(end, end);
  }
}
