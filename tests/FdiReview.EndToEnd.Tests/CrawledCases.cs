using System.Text.Json;
using System.Text.Json.Nodes;

namespace FdiReview.EndToEnd.Tests;

/// <summary>What the people of a crawl type, in their language.</summary>
public sealed record TypedTexts(string Investor, string Target, string Question, string Agency, string AgencyQuestion, string TermKey, string Term,
    string ReturnedTarget, string MissingItem, string DecidedTarget, string Reasons, string WithdrawnTarget, string Withdrawal)
{
    public static readonly TypedTexts English = new("Harbour Lane Robotics", "Keystone Drones", "Who controls the general partner?", "Department of Defense",
        "Is the target a supplier?", "reports", "Quarterly compliance report", "Returned Optics", "Ownership chart", "Decided Drones", "No risk identified.",
        "Withdrawn Sensors", "The deal fell through.");

    public static readonly TypedTexts Japanese = new("ハーバーレーン・ロボティクス", "キーストーン・ドローンズ", "無限責任組合員を支配しているのは誰ですか。", "防衛省",
        "投資先は納入業者ですか。", "報告", "四半期ごとの遵守状況の報告", "返戻光学", "出資関係図", "審査済みドローン", "リスクは認められない。",
        "取下げセンサー", "取引が中止になった。");
}

/// <summary>
/// The cases a crawl of every page visits: a FIRRMA case with something in every section (an open request, a
/// consultation, an agreement in force), a FEFTA prior notification, and cases returned as incomplete, decided
/// (cleared, with its decision panel) and withdrawn.
/// </summary>
public static class CrawledCases
{
    public const string FeftaExample = "fefta-state-owned-listed-designated-3pct.json";

    public static async Task<(Guid Busy, Guid Agreement, Guid[] States)> Build(RunningApp app, TypedTexts typed)
    {
        var investor = await app.ApiAs("investor-a");
        var officer = await app.ApiAs("officer-1");
        var supervisor = await app.ApiAs("supervisor-1");
        var busy = await RunningApp.FileControl(investor, typed.Investor, target: typed.Target);
        var record = $"/api/notifications/{busy}";
        await RunningApp.Command(officer, record, "/acceptance", new { });
        await RunningApp.Command(officer, record, "/information-requests", new { questions = typed.Question });
        await RunningApp.Command(officer, record, "/consultations", new { agency = typed.Agency, question = typed.AgencyQuestion });
        var agreement = (await RunningApp.Command(officer, record, "/agreement", new
        {
            conditions = new object[] { new { key = typed.TermKey, type = "periodic-compliance-report", text = typed.Term, everyMonths = 3 } },
        })).GetProperty("agreementId").GetGuid();
        await RunningApp.Command(officer, $"/api/agreements/{agreement}", "/signature", new { version = 1 });
        await RunningApp.Command(investor, $"/api/agreements/{agreement}", "/signature", new { version = 1 });

        var fefta = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", FeftaExample)))!["request"]!;
        var filed = await investor.PostAsync("/api/notifications", new() { DataObject = new { facts = fefta } });
        var feftaCase = JsonDocument.Parse(await filed.TextAsync()).RootElement.GetProperty("value").GetGuid();
        await RunningApp.Command(officer, $"/api/notifications/{feftaCase}", "/acceptance", new { });

        var returned = await RunningApp.FileControl(investor, typed.Investor, target: typed.ReturnedTarget);
        await RunningApp.Command(officer, $"/api/notifications/{returned}", "/return", new { missingItems = new[] { typed.MissingItem } });

        var decided = await RunningApp.FileControl(investor, typed.Investor, target: typed.DecidedTarget);
        await RunningApp.Command(officer, $"/api/notifications/{decided}", "/acceptance", new { });
        await RunningApp.Command(officer, $"/api/notifications/{decided}", "/decision-proposal", new { decision = "cleared", reasons = typed.Reasons });
        await RunningApp.Command(supervisor, $"/api/notifications/{decided}", "/decision-proposal/approval", new { decision = "cleared", conditions = Array.Empty<string>() });

        var withdrawn = await RunningApp.FileControl(investor, typed.Investor, target: typed.WithdrawnTarget);
        await RunningApp.Command(investor, $"/api/notifications/{withdrawn}", "/withdrawal", new { reason = typed.Withdrawal });
        foreach (var api in new[] { investor, officer, supervisor }) await api.DisposeAsync();
        return (busy, agreement, [feftaCase, returned, decided, withdrawn]);
    }

    /// <summary>Every page each role opens over those cases.</summary>
    public static Dictionary<string, string[]> Pages(Guid busy, Guid agreement, Guid[] states)
    {
        var agency = new[] { "/console/queue", "/console/my-work", "/console/statistics", "/console/deadlines", "/console/workload", "/what-if",
            $"/console/notifications/{busy}", $"/audit/cases/{busy}", $"/agreements/{agreement}", $"/agreements/{agreement}/print", "/forbidden", "/not-found" };
        return new Dictionary<string, string[]>
        {
            ["officer-1"] = [.. agency, .. states.Select(s => $"/console/notifications/{s}"), $"/audit/cases/{states[2]}"],
            ["supervisor-1"] = agency,
            ["auditor-1"] = [.. agency.Where(p => !p.StartsWith("/agreements"))],
            ["investor-a"] = ["/portal", "/portal/file", "/what-if", $"/portal/notifications/{busy}", $"/agreements/{agreement}", $"/agreements/{agreement}/print",
                "/forbidden", .. states.Select(s => $"/portal/notifications/{s}")],
        };
    }
}
