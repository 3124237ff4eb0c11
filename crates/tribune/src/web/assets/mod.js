/* Keyboard shortcuts for Tribune's moderation queue. The page works without this file:
 * every action is a plain form. j/k move between comments, a approves, r refuses, b bans the
 * author, x selects for a bulk action. Keys are ignored while typing in a field. */
(function () {
  'use strict';
  // The site switch submits itself (the pages' CSP allows no inline handlers).
  var sites = document.getElementById('site');
  if (sites) sites.addEventListener('change', function () { sites.form.submit(); });
  var items = [].slice.call(document.querySelectorAll('.queue .item'));
  if (!items.length) return;
  var current = 0;
  function focus(i) {
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el, n) { el.classList.toggle('current', n === current); });
    items[current].focus();
  }
  items.forEach(function (el, n) { el.addEventListener('focus', function () { current = n; focus(n); }); });
  var submitting = false;
  document.addEventListener('keydown', function (e) {
    // A held key repeats: one press is one action, and one action per page.
    if (e.repeat || submitting || e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return;
    var item = items[current];
    if (e.key === 'j') { focus(current + 1); e.preventDefault(); }
    else if (e.key === 'k') { focus(current - 1); e.preventDefault(); }
    else if (e.key === 'x') { var box = item.querySelector('input[type=checkbox]'); box.checked = !box.checked; e.preventDefault(); }
    else if (e.key === 'a' || e.key === 'r' || e.key === 'b') {
      var form = item.querySelector('form[data-key="' + e.key + '"]');
      if (form) { e.preventDefault(); submitting = true; form.requestSubmit(); }
    }
  });
  focus(0);
})();
