// The iframe page (embed.html): tells the host page how tall the content is, whenever that
// changes, so that it can size the iframe to fit (README: "Embed it"), and follows the `theme`
// option's colour scheme. A file rather than an inline script, for a strict
// Content-Security-Policy (`script-src 'self'`); the colour scheme is set through the CSSOM,
// which `style-src 'self'` allows.
(function () {
  if (window.parent === window) return;
  var theme = new URLSearchParams(location.search).get('theme');
  document.documentElement.style.colorScheme = theme === 'dark' || theme === 'light' ? theme : 'light dark';
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'dialogue-explorer:height', height: height }, '*');
    }
  }
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
})();
