/* The demo page: the key and the language from the address's fragment. */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.hash.slice(1));
  var root = document.getElementById("widget");
  root.setAttribute("data-key", params.get("key") || "");
  root.setAttribute("data-lang", params.get("lang") || "it");
})();
