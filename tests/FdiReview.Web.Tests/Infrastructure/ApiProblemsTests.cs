using System.Text.Json.Nodes;
using FdiReview.Domain;
using FdiReview.Web.Infrastructure;
using JasperFx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FdiReview.Web.Tests.Infrastructure;

/// <summary>RFC 9457 answers for what goes wrong inside a request.</summary>
public class ApiProblemsTests
{
    private static async Task<(int Status, JsonObject Body)> Handle(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/notifications";
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = new MemoryStream();
        var handler = new ApiProblems(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ApiProblems>.Instance);

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).ShouldBeTrue();

        context.Response.Body.Position = 0;
        context.Response.ContentType.ShouldBe("application/problem+json");
        return (context.Response.StatusCode, JsonNode.Parse(context.Response.Body)!.AsObject());
    }

    [Fact]
    public async Task A_concurrent_change_is_a_409_that_says_to_reload()
    {
        var (status, body) = await Handle(new ConcurrencyException("stream changed", typeof(object), Guid.NewGuid()));
        status.ShouldBe(409);
        body["detail"]!.GetValue<string>().ShouldContain("Reload");
    }

    [Fact]
    public async Task A_refused_decision_is_a_409_with_the_reason()
    {
        var (status, body) = await Handle(new DomainRefusal("A closed case cannot be accepted."));
        status.ShouldBe(409);
        body["detail"]!.GetValue<string>().ShouldBe("A closed case cannot be accepted.");
    }

    [Fact]
    public async Task An_unexpected_error_is_a_500_without_internals()
    {
        var (status, body) = await Handle(new InvalidOperationException("Npgsql: relation fdi.mt_events does not exist"));
        status.ShouldBe(500);
        body.ToJsonString().ShouldNotContain("Npgsql");
        body.ContainsKey("traceId").ShouldBeTrue();
    }
}
