"""A liaison files a progress report and the office accepts it, in a real browser (headless chromium).

Usage: browser_test.py BASE_URL WORK_DIR. Uses the demo accounts (password in the README). Each step checks
what a person would see; any failure raises and exits non-zero. Prints one line per step.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, WORK = sys.argv[1], sys.argv[2]
PASSWORD = "reform-demo-2026"
SHOTS = os.environ.get("BROWSER_TEST_SCREENSHOTS")


def browser():
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-CN"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


driver = browser()
wait = WebDriverWait(driver, 20)
step_no = 0


def step(text):
    global step_no
    step_no += 1
    print(f"[browser] {step_no}. {text}", flush=True)
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        driver.save_screenshot(os.path.join(SHOTS, f"{step_no:02d}.png"))


def login(username):
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    wait.until(EC.presence_of_element_located((By.ID, "f-username"))).send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys(PASSWORD)
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]"))
    wait.until(lambda d: "/login" not in d.current_url)
    assert "logout" in driver.page_source, f"{username} is not signed in"
    step(f"signed in as {username}")


def api(path):
    """A GET of the JSON API with the browser's session cookie, made by fetch() from the page that is open, so the
    page itself is not navigated away from (a navigation here could cancel a form post still on its way)."""
    result = driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: "same-origin", headers: {Accept: "application/json"}})
          .then(r => r.text().then(t => done({status: r.status, body: t})), e => done({status: 0, body: String(e)}));""",
        BASE + path,
    )
    assert result["status"] == 200, f"GET {path} answered {result['status']}: {result['body'][:300]}"
    return json.loads(result["body"])


def submit(element):
    """Clicks a form's submit button and waits until the answer has replaced the page: the old button goes stale
    and the new document has loaded. Reading anything before that may see the page from before the post."""
    element.click()

    def gone(_):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            # Stale, or (chromium, mid-navigation) "Node with given id does not belong to the document": gone.
            return True

    wait.until(gone)
    loading = WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,))
    loading.until(lambda d: d.execute_script("return document.readyState") == "complete")


def click(selector):
    submit(wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, selector))))


try:
    # The office picks a task of 龙华区发改局 (the liaison's unit) that nobody has assigned yet, and assigns it.
    login("office")
    unit = next(u for u in api("/api/v1/units?q=" + "龙华区发展和改革局")["items"] if u["name"] == "深圳市龙华区发展和改革局")
    rows = api(f"/api/v1/ledger?unit={unit['id']}&role=lead&scope=leaves&per_page=100")["items"]
    item = next(r for r in rows if r["status"] not in ("done", "suspended") and not api(f"/api/v1/items/{r['id']}/assignments")["items"])
    before = item["ownPercent"]
    driver.get(f"{BASE}/items/{item['id']}")
    click("form[action$='/assignments'] button[type=submit]")
    wait.until(EC.text_to_be_present_in_element((By.ID, "reporting"), "未签收"))
    step(f"office assigned item {item['id']} ({item['title']})")

    # The liaison finds it in the inbox, signs for it, and files a report with a PDF.
    login("liaison")
    driver.get(BASE + "/inbox?tab=sign")
    assert item["title"] in driver.page_source, "the assigned task is not in the liaison's inbox"
    row = next(tr for tr in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if item["title"] in tr.text)
    submit(row.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    # The page was already /inbox before the click: wait for the old row to go (the post answered and the page
    # reloaded), or the item page may be read before the signature is saved.
    wait.until(EC.staleness_of(row))
    wait.until(lambda d: "/inbox" in d.current_url)
    step("liaison signed for it in the inbox")
    driver.get(f"{BASE}/items/{item['id']}#reporting")
    Select(driver.find_element(By.ID, "f-status")).select_by_value("in_progress")
    percent = driver.find_element(By.ID, "f-percent")
    percent.clear()
    percent.send_keys("66")
    driver.find_element(By.ID, "f-narrative").send_keys("已完成方案起草并召开推进会。")
    pdf = os.path.join(WORK, "推进会纪要.pdf")
    with open(pdf, "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    driver.find_element(By.ID, "f-evidence").send_keys(pdf)
    click("button[name=submit][value='1']")
    wait.until(lambda d: "/reports/" in d.current_url)
    report_url = driver.current_url.split("#")[0]
    assert "已报送" in driver.page_source and "推进会纪要.pdf" in driver.page_source, "the report was not submitted with its file"
    step(f"liaison filed and submitted {report_url}")

    # The unit head approves it.
    login("unithead")
    driver.get(report_url)
    click("button[name=action][value=approve]")
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".page-head .badge"), "单位已审核"))
    step("unit head approved it")

    # The office finds it in its review tab and accepts it; only now does the item's percent change.
    login("office")
    driver.get(BASE + "/inbox?tab=review")
    assert item["title"] in driver.page_source, "the approved report is not in the office's review tab"
    assert api(f"/api/v1/items/{item['id']}")["ownPercent"] == before, "the item changed before acceptance"
    driver.get(report_url)
    click("button[name=action][value=accept]")
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".page-head .badge"), "已采纳"))
    step("office accepted it")
    assert api(f"/api/v1/items/{item['id']}")["ownPercent"] == 66, "the item's percent did not follow the accepted report"
    step("the item's own percent is now 66%")
    print("[browser] passed", flush=True)
finally:
    driver.quit()
