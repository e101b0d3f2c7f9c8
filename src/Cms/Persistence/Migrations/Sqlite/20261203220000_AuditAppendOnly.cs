using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Cms.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The audit log only grows: the database itself refuses to change or delete a row, whoever asks (ASVS 16.4.2).
    /// No model change, so no target model; the triggers are the whole migration.
    /// </summary>
    [DbContext(typeof(SqliteCmsDbContext))]
    [Migration("20261203220000_AuditAppendOnly")]
    public sealed class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER cmsAudit_no_update BEFORE UPDATE ON cmsAudit BEGIN SELECT RAISE(ABORT, 'cmsAudit is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER cmsAudit_no_delete BEFORE DELETE ON cmsAudit BEGIN SELECT RAISE(ABORT, 'cmsAudit is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER cmsAudit_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER cmsAudit_no_update;");
        }
    }
}
