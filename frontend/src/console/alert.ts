/** A short two-tone beep through WebAudio: no sound file to ship, and nothing plays until an offer comes. */
export function beep(createContext: () => AudioContext = () => new AudioContext()): boolean {
  let context: AudioContext;
  try {
    context = createContext();
  } catch {
    return false;
  }
  const start = context.currentTime;
  [880, 660].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + index * 0.2);
    gain.gain.exponentialRampToValueAtTime(0.25, start + index * 0.2 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + index * 0.2 + 0.18);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + index * 0.2);
    oscillator.stop(start + index * 0.2 + 0.2);
  });
  setTimeout(() => void context.close().catch(() => undefined), 1000);
  return true;
}

export interface NotificationApi {
  permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
}

function notificationApi(): NotificationApi | null {
  return typeof Notification === 'undefined' ? null : Notification;
}

/** Asks for permission once, from a click (browsers ignore requests without one). */
export function askNotificationPermission(api: NotificationApi | null = notificationApi()): void {
  if (api?.permission === 'default') {
    void api.requestPermission().catch(() => undefined);
  }
}

/** A desktop notification for an offer, only when permitted and the console is not what the staff member is looking at. */
export function notifyOffer(title: string, body: string, tag: string, hidden: boolean = document.hidden,
  api: NotificationApi | null = notificationApi(), create: (title: string, options: NotificationOptions) => unknown = (t, o) => new Notification(t, o)): boolean {
  if (!hidden || api?.permission !== 'granted') {
    return false;
  }
  try {
    create(title, { body, tag, requireInteraction: true });
    return true;
  } catch {
    return false;
  }
}
