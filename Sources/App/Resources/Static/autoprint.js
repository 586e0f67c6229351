// The wall chart print page with ?print=1: open the print dialog once the page (and its chart) has loaded.
window.addEventListener("load", () => window.print());
