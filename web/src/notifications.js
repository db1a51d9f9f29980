// Movement breaks as system notifications, for when Unknot is in the background. Only an
// installed Unknot asks (a browser tab's notifications are what people block first), only after
// the user presses "Allow notifications", and only a hidden page notifies: an open one shows the
// reminder itself. Access codes are enum class NotifyAccess (src/core/flow/hosting.h).
import { NOTIFY_ACCESS } from 'unknot-contract';

// Notification.permission -> the core's access code.
const ACCESS = { default: NOTIFY_ACCESS.ask, granted: NOTIFY_ACCESS.granted, denied: NOTIFY_ACCESS.denied };

function installed() {
  return window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
}

export function createNotifier(onAccessChanged) {
  function notificationAccess() {
    if (!('Notification' in window) || !('serviceWorker' in navigator) || !installed()) return NOTIFY_ACCESS.unavailable;
    return ACCESS[Notification.permission] ?? NOTIFY_ACCESS.unavailable;
  }
  return {
    notificationAccess,
    askNotificationPermission() {
      Notification.requestPermission().then(onAccessChanged, onAccessChanged);
    },
    async notify(title, body) {
      if (document.visibilityState === 'visible' || notificationAccess() !== ACCESS.granted) return;
      try {
        const registration = await navigator.serviceWorker.ready;
        // One tag: a reminder replaces an unanswered one instead of piling up.
        await registration.showNotification(title, { body, tag: 'unknot-move', icon: 'icon-192.png' });
      } catch {
        // Refused by the system: the reminder still waits in the app.
      }
    },
  };
}
