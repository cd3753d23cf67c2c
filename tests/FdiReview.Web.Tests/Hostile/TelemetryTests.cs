using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Intake;
using FdiReview.Web.Tests.Review;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>Traces and metrics are wired, and a caller's trace id is the correlation id on the events it caused.</summary>
public class TelemetryTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task A_callers_trace_id_is_recorded_as_the_correlation_id_of_its_events()
    {
        Host.Services.GetService<TracerProvider>().ShouldNotBeNull();
        Host.Services.GetService<MeterProvider>().ShouldNotBeNull();

        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var filed = await As("investor-a", s =>
        {
            s.WithRequestHeader("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(BitConverter.GetBytes(42L))}-01");
            s.Post.Json(Filings.Valid()).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(201);
        });
        var id = JsonNode.Parse(filed.ReadAsText())!["value"]!.GetValue<Guid>();

        var history = JsonNode.Parse((await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText())!.AsArray();
        history.Select(e => e!["correlationId"]!.GetValue<string>()).Distinct().ShouldBe([traceId]);
    }
}
