// Before anything else loads: whether to paint the app's frame at once (someone is signed in),
// and in which language, so the page is not blank while its code arrives. The app removes it as it first draws.
try {
  // Who is signed in, as the server wrote it into the page before this script (its session data block).
  var block = document.getElementById('alteryx-jobs-session');
  var s = block ? JSON.parse(block.textContent || 'null') : null;
  if (s && (!s.expiresAt || s.expiresAt > Date.now()) && location.pathname.indexOf('/sign-in') !== 0) {
    document.documentElement.setAttribute('data-frame', 'app');
  }
  var lang = localStorage.getItem('language') || (navigator.language.toLowerCase().indexOf('ja') === 0 ? 'ja' : 'en');
  document.documentElement.lang = lang === 'ja' ? 'ja' : 'en';
  // The first Intl.RelativeTimeFormat costs 40-70 ms here (later ones next to nothing), and the
  // app's first render needs one ("updated 3 s ago"). Made once the frame has painted (sooner, it
  // held the paint back), while the app's code is still downloading, that time is spent while the
  // page would only wait.
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    setTimeout(function () {
      new Intl.RelativeTimeFormat(document.documentElement.lang, { numeric: 'auto', style: 'short' }).format(-1, 'second');
    });
  }).observe({ type: 'paint' });
} catch {
  // No frame: the page paints when the app does.
}
