using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FdiReview.Benchmarks;

/// <summary>What the drivers send: a valid FIRRMA notice, one per target name, filed with an idempotency key.</summary>
public static class NotificationRequests
{
    public static object Body(string target) => new
    {
        facts = new
        {
            regime = "firrma",
            parties = new[] { new { id = "A", name = "Harbour Lane Robotics", kind = "corporation", nationality = "HK" } },
            investor = "A",
            target = new { id = "T", name = target, country = "US", usBusiness = true },
            transaction = new { votingPercentAfter = 60 },
        },
    };

    /// <summary>Files and returns the notification id, or null when the app did not acknowledge it.</summary>
    public static async Task<Guid?> Send(HttpClient http, Uri app, string token, string key, CancellationToken cancellation = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(app, "/api/notifications")) { Content = JsonContent.Create(Body($"Target {key}")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request, cancellation);
        if ((int)response.StatusCode != 201) return null;
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation)).RootElement.GetProperty("value").GetGuid();
    }

    public static double Percentile(IReadOnlyCollection<double> values, double p) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt(Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1));
}
