#!/usr/bin/env python3
"""Load test: N signed-in users filing progress reports and browsing the ledger for D seconds over loopback.

  python3 bench/loadtest.py                                  # SQLite, one instance, 50 users, 60 s
  python3 bench/loadtest.py --database-url postgres://… --instances 2

Builds nothing: run `swift build -c release` first (or pass --binary). Starts from an empty database (the SQLite
file is recreated; a PostgreSQL database must be empty or disposable: its tables are dropped), loads the demo dataset,
optionally adds a generated national-scale dataset (--bench-items), creates one liaison per user bound to a unit that
leads items, each with an API token, starts the instances and drives them with wrk (Debian: `apt-get install wrk`).
Prints p50/p90/p99/max latency, requests/s and errors by kind; exits non-zero when a request failed or p99 > --p99-limit.
"""
import argparse, concurrent.futures, json, os, re, shutil, signal, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PASSWORD = "loadtest-password-2026"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def api(base, token, path, body=None):
    headers = {"Authorization": "Bearer " + token}
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    req = urllib.request.Request(base + path, headers=headers, data=data, method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def assignment_for(base, admin, item, unit):
    """The item's assignment to its lead unit, made by the office (admin) when there is none yet."""
    existing = [a for a in api(base, admin, f"/api/v1/items/{item}/assignments")["items"] if a["unitId"] == unit]
    if existing:
        return existing[0]
    created = api(base, admin, f"/api/v1/items/{item}/assignments", {"note": "压力测试交办"})["items"]
    return [a for a in created if a["unitId"] == unit][0]


def reset_postgres(url):
    # Disposable database only: the schema is dropped and recreated so every run starts the same way.
    run(["psql", url.split("?")[0], "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE EXTENSION IF NOT EXISTS pg_trgm;"])


def wait_up(base, proc, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(base + "/health", timeout=2)
            return
        except Exception:
            time.sleep(0.5)
    sys.exit("server did not start")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/reform"))
    ap.add_argument("--database-url", default="", help="postgres://… (default: a fresh SQLite file in a temp dir)")
    ap.add_argument("--instances", type=int, default=1)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--duration", type=int, default=60)
    ap.add_argument("--bench-items", type=int, default=0, help="also generate this many items with `reform bench` first")
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--think-ms", type=int, default=500, help="mean pause between one user's requests (0: back to back)")
    ap.add_argument("--p99-limit", type=float, default=200.0)
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    work = tempfile.mkdtemp(prefix="reform-load-")
    db = a.database_url or "sqlite:" + os.path.join(work, "load.sqlite")
    if db.startswith("postgres"):
        reset_postgres(db)
    env = dict(os.environ, REFORM_FILES_DIR=os.path.join(work, "files"))
    t0 = time.time()
    if a.bench_items:
        run([a.binary, "bench", "--database-url", db, "--items", str(a.bench_items), "--runs", "1", "--warmup", "0", "--only", "edit"], env=env)
    run([a.binary, "migrate", "--database-url", db], env=env)
    run([a.binary, "demo", "--database-url", db], env=env)
    run([a.binary, "user", "add", "--username", "lt-admin", "--role", "admin", "--password", PASSWORD, "--database-url", db], env=env)
    admin = run([a.binary, "user", "token", "--username", "lt-admin", "--name", "load test", "--database-url", db], env=env).strip().split()[-1]

    procs, bases = [], []
    try:
        for i in range(a.instances):
            port = a.port + i
            log = open(os.path.join(work, f"serve{i}.log"), "w")
            procs.append(subprocess.Popen([a.binary, "serve", "--port", str(port), "--database-url", db, "--no-demo", "--log-level", "warning"],
                                          stdout=log, stderr=subprocess.STDOUT, env=env))
            bases.append(f"http://127.0.0.1:{port}")
        for p, b in zip(procs, bases):
            wait_up(b, p)

        # Units that lead items, with their items (on plans reported monthly): the users of the test. The office
        # (here the admin) assigns each item; the unit's liaison signs for it before the run, as reporting needs.
        units = api(bases[0], admin, "/api/v1/units?limit=500")["items"]
        monthly = {}
        chosen = []
        for u in units:
            led = api(bases[0], admin, f"/api/v1/ledger?unit={u['id']}&role=lead&per_page=50")["items"]
            items = []
            for i in led:
                if i["planId"] not in monthly:
                    monthly[i["planId"]] = api(bases[0], admin, f"/api/v1/plans/{i['planId']}/reporting")["kind"] == "monthly"
                if monthly[i["planId"]]:
                    items.append(i)
            if len(items) >= 2:
                words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", items[0]["title"])]
                chosen.append({"unit": u["id"], "jurisdiction": u["jurisdictionId"], "items": [i["id"] for i in items],
                               "q": urllib.parse.quote((words[0] if words else "改革")[:3])})
            if len(chosen) == a.users:
                break
        if len(chosen) < a.users:
            print(f"only {len(chosen)} units lead two items or more; users share them", file=sys.stderr)

        def make_user(n):
            c = chosen[n % len(chosen)]
            name = f"lt-liaison-{n:03d}"
            run([a.binary, "user", "add", "--username", name, "--role", "liaison", "--unit", str(c["unit"]), "--display-name", f"联络员{n:03d}",
                 "--password", PASSWORD, "--database-url", db], env=env)
            token = run([a.binary, "user", "token", "--username", name, "--name", "load test", "--database-url", db], env=env).strip().split()[-1]
            return dict(c, token=token, slot=n // len(chosen), slots=(a.users + len(chosen) - 1) // len(chosen))

        # One signing liaison per unit (users sharing a unit share its assignments).
        def sign_all(c, token):
            for item in c["items"]:
                a_ = assignment_for(bases[0], admin, item, c["unit"])
                if not a_.get("signedAt"):
                    api(bases[0], token, f"/api/v1/assignments/{a_['id']}/sign", {"version": a_["version"]})

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            users = list(pool.map(make_user, range(a.users)))
        for c, u in zip(chosen, users):
            sign_all(c, u["token"])
        print(f"prepared in {time.time() - t0:.0f} s: {a.users} liaisons on {len(chosen)} units, {a.instances} instance(s), database {db.split('@')[-1]}")

        # One wrk per instance, the users split between them.
        wrks = []
        share = [a.users // a.instances + (1 if i < a.users % a.instances else 0) for i in range(a.instances)]
        start = 0
        for i, (base, n) in enumerate(zip(bases, share)):
            data = os.path.join(work, f"users{i}.lua")
            with open(data, "w") as f:
                f.write("return { users = {\n")
                for u in users[start:start + n]:
                    f.write('  { token = "%s", unit = %d, jurisdiction = %d, q = "%s", slot = %d, slots = %d, items = { %s } },\n'
                            % (u["token"], u["unit"], u["jurisdiction"], u["q"], u["slot"], u["slots"], ", ".join(map(str, u["items"]))))
                f.write("} }\n")
            start += n
            wrks.append(subprocess.Popen(["wrk", "-t", str(n), "-c", str(n), "-d", f"{a.duration}s", "--timeout", "10s",
                                          "-s", os.path.join(HERE, "loadtest.lua"), base],
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace", env=dict(env, LOADTEST_DATA=data, LOADTEST_THINK_MS=str(a.think_ms))))
        outputs = [w.communicate()[0] for w in wrks]
        # Where the time went: mean duration per route from each instance's /metrics (Hummingbird's request timer).
        routes = {}
        for b in bases:
            req = urllib.request.Request(b + "/metrics", headers={"Authorization": "Bearer " + admin})
            text = urllib.request.urlopen(req, timeout=30).read().decode()
            for kind, labels, value in re.findall(r'^http_server_request_duration_(sum|count)\{([^}]*)\} ([\d.e+-]+)$', text, re.M):
                key = (re.search(r'http_request_method="(\w+)"', labels) or re.search(r'method="(\w+)"', labels)).group(1) + " " + \
                      (re.search(r'http_route="([^"]*)"', labels) or re.search(r'uri="([^"]*)"', labels) or re.search(r'path="([^"]*)"', labels)).group(1)
                routes.setdefault(key, {"sum": 0.0, "count": 0.0})[kind] += float(value)
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()

    figures = {"instances": a.instances, "users": a.users, "duration_s": a.duration, "think_ms": a.think_ms,
               "database": "postgresql" if db.startswith("postgres") else "sqlite", "per_instance": []}
    failed = False
    for i, out in enumerate(outputs):
        r = dict(re.findall(r"(\w+)=([\d.]+)", " ".join(l for l in out.splitlines() if l.startswith("RESULT"))))
        kinds = re.findall(r"KIND (.+?) count=(\d+) errors=(\d+)", out)
        errors = sum(int(r.get(k, 0)) for k in ["errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"])
        reqs = int(r.get("requests", 0))
        fig = {"requests": reqs, "rps": round(reqs / (float(r.get("duration_us", 1)) / 1e6), 1), "errors": errors,
               "p50_ms": float(r.get("p50_ms", 0)), "p90_ms": float(r.get("p90_ms", 0)), "p99_ms": float(r.get("p99_ms", 0)),
               "max_ms": float(r.get("max_ms", 0)), "kinds": {k: {"count": int(c), "errors": int(e)} for k, c, e in kinds}}
        figures["per_instance"].append(fig)
        print(f"instance {i + 1}: {reqs} requests, {fig['rps']}/s, errors {errors}, p50 {fig['p50_ms']} ms, p90 {fig['p90_ms']} ms, "
              f"p99 {fig['p99_ms']} ms, max {fig['max_ms']} ms")
        for k, c, e in sorted(kinds):
            print(f"    {k:12s} {c:>7s} requests, {e} errors")
        for first in re.findall(r"FIRST_ERROR (.*)", out):
            print("    first error:", first)
        if reqs == 0:
            print(out)
        failed |= errors > 0 or reqs == 0 or fig["p99_ms"] > a.p99_limit
    print("mean time per route, for the routes whose _sum and _count /metrics reports (all instances):")
    for key, v in sorted(routes.items(), key=lambda kv: -kv[1]["count"]):
        if v["count"] >= 10:
            print(f"    {key:45s} {int(v['count']):>7d} requests, mean {1000 * v['sum'] / v['count']:.1f} ms")
    figures["routes_mean_ms"] = {k: round(1000 * v["sum"] / v["count"], 1) for k, v in routes.items() if v["count"]}
    if a.json:
        with open(a.json, "w") as f:
            json.dump(figures, f, indent=2, ensure_ascii=False)
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    import urllib.parse
    main()
