using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms;

/// <summary>Reads form definitions. Entries, validation and workflows arrive with the forms engine.</summary>
public sealed class FormService(ExtensionsDatabase database)
{
    public async Task<JsonObject?> GetDefinitionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var json = await db.Set<FormDefinitionRecord>().AsNoTracking().Where(f => f.Id == id).Select(f => f.Document).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonNode.Parse(json)!.AsObject();
    }

    public async Task<IReadOnlyList<(Guid Id, string Alias, string Name)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<FormDefinitionRecord>().AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Alias, f.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Alias, r.Name)).ToList();
    }
}
