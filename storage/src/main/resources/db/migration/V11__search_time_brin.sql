-- Issue 10 item 6: a search within a date range ("pay friday" in March) without reading the range's
-- b-tree. Search rows arrive in call order (a call is transcribed minutes after it ends), so the
-- table is physically sorted by call_started_at (correlation 0.99998 in the benchmark's million
-- segments) and a block range index names a month's pages in 0.1 ms. The planner intersects that with
-- the text index; the newest-first b-tree's bitmap for a month (80,000 entries) took 12-28 ms. README
-- "Search benchmark: a million segments" has the before/after. autosummarize: ranges filled since the
-- last vacuum are summarised by autovacuum (until then a search reads them, it never misses them).
create index segment_search_started_brin on segment_search using brin (call_started_at)
    with (pages_per_range = 32, autosummarize = on);
