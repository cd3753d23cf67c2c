using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Domain.Screening;
using Microsoft.AspNetCore.Mvc;

namespace FdiReview.Web.Screening;

/// <summary>
/// <c>screen FILE</c>: screens one request, or an array of them, and prints the determination(s) as JSON.
/// Runs before any host is built, so it needs no database and no sign-in settings. Invalid input: exit
/// code 2 and problem details on stderr.
/// </summary>
public static class ScreenCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static bool Matches(string[] args) => args is ["screen", ..];

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (args is not ["screen", var file])
            return Fail(stderr, "Usage: screen FILE", "Give one file holding a screening request or an array of them.");
        if (!File.Exists(file)) return Fail(stderr, "No such file", $"{file} does not exist.");

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = ScreeningSetup.Read(configuration);

        JsonNode? input;
        try
        {
            input = JsonNode.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            return Fail(stderr, "Invalid JSON format", e.Message);
        }

        var isArray = input is JsonArray;
        var requests = input is JsonArray array ? array.ToList() : [input];
        var determinations = new List<Determination>();
        for (var i = 0; i < requests.Count; i++)
        {
            var prefix = isArray ? $"[{i}]." : "";
            TransactionFacts? facts;
            try
            {
                facts = requests[i].Deserialize<TransactionFacts>(Json);
            }
            catch (JsonException e)
            {
                return Fail(stderr, "Invalid JSON format", isArray ? $"Request [{i}]: {e.Message}" : e.Message);
            }
            if (ScreeningProblems.For(facts, prefix) is { } problem) return Write(stderr, problem);
            determinations.Add(ScreeningEngine.Screen(facts!, options));
        }

        stdout.WriteLine(isArray
            ? JsonSerializer.Serialize(determinations, Json)
            : JsonSerializer.Serialize(determinations[0], Json));
        return 0;
    }

    private static int Fail(TextWriter stderr, string title, string detail) =>
        Write(stderr, new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = title, Detail = detail });

    private static int Write(TextWriter stderr, ProblemDetails problem)
    {
        stderr.WriteLine(JsonSerializer.Serialize(problem, problem.GetType(), Json));
        return 2;
    }
}
