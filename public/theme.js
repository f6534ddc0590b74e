/*
 * Theme: follows the system unless the reader picks light or dark; the choice
 * is kept in localStorage ("vp-theme") only. A classic script in <head> on
 * purpose: it must set data-theme before the first paint, or a dark-mode
 * reader sees a white flash (Astro's <script>s are deferred modules). Also
 * registers the offline copy, except in a SCORM package (data-sco).
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
  // Offline copy (scripts/offline-sw.mjs): sw.js sits beside this file, so
  // its URL and scope follow the base path. Failures stay silent.
  try {
    var w = navigator.serviceWorker, me = document.currentScript;
    if (w && me && !('sco' in me.dataset) && location.protocol !== 'file:') addEventListener('load', function () {
      w.register(new URL('sw.js', me.src).href).catch(function () {});
    });
  } catch (e) {}
})();
