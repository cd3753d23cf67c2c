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
        "version", "terms", "side", "obligationId", "violationId", "filters", "response", "key", "text", "everyMonths", "dueBy",
        "noticeDays", "accept", "on", "penalty", "description", "conditionKey", "expectedVersion", "restricted", "pageSize", "mine",
    ];

    private static readonly string[] QueryNames =
        ["page", "pageSize", "sortBy", "descending", "search", "regime", "band", "at", "version", "from", "to", "notification", "type", "year", "overdue", "mine", "status"];

    /// <summary>The edges of every date and integer the API takes, and just beyond them (issue 14, finding 9).</summary>
    private static readonly string[] Boundaries =
    [
        "0001-01-01", "1999-12-31", "2000-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2026-02-29", "2028-02-29",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "2026-03-02T25:00:00Z",
        "0", "1", "-1", "3650", "3651", "85899347", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1e28", "1e29", "-0",
    ];

    private static readonly Gen<string> Boundary = Gen.OneOf(
        Gen.OneOf(Boundaries).Select(b => char.IsDigit(b[^1]) && !b.Contains('-', StringComparison.Ordinal) ? b : $"\"{b}\""),
        Gen.OneOf(Boundaries).Select(b => $"\"{b}\""));

    private static readonly Gen<string> OddText = Gen.OneOf(
        "", " ", "\u0000", "\u202Eevil", "e\u0301\u0301\u0301", "😀👩‍👩‍👧", "\uFEFFbom", "'; drop table mt_events; --", "../../etc/passwd",
        "%00", "<script>alert(1)</script>", "-1", "0", "99999999999999999999", "1e400", "NaN", "2026-13-45", "null", "true",
        new string('x', 5_000), string.Concat(Enumerable.Repeat("\u4E2D", 3_000)));

    private static readonly Gen<string> HostileValue = Gen.OneOf(
        OddText.Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
        Boundary, Boundary,
        Gen.OneOf("42", "-1", "1.5e308", "true", "null", "[]", "{}", "[null]", "{\"\":null}", "\"\\ud800\"", "\"\\udfff\\ud800\""),
        Gen.Int[1_000, 50_000].Select(n => $"\"{new string('a', n)}\""),
        Gen.Int[100, 20_000].Select(n => "[" + string.Join(",", Enumerable.Repeat("\"item\"", n)) + "]"),
        Gen.Int[65, 3_000].Select(depth => new string('[', depth) + new string(']', depth)),
        Gen.Int[65, 1_000].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));

    private static readonly Gen<string> FlatObject = Gen.Select(Gen.OneOf(Fields), HostileValue).Array[1, 4]
        .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");

    private static readonly Gen<string> Body = Gen.OneOf(
        Gen.OneOf("", "{", "[1,", "{\"facts\":", "nul", "\"unterminated", "{\"a\":1}}", "{'single':1}", "{\"a\":01}", "\u0000", "{}", "[]"),
        HostileValue,
        FlatObject, FlatObject,
        // Nested the way agreement terms and lists are: a field holding objects of hostile fields.
        Gen.Select(Gen.OneOf("conditions", "terms", "filters", "documents", "facts"), FlatObject.Array[1, 3], FlatObject)
            .Select((field, items, rest) => $"{{\"{field}\":[{string.Join(",", items)}],{rest[1..]}"));

    /// <summary>Mostly the id of a real object of the kind the route names, so the attack reaches the command's own checks.</summary>
    private static readonly Gen<string> RouteValue = Gen.OneOf(
        Gen.Const("{right}"), Gen.Const("{right}"), Gen.Const("{right}"), Gen.Guid.Select(g => g.ToString()),
        OddText.Where(t => t.Length > 0 && !t.Contains('\u0000')).Select(Uri.EscapeDataString)); // an empty segment is another URL; servers refuse NUL in paths before routing

    private sealed record Attack(string Method, string Route, string[] RouteValues, string Query, string Body, string ContentType, string User, string[] QueryValues,
        bool CurrentVersion)
    {
        /// <summary>An error may quote what the client sent; only what is left after removing that can leak.</summary>
        public string WithoutEchoes(string text) =>
            RouteValues.Select(Uri.UnescapeDataString).Concat(QueryValues).Where(v => v.Length > 0).OrderByDescending(v => v.Length)
                .Aggregate(text, (rest, echo) => rest.Replace(echo, "").Replace(System.Text.Json.JsonSerializer.Serialize(echo)[1..^1], ""));

        public override string ToString() =>
            $"{Method} {Route} values [{string.Join(", ", RouteValues.Select(Short))}] query {Short(Query)} as '{User}' ({ContentType}, " +
            $"{(CurrentVersion ? "current" : "stale")} version) body {Short(Body)}";

        private static string Short(string s) => s.Length > 120 ? $"{s[..120]}… ({s.Length} chars)" : s;
    }

    [Fact]
    public async Task No_endpoint_answers_hostile_input_with_a_server_error_or_a_leak()
    {
        var endpoints = CommandEndpoints();
        // Half the bodies are shaped like the endpoint's own command, so they get past its first refusal.
        var bodies = endpoints.Select(e => e.Command).Distinct().Where(t => t is not null)
            .ToDictionary(t => t!, t => Gen.OneOf(Body, CommandShapes.For(t!)));
        endpoints.Length.ShouldBeGreaterThan(40);
        var known = await KnownObjects();
        var tokens = new Dictionary<string, string>();
        foreach (var user in Users.Where(u => u.Length > 0)) tokens[user] = await TokenFor(user);
        using var client = Host.Server.CreateClient();

        var queryValue = Gen.OneOf(OddText, Gen.OneOf(Boundaries));
        var attacks = Gen.OneOf(endpoints).SelectMany(endpoint => Gen.Select(RouteValue.Array[3], Gen.Select(Gen.OneOf(QueryNames), queryValue).Array[0, 2],
                endpoint.Command is { } command ? bodies[command] : Body,
                Gen.OneOf("application/json", "application/json", "application/json", "application/json", "text/plain", "application/xml"), Gen.OneOf(Users), Gen.Bool)
            .Select((values, query, body, contentType, user, current) => new Attack(endpoint.Method, endpoint.Route, values,
                string.Join("&", query.Select(q => $"{q.Item1}={Uri.EscapeDataString(q.Item2)}")), body.Replace("{document}", known.Document.ToString()),
                contentType, user, query.Select(q => q.Item2).ToArray(), current)));

        await attacks.SampleAsync(attack => Send(client, tokens, known, attack), iter: Iterations, threads: 1, print: a => a.ToString());
    }

    /// <summary>
    /// Every command at the edges of its own fields, sent the way the console sends it: by a user who may act, on
    /// real objects, at their current version. The record is made again now and then, as attacks close it.
    /// </summary>
    [Fact]
    public async Task Finding_9_every_command_field_at_its_edges_is_a_client_error_or_success_never_a_server_error()
    {
        var commands = CommandEndpoints().Where(e => e.Method is "POST" or "PUT" && e.Command is not null).ToArray();
        commands.Length.ShouldBeGreaterThan(35);
        var tokens = new Dictionary<string, string>();
        foreach (var user in Users.Where(u => u.Length > 0)) tokens[user] = await TokenFor(user);
        using var client = Host.Server.CreateClient();
        var known = await KnownObjects();
        var sent = 0;

        var attacks = Gen.OneOf(commands).SelectMany(endpoint => Gen.Select(CommandShapes.For(endpoint.Command!), Gen.OneOf("officer-1", "supervisor-1", "investor-a"))
            .Select((body, user) => (endpoint, body, user)));
        await attacks.SampleAsync(async sample =>
        {
            if (++sent % 150 == 0) known = await KnownObjects();
            var (endpoint, body, user) = sample;
            await Send(client, tokens, known, new Attack(endpoint.Method, endpoint.Route, ["{right}"], "", body.Replace("{document}", known.Document.ToString()),
                "application/json", user, [], CurrentVersion: true));
        }, iter: Iterations, threads: 1, print: s => $"{s.endpoint.Method} {s.endpoint.Route} as {s.user}: {s.body}");
    }

    private (string Method, string Route, Type? Command)[] CommandEndpoints() =>
        Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api/"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'),
                Command: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType)))
            .Distinct().ToArray();

    private static async Task Send(HttpClient client, Dictionary<string, string> tokens, KnownIds known, Attack attack)
    {
        {
            var index = 0;
            var path = Regex.Replace(attack.Route, "{([^}:]+)[^}]*}", m => attack.RouteValues[index++ % attack.RouteValues.Length] is var value && value == "{right}"
                ? known.For(m.Groups[1].Value, attack.Route) : value);
            using var request = new HttpRequestMessage(new HttpMethod(attack.Method), path + (attack.Query.Length > 0 ? "?" + attack.Query : ""));
            if (attack.User.Length > 0) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[attack.User]);
            var version = attack.CurrentVersion && attack.Method is not "GET" ? await CurrentVersion(client, tokens["officer-1"], path) : 1;
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
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
        }
    }

    /// <summary>One object of every kind a route names: a case under review with an agreement in force, a violation, an obligation, an open information request, a consultation and a document.</summary>
    private async Task<KnownIds> KnownObjects()
    {
        var caseId = await File();
        var (agreementId, violationId) = await ViolationInForce(caseId);
        var obligationId = (await Agreement(agreementId))["obligations"]![0]!["id"]!.GetValue<Guid>();
        await Ok(caseId, "officer-1", "information-requests", new { questions = "The board minutes, please." });
        await Ok(caseId, "officer-1", "consultations", new { agency = "Ministry of Defense", question = "Any concern?" });
        var read = (await Read(caseId))!;
        var documentId = (await Upload(caseId, "investor-a", "minutes.pdf", "%PDF-1.7 minutes"u8.ToArray())).Body!["documentId"]!.GetValue<Guid>();
        return new KnownIds(caseId, agreementId, violationId, obligationId, read["informationRequests"]![0]!["id"]!.GetValue<Guid>(),
            read["consultations"]![0]!["id"]!.GetValue<Guid>(), documentId);
    }

    private sealed record KnownIds(Guid Case, Guid Agreement, Guid Violation, Guid Obligation, Guid Request, Guid Consultation, Guid Document)
    {
        public string For(string parameter, string route) => parameter switch
        {
            "id" when route.StartsWith("/api/agreements") => Agreement.ToString(),
            "id" => Case.ToString(),
            "violationId" => Violation.ToString(),
            "obligationId" => Obligation.ToString(),
            "requestId" => Request.ToString(),
            "consultationId" => Consultation.ToString(),
            "documentId" => Document.ToString(),
            "userId" => "investor-a2",
            "year" => "2026",
            _ => Case.ToString(),
        };
    }

    /// <summary>The version of the record the path names, as the console would send it (1 when it names none that can be read).</summary>
    private static async Task<int> CurrentVersion(HttpClient client, string token, string path)
    {
        var record = Regex.Match(path, "^/api/(notifications|agreements)/[0-9a-f-]{36}").Value;
        if (record.Length == 0) return 1;
        using var read = new HttpRequestMessage(HttpMethod.Get, record);
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(read);
        return int.TryParse(response.Headers.ETag?.Tag.Trim('"'), out var version) ? version : 1;
    }

    /// <summary>Enough to reach every endpoint many times in about a minute; FDI_FUZZ_ITERATIONS runs longer.</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("FDI_FUZZ_ITERATIONS"), out var n) ? n : 3_000;
}
