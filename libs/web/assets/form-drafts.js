/* global window, document, URL */
// Keeps what is typed into a page's forms until it is saved (Under mötet): every text field of a
// form marked data-draft is copied to localStorage as it is typed, per page, form and field, and
// put back when the page is loaded again (a reload, a lost connection, a closed tab). A form the
// server marks data-draft-saved was just saved: its drafts are cleared. A draft the same as the
// text shown is kept without a notice. Without JavaScript the forms work as before; nothing here is needed.
const PREFIX = 'samverkan-utkast';

function storage() {
  try {
    const probe = `${PREFIX}:probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null; // private mode or storage turned off: the page still works, without drafts
  }
}

function keyOf(page, form, field) {
  return `${PREFIX}:${page}:${form.dataset.draft}:${field.name}`;
}

function fieldsOf(form) {
  return [...form.querySelectorAll('[data-draft-field]')].filter((field) => field.name);
}

function restoredNotice(form, store, page) {
  const notice = document.createElement('div');
  notice.className = 'ds-alert run-draft-notice';
  notice.dataset.color = 'info';
  const text = document.createElement('p');
  text.className = 'ds-paragraph';
  text.dataset.size = 'sm';
  text.textContent = 'Osparad text från förra gången är återställd. Spara för att behålla den.';
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'ds-button';
  discard.dataset.variant = 'tertiary';
  discard.dataset.size = 'sm';
  discard.textContent = 'Släng den osparade texten';
  discard.addEventListener('click', () => {
    for (const field of fieldsOf(form)) {
      store.removeItem(keyOf(page, form, field));
      field.value = field.defaultValue;
    }
    notice.remove();
    fieldsOf(form)[0]?.focus();
  });
  notice.append(text, discard);
  form.prepend(notice);
}

function start() {
  const root = document.querySelector('[data-drafts]');
  const store = storage();
  if (!root || !store) return;
  const page = root.dataset.drafts;
  for (const form of root.querySelectorAll('form[data-draft]')) {
    const saved = form.hasAttribute('data-draft-saved');
    let restored = false;
    for (const field of fieldsOf(form)) {
      const key = keyOf(page, form, field);
      const draft = store.getItem(key);
      if (saved) store.removeItem(key);
      else if (draft !== null && draft !== field.value) {
        field.value = draft;
        restored = true;
      }
      // Kept until the form is saved or the draft thrown away: after a refused save the page shows
      // the typed text, and a reload then must still find it.
      field.addEventListener('input', () => store.setItem(key, field.value));
    }
    if (restored) restoredNotice(form, store, page);
  }
  // The drafts of a saved form are cleared once: a later reload of this address must not clear
  // what was typed since.
  const url = new URL(window.location.href);
  if (url.searchParams.has('sparat')) {
    url.searchParams.delete('sparat');
    window.history.replaceState(null, '', url);
  }
}

start();
// After a refused save the page opens on its summary of what to correct (Under mötet, and the
// administration pages, which keep no drafts).
document.querySelector('[data-focus-on-load]')?.focus();
