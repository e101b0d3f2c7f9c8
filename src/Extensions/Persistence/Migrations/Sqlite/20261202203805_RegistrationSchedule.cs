using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Schedule",
                table: "registrationEvent",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "registrationEvent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Waiting",
                table: "registrationEvent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Schedule",
                table: "registrationEvent");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "registrationEvent");

            migrationBuilder.DropColumn(
                name: "Waiting",
                table: "registrationEvent");
        }
    }
}
