using FdiReview.Web.Infrastructure;
using Marten.Exceptions;
using Npgsql;

namespace FdiReview.Web.Tests.Infrastructure;

/// <summary>A deadline is retried, never dead-lettered, while the database is away; a fault in the work itself is not hidden.</summary>
public class DeadlineDeliveryTests
{
    [Fact]
    public void A_lost_connection_or_a_database_restarting_is_an_outage()
    {
        DatabaseOutage.Is(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())).ShouldBeTrue();
        DatabaseOutage.Is(new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111))).ShouldBeTrue();
        DatabaseOutage.Is(new MartenCommandException(new NpgsqlCommand("select 1"), new NpgsqlException("reading", new IOException()))).ShouldBeTrue();
        DatabaseOutage.Is(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")).ShouldBeTrue();
        DatabaseOutage.Is(new ObjectDisposedException(nameof(NpgsqlTransaction))).ShouldBeTrue();
    }

    [Fact]
    public void A_fault_in_the_work_is_not_an_outage()
    {
        DatabaseOutage.Is(new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")).ShouldBeFalse();
        DatabaseOutage.Is(new InvalidOperationException("Sequence contains no elements")).ShouldBeFalse();
        DatabaseOutage.Is(new ObjectDisposedException("IServiceProvider")).ShouldBeFalse();
    }
}
