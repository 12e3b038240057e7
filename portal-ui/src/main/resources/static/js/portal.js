// Spring Security wants the CSRF token on every state-changing request: htmx sends it as a header,
// read from the meta tags the layout writes for signed-in users.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
