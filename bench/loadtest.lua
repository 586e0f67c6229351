-- wrk script for bench/loadtest.py: each wrk thread is one signed-in user (an API token) with one connection.
-- A user's cycle of ten requests: 4 ledger pages, 2 ledger API reads, 2 item pages, 1 inbox, 1 progress report
-- filed (created as a draft, then submitted: two requests), with a think time between requests (LOADTEST_THINK_MS).
-- Statuses ≥ 400 are counted as errors per kind.
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("uid", counter)
  table.insert(threads, thread)
end

function init(args)
  local data = dofile(os.getenv("LOADTEST_DATA"))
  me = data.users[((uid - 1) % #data.users) + 1]
  step, filed, pending, kind = 0, 0, nil, nil
  errors, counts = {}, {}
  auth = { ["Authorization"] = "Bearer " .. me.token }
  json = { ["Authorization"] = "Bearer " .. me.token, ["Content-Type"] = "application/json" }
  think = tonumber(os.getenv("LOADTEST_THINK_MS") or "0")
  math.randomseed(uid * 7919)
end

-- A person reads a page before the next click: a pause of think/2 … 3·think/2 ms (0: back to back, saturation).
function delay()
  if think <= 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

local function period(n)
  -- distinct (item, unit, month): walk back a month each time the user has filed for all its items; users sharing a
  -- unit take turns over the months (slot of slots), so none files a period another already filed
  local back = math.floor(n / #me.items) * me.slots + me.slot
  -- from 2019年12月 back: periods the demo's own reports (recent months) never use
  local months = 2019 * 12 + 11 - back
  return string.format("%04d-%02d", math.floor(months / 12), months % 12 + 1)
end

local function req(method, path, headers, body)
  lastPath = method .. " " .. path
  return wrk.format(method, path, headers, body)
end

function request()
  if pending then
    kind = "submit"
    local body = string.format('{"action":"submit","version":%d}', pending.version)
    local path = "/api/v1/reports/" .. pending.id .. "/review"
    pending = nil
    return req("POST", path, json, body)
  end
  step = step + 1
  local r = step % 10
  local item = me.items[(step % #me.items) + 1]
  if r == 0 then
    kind = "file"
    local target = me.items[(filed % #me.items) + 1]
    local body = string.format('{"period":"%s","status":"in_progress","percent":%d,"narrative":"压力测试：本期按计划推进，已完成阶段性工作。"}',
      period(filed), (filed * 7) % 100)
    filed = filed + 1
    return req("POST", "/api/v1/items/" .. target .. "/reports", json, body)
  elseif r <= 4 then
    kind = "ledger page"
    local pages = { "/ledger?unit=" .. me.unit .. "&role=any", "/ledger?jurisdiction=" .. me.jurisdiction .. "&status=in_progress",
                    "/ledger?jurisdiction=" .. me.jurisdiction .. "&light=red&sort=deadline", "/ledger?q=" .. me.q }
    return req("GET", pages[r], auth)
  elseif r <= 6 then
    kind = "ledger api"
    return req("GET", "/api/v1/ledger?unit=" .. me.unit .. "&per_page=50&page=" .. (r - 4), auth)
  elseif r <= 8 then
    kind = "item page"
    return req("GET", "/items/" .. item, auth)
  else
    kind = "inbox"
    return req("GET", "/inbox", auth)
  end
end

function response(status, headers, body)
  counts[kind] = (counts[kind] or 0) + 1
  if status >= 400 then
    errors[kind] = (errors[kind] or 0) + 1
    firstErrors = firstErrors or {}
    if not firstErrors[kind] then firstErrors[kind] = lastPath .. " → " .. status .. " " .. string.sub(body or "", 1, 160) end
  end
  if kind == "file" and status == 201 then
    local id = string.match(headers["Location"] or headers["location"] or "", "/reports/(%d+)")
    local version = string.match(body, '"report"%s*:%s*{.-"version"%s*:%s*(%d+)')
    if id and version then pending = { id = id, version = tonumber(version) } end
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("RESULT p%s_ms=%.2f\n", p, latency:percentile(p) / 1000))
  end
  local byKind, errByKind, first = {}, {}, nil
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts") or {}) do byKind[k] = (byKind[k] or 0) + v end
    for k, v in pairs(t:get("errors") or {}) do errByKind[k] = (errByKind[k] or 0) + v end
    for k, v in pairs(t:get("firstErrors") or {}) do first = first or {}; first[k] = first[k] or v end
  end
  for k, v in pairs(byKind) do io.write(string.format("KIND %s count=%d errors=%d\n", k, v, errByKind[k] or 0)) end
  for k, v in pairs(first or {}) do io.write("FIRST_ERROR " .. string.gsub(v, "\n", " ") .. "\n") end
  io.write(string.format("RESULT max_ms=%.2f mean_ms=%.2f\n", latency.max / 1000, latency.mean / 1000))
end
