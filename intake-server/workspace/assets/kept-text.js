// What a coordinator types into a note is kept in this tab (sessionStorage) until it is saved, so a session that
// ended before she pressed «Lagre» (two idle hours, or «Logg ut» in another tab) does not take the text with it: she
// signs in again, sign-in brings her back to the page, and the note is in its field again. A page reached with
// `?lagret=` (the form was saved) forgets the notes of the application in its address; «Logg ut» and «Logg ut overalt»
// in this tab forget them all. Without sessionStorage (private mode) nothing is kept and the form works as before.
(() => {
  const PREFIX = 'rv-kept:';
  const keys = () => {
    try {
      return Object.keys(sessionStorage).filter((key) => key.startsWith(PREFIX));
    } catch {
      return [];
    }
  };
  const forget = (key) => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing was kept
    }
  };
  for (const form of document.querySelectorAll('form.header-sign-out, form.sign-out-everywhere')) {
    form.addEventListener('submit', () => keys().forEach(forget));
  }
  if (new URLSearchParams(location.search).has('lagret')) {
    // data-kept is "<application id>:<field>": the saved form was on that application's pages.
    keys().filter((key) => location.pathname.split('/').includes(key.slice(PREFIX.length).split(':')[0])).forEach(forget);
  }
  for (const field of document.querySelectorAll('textarea[data-kept]')) {
    const key = PREFIX + field.dataset.kept;
    try {
      const kept = sessionStorage.getItem(key);
      if (kept && field.value.trim() === '') field.value = kept;
    } catch {
      continue;
    }
    field.addEventListener('input', () => {
      try {
        if (field.value.trim() === '') sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, field.value);
      } catch {
        // not kept: the quota is full or storage refuses
      }
    });
  }
})();
