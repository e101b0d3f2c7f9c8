using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.PostgreSql
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventKey = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartySize = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Ticket = table.Column<int>(type: "integer", nullable: true),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PromotedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    AnonymisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registrationEvent",
                columns: table => new
                {
                    EventKey = table.Column<Guid>(type: "uuid", nullable: false),
                    SeatsTaken = table.Column<int>(type: "integer", nullable: false),
                    LastTicket = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
