using Npgsql;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Where the event store lives. <c>FDI_DATABASE_URL</c> (a postgres:// URL or an Npgsql connection
/// string) wins over <c>ConnectionStrings:FdiReview</c>; <c>FdiReview:Schema</c> names the schema, so
/// test runs can each have their own.
/// </summary>
public static class DatabaseSettings
{
    public const string DefaultSchema = "fdi";

    public static string ConnectionString(IConfiguration config)
    {
        var raw = config["FDI_DATABASE_URL"] is { Length: > 0 } url ? url : config.GetConnectionString("FdiReview");
        if (string.IsNullOrWhiteSpace(raw))
            throw new InvalidOperationException(
                "No database is configured: set FDI_DATABASE_URL (ops/pg url prints the project's own) " +
                "or ConnectionStrings:FdiReview.");
        return FromUrl(raw);
    }

    public static string Schema(IConfiguration config) => config["FdiReview:Schema"] is { Length: > 0 } s ? s : DefaultSchema;

    /// <summary>Accepts postgres://user:password@host:port/database?option=value as well as key=value form.</summary>
    public static string FromUrl(string raw)
    {
        if (!raw.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) &&
            !raw.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return raw;
        var uri = new Uri(raw);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Uri.UnescapeDataString(uri.Host),
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Split(':', 2) is [var user, ..] parts && user.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }
}
