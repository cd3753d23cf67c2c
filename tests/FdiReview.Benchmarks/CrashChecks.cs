using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FdiReview.Benchmarks;

/// <summary>What must hold after the kills, read from the database the harness's app wrote.</summary>
public static class CrashChecks
{
    /// <summary>
    /// Every deadline the record scheduled — a clock phase's end, an information request's response date, an
    /// obligation's due date — with the number of times its effect was recorded (the phase elapsed, the request or the
    /// obligation overdue). A deadline whose clock moved before it fired would do nothing; the walkers wait for each
    /// deadline before their next command, so here each must have fired exactly once.
    /// </summary>
    public static string Deadlines(string schema, string where) => $"""
        with scheduled as (
          select s.stream_id, 'the ' || (s.data->'clock'->>'phase') || ' period ending ' || (s.data->'clock'->>'due') as deadline,
                 (select count(*) from {schema}.mt_events e where e.stream_id = s.stream_id
                    and e.type in ('clock_phase_elapsed', 'waiting_period_elapsed', 'recommendation_unanswered')
                    and e.data->>'due' = s.data->'clock'->>'due' and coalesce(e.data->>'phase', s.data->'clock'->>'phase') = s.data->'clock'->>'phase') as fired
          from (select distinct on (stream_id, data->'clock'->>'phase', data->'clock'->>'due') * from {schema}.mt_events where type = 'clock_phase_started') s
          union all
          select s.stream_id, 'information request ' || (s.data->>'requestId'),
                 (select count(*) from {schema}.mt_events e where e.stream_id = s.stream_id and e.type = 'information_request_overdue'
                    and e.data->>'requestId' = s.data->>'requestId')
          from {schema}.mt_events s where s.type = 'information_requested'
          union all
          select s.stream_id, 'obligation ' || (s.data->>'obligationId'),
                 (select count(*) from {schema}.mt_events e where e.stream_id = s.stream_id and e.type = 'obligation_overdue'
                    and e.data->>'obligationId' = s.data->>'obligationId')
          from {schema}.mt_events s where s.type = 'obligation_scheduled')
        select stream_id::text, deadline, fired::text from scheduled where {where}
        """;

    public static async Task<List<string>> Verify(string url, string schema, KilledApp app, HttpClient http, ConcurrentDictionary<string, Guid> filings,
        CommandLedger ledger)
    {
        var problems = new List<string>();
        var filed = await DriverDatabase.Rows(url, $"select data->'facts'->'target'->>'name', stream_id::text from {schema}.mt_events where type = 'notification_filed'");
        var byKey = filed.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => Guid.Parse(r[1])).ToList());
        var lost = filings.Count(a => !byKey.TryGetValue($"Target {a.Key}", out var ids) || !ids.Contains(a.Value));
        var duplicated = byKey.Count(k => k.Value.Count > 1);
        if (lost > 0) problems.Add($"{lost} acknowledged filings lost");
        if (duplicated > 0) problems.Add($"{duplicated} filings duplicated");

        // Every other command: acknowledged → recorded exactly once; sent but never acknowledged → at most once.
        foreach (var entry in ledger.Entries.Where(e => e.Kind != "filings"))
        {
            var recorded = await DriverDatabase.Scalar(url, $"select count(*) from {schema}.mt_events where {entry.Recorded}");
            if (entry.Acknowledged && recorded == 0) problems.Add($"an acknowledged command is lost ({entry.Kind}: {entry.Recorded})");
            if (recorded > 1) problems.Add($"a command was applied {recorded} times ({entry.Kind}: {entry.Recorded})");
        }

        // Marten's tombstone stream (sequence numbers of failed saves, written so the daemon need not wait on them)
        // is bookkeeping, not a case: its versions are not a history.
        var gaps = await DriverDatabase.Rows(url, $"select e.stream_id::text from {schema}.mt_events e join {schema}.mt_streams s on s.id = e.stream_id " +
                                   $"where e.stream_id not in (select stream_id from {schema}.mt_events where type = 'tombstone') " +
                                   "group by e.stream_id, s.version having min(e.version) <> 1 or max(e.version) <> count(*) or max(e.version) <> s.version");
        foreach (var gap in gaps.Take(3))
        {
            var versions = await DriverDatabase.Rows(url, $"select version::text, type, seq_id::text from {schema}.mt_events where stream_id = '{gap[0]}' order by version");
            Console.WriteLine($"  stream {gap[0]}: " + string.Join(", ", versions.Select(v => $"v{v[0]} {v[1]} #{v[2]}")));
        }
        if (gaps.Count > 0) problems.Add($"{gaps.Count} streams with non-contiguous versions");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var behind = await DriverDatabase.Rows(url, $"select p.name from {schema}.mt_event_progression p, (select max(seq_id) as top from {schema}.mt_events) m " +
                                         "where (p.name = 'HighWaterMark' or p.name like '%:%') and p.last_seq_id < m.top");
            var stuck = await DriverDatabase.Rows(url, $"select id::text from {schema}.wolverine_incoming_envelopes where status = 'Incoming' " +
                                        $"or (status = 'Scheduled' and execution_time < now() - interval '30 seconds') union all select id::text from {schema}.wolverine_outgoing_envelopes");
            var unsealed = await DriverDatabase.Rows(url, $"select 1 from {schema}.mt_events where seq_id > (select coalesce(max(seq_id), 0) from {schema}.fdi_audit_chain) limit 1");
            var unfired = await DriverDatabase.Rows(url, Deadlines(schema, "fired <> 1"));
            if (behind.Count == 0 && stuck.Count == 0 && unsealed.Count == 0 && unfired.Count == 0) break;
            if (DateTime.UtcNow > deadline)
            {
                if (behind.Count > 0) problems.Add($"projections behind the high-water mark: {string.Join(", ", behind.Select(b => b[0]))}");
                if (stuck.Count > 0) problems.Add($"{stuck.Count} durable messages stuck");
                if (unsealed.Count > 0) problems.Add("events left unsealed");
                foreach (var d in unfired.Take(5)) problems.Add($"in stream {d[0]}, {d[1]} fired {d[2]} times");
                break;
            }
            await Task.Delay(500);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseAddress, "/api/audit/verify"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.Token("auditor-1"));
        using var response = await http.SendAsync(request);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!report.GetProperty("intact").GetBoolean()) problems.Add($"audit chain broken: {report.GetProperty("firstBroken")}");
        return problems;
    }

    public static Task<long> DeadlinesFiredCount(string url, string schema) => DriverDatabase.Scalar(url, $"select count(*) from ({Deadlines(schema, "fired = 1")}) d");
}
