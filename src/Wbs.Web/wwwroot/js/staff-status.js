// Enhances the "Ubah status" form: shows the outcome and target-body fields only for the status that needs them.
// Without script every field stays visible with its label saying when it applies; the server checks either way.
"use strict";
(function () {
  const select = document.querySelector("select[name='Ubah.To']");
  if (!select) return;
  const parts = document.querySelectorAll("[data-for-status]");
  const update = function () {
    parts.forEach(function (part) { part.hidden = part.getAttribute("data-for-status") !== select.value; });
  };
  select.addEventListener("change", update);
  update();
})();
