// clausebook serve: live reload and the build-problem overlay. Only `clausebook serve` sends this file; the built
// site never contains it. It runs under the site's Content-Security-Policy: a script from the site's origin, a
// stylesheet from the site's origin, no inline code or style, and every problem text is set with textContent.
(() => {
  'use strict';
  const ID = 'clausebook-serve-problems';
  let returnFocus = null;

  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__serve/serve.css';
  document.head.appendChild(style);

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function dismiss() {
    const panel = document.getElementById(ID);
    if (!panel) {
      return;
    }
    panel.remove();
    if (returnFocus && document.contains(returnFocus) && typeof returnFocus.focus === 'function') {
      returnFocus.focus();
    }
    returnFocus = null;
  }

  function problemItem(p) {
    const item = el('li', 'cb-serve__problem');
    const where = el('p', 'cb-serve__where');
    where.appendChild(el('code', 'cb-serve__file', p.line > 0 ? p.file + ':' + p.line : p.file));
    if (p.field) {
      where.appendChild(document.createTextNode(' '));
      where.appendChild(el('code', 'cb-serve__field', p.field));
    }
    item.appendChild(where);
    item.appendChild(el('p', 'cb-serve__message', p.message));
    if (p.hint) {
      const fix = el('p', 'cb-serve__hint');
      fix.appendChild(el('strong', null, 'Fix: '));
      fix.appendChild(document.createTextNode(p.hint));
      item.appendChild(fix);
    }
    return item;
  }

  function show(report) {
    const old = document.getElementById(ID);
    if (old) {
      old.remove();
    } else {
      returnFocus = document.activeElement;
    }
    const panel = el('section', 'cb-serve');
    panel.id = ID;
    panel.lang = 'en';
    panel.dir = 'ltr';
    panel.tabIndex = -1;
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', ID + '-title');
    const title = el('h2', 'cb-serve__title', report.title);
    title.id = ID + '-title';
    panel.appendChild(title);
    panel.appendChild(el('p', 'cb-serve__note', report.note));
    const list = el('ol', 'cb-serve__list');
    report.problems.forEach(p => list.appendChild(problemItem(p)));
    panel.appendChild(list);
    const close = el('button', 'cb-serve__close', 'Dismiss (Esc)');
    close.type = 'button';
    close.addEventListener('click', dismiss);
    panel.appendChild(close);
    document.body.appendChild(panel);
    panel.focus();
  }

  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && document.getElementById(ID)) {
      dismiss();
    }
  });

  const events = new EventSource('/__serve/events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problems', e => show(JSON.parse(e.data)));
  events.addEventListener('fixed', dismiss);
})();
