"""Every page, in Chinese and English, checked by axe-core (4.10, bundled by axe-selenium-python 3.x) in headless chromium.

Usage: axe_check.py BASE_URL. Signs in as the demo users office, liaison and admin (password in the README), walks the
links each one can follow (one page per route and tab, so /items/12 and /items/13 count once), adds the sign-in page and
a 404, and runs axe on each page in both languages. Exits non-zero when a page has a critical or serious violation, or
when a page the check must cover (REQUIRED) was not reached; prints every violation found either way.
Environment: AXE_SCREENSHOTS=dir keeps a screenshot of each page at each size in AXE_SIZES (default 1366x768);
AXE_REPORT=file.json writes every violation found.
"""
import json
import os
import re
import sys
from collections import Counter
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1].rstrip("/")
PASSWORD = "reform-demo-2026"
USERS = ["office", "liaison", "admin"]
LANGS = ["zh", "en"]
FAILING = ("critical", "serious")
SHOTS = os.environ.get("AXE_SCREENSHOTS")
SIZES = [tuple(int(n) for n in s.split("x")) for s in os.environ.get("AXE_SIZES", "1366x768").split(",")]
MAX_PAGES = 120  # per user and language; the routes are far fewer

# Routes the check must reach (as route patterns); a page that drops out of the walk fails the check.
REQUIRED = [
    "/", "/ledger", "/plans", "/plans/:id", "/items/:id", "/items/:id/edit", "/plans/:id/wallchart",
    "/plans/:id/wallchart/print", "/jurisdictions", "/units", "/users", "/account", "/audit", "/imports",
    "/imports/new", "/inbox", "/digest", "/reports/:id", "/plans/:id/reporting", "/login", "404",
    "/matters", "/matters/:id", "/matters/new", "/inspections", "/inspections/:id", "/findings/:id", "/rectifications",
    "/rectifications/:id", "/notices", "/notices/:id", "/notices/new", "/notices/unsigned", "/settings/notice-sequences",
    "/units/:id/records", "/obstacles", "/obstacles/:id", "/consultations", "/notifications", "/settings/webhooks",
    "/settings/notice-templates", "/jurisdictions/:id/ranking", "/jurisdictions/:id/ranking/weights", "/plans/:id/assign",
    "/plans/:id/amend",
    "/authorizations", "/authorizations/items/:id", "/authorizations/items/:id/edit", "/authorizations/new",
    "/authorizations/batches/:id/import", "/calendar",
    "/evaluations", "/evaluations/:id", "/evaluations/:id/subjects/:id", "/evaluations/:id/notice",
    "/replication", "/replication/:id", "/replication/import",
    "/publication", "/publication/plans/:id", "/ideas", "/ideas/new", "/ideas/calls/:id", "/ideas/submissions/:id",
    "/public", "/public/plans/:id", "/public/items/:id", "/public/authorizations", "/public/data", "/public/ideas",
    "/public/ideas/calls/:id", "/public/ideas/calls/:id/submit", "/public/ideas/:id", "/public/ideas/receipt/:token",
    "/powers", "/powers/items/:id", "/powers/items/:id/edit", "/powers/new", "/powers/decisions/:id/import",
    "/grassroots", "/grassroots/projects/:id", "/grassroots/new", "/grassroots/calls/:id/import",
    "/ideas/calls/:id/edit",
]
# Not pages: downloads, machine endpoints, and links that change state.
SKIP = re.compile(
    r"^/(api|static|health|metrics|evidence|logout|power-files)(/|$)"
    r"|^/(ledger|matters|rectifications|authorizations|replication|powers|grassroots)/export|^/evaluations/\d+/export"
    r"|\.(svg|csv|xlsx|json|pdf|atom)$|/evidence$|^/idea-attachments/")


def browser():
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


driver = browser()
driver.set_script_timeout(120)
wait = WebDriverWait(driver, 20)
axe = Axe(driver)


def pattern(url):
    """The route a URL belongs to, with its tab: /items/12?tab=x -> /items/:id?tab=x."""
    parts = urlsplit(url)
    path = re.sub(r"/\d+(?=/|$)", "/:id", parts.path) or "/"
    tab = dict(parse_qsl(parts.query)).get("tab")
    return path + (f"?tab={tab}" if tab else "")


def with_lang(url, lang):
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"] + [("lang", lang)]
    return parts._replace(query=urlencode(query)).geturl()


def login(username):
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    wait.until(EC.presence_of_element_located((By.ID, "f-username"))).send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()
    wait.until(lambda d: "/login" not in d.current_url)
    assert "logout" in driver.page_source, f"{username} is not signed in"


results = []  # (user, lang, pattern, url, violations)
covered = set()
axe_version = None


def check(user, lang, url, name, load=True):
    global axe_version
    if load:
        driver.get(with_lang(url, lang))
    axe.inject()
    if axe_version is None:
        axe_version = driver.execute_script("return axe.version")
        print(f"[axe] axe-core {axe_version}", flush=True)
        major, minor = (int(n) for n in axe_version.split(".")[:2])
        assert (major, minor) >= (4, 10), f"axe-core {axe_version} is too old: install axe-selenium-python>=3"
    found = axe.run()["violations"]
    results.append((user, lang, name, driver.current_url, found))
    covered.add(name)
    bad = [v for v in found if v["impact"] in FAILING]
    counts = Counter(v["impact"] for v in found)
    summary = ", ".join(f"{n} {impact}" for impact, n in sorted(counts.items())) or "clean"
    print(f"[axe] {'FAIL' if bad else 'ok  '} {user:8} {lang} {name:34} {summary}", flush=True)
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "dashboard"
        for width, height in SIZES:
            driver.set_window_size(width, height)
            driver.save_screenshot(os.path.join(SHOTS, f"{user}-{lang}-{slug}-{width}x{height}.png"))
        driver.set_window_size(1366, 768)


def links():
    hrefs = []
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]:not([download])"):
        href = a.get_attribute("href")
        if not href or not href.startswith(BASE):
            continue
        parts = urlsplit(href)
        if SKIP.search(parts.path):
            continue
        hrefs.append(parts._replace(fragment="").geturl())
    return hrefs


def walk(user, lang, start="/"):
    """Follows the user's links breadth first; checks the routes no earlier user's walk checked in this language."""
    checked = {r[2] for r in results if r[1] == lang}
    visited = set()
    queue = [BASE + start]
    while queue and len(visited) < MAX_PAGES:
        url = queue.pop(0)
        name = pattern(url)
        if name in visited:
            continue
        visited.add(name)
        driver.get(with_lang(url, lang))
        if name not in checked:
            check(user, lang, url, name, load=False)
        queue.extend(link for link in links() if pattern(link) not in visited)


def submit_idea(lang):
    """The public form, filled and sent as a visitor would: the receipt page that follows is checked too."""
    driver.get(BASE + "/public/ideas")
    call = next(h for h in links() if re.search(r"/public/ideas/calls/\d+$", urlsplit(h).path))
    driver.get(with_lang(call + "/submit", lang))
    driver.find_element(By.ID, "title").send_keys(f"无障碍检查的金点子 {lang}")
    driver.find_element(By.ID, "idea").send_keys("检查用的内容。")
    driver.find_element(By.ID, "problem").send_keys("检查用的问题。")
    driver.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click()
    wait.until(lambda d: "/submit" not in d.current_url or "JD-" in d.page_source)
    check("public", lang, driver.current_url, "/public/ideas/receipt/:token", load=False)


try:
    driver.delete_all_cookies()
    for lang in LANGS:
        check("-", lang, BASE + "/login", "/login")
    # The public side, without signing in.
    for lang in LANGS:
        walk("public", lang, "/public")
        submit_idea(lang)
    for user in USERS:
        login(user)
        for lang in LANGS:
            walk(user, lang)
            check(user, lang, BASE + "/no-such-page", "404")
finally:
    driver.quit()

failed = False
by_impact = Counter()
pages_with = {impact: set() for impact in ("critical", "serious", "moderate", "minor")}
for user, lang, name, url, found in results:
    for v in found:
        by_impact[v["impact"]] += 1
        pages_with.setdefault(v["impact"], set()).add(f"{name} ({lang})")
        if v["impact"] in FAILING:
            failed = True
        print(f"\n[axe] {v['impact'].upper()} {v['id']}: {v['help']} — {name} ({lang}, {user}) {url}")
        for node in v["nodes"][:5]:
            print(f"        {' '.join(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}")
        if len(v["nodes"]) > 5:
            print(f"        … and {len(v['nodes']) - 5} more")

missing = [name for name in REQUIRED if name not in covered]
print(f"\n[axe] {len(results)} page checks ({len({r[2] for r in results})} routes × {len(LANGS)} languages), axe-core {axe_version}")
for impact in ("critical", "serious", "moderate", "minor"):
    print(f"[axe] {impact:8}: {by_impact[impact]} violations on {len(pages_with[impact])} pages")
if os.environ.get("AXE_REPORT"):
    with open(os.environ["AXE_REPORT"], "w", encoding="utf8") as f:
        json.dump([{"user": u, "lang": l, "route": n, "url": url, "violations": [
            {"id": v["id"], "impact": v["impact"], "help": v["help"], "targets": [" ".join(x["target"]) for x in v["nodes"]]}
            for v in found]} for u, l, n, url, found in results], f, ensure_ascii=False, indent=1)
if missing:
    print(f"[axe] not reached: {', '.join(missing)}")
    failed = True
print("[axe] failed" if failed else "[axe] passed: no critical or serious violation", flush=True)
sys.exit(1 if failed else 0)
