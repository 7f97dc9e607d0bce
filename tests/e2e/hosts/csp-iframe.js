// The README's resize script, as a file for csp-iframe.html (its policy refuses inline scripts);
// the iframe is sized through the CSSOM, which style-src 'self' allows. The messages are kept
// for the tests.
window.heightMessages = [];
var iframe = document.getElementById('frame');
iframe.style.cssText = 'width: 100%; height: 300px; border: 0; background: transparent; color-scheme: light';
addEventListener('message', function (e) {
  if (e.source !== iframe.contentWindow) return;
  if (e.data && e.data.type === 'dialogue-explorer:height') {
    window.heightMessages.push(e.data.height);
    iframe.style.height = e.data.height + 'px';
  }
});
