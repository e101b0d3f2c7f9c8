using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.Sqlite
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
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CommittedEuros = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_areaIdea", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "areaIdeaTotals",
                columns: table => new
                {
                    AreaKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    Considering = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    NotTakenUp = table.Column<int>(type: "INTEGER", nullable: false),
                    CommittedEuros = table.Column<long>(type: "INTEGER", nullable: false)
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
