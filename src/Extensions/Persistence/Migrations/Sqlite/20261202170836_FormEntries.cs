using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Extensions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FormEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "formEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PageKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    AnonymisedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StateChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "formEntryFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldAlias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formEntryFile", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "formWorkflowTask",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formWorkflowTask", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_formEntry_FormId_CreatedUtc",
                table: "formEntry",
                columns: new[] { "FormId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_formEntry_FormId_IdempotencyKey",
                table: "formEntry",
                columns: new[] { "FormId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formEntry_SubjectEmail",
                table: "formEntry",
                column: "SubjectEmail");

            migrationBuilder.CreateIndex(
                name: "IX_formEntryFile_EntryId",
                table: "formEntryFile",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_formWorkflowTask_DoneUtc_NextAttemptUtc",
                table: "formWorkflowTask",
                columns: new[] { "DoneUtc", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_formWorkflowTask_EntryId",
                table: "formWorkflowTask",
                column: "EntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "formEntry");

            migrationBuilder.DropTable(
                name: "formEntryFile");

            migrationBuilder.DropTable(
                name: "formWorkflowTask");
        }
    }
}
