using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FdiReview.Web.Queue;
using FdiReview.Web.Review;
using FdiReview.Web.Tests.Review;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Portal;

/// <summary>
/// Issue 14, findings 2 and 6: investors saw the agency's risk assessment and assignment in their list, and penalties
/// before a second officer approved them. This walks every
/// route an investor can read, on a case the agency has worked, and fails on any agency-only field. The agency-only
/// names are every field of the agency's types except those the law lets the investor see, so a field added to an
/// agency type is agency-only until someone decides otherwise here.
/// </summary>
public class InvestorFieldWalkerTests(AppFixture app) : CaseApiTest(app)
{
    /// <summary>What the investor may see of a case (its own facts, the public status and clock, what is addressed to it).</summary>
    private static readonly HashSet<string> InvestorMaySee =
    [
        "id", "version", "status", "kind", "receiptNumber", "facts", "clock", "informationRequests", "documents", "participants",
        "recommendation", "outcome", "conditions", "missingItems", "refiledFrom", "refiledAs", "filedAt", "allowedActions",
        "reference", "regime", "investorName", "investorNationality", "targetName", "targetCountry", "sector", "organization",
        "filedByName", "lastChangedAt", "filing", "receiptNumber", "clockPhase", "clockDue", "clockUnit", "clockDueAt", "clockElapsed",
        "agreementInForce", "closedOnAgreementVersion", "signatures", "value",
        // the agreement: its terms, signatures and obligations, and findings with approved penalties
        "notificationId", "versions", "inForceVersion", "signedVersion", "obligations", "violations", "latest", "conditionKey", "evidence",
        "severity", "penalty", "remediationPlan", "remediationDue", "remediationState",
    ];

    private static IReadOnlySet<string> AgencyOnly() =>
        new[] { typeof(NotificationSummary), typeof(CaseView), typeof(Domain.Mitigation.MitigationAgreement), typeof(Domain.Mitigation.Violation) }
            .SelectMany(t => t.GetProperties()).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(name => !InvestorMaySee.Contains(name)).ToHashSet();

    [Fact]
    public void The_agency_only_names_include_the_risk_assessment_and_the_assignment() =>
        new[] { "priorityScore", "priorityBand", "priorityFactors", "assignedTo", "assignedToName", "consultations", "proposal", "determination", "proposedPenalty", "penaltyProposedBy" }
            .ShouldAllBe(name => AgencyOnly().Contains(name));

    [Fact]
    public async Task No_route_an_investor_reads_carries_an_agency_only_field()
    {
        var id = await File();
        await Ok(id, "officer-1", "assignment", new { });
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "consultations", new { agency = "Department of Defense", question = "Is the target a supplier?" });
        var request = (await Ok(id, "officer-1", "information-requests", new { questions = "Who holds the fund's GP?" }))!["requestId"]!.GetValue<Guid>();
        var document = (await Upload(id, "investor-a", "ownership.pdf", "%PDF-1.4 chart"u8.ToArray())).Body!["documentId"]!.GetValue<Guid>();
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared-with-mitigation", reasons = "Mitigable.", conditions = new[] { "Security officer" }, acknowledgeOpenItems = true });
        var agreement = await SignedAgreement(id);
        // Finding 6: a penalty awaiting a second officer is the agency's until approved.
        var violation = (await Decide("officer-1", $"/api/agreements/{agreement}/violations",
            new { conditionKey = "reports", evidence = "Report missing", severity = "material" }))["violationId"]!.GetValue<Guid>();
        await Decide("officer-1", $"/api/agreements/{agreement}/violations/{violation}/penalty", new { amount = 5_000_000, basis = "31 CFR 800.901(b)" });

        var agencyOnly = AgencyOnly();
        var leaks = new List<string>();
        var read = 0;
        foreach (var route in ReadRoutes())
        {
            var url = "/" + route.Replace("{id}", route.StartsWith("api/agreements") ? agreement.ToString() : id.ToString())
                .Replace("{documentId}", document.ToString()).Replace("{requestId}", request.ToString()).Replace("{year}", DateTime.UtcNow.Year.ToString());
            if (Regex.IsMatch(url, "{[^}]+}")) continue;
            var result = await As("investor-a", s => { s.Get.Url(url); s.IgnoreStatusCode(); });
            if (result.Context.Response.StatusCode != 200 || result.Context.Response.ContentType?.Contains("json") != true) continue;
            read++;
            foreach (var key in Keys(JsonNode.Parse(result.ReadAsText())))
                if (agencyOnly.Contains(key)) leaks.Add($"{url}: {key}");
        }
        read.ShouldBeGreaterThanOrEqualTo(4); // the list, the case, its documents and history, the agreement
        leaks.Distinct().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("band=high")]
    [InlineData("assignedTo=officer-1")]
    [InlineData("sortBy=priorityScore")]
    [InlineData("sortBy=assignedToName")]
    [InlineData("sortBy=priority")]
    public async Task An_investor_cannot_filter_or_sort_by_an_agency_only_field(string query)
    {
        await File();
        await As("investor-a", s => { s.Get.Url($"/api/notifications?{query}"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
    }

    private IEnumerable<string> ReadRoutes() =>
        Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => r.StartsWith("api/")).Distinct().OrderBy(r => r);

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };
}
