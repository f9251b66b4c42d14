// Starts Swagger UI on the node's own OpenAPI document. It lives in a file, not in an inline
// <script>, so the page runs under the node's Content-Security-Policy (script-src 'self').
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf-token"]');
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // No badge from the public validator: the page talks to this node only.
    validatorUrl: null,
    // "Try it out" runs with the admin's session; state changes need the session's CSRF token.
    requestInterceptor: function (request) {
      var method = (request.method || 'GET').toUpperCase();
      if (csrf && method !== 'GET' && method !== 'HEAD') {
        request.headers['X-CSRF-Token'] = csrf.getAttribute('content');
      }
      return request;
    }
  });
}());
