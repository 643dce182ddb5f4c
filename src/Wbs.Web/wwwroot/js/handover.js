// Enhances the hand-over form: "Hitamkan pilihan" wraps the text selected in a box in [[ ]], the marker the server reads.
// Without script the markers are typed by hand; the server checks them either way.
"use strict";
(function () {
  document.querySelectorAll("[data-redact]").forEach(function (button) {
    const box = document.getElementById(button.getAttribute("data-redact"));
    if (!box) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      const start = box.selectionStart, end = box.selectionEnd;
      if (start === end) return;
      box.value = box.value.slice(0, start) + "[[" + box.value.slice(start, end) + "]]" + box.value.slice(end);
      box.focus();
      box.setSelectionRange(end + 4, end + 4);
    });
  });
})();
