using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegistrationScheduleSeen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduleSeenUtc",
                table: "registrationEvent",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduleSeenUtc",
                table: "registrationEvent");
        }
    }
}
