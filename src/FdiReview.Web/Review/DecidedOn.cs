using FdiReview.Web.Infrastructure;

namespace FdiReview.Web.Review;

/// <summary>
/// The version a command was decided on, as the API's <c>If-Match</c> header states it (it wins over the
/// body's <c>expectedVersion</c>); commands the console sends carry it in the command itself.
/// </summary>
public readonly record struct DecidedOn(int? Version)
{
    public int? Or(int? fromCommand) => Version ?? fromCommand;

    /// <summary>On the API: the <c>If-Match</c> header (<c>"7"</c>, <c>W/"7"</c> or <c>7</c>).</summary>
    public static class FromHeader
    {
        public static DecidedOn Before(HttpContext context) =>
            new(context.Request.Headers.IfMatch.ToString().Replace("W/", "").Trim().Trim('"') is { Length: > 0 } text
                ? int.TryParse(text, out var version) ? version : throw new InvalidInput("If-Match", "The version must be a whole number, e.g. \"7\".")
                : null);
    }

    /// <summary>On a command sent in the process: the command's own version.</summary>
    public static class FromCommand
    {
        public static DecidedOn Before() => new(null);
    }

    public static void Check(int? expected, int current, bool mayOmit, string what)
    {
        if (expected is null && mayOmit) return;
        if (expected is null)
            throw new VersionRefusal(true, current,
                $"Say which version of the {what} you decided on: an If-Match header or expectedVersion in the body.");
        if (expected != current)
            throw new VersionRefusal(false, current,
                $"The {what} changed since you loaded it (you have version {expected}, it is now at {current}). Reload it and decide again.");
    }
}
