// The canvas is one opaque picture to assistive technology, so the page keeps a transparent DOM
// copy of what is on screen (window.unknot.widgets()), in drawing order, which is reading order:
// the screen's text as headings, paragraphs, lists, status lines, timers and described images,
// and a real element per interactive item with its translated name, role and state, each laid
// over its rect. The Back button sits in a `nav` landmark, everything else in `main`.
// Activating a control (a screen reader's double tap or Enter) presses the same item in the app,
// and focusing one gives that item the app's keyboard focus. The copy takes no mouse or touch
// input (pointer-events: none): those reach the canvas as before. It is rebuilt only when the
// widgets' signature changes, never on every frame, and reuses its elements: an element keeps no
// attribute the item now in its place does not have.

// Controls, by role: the element and the ARIA role and state attribute they need.
const CONTROLS = {
  button: { tag: 'button' },
  checkbox: { tag: 'button', role: 'checkbox', checked: true },
  radio: { tag: 'button', role: 'radio', checked: true },
  tab: { tag: 'button', role: 'tab', selected: true },
  switch: { tag: 'button', role: 'switch', checked: true },
  textbox: { tag: 'button' },
};

// Text, by role (ids "text.N"): read, never pressed.
const TEXT = {
  heading: (item) => ({ tag: `h${Math.min(6, Math.max(1, item.level || 1))}` }),
  paragraph: () => ({ tag: 'p' }),
  listitem: () => ({ tag: 'li' }),
  status: () => ({ tag: 'div', role: 'status' }),
  timer: () => ({ tag: 'div', role: 'timer' }),
  img: () => ({ tag: 'div', role: 'img', named: true }),
};

const isText = (item) => item.id.startsWith('text.') && TEXT[item.role];
const KEPT_ATTRIBUTES = new Set(['style', 'tabindex', 'type']);

// How one item is shown: its element's tag, and the attributes it carries.
function shapeOf(item) {
  if (isText(item)) return { ...TEXT[item.role](item), text: true };
  return { ...(CONTROLS[item.role] || CONTROLS.button), text: false };
}

function describe(element, item, shape) {
  for (const { name } of [...element.attributes]) {
    if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(name);
  }
  if (shape.role) element.setAttribute('role', shape.role);
  if (shape.text) {
    if (shape.named) {
      element.setAttribute('aria-label', item.label);
      element.textContent = '';
    } else {
      element.textContent = item.label;
    }
  } else {
    element.textContent = '';
    element.setAttribute('aria-label', item.role === 'textbox' && item.value ? `${item.label}: ${item.value}` : item.label);
    if (shape.checked) element.setAttribute('aria-checked', String(item.value === 'checked' || item.value === 'on'));
    if (shape.selected) element.setAttribute('aria-selected', String(item.value === 'selected'));
    if (item.value === 'expanded' || item.value === 'collapsed') {
      element.setAttribute('aria-expanded', String(item.value === 'expanded'));
    }
    element.disabled = !item.enabled;
    element.dataset.widget = item.id;
  }
  const { x, y, w, h } = item.rect;
  Object.assign(element.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
}

// The DOM wanted under a landmark: one node per item, consecutive list items inside one list.
function plan(items) {
  const nodes = [];
  for (const item of items) {
    const shape = shapeOf(item);
    if (shape.tag === 'li') {
      const last = nodes[nodes.length - 1];
      const list = last && last.tag === 'ul' ? last : null;
      if (list) list.children.push({ tag: 'li', item, shape });
      else nodes.push({ tag: 'ul', children: [{ tag: 'li', item, shape }] });
    } else {
      nodes.push({ tag: shape.tag, item, shape });
    }
  }
  return nodes;
}

// Makes parent's children match the plan, reusing an element where its tag still fits.
function reconcile(parent, nodes) {
  while (parent.children.length > nodes.length) parent.lastChild.remove();
  nodes.forEach((node, i) => {
    let element = parent.children[i];
    if (!element || element.tagName !== node.tag.toUpperCase()) {
      const fresh = document.createElement(node.tag);
      if (node.tag === 'button') {
        fresh.type = 'button';
        fresh.tabIndex = -1;  // keyboard users move through the canvas's own focus (Tab)
      }
      if (element) element.replaceWith(fresh); else parent.appendChild(fresh);
      element = fresh;
    }
    if (node.children) reconcile(element, node.children);
    else describe(element, node.item, node.shape);
  });
}

export function createMirror(api, core) {
  const layer = document.createElement('div');
  layer.id = 'a11y-mirror';
  const nav = document.createElement('nav');
  const main = document.createElement('main');
  layer.append(nav, main);
  document.body.appendChild(layer);
  let signature = null;

  layer.addEventListener('click', (event) => {
    const target = event.target.closest('[data-widget]');
    if (!target) return;
    core.pressWidget(target.dataset.widget);
    api.wake();
  });
  // A screen reader moving to an item gives it the app's keyboard focus too.
  layer.addEventListener('focusin', (event) => {
    const target = event.target.closest('[data-widget]');
    if (!target) return;
    core.focusWidget(target.dataset.widget);
    api.wake();
  });

  return {
    // After a drawn frame: cheap unless what is on screen changed.
    update() {
      const now = core.widgetsSignature();
      if (now === signature) return;
      signature = now;
      const items = api.widgets();
      const focusedId = document.activeElement && document.activeElement.dataset
        ? document.activeElement.dataset.widget : null;
      const back = items.filter((item) => item.id === 'nav.back');
      reconcile(nav, plan(back));
      nav.hidden = back.length === 0;  // no empty landmark on home
      reconcile(main, plan(items.filter((item) => item.id !== 'nav.back')));
      // A screen reader that was on an item stays on it when the same item is redrawn.
      if (focusedId) {
        const again = layer.querySelector(`[data-widget="${CSS.escape(focusedId)}"]`);
        if (again && again !== document.activeElement) again.focus({ preventScroll: true });
      }
    },
  };
}
