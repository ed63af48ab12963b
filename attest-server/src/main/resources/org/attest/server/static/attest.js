// Attest: a little help where it helps; every page works without it.
// On an article, a click on a mark shows its details in a card beside it (the link to the list entry still works: the card says where).
(function () {
  'use strict';
  var card = null;
  function close() { if (card) { card.remove(); card = null; } }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('.text [title]') : null;
    if (!mark) { if (card && !card.contains(e.target)) close(); return; }
    e.preventDefault();
    close();
    card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.textContent = mark.getAttribute('title');
    var ref = mark.getAttribute('href') || (mark.dataset.ref ? '#' + mark.dataset.ref : null);
    if (ref) {
      var more = document.createElement('a');
      more.href = ref;
      more.textContent = ' (in the list →)';
      card.appendChild(more);
    }
    var r = mark.getBoundingClientRect();
    card.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 360)) + 'px';
    card.style.top = (window.scrollY + r.bottom + 6) + 'px';
    document.body.appendChild(card);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });
}());
// A form sent by GET leaves its empty fields out of the address: links stay short ("/figures?subject=ISIS+fighters").
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') return;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value === '') el.disabled = true;
    });
  });
  // back to a page whose fields were left out: they come back
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form [disabled]'), function (el) { el.disabled = false; });
  });
}());
