using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace FdiReview.Benchmarks;

/// <summary>
/// One case taken through every kind of command while the app is killed: filing, acceptance, an information request
/// and its answer, a decision proposal, an agreement drafted, countered and signed by both sides, and the approval.
/// Each command carries the version it was decided on, as the console sends it. When its outcome is unknown (the
/// connection dropped, the app or the database was down) the walker first looks in the record for the event the
/// command records and only sends it again if it is not there — so a command is applied once or refused as outdated,
/// never twice. After each command it waits until every deadline the record has scheduled has fired: the app's clock
/// stands months in the past, so every statutory period a case starts is already over in real time.
/// </summary>
public sealed class CaseWalk(HttpClient http, KilledApp app, string databaseUrl, string schema, CommandLedger ledger,
    ConcurrentDictionary<string, Guid> filings)
{
    public async Task Walk(CancellationToken giveUp)
    {
        var key = Guid.NewGuid().ToString("N");
        var id = await Filed(key, giveUp);
        await DeadlinesFired([id], giveUp);

        await Command("acceptances", id, "officer-1", $"/api/notifications/{id}/acceptance", new { },
            $"stream_id = '{id}' and type = 'notification_accepted'", [id], giveUp);

        var questions = $"Who controls the parent of the investor? ({key})";
        await Command("information requests", id, "officer-1", $"/api/notifications/{id}/information-requests", new { questions },
            $"stream_id = '{id}' and type = 'information_requested' and data->>'questions' = '{questions}'", [id], giveUp);
        var requestId = await Single($"select data->>'requestId' from {schema}.mt_events where stream_id = '{id}' and type = 'information_requested'", giveUp);
        var response = $"A state fund, through two holding companies. ({key})";
        await Command("answers", id, "investor-a", $"/api/notifications/{id}/information-requests/{requestId}/response", new { response },
            $"stream_id = '{id}' and type = 'information_provided' and data->>'response' = '{response}'", [id], giveUp);

        string[] conditions = ["Compliance reports to the agency"];
        var reasons = $"The access to technology is mitigable by an agreement. ({key})";
        await Command("decision proposals", id, "officer-1", $"/api/notifications/{id}/decision-proposal",
            new { decision = "cleared-with-mitigation", reasons, conditions },
            $"stream_id = '{id}' and type = 'decision_proposed' and data->>'reasons' = '{reasons}'", [id], giveUp);

        await Command("agreements drafted", id, "officer-1", $"/api/notifications/{id}/agreement",
            new { conditions = new[] { Reports($"Quarterly compliance report ({key})", 3) } },
            $"type = 'agreement_drafted' and data->>'notificationId' = '{id}'", [id], giveUp);
        var agreement = Guid.Parse(await Single($"select stream_id::text from {schema}.mt_events where type = 'agreement_drafted' and data->>'notificationId' = '{id}'", giveUp));
        var note = $"Half-yearly reports are enough. ({key})";
        await Command("agreement versions", agreement, "investor-a", $"/api/agreements/{agreement}/versions",
            new { conditions = new[] { Reports($"Half-yearly compliance report ({key})", 6) }, note },
            $"stream_id = '{agreement}' and type = 'agreement_version_proposed' and data->>'note' = '{note}'", [id, agreement], giveUp);
        foreach (var (user, side) in new[] { ("officer-1", "agency"), ("investor-a", "investor") })
            await Command("signatures", agreement, user, $"/api/agreements/{agreement}/signature", new { version = 2 },
                $"stream_id = '{agreement}' and type = 'agreement_signed' and data->>'side' = '{side}' and data->>'version' = '2'", [id, agreement], giveUp);

        await Command("approvals", id, "officer-2", $"/api/notifications/{id}/decision-proposal/approval",
            new { decision = "cleared-with-mitigation", conditions },
            $"stream_id = '{id}' and type = 'decision_approved'", [id, agreement], giveUp);
    }

    private static object Reports(string text, int everyMonths) => new { key = "reports", type = "periodic-compliance-report", text, everyMonths };

    private async Task<Guid> Filed(string key, CancellationToken giveUp)
    {
        var entry = ledger.Sent("filings", $"type = 'notification_filed' and data->'facts'->'target'->>'name' = 'Target {key}'");
        while (true)
        {
            giveUp.ThrowIfCancellationRequested();
            try
            {
                if (await NotificationRequests.Send(http, app.BaseAddress, app.Token("investor-a"), key, giveUp) is { } id)
                {
                    (entry.Acknowledged, filings[key]) = (true, id);
                    return id;
                }
            }
            catch (Exception e) when (Transient(e, giveUp)) { }
            await Task.Delay(100, giveUp); // the same idempotency key again
        }
    }

    /// <summary>
    /// Sends a command until it is acknowledged or found recorded. A refusal as outdated (409 with the current
    /// version) means the version read was overtaken — by this command's own earlier attempt or by a deadline — and
    /// the record is read again; any other refusal is a fault the harness reports.
    /// </summary>
    private async Task Command(string kind, Guid stream, string user, string path, object body, string recorded, Guid[] streams,
        CancellationToken giveUp)
    {
        var entry = ledger.Sent(kind, recorded);
        while (true)
        {
            giveUp.ThrowIfCancellationRequested();
            if (await Count(recorded, giveUp) > 0) break; // an earlier attempt was applied though its answer was lost
            var version = await Single($"select version::text from {schema}.mt_streams where id = '{stream}'", giveUp);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(app.BaseAddress, path)) { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.Token(user));
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
                using var answer = await http.SendAsync(request, giveUp);
                if (answer.IsSuccessStatusCode) break;
                var text = await answer.Content.ReadAsStringAsync(giveUp);
                var outdated = (int)answer.StatusCode == 409 && text.Contains("\"currentVersion\"", StringComparison.Ordinal);
                if (!outdated && (int)answer.StatusCode < 500) throw new InvalidOperationException($"{kind}: {path} answered {(int)answer.StatusCode}: {text}");
            }
            catch (Exception e) when (Transient(e, giveUp)) { }
            await Task.Delay(100, giveUp);
        }
        entry.Acknowledged = true;
        await DeadlinesFired(streams, giveUp);
    }

    /// <summary>Waits until every deadline scheduled on these streams has had its effect recorded.</summary>
    private async Task DeadlinesFired(Guid[] streams, CancellationToken giveUp)
    {
        var these = string.Join(", ", streams.Select(s => $"'{s}'"));
        while ((await Retry(() => DriverDatabase.Rows(databaseUrl, CrashChecks.Deadlines(schema, $"fired = 0 and stream_id in ({these})")), giveUp)).Count > 0)
            await Task.Delay(100, giveUp);
    }

    private Task<long> Count(string recorded, CancellationToken giveUp) =>
        Retry(() => DriverDatabase.Scalar(databaseUrl, $"select count(*) from {schema}.mt_events where {recorded}"), giveUp);

    private async Task<string> Single(string sql, CancellationToken giveUp) =>
        (await Retry(() => DriverDatabase.Rows(databaseUrl, sql), giveUp)).Single()[0];

    /// <summary>The database may be stopping or starting: try again until it answers.</summary>
    private static async Task<T> Retry<T>(Func<Task<T>> read, CancellationToken giveUp)
    {
        while (true)
        {
            giveUp.ThrowIfCancellationRequested();
            try { return await read(); }
            catch (Exception e) when (Transient(e, giveUp)) { }
            await Task.Delay(200, giveUp);
        }
    }

    private static bool Transient(Exception e, CancellationToken giveUp) =>
        !giveUp.IsCancellationRequested && e is HttpRequestException or TaskCanceledException or IOException or NpgsqlException or JsonException;
}
