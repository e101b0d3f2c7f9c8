using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationAndOutboxTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "formWorkflowTask",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Ticket = table.Column<int>(type: "INTEGER", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PromotedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    AnonymisedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registrationEvent",
                columns: table => new
                {
                    EventKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeatsTaken = table.Column<int>(type: "INTEGER", nullable: false),
                    LastTicket = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrationEvent", x => x.EventKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_EntryId",
                table: "registration",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_EventKey_Email",
                table: "registration",
                columns: new[] { "EventKey", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_EventKey_Status_Ticket",
                table: "registration",
                columns: new[] { "EventKey", "Status", "Ticket" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration");

            migrationBuilder.DropTable(
                name: "registrationEvent");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "formWorkflowTask");
        }
    }
}
