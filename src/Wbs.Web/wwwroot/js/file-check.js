// The evidence limits of a report form, checked before upload so a reporter learns early; the server checks again.
window.wbsFileCheck = function (form) {
  const files = document.getElementById("Files");
  const summary = document.getElementById("file-summary");
  const maxFile = Number(form.dataset.maxFileBytes);
  const maxTotal = Number(form.dataset.maxReportBytes);
  const maxFiles = Number(form.dataset.maxFiles);
  function mb(bytes) { return (bytes / 1048576).toFixed(1).replace(".", ",") + " MB"; }
  function checkFiles() {
    if (!files || !summary) return true;
    const problems = [];
    let total = 0;
    Array.prototype.forEach.call(files.files, function (f) {
      total += f.size;
      if (f.size === 0) problems.push('Berkas "' + f.name + '" kosong (0 bita).');
      else if (f.size > maxFile) problems.push('Berkas "' + f.name + '" berukuran ' + mb(f.size) + ", melebihi batas " + mb(maxFile) + " per berkas.");
    });
    if (files.files.length > maxFiles) problems.push("Terlalu banyak berkas: paling banyak " + maxFiles + ".");
    if (total > maxTotal) problems.push("Ukuran total " + mb(total) + " melebihi batas " + mb(maxTotal) + ".");
    summary.textContent = files.files.length ? files.files.length + " berkas dipilih, total " + mb(total) + "." : "";
    problems.forEach(function (p) {
      const span = document.createElement("span");
      span.className = "error-text";
      span.textContent = p;
      summary.appendChild(span);
    });
    return problems.length === 0;
  }
  if (files) files.addEventListener("change", checkFiles);
  return { files: files, check: checkFiles };
};
