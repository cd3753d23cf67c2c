using System.Net;
using System.Text.Json.Nodes;
using FdiReview.Web.Audit;
using FdiReview.Web.Tests.Review;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FdiReview.Web.Tests.Audit;

/// <summary>
/// Tampering with the stored record — by someone with the table owner's rights, bypassing the app — is
/// found by verify, which names the first broken link by sequence number, stream and version.
/// </summary>
public class HashChainTests(AppFixture app) : CaseApiTest(app)
{
    protected override bool TampersWithTheRecord => true;

    private string Events => $"{App.Schema}.mt_events";
    private string Chain => $"{App.Schema}.{AuditChainTable.Name}";

    /// <summary>Two cases with a few decisions each, sealed and checkpointed. Returns their events in sequence order.</summary>
    private async Task<List<(long Sequence, Guid Stream, long Version)>> SealedRecord()
    {
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var id = await File();
            await Ok(id, "officer-1", "acceptance", new { });
            await Ok(id, "officer-1", "information-requests", new { questions = "Who controls the general partner?" });
        }
        await SealEverything();
        var rows = new List<(long, Guid, long)>();
        await using var connection = await Owner();
        await using var command = new NpgsqlCommand($"select seq_id, stream_id, version from {Events} order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2)));
        return rows;
    }

    private async Task SealEverything()
    {
        long max;
        await using (var connection = await Owner())
        await using (var command = new NpgsqlCommand($"select coalesce(max(seq_id), 0) from {Events}", connection))
            max = (long)(await command.ExecuteScalarAsync())!;
        var sealer = Host.Services.GetRequiredService<ChainSealer>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await SealedThrough() < max)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The chain was not sealed through {max}");
            await sealer.SealPendingAsync();
            await Task.Delay(100);
        }
        await sealer.WriteCheckpointAsync();
    }

    private async Task<long> SealedThrough()
    {
        await using var connection = await Owner();
        await using var command = new NpgsqlCommand($"select coalesce(max(seq_id), 0) from {Chain}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<NpgsqlConnection> Owner()
    {
        var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(AppFixture.DatabaseUrl));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Verify reports the chain broken exactly at this event, for this reason.</summary>
    private async Task VerifyNames((long Sequence, Guid Stream, long Version) target, string problem)
    {
        var report = await Verify();
        report.Intact.ShouldBeFalse();
        report.FirstBroken!.Sequence.ShouldBe(target.Sequence);
        report.FirstBroken.StreamId.ShouldBe(target.Stream);
        report.FirstBroken.Version.ShouldBe(target.Version);
        report.FirstBroken.Problem.ShouldContain(problem);
    }

    private async Task<VerificationReport> Verify() => await Host.Services.GetRequiredService<ChainVerification>().RunAsync();

    [Fact]
    public async Task An_untouched_record_verifies_through_the_api_for_auditors_only()
    {
        var events = await SealedRecord();

        var result = await As("auditor-1", s => s.Get.Url("/api/audit/verify"));
        var report = JsonNode.Parse(result.ReadAsText())!;
        report["intact"]!.GetValue<bool>().ShouldBeTrue(report.ToJsonString());
        report["eventsChecked"]!.GetValue<long>().ShouldBe(events.Count);
        report["latestCheckpoint"]!["sequence"]!.GetValue<long>().ShouldBe(events[^1].Sequence);

        foreach (var user in new[] { "officer-1", "supervisor-1", "investor-a" })
            await As(user, s => { s.Get.Url("/api/audit/verify"); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
    }

    [Fact]
    public async Task Changing_one_byte_of_one_events_data_names_exactly_that_event()
    {
        var events = await SealedRecord();
        var target = events[events.Count / 2];
        // One character of the stored JSON, changed by the table owner outside the app.
        await AppFixture.Sql($"update {Events} set data = overlay(data::text placing (case when substr(data::text, 3, 1) = 'x' then 'y' else 'x' end) from 3 for 1)::jsonb where seq_id = {target.Sequence}");

        await VerifyNames(target, "changed");
    }

    [Fact]
    public async Task Deleting_a_row_is_detected_at_that_event()
    {
        var events = await SealedRecord();
        var target = events[3];
        await AppFixture.Sql($"delete from {Events} where seq_id = {target.Sequence}");

        await VerifyNames(target, "deleted");
    }

    [Fact]
    public async Task Swapping_two_rows_is_detected_at_the_first_of_them()
    {
        var events = await SealedRecord();
        var (a, b) = (events[2].Sequence, events[^2].Sequence);
        await AppFixture.Sql($"""
            update {Events} set seq_id = -1 where seq_id = {a};
            update {Events} set seq_id = {a} where seq_id = {b};
            update {Events} set seq_id = {b} where seq_id = -1;
            """);

        var report = await Verify();

        report.Intact.ShouldBeFalse();
        report.FirstBroken!.Sequence.ShouldBe(a);
        report.FirstBroken.Problem.ShouldContain("moved");
    }

    [Fact]
    public async Task Truncating_the_tail_with_its_links_is_caught_by_the_exported_checkpoint()
    {
        var events = await SealedRecord();
        var cut = events[^3].Sequence;
        // A consistent cut: the events and their links both go, so the chain in the database is whole.
        await AppFixture.Sql($"delete from {Events} where seq_id >= {cut}; delete from {Chain} where seq_id >= {cut};");

        var report = await Verify();

        report.Intact.ShouldBeFalse();
        report.FirstBroken!.Sequence.ShouldBe(events[^1].Sequence);
        report.FirstBroken.StreamId.ShouldBe(events[^1].Stream);
        report.FirstBroken.Problem.ShouldContain("tail was removed");
    }

    [Fact]
    public async Task A_new_event_inserted_below_the_sealed_head_is_reported()
    {
        var events = await SealedRecord();
        var sealedOne = events[1].Sequence;
        await AppFixture.Sql($"""
            insert into {Events} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id)
            select {events[^1].Sequence} + 1000, gen_random_uuid(), stream_id, 999, data, type, timestamp, tenant_id from {Events} where seq_id = {sealedOne};
            insert into {Chain} select seq_id + 2000, stream_id, version, digest, link, sealed_at from {Chain} where seq_id = {events[^1].Sequence};
            """);

        var report = await Verify();

        report.FirstBroken!.Sequence.ShouldBe(events[^1].Sequence + 1000);
        report.FirstBroken.Problem.ShouldContain("inserted after sealing");
    }

    [Fact]
    public async Task The_sealer_never_seals_past_a_gap_a_transaction_still_appending_could_fill()
    {
        var first = await File();
        await SealEverything();

        // Another writer holds an event uncommitted: its sequence number is taken, the row not yet visible.
        await using var writer = await Owner();
        await using var transaction = await writer.BeginTransactionAsync();
        long gap;
        await using (var append = new NpgsqlCommand($"""
            insert into {Events} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id)
            select nextval('{App.Schema}.mt_events_sequence'), gen_random_uuid(), stream_id, 9999, data, type, now(), tenant_id
            from {Events} where stream_id = '{first}' and version = 1
            returning seq_id
            """, writer, transaction))
            gap = (long)(await append.ExecuteScalarAsync())!;
        await File(); // commits events after the gap
        await Task.Delay(TimeSpan.FromSeconds(5)); // longer than the daemon's wait before it skips a stale gap

        await Host.Services.GetRequiredService<ChainSealer>().SealPendingAsync();
        (await SealedThrough()).ShouldBeLessThan(gap);

        await transaction.RollbackAsync(); // the gap is now permanent: sealing goes on past it
        await SealEverything();
        (await Verify()).Intact.ShouldBeTrue();
    }
}
