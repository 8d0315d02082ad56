"""Summary of bench/compare.sh: medians per site and tool, ratios, a table on stdout and JSON to a file.
Usage: python3 bench/compare-summary.py RECORDS.jsonl OUT.json CORES LOAD"""
import json, statistics, sys

records = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sites = list(dict.fromkeys(r["site"] for r in records))
out = {"cores": int(sys.argv[3]), "load_average_at_end": sys.argv[4], "sites": []}
print(f"{'site':10} {'tool':10} {'files':>6} {'pages':>7} {'wall s':>8} {'CPU s':>8} {'pages/s':>8} "
      f"{'ms/page':>8} {'peak MB':>8} {'out MB':>7}")
for site in sites:
    entry = {"site": site, "tools": {}}
    for tool in ("clausebook", "hugo"):
        rs = [r for r in records if r["site"] == site and r["tool"] == tool]
        if not rs:
            continue
        med = lambda k: statistics.median(r[k] for r in rs)
        pages, wall, cpu, rss, size = med("pages"), med("wall_s"), med("cpu_s"), max(r["rss_kb"] for r in rs), med("bytes")
        stages = {}
        for name in rs[0]["stages_ms"]:
            stages[name] = statistics.median(r["stages_ms"].get(name, 0) for r in rs)
        t = {"files": rs[0]["files"], "runs": len(rs), "pages": pages, "wall_s_median": wall,
             "wall_s_all": [r["wall_s"] for r in rs], "cpu_s_median": cpu, "pages_per_s": pages / wall,
             "ms_per_page": 1000 * wall / pages, "cpu_ms_per_page": 1000 * cpu / pages,
             "peak_rss_mb": rss / 1024, "output_mb": size / 1e6, "stages_ms_median": stages}
        entry["tools"][tool] = t
        print(f"{site:10} {tool:10} {t['files']:6d} {pages:7.0f} {wall:8.2f} {cpu:8.2f} {pages / wall:8.0f} "
              f"{t['ms_per_page']:8.2f} {rss / 1024:8.0f} {size / 1e6:7.1f}")
        if stages:
            print("           stages: " + ", ".join(f"{k} {v / 1000:.2f}s" for k, v in stages.items()))
    c, h = entry["tools"].get("clausebook"), entry["tools"].get("hugo")
    if c and h:
        entry["ratios"] = {k: c[a] / h[a] for k, a in (("wall", "wall_s_median"), ("cpu", "cpu_s_median"),
                                                       ("ms_per_page", "ms_per_page"), ("cpu_ms_per_page", "cpu_ms_per_page"),
                                                       ("peak_rss", "peak_rss_mb"), ("pages", "pages"))}
        print("           Clausebook/Hugo: " + ", ".join(f"{k} {v:.2f}x" for k, v in entry["ratios"].items()))
    out["sites"].append(entry)
json.dump(out, open(sys.argv[2], "w"), indent=2)
print(f"JSON: {sys.argv[2]}  ({out['cores']} cores, load average at end {out['load_average_at_end']})")
