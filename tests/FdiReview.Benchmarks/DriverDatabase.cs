using FdiReview.Web.Infrastructure;
using Npgsql;

namespace FdiReview.Benchmarks;

/// <summary>Plain SQL for the drivers' own set-up and checks, on unpooled connections (they outlive database restarts).</summary>
public static class DriverDatabase
{
    private static async Task<NpgsqlConnection> Open(string url)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(DatabaseSettings.FromUrl(url)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task Sql(string url, string sql)
    {
        await using var connection = await Open(url);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> Scalar(string url, string sql)
    {
        await using var connection = await Open(url);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task<List<string[]>> Rows(string url, string sql)
    {
        await using var connection = await Open(url);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!).ToArray());
        return rows;
    }
}
