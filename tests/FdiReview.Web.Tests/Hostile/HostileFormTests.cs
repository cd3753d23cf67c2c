using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>
/// Issue 14, finding 9: fuzzing (CsCheck) of what is not JSON: the multipart upload, with malformed boundaries,
/// hostile file names and field values, and the browser's sign-in and sign-out forms and their return addresses.
/// Nothing answers 5xx; a refusal is problem+json; a redirect never leaves the site; an upload refused stores nothing.
/// </summary>
public class HostileFormTests(AppFixture app) : CaseApiTest(app)
{
    private static readonly Gen<string> OddText = Gen.OneOf(
        "", " ", "\u0000", "\t", "\r\n", "\"", "\"quoted\".pdf", "a\"b.pdf", "..\\..\\boot.ini", "../../etc/passwd", "\u202Eexe.pdf",
        "😀.pdf", "%00.pdf", "con", "nul.pdf", "true", "false", "on", "1", "TRUE ", "null", "=?utf-8?B?Zm9v?=", "<script>x</script>",
        new string('x', 2_000), string.Concat(Enumerable.Repeat("\u4E2D", 500)));

    private static readonly Gen<byte[]> Content = Gen.OneOf(
        Gen.Const(Array.Empty<byte>()), Gen.Const("%PDF-1.7 minutes"u8.ToArray()), Gen.Byte.Array[1, 2_000],
        Gen.Int[100_000, 2_000_000].Select(n => new byte[n]));

    /// <summary>A multipart body as a client could really send it: well-formed parts with hostile names and values, or broken framing.</summary>
    private static readonly Gen<(string Boundary, byte[] Body)> Multipart = Gen.OneOf(
        Gen.Select(Gen.OneOf("file", "File", "files", "restricted", "", "x"), OddText, Content, Gen.OneOf("restricted", "restricted", "note", "file"), OddText)
            .Select((fileField, fileName, content, otherField, otherValue) =>
            {
                const string boundary = "fuzzboundary";
                var body = new MemoryStream();
                void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
                Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{fileField}\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n");
                body.Write(content);
                Write($"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"{otherField}\"\r\n\r\n{otherValue}\r\n--{boundary}--\r\n");
                return (boundary, body.ToArray());
            }),
        Gen.Select(Gen.OneOf("", "x", "\"\"", new string('b', 200), "fuzz boundary"), Gen.OneOf(
                "", "--x", "--x\r\n", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", "garbage",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--x",
                "--x\r\nContent-Disposition: form-data\r\n\r\n\r\n--x--", "--x--\r\n", "\r\n\r\n--x\r\n\r\n--x--"))
            .Select((boundary, body) => (boundary, Encoding.UTF8.GetBytes(body))));

    [Fact]
    public async Task Finding_9_no_multipart_upload_answers_with_a_server_error_and_a_refused_one_stores_nothing()
    {
        var id = await File();
        var investor = await TokenFor("investor-a");
        var officer = await TokenFor("officer-1");
        using var client = Host.Server.CreateClient();
        var stored = 0;

        await Gen.Select(Multipart, Gen.Bool).SampleAsync(async sample =>
        {
            var ((boundary, body), asOfficer) = sample;
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/notifications/{id}/documents") { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", asOfficer ? officer : investor);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            (status is 200 or 400 or 409 or 413 or 415).ShouldBeTrue($"{status}: {text}");
            if (status >= 400) (response.Content.Headers.ContentType?.MediaType).ShouldBe("application/problem+json", text);
            else stored++;
            (await Read(id))["documents"]!.AsArray().Count.ShouldBe(stored, "a refused upload stores nothing");
        }, iter: Iterations, threads: 1, print: s => $"boundary '{s.Item1.Boundary}', {s.Item1.Body.Length} bytes: {Encoding.UTF8.GetString(s.Item1.Body.AsSpan(0, Math.Min(300, s.Item1.Body.Length)))}");
    }

    private static readonly Gen<string> ReturnUrl = Gen.OneOf(
        OddText, Gen.OneOf("/", "/console/queue", "//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/", "javascript:alert(1)",
            "/%2F%2Fevil.example", "/\t/evil.example", "/\r\nLocation: https://evil.example", "/console/queue?x=\"><script>", "%2F%2Fevil", "/.." ));

    [Fact]
    public async Task Finding_9_no_sign_in_or_sign_out_form_answers_with_a_server_error_or_leaves_the_site()
    {
        var page = await Host.Scenario(s => s.Get.Url("/sign-in"));
        var antiforgery = page.Context.Response.Headers.SetCookie.ToString().Split(';')[0];
        var token = FormToken(page.ReadAsText());
        using var client = Host.Server.CreateClient();

        var forms = Gen.Select(Gen.OneOf("/account/dev-sign-in", "/account/sign-out", "/sign-in", "/forbidden", "/api/dev/tokens"),
            Gen.OneOf(Gen.OneOf("officer-1", "investor-a", "auditor-1"), OddText), ReturnUrl, Gen.Int[0, 2]);
        await forms.SampleAsync(async sample =>
        {
            var (route, user, returnUrl, antiforgeryUse) = sample;
            using var request = route is "/sign-in" or "/forbidden"
                ? new HttpRequestMessage(HttpMethod.Get, $"{route}?returnUrl={Uri.EscapeDataString(returnUrl)}&ReturnUrl={Uri.EscapeDataString(user)}")
                : new HttpRequestMessage(HttpMethod.Post, route)
                {
                    Content = route == "/api/dev/tokens"
                        ? new StringContent(System.Text.Json.JsonSerializer.Serialize(new { user }), Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["user"] = user, ["returnUrl"] = returnUrl,
                            ["__RequestVerificationToken"] = antiforgeryUse == 2 ? "forged" : token,
                        }),
                };
            if (antiforgeryUse > 0) request.Headers.TryAddWithoutValidation("Cookie", antiforgery);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            (status is 200 or 302 or 400 or 403).ShouldBeTrue($"{status}: {text}");
            if (response.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
                target.Host.ShouldBe("localhost", $"redirected to {location}");
            }
            if (status == 400) (response.Content.Headers.ContentType?.MediaType).ShouldBe("application/problem+json", text);
        }, iter: Iterations, threads: 1, print: s => $"{s.Item1} user '{s.Item2}' returnUrl '{s.Item3}' antiforgery {s.Item4}");
    }

    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("FDI_FUZZ_ITERATIONS"), out var n) ? Math.Max(1, n / 10) : 300;
}
