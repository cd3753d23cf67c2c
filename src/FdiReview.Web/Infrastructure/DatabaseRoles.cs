using System.Text.RegularExpressions;
using Npgsql;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// The app runs as a role that owns its schema but not the record: the events, the streams and the audit
/// chain belong to a separate role the app cannot log in as, and the app may only read and append to them
/// (and move a stream's version forward). So the app — or anyone who steals its credentials — cannot UPDATE,
/// DELETE or TRUNCATE the events. Run as a superuser (or the database owner):
/// <c>db-roles prepare</c> before the schema is applied as the app role, <c>db-roles lock</c> after.
/// </summary>
public static partial class DatabaseRoles
{
    public const string AppRole = "fdi_app", RecordOwnerRole = "fdi_record_owner", DevelopmentPassword = "fdi_app";
    private static readonly string[] RecordTables = ["mt_events", "mt_streams", Audit.AuditChainTable.Name];

    public static bool Matches(string[] args) => args is ["db-roles", ..];

    public static int Run(string[] args)
    {
        var step = args is ["db-roles", "prepare" or "lock"] ? args[1] : null;
        if (step is null)
        {
            Console.Error.WriteLine("Usage: db-roles prepare|lock   (as a superuser; FDI_APP_PASSWORD sets the app role's password)");
            return 2;
        }
        var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
        var schema = DatabaseSettings.Schema(config);
        var sql = step == "prepare"
            ? Prepare(schema, AppRole, RecordOwnerRole, config["FDI_APP_PASSWORD"] is { Length: > 0 } p ? p : DevelopmentPassword)
            : Lock(schema, AppRole, RecordOwnerRole);
        Execute(DatabaseSettings.ConnectionString(config), sql).GetAwaiter().GetResult();
        Console.WriteLine(step == "prepare"
            ? $"Role {AppRole} owns schema {schema}; apply the schema as {AppRole}, then run db-roles lock."
            : $"{string.Join(", ", RecordTables)} in {schema} now belong to {RecordOwnerRole}; {AppRole} may only read and append.");
        return 0;
    }

    public static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static string Prepare(string schema, string app, string owner, string password)
    {
        Check(schema, app, owner);
        return $$"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{app}}') THEN CREATE ROLE {{app}} LOGIN; END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{owner}}') THEN CREATE ROLE {{owner}} NOLOGIN; END IF;
              EXECUTE format('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %I TO {{app}}', current_database());
            END $$;
            ALTER ROLE {{app}} PASSWORD '{{password.Replace("'", "''")}}';
            CREATE SCHEMA IF NOT EXISTS {{schema}} AUTHORIZATION {{app}};
            ALTER SCHEMA {{schema}} OWNER TO {{app}};
            -- Objects an earlier set-up created as another role pass to the app role (a table's own sequences go with
            -- it); record tables already locked stay with their owner role.
            DO $$ DECLARE r record; BEGIN
              FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = '{{schema}}' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
                         AND pg_get_userbyid(c.relowner) NOT IN ('{{app}}', '{{owner}}')
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
              LOOP
                EXECUTE format('ALTER %s %I.%I OWNER TO {{app}}',
                  CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, '{{schema}}', r.relname);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = '{{schema}}' AND pg_get_userbyid(p.proowner) <> '{{app}}'
              LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO {{app}}', r.signature);
              END LOOP;
            END $$;
            """;
    }

    public static string Lock(string schema, string app, string owner)
    {
        Check(schema, app, owner);
        var tables = RecordTables.Select(t => $"{schema}.{t}").ToList();
        return $"""
            GRANT USAGE ON SCHEMA {schema} TO {owner};
            {string.Concat(tables.Select(t => $"ALTER TABLE {t} OWNER TO {owner};\n"))}
            REVOKE ALL ON {string.Join(", ", tables)} FROM {app};
            GRANT SELECT, INSERT ON {schema}.mt_events, {schema}.{Audit.AuditChainTable.Name} TO {app};
            GRANT SELECT, INSERT, UPDATE ON {schema}.mt_streams TO {app};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {app};
            """;
    }

    private static void Check(params string[] identifiers)
    {
        foreach (var identifier in identifiers)
            if (!Identifier().IsMatch(identifier))
                throw new ArgumentException($"'{identifier}' is not a plain PostgreSQL identifier (lower-case letters, digits, underscores).");
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
