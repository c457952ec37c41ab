// Test aid, not part of the demo: `pnpm start` adds this classic script as the first script of every
// page when WOO_KIT_ERROR_LOG=1 (the end-to-end tests set it). It records every uncaught error,
// unhandled promise rejection, console.error and Content-Security-Policy violation in
// window.__wooErrors, so a test in any engine — also over WebDriver, which has no console events — can
// read what went wrong.
(function () {
  var errors = (window.__wooErrors = []);
  window.addEventListener('error', function (event) {
    errors.push('error: ' + (event.error && event.error.stack ? event.error.stack : event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    errors.push(
      'unhandled rejection: ' + String(event.reason && event.reason.stack ? event.reason.stack : event.reason),
    );
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    errors.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };
})();
