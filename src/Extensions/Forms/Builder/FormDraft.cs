using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Builder;

/// <summary>A stored form as the builder edits it, with the version (its UpdateDate's ticks) a save must be based on.</summary>
public sealed record FormDraft(FormDefinition Form, long Version);
