using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AreaIdeas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "areaIdea",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CommittedEuros = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_areaIdea", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "areaIdeaTotals",
                columns: table => new
                {
                    AreaKey = table.Column<Guid>(type: "uuid", nullable: false),
                    New = table.Column<int>(type: "integer", nullable: false),
                    Considering = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    NotTakenUp = table.Column<int>(type: "integer", nullable: false),
                    CommittedEuros = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_areaIdeaTotals", x => x.AreaKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_areaIdea_AreaKey_CreatedUtc_EntryId",
                table: "areaIdea",
                columns: new[] { "AreaKey", "CreatedUtc", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_areaIdea_AreaKey_Status_CreatedUtc_EntryId",
                table: "areaIdea",
                columns: new[] { "AreaKey", "Status", "CreatedUtc", "EntryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "areaIdea");

            migrationBuilder.DropTable(
                name: "areaIdeaTotals");
        }
    }
}
