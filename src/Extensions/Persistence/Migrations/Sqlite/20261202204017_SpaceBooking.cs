using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpaceBooking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "spaceBooking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Equipment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaceBooking", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spaceBookingLock",
                columns: table => new
                {
                    SpaceKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaceBookingLock", x => x.SpaceKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_spaceBooking_EntryId",
                table: "spaceBooking",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_spaceBooking_SpaceKey_StartUtc",
                table: "spaceBooking",
                columns: new[] { "SpaceKey", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_spaceBooking_Status_StartUtc",
                table: "spaceBooking",
                columns: new[] { "Status", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "spaceBooking");

            migrationBuilder.DropTable(
                name: "spaceBookingLock");
        }
    }
}
