-- wrk: one line with the median and 95th percentile latency (ms), the rate, and how many answers were not a 200
-- carrying a row of the list (a redirect to the sign-in page would otherwise count as fast).
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  bad = 0
end

response = function(status, headers, body)
  if status ~= 200 or not string.find(body, "data-number=", 1, true) then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  local wrong = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("bad")
  end
  io.write(string.format("p50=%.1f p95=%.1f rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1000000), wrong))
end
