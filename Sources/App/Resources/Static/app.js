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
  // The ledger's filters are folded on a phone so the list is on the first screen, and open on wider screens
  // (the server renders them open). Choosing in a list never reloads the page: 筛选 applies the filters.
  const narrow = window.matchMedia("(max-width: 760px)");
  document.querySelectorAll("details.filters-box").forEach((box) => {
    box.open = !narrow.matches;
    narrow.addEventListener("change", () => { box.open = !narrow.matches; });
  });
});
