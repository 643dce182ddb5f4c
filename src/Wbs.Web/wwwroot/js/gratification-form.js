// Enhances "Lapor Gratifikasi": the legal deadline follows the typed receipt date, and chosen files are checked early.
// The server computes the deadline (with the agency's holidays) and repeats every check; without script a button does it.
"use strict";
(function () {
  const form = document.getElementById("grt-form");
  if (!form) return;

  // After a refused submit, keyboard and screen-reader users start at the list of what to fix.
  const reasons = form.querySelector(".error-summary");
  if (reasons) reasons.focus();

  const date = document.getElementById("Input_ReceivedDate");
  const box = form.querySelector("[data-deadline-box]");
  const button = document.getElementById("hitung-batas-waktu");
  const url = form.dataset.deadlineUrl;
  if (date && box && url) {
    const datePart = box.querySelector("[data-deadline-date]");
    const dateText = box.querySelector("[data-deadline-text]");
    const leftText = box.querySelector("[data-deadline-left]");
    const message = box.querySelector("[data-deadline-message]");
    let asked = 0;
    let timer = 0;

    const show = function (answer) {
      box.className = "deadline-box deadline-" + answer.state;
      datePart.hidden = !answer.valid;
      dateText.textContent = answer.deadlineText || "";
      leftText.textContent = answer.leftText || "";
      message.textContent = answer.message;
    };

    const ask = function () {
      const mine = ++asked;
      const separator = url.indexOf("?") >= 0 ? "&" : "?";
      fetch(url + separator + "tanggal=" + encodeURIComponent(date.value), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) { if (answer && mine === asked) show(answer); })
        .catch(function () { if (button && placeOfButton) placeOfButton.appendChild(button); });
    };

    const later = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 200);
    };
    date.addEventListener("change", later);
    date.addEventListener("input", later);
    // The box follows the date by itself now. The no-script button goes (a hidden one would still catch Enter) and
    // comes back only if the server cannot be asked.
    const placeOfButton = button ? button.parentElement : null;
    if (button) button.remove();
  }

  window.wbsFileCheck(form);
})();
