using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 14, finding 13: requests Kestrel refuses before the app sees them (a NUL in the URL, a URL or headers
/// beyond its limits) are answered with problem details, on the real server; a kept-alive connection's earlier
/// answers are untouched.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ServerRefusalTests(RunningApp app)
{
    private async Task<string> Raw(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var reader = new MemoryStream();
        await stream.CopyToAsync(reader).WaitAsync(TimeSpan.FromSeconds(10));
        return Encoding.ASCII.GetString(reader.ToArray());
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    [Theory]
    [InlineData("GET /api/notifications\0 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("GET /api/notifications%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("GET /api/notifications?q=\t\r\n HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("NONSENSE\r\n\r\n", 400)]
    public async Task Finding_13_a_malformed_request_line_is_a_problem(string request, int status) =>
        Problem(await Raw(Ascii(request)), status);

    [Fact]
    public async Task Finding_13_a_url_beyond_the_limit_is_a_414_problem() =>
        Problem(await Raw(Ascii($"GET /api/notifications?q={new string('a', 20_000)} HTTP/1.1\r\nHost: x\r\n\r\n")), 414);

    [Fact]
    public async Task Finding_13_headers_beyond_the_limit_are_a_431_problem() =>
        Problem(await Raw(Ascii($"GET /health/live HTTP/1.1\r\nHost: x\r\nX-Filler: {new string('a', 40_000)}\r\n\r\n")), 431);

    [Fact]
    public async Task A_kept_alive_connection_answers_its_good_request_as_it_was_and_then_the_refusal()
    {
        var answer = await Raw(Ascii("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\nGET /a\0 HTTP/1.1\r\nHost: x\r\n\r\n"));
        answer.ShouldStartWith("HTTP/1.1 200 OK");
        answer.ShouldContain("Healthy");
        Problem(answer[answer.IndexOf("HTTP/1.1 400", StringComparison.Ordinal)..], 400);
    }

    private static void Problem(string response, int status)
    {
        response.ShouldStartWith($"HTTP/1.1 {status} ");
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        response[..split].ShouldContain("Content-Type: application/problem+json");
        var problem = JsonDocument.Parse(response[(split + 4)..]).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
