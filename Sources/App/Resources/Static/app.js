// Small enhancements only: every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((b) => b.addEventListener("click", () => window.print()));
  document.querySelectorAll("form[data-confirm]").forEach((f) =>
    f.addEventListener("submit", (e) => { if (!window.confirm(f.dataset.confirm)) e.preventDefault(); }));
  // Empty filter fields are left out of the URL so a shared link stays short.
  document.querySelectorAll("form.filters").forEach((f) =>
    f.addEventListener("submit", () => f.querySelectorAll("input, select").forEach((el) => { if (!el.value) el.disabled = true; })));
  // Long unit lists get a filter box.
  document.querySelectorAll(".checklist").forEach((list) => {
    const filter = list.querySelector(".checklist-filter");
    if (!filter || list.querySelectorAll("label").length < 8) return;
    filter.hidden = false;
    filter.addEventListener("input", () => {
      const q = filter.value.trim();
      list.querySelectorAll("label").forEach((l) => { l.hidden = q !== "" && !l.textContent.includes(q); });
    });
  });
  document.querySelectorAll("select[name=plan], select[name=per_page], select[name=sort], select[name=scope]").forEach((s) =>
    s.addEventListener("change", () => s.form && s.form.requestSubmit()));
});
