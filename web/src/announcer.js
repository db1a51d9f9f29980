// Speaks for the canvas: text put in an aria-live region is read by screen readers. Polite
// messages (phase changes, "saved") wait for the current speech; assertive ones (errors,
// warning signs) interrupt it.

function region(id, politeness) {
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement('div');
    element.id = id;
    element.className = 'visually-hidden';
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    if (politeness === 'assertive') element.setAttribute('role', 'alert');
    document.body.appendChild(element);
  }
  return element;
}

export function announce(text, assertive) {
  const element = region(assertive ? 'announce-assertive' : 'announce-polite', assertive ? 'assertive' : 'polite');
  // The same words twice in a row must still be read: a changed text is what triggers speech.
  element.textContent = element.textContent === text ? `${text}\u00a0` : text;
  window.dispatchEvent(new CustomEvent('unknot:announce', { detail: { text, assertive } }));
}
