"""The cascade in a real browser (headless chromium): one task from the province down to a district and its progress
back up. 广东省's office adds a measure to its demo plan and sends it to 深圳市 (分解下达); 深圳市's office signs for it,
places it in a plan of its own with a lead unit (签收, 落实) and sends it on to 龙华区; 龙华区's office signs, places it
and sets the placed item's progress; back at the province, the origin's rolled-up percent and the matrix cell have
changed. The numbers are read through the JSON API.

Usage: browser_cascade.py BASE_URL WORK_DIR. Uses the demo accounts gd-office, office and lh-office (password in the
README). Each run adds its own measure, so it can run again on the same server. Prints one line per step.
"""
import datetime
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, WORK = sys.argv[1], sys.argv[2]
PASSWORD = "reform-demo-2026"
SHOTS = os.environ.get("BROWSER_TEST_SCREENSHOTS")
PLAN_TITLE = "广东省全面深化改革重点任务分工（演示）"
# The server's dates are China's: deadlines are set from China's today.
TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
STAMP = datetime.datetime.now().strftime("%H%M%S%f")


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
    print(f"[cascade] {step_no}. {text}", flush=True)
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        driver.save_screenshot(os.path.join(SHOTS, f"c{step_no:02d}.png"))


def login(username):
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    wait.until(EC.presence_of_element_located((By.ID, "f-username"))).send_keys(username)
    driver.find_element(By.ID, "f-password").send_keys(PASSWORD)
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]"))
    wait.until(lambda d: "/login" not in d.current_url)
    assert "logout" in driver.page_source, f"{username} is not signed in"


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


def set_value(selector, value):
    """Date inputs are typed differently per locale; the value is set as a script would, then the form reads it."""
    element = driver.find_element(By.CSS_SELECTOR, selector)
    driver.execute_script("arguments[0].value = arguments[1]", element, value)


def day(n):
    return (TODAY + datetime.timedelta(days=n)).isoformat()


def unit_id(name):
    return next(u for u in api("/api/v1/units?q=" + name)["items"] if u["name"] == name)["id"]


def send_down(item_id, target, deadline):
    """On the item page: the send form (分解下达至下级), to `target` only."""
    driver.get(f"{BASE}/items/{item_id}")
    section = wait.until(EC.presence_of_element_located((By.ID, "cascade")))
    section.find_element(By.CSS_SELECTOR, "details summary").click()
    for box in section.find_elements(By.CSS_SELECTOR, "input[name=targetJurisdictionIds]"):
        label = box.find_element(By.XPATH, "..").text.strip()
        if box.is_selected() != (label == target):
            box.click()
    section.find_element(By.ID, "cs-instruction").send_keys("（浏览器测试）请结合本地实际落实，按月报送进展。")
    set_value("#cs-deadline", deadline)
    submit(section.find_element(By.CSS_SELECTOR, "form[action$='/cascade'] button[type=submit]"))
    wait.until(lambda d: f"/items/{item_id}" in d.current_url and "alert error" not in d.page_source)
    copies = [c for c in api(f"/api/v1/items/{item_id}/copies")["copies"] if c["state"] != "cancelled"]
    assert len(copies) == 1, f"expected one copy of item {item_id}, got {copies}"
    return copies[0]


def sign_and_place(receipt_id, lead_unit, deadline):
    """On the receipt page: 签收, then 落实 into a new plan of the receiver with its lead unit; returns the placed item."""
    driver.get(f"{BASE}/cascade/receipts/{receipt_id}")
    submit(wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, f"form[action='/cascade/receipts/{receipt_id}/sign'] button"))))
    assert api(f"/api/v1/cascade/receipts/{receipt_id}")["state"] == "signed"
    Select(wait.until(EC.presence_of_element_located((By.ID, "c-lead")))).select_by_value(str(unit_id(lead_unit)))
    set_value("#c-deadline", deadline)
    submit(driver.find_element(By.CSS_SELECTOR, f"form[action='/cascade/receipts/{receipt_id}/place'] button[type=submit]"))
    wait.until(lambda d: "/items/" in d.current_url and "alert error" not in d.page_source)
    receipt = api(f"/api/v1/cascade/receipts/{receipt_id}")
    assert receipt["state"] == "placed", receipt["state"]
    return int(driver.current_url.split("/items/")[1].split("?")[0].split("#")[0])


try:
    # ---- the province adds a measure to its plan and sends it to 深圳市
    login("gd-office")
    plan = next(p for p in api("/api/v1/plans")["items"] if p["title"] == PLAN_TITLE)
    driver.get(f"{BASE}/plans/{plan['id']}/items/new")
    title = f"（浏览器测试）推行企业年报“多报合一” {STAMP}"
    wait.until(EC.presence_of_element_located((By.ID, "f-title"))).send_keys(title)
    Select(driver.find_element(By.ID, "f-leadUnitId")).select_by_value(str(unit_id("广东省发展和改革委员会")))
    set_value("#f-deadline", day(100))
    submit(driver.find_element(By.CSS_SELECTOR, "form.grid-form button[type=submit]"))
    wait.until(lambda d: "/items/" in d.current_url and "/new" not in d.current_url and "alert error" not in d.page_source)
    origin_id = int(driver.current_url.split("/items/")[1].split("?")[0].split("#")[0])
    step(f"gd-office added measure {origin_id} to the province's plan")

    to_city = send_down(origin_id, "深圳市", day(90))
    assert to_city["state"] == "sent", to_city
    origin = api(f"/api/v1/items/{origin_id}")
    assert origin["percent"] == 0, origin["percent"]
    step(f"gd-office sent it to 深圳市 (receipt {to_city['receiptId']}); the origin stands at 0 %")

    # ---- 深圳市 signs, places it with its lead unit, sends it on to 龙华区
    login("office")
    city_item = sign_and_place(to_city["receiptId"], "深圳市发展和改革委员会", day(80))
    assert api(f"/api/v1/items/{city_item}")["leadUnitId"] == unit_id("深圳市发展和改革委员会")
    step(f"office (深圳市) signed for it and placed it as item {city_item}")
    to_district = send_down(city_item, "龙华区", day(70))
    step(f"office (深圳市) sent it on to 龙华区 (receipt {to_district['receiptId']})")

    # ---- 龙华区 signs, places it and reports 60 % on the placed item
    login("lh-office")
    district_item = sign_and_place(to_district["receiptId"], "深圳市龙华区发展和改革局", day(60))
    step(f"lh-office signed for it and placed it as item {district_item}")
    driver.get(f"{BASE}/items/{district_item}/edit")
    Select(wait.until(EC.presence_of_element_located((By.ID, "f-status")))).select_by_value("in_progress")
    percent = driver.find_element(By.ID, "f-ownPercent")
    percent.clear()
    percent.send_keys("60")
    submit(driver.find_element(By.CSS_SELECTOR, "form.grid-form button[type=submit]"))
    wait.until(lambda d: d.current_url.rstrip("/").endswith(f"/items/{district_item}") and "alert error" not in d.page_source)
    assert api(f"/api/v1/items/{district_item}")["percent"] == 60
    step("lh-office set the district's item to 60 %, in progress")

    # ---- back at the province: the origin and the matrix cell moved
    login("gd-office")
    origin = api(f"/api/v1/items/{origin_id}")
    assert origin["percent"] == 60 and origin["derivedPercent"] == 60, (origin["percent"], origin["derivedPercent"])
    shenzhen = to_city["targetJurisdictionId"]
    matrix = api(f"/api/v1/cascade/matrix?plan={plan['id']}")
    row = next(r for r in matrix["rows"] if r["itemId"] == origin_id)
    cell = next(c for c in row["cells"] if c["targetJurisdictionId"] == shenzhen)
    assert row["percent"] == 60 and cell["percent"] == 60 and cell["state"] == "placed" and cell["itemId"] == city_item, (row, cell)
    driver.get(f"{BASE}/cascade/matrix?plan={plan['id']}")
    assert f"/items/{city_item}" in driver.page_source, "the matrix page does not link the city's copy"
    step("gd-office: the origin reads 60 % and the matrix cell of 深圳市 60 %, placed")
    print("[cascade] passed", flush=True)
except Exception:
    # What the page said when a step failed: its URL and any error shown, for the CI log.
    print(f"[cascade] failed at {driver.current_url}", flush=True)
    for alert in driver.find_elements(By.CSS_SELECTOR, ".alert.error"):
        print("[cascade] the page says: " + alert.text.replace("\n", " / "), flush=True)
    if SHOTS:
        driver.save_screenshot(os.path.join(SHOTS, "cascade-failed.png"))
    raise
finally:
    driver.quit()
