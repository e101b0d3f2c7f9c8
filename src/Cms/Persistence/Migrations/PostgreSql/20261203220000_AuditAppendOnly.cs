using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Cms.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// The audit log only grows: the database itself refuses to change, delete or truncate its rows, whoever asks
    /// (ASVS 16.4.2). Only the schema's owner can drop the triggers, which the site's account need not be when
    /// migrations run under their own account. No model change, so no target model.
    /// </summary>
    [DbContext(typeof(PostgreSqlCmsDbContext))]
    [Migration("20261203220000_AuditAppendOnly")]
    public sealed class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION "cmsAudit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'cmsAudit is append-only';
                END
                $$;
                """);
            migrationBuilder.Sql("""CREATE TRIGGER "cmsAudit_no_change" BEFORE UPDATE OR DELETE ON "cmsAudit" FOR EACH ROW EXECUTE FUNCTION "cmsAudit_append_only"();""");
            migrationBuilder.Sql("""CREATE TRIGGER "cmsAudit_no_truncate" BEFORE TRUNCATE ON "cmsAudit" FOR EACH STATEMENT EXECUTE FUNCTION "cmsAudit_append_only"();""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "cmsAudit_no_truncate" ON "cmsAudit";""");
            migrationBuilder.Sql("""DROP TRIGGER "cmsAudit_no_change" ON "cmsAudit";""");
            migrationBuilder.Sql("""DROP FUNCTION "cmsAudit_append_only"();""");
        }
    }
}
