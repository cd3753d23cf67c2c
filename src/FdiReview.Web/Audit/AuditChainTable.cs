using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace FdiReview.Web.Audit;

/// <summary>
/// One row per sealed event, kept beside the events and created with the rest of the store's schema.
/// The digest lets an export prove the chain over other cases' events without revealing them.
/// </summary>
public static class AuditChainTable
{
    public const string Name = "fdi_audit_chain";

    public static Table For(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<long>("seq_id").AsPrimaryKey();
        table.AddColumn<Guid>("stream_id").NotNull();
        table.AddColumn<long>("version").NotNull();
        table.AddColumn("digest", "bytea").NotNull();
        table.AddColumn("link", "bytea").NotNull();
        table.AddColumn("sealed_at", "timestamp with time zone").NotNull().DefaultValueByExpression("now()");
        return table;
    }
}
