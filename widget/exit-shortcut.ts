/**
 * GOV.UK's «Exit this page» shortcut: Shift pressed three times in a row within five seconds leaves the page. As
 * GOV.UK counts it: key releases anywhere on the page; any other key in between starts the count again, and a Shift
 * released after being held for another key (a capital letter) does not count.
 */
const WINDOW_MS = 5000;
const PRESSES = 3;

/** Listens on `target` until the returned function is called; `leave` runs on the third Shift. */
export function listenForShiftExit(target: EventTarget, leave: () => void): () => void {
  let count = 0;
  let since = 0;
  let lastWasModified = false;
  const onKeyUp = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (key.key === 'Shift' && !lastWasModified) {
      const now = performance.now();
      if (count === 0 || now - since > WINDOW_MS) {
        count = 0;
        since = now;
      }
      count += 1;
      if (count >= PRESSES) {
        count = 0;
        leave();
      }
    } else if (key.key !== 'Shift') {
      count = 0;
    }
    lastWasModified = key.shiftKey;
  };
  target.addEventListener('keyup', onKeyUp, true);
  return () => target.removeEventListener('keyup', onKeyUp, true);
}
