using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using FdiReview.Web.Tests.Review;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of every API endpoint: malformed JSON, wrong types, huge strings and arrays, deep
/// nesting and odd Unicode, as every role and anonymously. The API answers only with success or a client
/// error, never 5xx, and every error is problem+json that names no stack frame, SQL or .NET type.
/// </summary>
public class HostileInputTests(AppFixture app) : CaseApiTest(app)
{
    private static readonly int[] Allowed = [400, 401, 403, 404, 409, 413, 415, 422, 429];
    private static readonly string[] Leaks = ["   at ", "Exception", "Npgsql", "Marten", "Wolverine", "System.", "FdiReview.", "SELECT ", "42P0", "StackTrace"];
    private static readonly string[] Users = ["investor-a", "officer-1", "supervisor-1", "auditor-1", ""];

    private static readonly string[] Fields =
    [
        "facts", "kind", "reason", "reasons", "questions", "decision", "conditions", "missingItems", "officerId", "newDue", "accepted",
        "comment", "refile", "userId", "role", "executedOn", "report", "user", "answer", "agency", "question", "note", "documents",
        "evidence", "severity", "amount", "basis", "plan", "due", "name", "regime", "parties", "investor", "target", "transaction",
        "version", "terms", "side", "obligationId", "violationId", "filters", "response",
    ];

    private static readonly string[] QueryNames =
        ["page", "pageSize", "sortBy", "descending", "search", "regime", "band", "at", "version", "from", "to", "notification", "type", "year", "overdue"];

    private static readonly Gen<string> OddText = Gen.OneOf(
        "", " ", "\u0000", "\u202Eevil", "e\u0301\u0301\u0301", "😀👩‍👩‍👧", "\uFEFFbom", "'; drop table mt_events; --", "../../etc/passwd",
        "%00", "<script>alert(1)</script>", "-1", "0", "99999999999999999999", "1e400", "NaN", "2026-13-45", "null", "true",
        new string('x', 5_000), string.Concat(Enumerable.Repeat("\u4E2D", 3_000)));

    private static readonly Gen<string> HostileValue = Gen.OneOf(
        OddText.Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
        Gen.OneOf("42", "-1", "1.5e308", "true", "null", "[]", "{}", "[null]", "{\"\":null}", "\"\\ud800\"", "\"\\udfff\\ud800\""),
        Gen.Int[1_000, 50_000].Select(n => $"\"{new string('a', n)}\""),
        Gen.Int[100, 20_000].Select(n => "[" + string.Join(",", Enumerable.Repeat("\"item\"", n)) + "]"),
        Gen.Int[65, 3_000].Select(depth => new string('[', depth) + new string(']', depth)),
        Gen.Int[65, 1_000].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));

    private static readonly Gen<string> Body = Gen.OneOf(
        Gen.OneOf("", "{", "[1,", "{\"facts\":", "nul", "\"unterminated", "{\"a\":1}}", "{'single':1}", "{\"a\":01}", "\u0000", "{}", "[]"),
        HostileValue,
        Gen.Select(Gen.OneOf(Fields), HostileValue).Array[1, 4]
            .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}"));

    private static readonly Gen<string> RouteValue = Gen.OneOf(
        Gen.Const("{case}"), Gen.Const("{case}"), Gen.Guid.Select(g => g.ToString()),
        OddText.Where(t => t.Length > 0 && !t.Contains('\u0000')).Select(Uri.EscapeDataString)); // an empty segment is another URL; servers refuse NUL in paths before routing

    private sealed record Attack(string Method, string Route, string[] RouteValues, string Query, string Body, string ContentType, string User, string[] QueryValues)
    {
        /// <summary>An error may quote what the client sent; only what is left after removing that can leak.</summary>
        public string WithoutEchoes(string text) =>
            RouteValues.Select(Uri.UnescapeDataString).Concat(QueryValues).Where(v => v.Length > 0).OrderByDescending(v => v.Length)
                .Aggregate(text, (rest, echo) => rest.Replace(echo, "").Replace(System.Text.Json.JsonSerializer.Serialize(echo)[1..^1], ""));

        public override string ToString() =>
            $"{Method} {Route} values [{string.Join(", ", RouteValues.Select(Short))}] query {Short(Query)} as '{User}' ({ContentType}) body {Short(Body)}";

        private static string Short(string s) => s.Length > 120 ? $"{s[..120]}… ({s.Length} chars)" : s;
    }

    [Fact]
    public async Task No_endpoint_answers_hostile_input_with_a_server_error_or_a_leak()
    {
        var endpoints = Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api/"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct().ToArray();
        endpoints.Length.ShouldBeGreaterThan(40);
        var caseId = await File();
        var tokens = new Dictionary<string, string>();
        foreach (var user in Users.Where(u => u.Length > 0)) tokens[user] = await TokenFor(user);
        using var client = Host.Server.CreateClient();

        var attacks = Gen.Select(Gen.OneOf(endpoints), RouteValue.Array[3], Gen.Select(Gen.OneOf(QueryNames), OddText).Array[0, 2], Body,
                Gen.OneOf("application/json", "application/json", "application/json", "text/plain", "application/xml"), Gen.OneOf(Users))
            .Select((endpoint, values, query, body, contentType, user) => new Attack(endpoint.Method, endpoint.Route, values,
                string.Join("&", query.Select(q => $"{q.Item1}={Uri.EscapeDataString(q.Item2)}")), body, contentType, user,
                query.Select(q => q.Item2).ToArray()));

        await attacks.SampleAsync(async attack =>
        {
            var index = 0;
            var path = Regex.Replace(attack.Route, "{[^}]+}", _ => attack.RouteValues[index++ % attack.RouteValues.Length].Replace("{case}", caseId.ToString()));
            using var request = new HttpRequestMessage(new HttpMethod(attack.Method), path + (attack.Query.Length > 0 ? "?" + attack.Query : ""));
            if (attack.User.Length > 0) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[attack.User]);
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            if (attack.Method is not ("GET" or "DELETE"))
                request.Content = new StringContent(attack.Body, Encoding.UTF8, new MediaTypeHeaderValue(attack.ContentType));

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            (status is >= 200 and < 300 || Allowed.Contains(status)).ShouldBeTrue($"{status} for {attack}: {text}");
            if (status >= 400 && text.Length > 0)
            {
                (response.Content.Headers.ContentType?.MediaType).ShouldBe("application/problem+json", $"{status} for {attack}: {text}");
                var own = attack.WithoutEchoes(text);
                Leaks.Where(own.Contains).ShouldBeEmpty($"{status} for {attack} leaks: {text}");
            }
        }, iter: Iterations, threads: 1, print: a => a.ToString());
    }

    /// <summary>Enough to reach every endpoint many times in about a minute; FDI_FUZZ_ITERATIONS runs longer.</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("FDI_FUZZ_ITERATIONS"), out var n) ? n : 3_000;
}
