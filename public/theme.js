/*
 * Theme: follows the system unless the reader picks light or dark; the choice
 * is kept in localStorage ("vp-theme") and nowhere else. This file is a
 * classic script loaded in <head> on purpose: it must set data-theme before
 * the first paint, or a dark-mode reader sees a white flash. (Astro bundles
 * <script> tags as deferred modules, too late for that.) Kept under 1 KB.
 */
(function () {
  var d = document.documentElement, k = 'vp-theme', v = null;
  d.setAttribute('data-js', '');
  try { v = localStorage.getItem(k); } catch (e) {}
  if (v === 'light' || v === 'dark') d.setAttribute('data-theme', v);
  document.addEventListener('DOMContentLoaded', function () {
    var s = document.getElementById('vp-theme');
    if (!s) return;
    s.value = d.getAttribute('data-theme') || 'system';
    s.addEventListener('change', function () {
      var x = s.value;
      if (x === 'light' || x === 'dark') d.setAttribute('data-theme', x); else d.removeAttribute('data-theme');
      try { if (x === 'system') localStorage.removeItem(k); else localStorage.setItem(k, x); } catch (e) {}
    });
  });
})();
