-- wrk: one line with the median and 95th percentile latency (ms), the rate and the answers that were not 2xx/3xx.
done = function(summary, latency, requests)
  io.write(string.format("p50=%.1f p95=%.1f rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1000000), summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
