using System.Net;
using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Screening;

namespace FdiReview.Web.Tests.Screening;

/// <summary>POST /api/screenings and the screen CLI command, as the screening contract (v1) fixes them.</summary>
public class ScreeningApiTests(AppFixture app) : ApiTest(app)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Examples");

    public static TheoryData<string> Examples() => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName)!);

    private static JsonNode RequestOf(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!["request"]!;

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_api_and_the_cli_give_identical_determinations(string file)
    {
        var request = RequestOf(file);
        var result = await As("investor-a", s =>
        {
            s.Post.Text(request.ToJsonString()).ToUrl("/api/screenings");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBeOk();
        });
        var fromApi = JsonNode.Parse(result.ReadAsText());

        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, request.ToJsonString());
        var stdout = new StringWriter();
        ScreenCommand.Run(["screen", path], stdout, new StringWriter()).ShouldBe(0);
        File.Delete(path);

        JsonNode.DeepEquals(fromApi, JsonNode.Parse(stdout.ToString())).ShouldBeTrue();
    }

    [Fact]
    public async Task The_cli_screens_an_array_in_order()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order().ToList();
        var requests = new JsonArray(files.Select(f => (JsonNode?)RequestOf(f!).DeepClone()).ToArray());
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, requests.ToJsonString());
        var stdout = new StringWriter();

        ScreenCommand.Run(["screen", path], stdout, new StringWriter()).ShouldBe(0);

        var output = JsonNode.Parse(stdout.ToString())!.AsArray();
        output.Count.ShouldBe(requests.Count);
        output.Select(d => d!["regime"]!.GetValue<string>()).ShouldBe(requests.Select(r => r!["regime"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_cli_answers_bad_input_with_exit_code_2_and_problem_details_on_stderr()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """[{"regime": "firrma", "investor": "A"}]""");
        var stderr = new StringWriter();

        ScreenCommand.Run(["screen", path], new StringWriter(), stderr).ShouldBe(2);

        var problem = JsonNode.Parse(stderr.ToString())!;
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain("[0].target");
    }

    [Theory]
    [InlineData("""{"regime":"firrma","parties":[{"id":"A","name":"A","kind":"corporation","nationality":"DE"}],"investor":"A","target":{"id":"T","name":"T","country":"US","usBusines":true}}""", "usBusines")]
    [InlineData("""{"regime":"firrma","parties":[{"id":"A","name":"A","kind":"company","nationality":"DE"}],"investor":"A","target":{"id":"T","name":"T","country":"US"}}""", "$.parties[0].kind")]
    [InlineData("""{"regime":"firrma","parties":[{"id":"A","name":"A","kind":"corporation","nationality":"DE"}],"investor":"B","target":{"id":"T","name":"T","country":"US"}}""", "investor")]
    public async Task Unknown_fields_and_bad_values_are_400s_that_name_the_field(string body, string field)
    {
        var result = await As("officer-1", s =>
        {
            s.Post.Text(body).ToUrl("/api/screenings");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        result.ReadAsText().ShouldContain(field);
    }

    [Fact]
    public async Task Screening_needs_a_signed_in_user()
    {
        await Host.Scenario(s =>
        {
            s.Post.Text(RequestOf("hand-fg-1.json").ToJsonString()).ToUrl("/api/screenings");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
    }
}
