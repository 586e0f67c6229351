"""Supervision in a real browser (headless chromium): one matter through all eight steps (立项 → 领导审核 → 下发通知 →
签收 → 办理 → 反馈 → 复核 → 办结), and one finding from the inspection to 销号 (signed for, reported with evidence,
verified and closed).

Usage: browser_supervision.py BASE_URL WORK_DIR. Uses the demo accounts (password in the README): the office of 深圳市,
the liaison of 龙华区发展和改革局 and the inspector on the demo inspection's team. Each step checks what a person would
see on the page; any failure raises and exits non-zero. Prints one line per step.
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
UNIT_NAME = "深圳市龙华区发展和改革局"
# The server's dates are China's: the deadline and the instruction's date are set from China's today.
TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


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
    print(f"[supervision] {step_no}. {text}", flush=True)
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        driver.save_screenshot(os.path.join(SHOTS, f"s{step_no:02d}.png"))


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


def matter_step(matter_id, action, comment=""):
    driver.get(f"{BASE}/matters/{matter_id}")
    if comment:
        driver.find_element(By.ID, "f-comment").send_keys(comment)
    button = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, f"#step button[name=action][value={action}]")))
    submit(button)
    wait.until(lambda d: f"/matters/{matter_id}" in d.current_url and "alert error" not in d.page_source)
    return api(f"/api/v1/matters/{matter_id}")["matter"]


try:
    # ---- a matter through the eight steps
    login("office")
    unit = next(u for u in api("/api/v1/units?q=" + "龙华区发展和改革局")["items"] if u["name"] == UNIT_NAME)
    driver.get(BASE + "/matters/new")
    wait.until(EC.presence_of_element_located((By.ID, "f-subject"))).send_keys("（浏览器测试）落实区长批示：压缩企业开办时间")
    Select(driver.find_element(By.ID, "f-source")).select_by_value("leader_instruction")
    driver.find_element(By.ID, "f-instructionText").send_keys("请发改局牵头，一个月内拿出压缩企业开办时间的具体方案。")
    driver.find_element(By.ID, "f-instructedBy").send_keys("区长")
    set_value("#f-instructedOn", (TODAY - datetime.timedelta(days=1)).isoformat())
    Select(driver.find_element(By.ID, "f-leadUnitId")).select_by_value(str(unit["id"]))
    set_value("#f-deadline", (TODAY + datetime.timedelta(days=30)).isoformat())
    driver.find_element(By.ID, "f-requiredResult").send_keys("出台方案并报送区委改革办。")
    submit(driver.find_element(By.CSS_SELECTOR, "form[action='/matters'] button[type=submit]"))
    wait.until(lambda d: "/matters/" in d.current_url and d.current_url.rstrip("/").split("/")[-1].isdigit())
    matter_id = int(driver.current_url.rstrip("/").split("/")[-1].split("?")[0])
    matter = api(f"/api/v1/matters/{matter_id}")["matter"]
    assert matter["state"] == "registered", matter["state"]
    step(f"office raised matter {matter_id} (立项)")

    for action, comment, state in [
        ("approve", "区长已在呈批件上同意。", "approved"),
        ("issue_notice", "", "notified"),
    ]:
        matter = matter_step(matter_id, action, comment)
        assert matter["state"] == state, (action, matter["state"])
        step(f"office: {action} → {state}")

    login("liaison")
    driver.get(BASE + "/matters")
    assert "压缩企业开办时间" in driver.page_source, "the matter is not in the lead unit's ledger"
    for action, comment, state in [
        ("sign", "", "signed"),
        ("handle", "已起草方案，征求相关部门意见。", "handling"),
        ("feed_back", "方案已印发，见附件。", "fed_back"),
    ]:
        matter = matter_step(matter_id, action, comment)
        assert matter["state"] == state, (action, matter["state"])
        step(f"liaison: {action} → {state}")

    login("office")
    for action, state in [("verify", "verified"), ("close", "closed")]:
        matter = matter_step(matter_id, action)
        assert matter["state"] == state, (action, matter["state"])
        step(f"office: {action} → {state}")
    driver.get(f"{BASE}/matters/{matter_id}")
    done = driver.find_elements(By.CSS_SELECTOR, "#chain li.done")
    assert len(done) == 8, f"the chain shows {len(done)} steps done, not 8"
    assert "已办结" in driver.find_element(By.CSS_SELECTOR, ".page-head .badge").text
    step("the matter's chain shows all eight steps done (办结销号)")

    # ---- a finding from the inspection to 销号
    login("inspector")
    inspection = next(i for i in api("/api/v1/inspections")["items"] if "龙华区" in i["title"])
    driver.get(f"{BASE}/inspections/{inspection['id']}")
    wait.until(EC.presence_of_element_located((By.ID, "f-description")))
    Select(driver.find_element(By.ID, "f-nature")).select_by_value("problem")
    Select(driver.find_element(By.ID, "f-unit")).select_by_value(str(unit["id"]))
    Select(driver.find_element(By.ID, "f-category")).select_by_value("progress_lag")
    Select(driver.find_element(By.ID, "f-severity")).select_by_value("moderate")
    driver.find_element(By.ID, "f-description").send_keys("（浏览器测试）企业开办“一网通办”平台未按期上线。")
    Select(driver.find_element(By.ID, "f-lead")).select_by_value(str(unit["id"]))
    set_value("#f-deadline", (TODAY + datetime.timedelta(days=20)).isoformat())
    driver.find_element(By.ID, "f-measures").send_keys("倒排工期，月底前上线。")
    driver.find_element(By.ID, "f-required").send_keys("平台上线公告或截图。")
    submit(driver.find_element(By.CSS_SELECTOR, "#add-finding button[type=submit]"))
    wait.until(lambda d: "（浏览器测试）企业开办" in d.page_source and "alert error" not in d.page_source)
    rect = max(
        (r for r in api(f"/api/v1/rectifications?inspection={inspection['id']}&per_page=100")["items"] if "（浏览器测试）" in r["description"]),
        key=lambda r: r["id"],
    )
    assert rect["state"] == "assigned", rect["state"]
    step(f"inspector recorded a finding; rectification {rect['id']} waits to be signed for")

    login("liaison")
    driver.get(f"{BASE}/rectifications/{rect['id']}")
    driver.find_element(By.CSS_SELECTOR, "#steps-form textarea[name=measures]").send_keys("专班推进，每周调度。")
    submit(driver.find_element(By.CSS_SELECTOR, "#steps-form form button[type=submit]"))
    wait.until(EC.presence_of_element_located((By.ID, "report-form")))
    step("liaison signed for the rectification (签收)")
    evidence = os.path.join(WORK, "上线公告.pdf")
    with open(evidence, "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    driver.find_element(By.ID, "f-narrative").send_keys("平台已于本月上线运行，附上线公告。")
    driver.find_element(By.ID, "f-percent").send_keys("100")
    driver.find_element(By.ID, "f-evidence").send_keys(evidence)
    driver.find_element(By.CSS_SELECTOR, "#report-form input[name=final]").click()
    submit(driver.find_element(By.CSS_SELECTOR, "#report-form button[type=submit]"))
    wait.until(lambda d: "上线公告.pdf" in d.page_source)
    assert api(f"/api/v1/rectifications/{rect['id']}")["rectification"]["state"] == "awaiting_verification"
    step("liaison filed the final report with evidence (申请销号)")

    login("inspector")
    driver.get(f"{BASE}/rectifications/{rect['id']}")
    close = driver.find_element(By.XPATH, "//section[@id='steps-form']//form[.//input[@name='action' and @value='close']]")
    submit(close.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait.until(lambda d: api(f"/api/v1/rectifications/{rect['id']}")["rectification"]["state"] == "closed")
    driver.get(f"{BASE}/rectifications/{rect['id']}")
    assert "已销号" in driver.page_source, "the rectification page does not say 已销号"
    step("inspector verified and closed it (核查销号)")
    print("[supervision] passed", flush=True)
except Exception:
    # What the page said when a step failed: its URL and any error shown, for the CI log.
    print(f"[supervision] failed at {driver.current_url}", flush=True)
    for alert in driver.find_elements(By.CSS_SELECTOR, ".alert.error"):
        print("[supervision] the page says: " + alert.text.replace("\n", " / "), flush=True)
    if SHOTS:
        driver.save_screenshot(os.path.join(SHOTS, "failed.png"))
    raise
finally:
    driver.quit()
