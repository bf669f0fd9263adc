-- wrk script for POST /api/comparisons: cycles through readout-sized pairs (the fixtures'
-- version and counterpart cases) and makes every request's texts new (a numbered last
-- sentence on both sides), so each request stores two new statements and one comparison
-- instead of finding them stored already. Counts answers other than 201.

local pairs_list = {}
local counter = 0
local failures = 0

local function read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

local function json_string(text)
  text = text:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == '\\' then return '\\\\' end
    if c == '\n' then return '\\n' end
    if c == '\r' then return '\\r' end
    if c == '\t' then return '\\t' end
    return string.format('\\u%04x', c:byte())
  end)
  return '"' .. text .. '"'
end

function init(args)
  for i = 1, #args, 2 do
    table.insert(pairs_list, { json_string(read(args[i])), json_string(read(args[i + 1])) })
  end
  counter = math.random(1, 1000000) * 1000
end

function request()
  counter = counter + 1
  local pair = pairs_list[(counter % #pairs_list) + 1]
  local tag = json_string("\n\nRequest " .. counter .. " of the load check.\n")
  local left = pair[1]:sub(1, -2) .. tag:sub(2)
  local right = pair[2]:sub(1, -2) .. tag:sub(2)
  local body = '{"left":{"text":' .. left .. ',"label":"left ' .. counter .. '"},'
      .. '"right":{"text":' .. right .. ',"label":"right ' .. counter .. '"},"mode":"auto"}'
  return wrk.format("POST", "/api/comparisons", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors (socket): %d connect, %d read, %d write, %d timeout; non-2xx: %d\n",
      summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, summary.errors.status))
  io.write(string.format("throughput: %.1f comparisons/s\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
