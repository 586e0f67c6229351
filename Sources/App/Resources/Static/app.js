// Small enhancements only: every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // The menu's groups: one open at a time, closed by a click elsewhere or by Esc (focus back on the group's name).
  const groups = [...document.querySelectorAll("details.navgroup")];
  groups.forEach((g) => g.addEventListener("toggle", () => { if (g.open) groups.forEach((o) => { if (o !== g) o.open = false; }); }));
  document.addEventListener("click", (e) => groups.forEach((g) => { if (g.open && !g.contains(e.target)) g.open = false; }));
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    groups.forEach((g) => { if (g.open) { g.open = false; g.querySelector("summary").focus(); } });
  });
  // data-print="a4" prints on A4 portrait (app.css: the named page a4portrait) instead of the A3 landscape default.
  document.querySelectorAll("[data-print]").forEach((b) => b.addEventListener("click", () => {
    document.body.classList.toggle("print-a4", b.dataset.print === "a4");
    window.print();
  }));
  window.addEventListener("afterprint", () => document.body.classList.remove("print-a4"));
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

// A running job's page follows the job: the API is asked every two seconds and the page reloads when it ends.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("section.job[data-job-active='1']");
  if (!box) return;
  const id = box.dataset.job;
  const bar = box.querySelector("progress");
  const percent = box.querySelector(".job-percent");
  const note = box.querySelector(".job-note");
  const tick = async () => {
    try {
      const r = await fetch(`/api/v1/jobs/${id}`, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!r.ok) return;
      const job = await r.json();
      if (!["queued", "running"].includes(job.state)) { window.location.reload(); return; }
      if (job.progress.percent !== null && job.progress.percent !== undefined) {
        bar.max = 100; bar.value = job.progress.percent; percent.textContent = `${job.progress.percent}%`;
      }
      note.textContent = job.progress.note || "";
    } catch (_) { /* the next tick tries again */ }
    window.setTimeout(tick, 2000);
  };
  window.setTimeout(tick, 2000);
});

// A "select all" box over a list of checkboxes (batch 签收, bulk amendments): hidden without JavaScript, where each
// row is ticked by hand.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-select-all]").forEach((all) => {
    const form = all.form || all.closest("form") || document;
    const boxes = () => form.querySelectorAll(`input[type=checkbox][name="${all.dataset.selectAll}"]`);
    all.hidden = false;
    all.addEventListener("change", () => boxes().forEach((b) => { b.checked = all.checked; }));
  });
});
