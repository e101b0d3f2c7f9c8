using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// An add-on that takes part in a form's post on its own pages (a registration on an event page): it may write its rows
/// in the entry's transaction, refuse the post with messages next to the fields, and send the visitor somewhere of its
/// own afterwards. The form's checks, spam guard, rate limit and steps stay the forms engine's.
/// </summary>
public interface IFormPostParticipant
{
    /// <summary>This post's participation, or null when the add-on has nothing to do with this page and form.</summary>
    FormParticipation? Join(PageContext context, FormDefinition form);
}

/// <summary>One post's part: made per request, so it may keep what it learns between the steps; disposed after the post, whatever happened.</summary>
public abstract class FormParticipation : IDisposable
{
    /// <summary>Before the entry's transaction begins (a row that the transaction will lock must exist by then).</summary>
    public virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract EntryParticipant Alongside { get; }

    /// <summary>Where to send the visitor after the post was stored or refused; null for the form's own thank-you or messages.</summary>
    public virtual Task<string?> AfterAsync(SubmitResult result, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
