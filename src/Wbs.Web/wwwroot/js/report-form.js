// Enhances "Tambah Pengaduan": add more reported persons, a live 5W+1H hint and early file checks.
// The server repeats every check; this only saves a wasted upload on a slow connection.
"use strict";
(function () {
  const form = document.getElementById("report-form");
  if (!form) return;
  const maxRows = 20;

  const persons = document.getElementById("persons");
  const addPerson = document.getElementById("add-person");
  if (persons && addPerson) {
    // Without script the page shows a few fixed rows; with script, empty trailing rows go and "add another" brings them back.
    const empty = function (row) {
      return Array.prototype.every.call(row.querySelectorAll("input"), function (i) { return i.value.trim() === ""; });
    };
    const all = persons.querySelectorAll("[data-person-row]");
    const template = all[0].cloneNode(true);
    for (let i = all.length - 1; i > 0 && empty(all[i]); i--) all[i].remove();

    addPerson.hidden = false;
    addPerson.addEventListener("click", function () {
      const index = persons.querySelectorAll("[data-person-row]").length;
      if (index >= maxRows) return;
      const clone = template.cloneNode(true);
      clone.querySelector(".person-no").textContent = "Terlapor " + (index + 1);
      clone.querySelectorAll("input").forEach(function (input) {
        const field = input.name.substring(input.name.lastIndexOf(".") + 1);
        input.name = "Input.ReportedPersons[" + index + "]." + field;
        input.id = "Input_ReportedPersons_" + index + "__" + field;
        input.value = "";
        const label = input.parentElement.querySelector("label");
        if (label) label.htmlFor = input.id;
      });
      persons.appendChild(clone);
      clone.querySelector("input").focus();
      if (index + 1 >= maxRows) addPerson.hidden = true;
      update();
    });
  }

  function answered(key) {
    const fields = form.querySelectorAll('[data-w="' + key + '"]');
    if (key === "what") return Array.prototype.every.call(fields, function (f) { return f.value.trim() !== ""; });
    return Array.prototype.some.call(fields, function (f) { return f.value.trim() !== ""; });
  }

  function update() {
    let count = 0;
    document.querySelectorAll("[data-w-item]").forEach(function (item) {
      const ok = answered(item.getAttribute("data-w-item"));
      item.className = ok ? "answered" : "missing";
      if (ok) count++;
    });
    const counter = document.querySelector("[data-w-count]");
    if (counter) counter.textContent = String(count);
  }
  form.addEventListener("input", update);
  form.addEventListener("change", update);

  const fileCheck = window.wbsFileCheck(form);
  const files = fileCheck.files;
  const checkFiles = fileCheck.check;
  form.addEventListener("submit", function (event) {
    if (!checkFiles()) {
      event.preventDefault();
      files.focus();
    }
  });
  update();

  // After a refused submission, take keyboard and screen-reader users straight to the list of reasons.
  const reasons = form.querySelector(".error-summary");
  if (reasons && reasons.querySelector("li")) reasons.focus();
})();
