using System.Net.Sockets;
using Npgsql;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// A failure that says PostgreSQL could not be reached or went away mid-transaction — restarting, failing over, a
/// network cut — not that the work is wrong. A durable message (a statutory deadline) that fails this way is tried
/// again until the database is back; it is never dead-lettered for it.
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
            if (e is NpgsqlException { IsTransient: true } or SocketException or EndOfStreamException
                || e is ObjectDisposedException { ObjectName: nameof(NpgsqlTransaction) or nameof(NpgsqlConnection) })
                return true;
        return false;
    }
}
