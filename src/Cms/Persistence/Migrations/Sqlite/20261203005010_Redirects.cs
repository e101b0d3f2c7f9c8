using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Redirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsRedirect",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsRedirect", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsRedirect_Culture_Route",
                table: "cmsRedirect",
                columns: new[] { "Culture", "Route" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsRedirect_NodeKey",
                table: "cmsRedirect",
                column: "NodeKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsRedirect");
        }
    }
}
