using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Routing;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// Takes a form's post on any page that picks the form, without script: a step of a multi-page form is checked and
/// the next step shown; the last step stores the entry and redirects to the page's thank-you (post/redirect/get), so a
/// reload never sends again. Wrong answers show the page again, status 400, with the messages next to their fields.
/// </summary>
internal sealed class FormPostHandler(
    FormCatalog catalog,
    FormSubmissions submissions,
    FormValidator validator,
    FormSpamGuard spamGuard,
    PublicPostLimiter limiter,
    PageRenderer renderer,
    FormsText text,
    IEnumerable<IFormPostParticipant> participants,
    IOptions<FormsOptions> options,
    ILogger<FormPostHandler> logger) : IPagePostHandler
{

    public string? ContentType => null;

    public bool Accepts(PageContext context) => PostedForm(context) is not null;

    public Task<PagePostResult> HandleAsync(PageContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, null, null, cancellationToken);

    /// <summary>
    /// The same for an add-on's own handler of a page type (a space's booking): it passes the form as that page shows it
    /// (its options narrowed to the page's) and what it writes in the entry's transaction.
    /// </summary>
    internal async Task<PagePostResult> HandleAsync(PageContext context, FormDefinition? shown, EntryParticipant? alongside, CancellationToken cancellationToken)
    {
        var formId = PostedForm(context)!.Value;
        var form = (shown ?? await catalog.GetAsync(formId, cancellationToken))?.In(context.Culture);
        var http = context.Http;
        var page = await renderer.BuildAsync(context, cancellationToken);
        if (form is null)
        {
            return PagePostResult.Render(page, StatusCodes.Status404NotFound);
        }

        var posted = http.Request.Form;
        var values = ReadValues(form, posted);
        var step = int.TryParse(posted[FormInputs.Step], out var s) ? Math.Clamp(s, 0, form.Pages.Count) : 0;
        var action = (string?)posted[FormInputs.Action] ?? "send";
        var key = ((string?)posted[FormInputs.Key])?.Trim() is { Length: > 0 and <= 100 } k ? k : null;

        FormView Again(int atStep, IReadOnlyList<FieldError> errors) => new(form, page, context.Culture)
        {
            Values = values,
            Errors = errors,
            Step = atStep,
            IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
            RenderedToken = (string?)posted[FormInputs.Rendered] ?? spamGuard.RenderedToken(form),
        };

        PagePostResult Show(FormView view, int status)
        {
            FormViewComponent.Remember(http, view);
            return PagePostResult.Render(page, status);
        }

        if (!limiter.TryAcquire(http))
        {
            var busy = new FieldError("", "rateLimited", text.Format(context.Culture, "forms.rateLimited"));
            return Show(Again(step, [busy]), StatusCodes.Status429TooManyRequests);
        }

        if (form.Pages.Count > 1 && action is "previous" or "next")
        {
            var visibility = new FormVisibility(form, values);
            if (action == "previous")
            {
                return Show(Again(PreviousStep(form, visibility, step), []), StatusCodes.Status200OK);
            }

            var check = validator.Validate(form, values, context.Culture, pages: new HashSet<int> { step });
            return check.IsValid
                ? Show(Again(NextStep(form, visibility, step), []), StatusCodes.Status200OK)
                : Show(Again(step, check.Errors), StatusCodes.Status400BadRequest);
        }

        var sentUrl = SentUrl(context, form);
        if (spamGuard.Suspect(form, posted[FormSpamGuard.HoneypotName(form)], posted[FormInputs.Rendered]) is { } reason)
        {
            // Wrong answers are shown as to anyone (they tell a robot nothing); right ones are thanked and dropped.
            var check = validator.Validate(form, values, context.Culture);
            if (!check.IsValid)
            {
                return Show(Again(FirstStepWithError(form, check.Errors, step), check.Errors), StatusCodes.Status400BadRequest);
            }

            logger.LogInformation("A post to form {Form} was dropped as automated: {Reason}", form.Alias, reason);
            return PagePostResult.RedirectTo(sentUrl);
        }

        var files = await ReadFilesAsync(form, posted.Files, cancellationToken);
        // An add-on's own handler brings its part; otherwise one that joins forms on its pages may take part.
        using var participation = alongside is null ? participants.Select(p => p.Join(context, form)).FirstOrDefault(p => p is not null) : null;
        if (participation is not null)
        {
            await participation.PrepareAsync(cancellationToken);
        }

        var submission = new FormSubmission(values, context.Culture, context.Content.Key, key, files, Alongside: alongside ?? participation?.Alongside);
        var result = await submissions.SubmitAsync(form, submission, cancellationToken);
        if (participation is not null && await participation.AfterAsync(result, cancellationToken) is { } elsewhere)
        {
            return PagePostResult.RedirectTo(elsewhere);
        }

        if (result is SubmitResult.Invalid invalid)
        {
            return Show(Again(FirstStepWithError(form, invalid.Errors, step), invalid.Errors), StatusCodes.Status400BadRequest);
        }

        return PagePostResult.RedirectTo(sentUrl);
    }

    /// <summary>The form posted, if this page picks it in any of its form pickers; a post naming another form is not for this page.</summary>
    public static Guid? PostedForm(PageContext context)
    {
        var request = context.Http.Request;
        if (!request.HasFormContentType || !Guid.TryParse(request.Form[FormInputs.Form], out var id))
        {
            return null;
        }

        return PickedForms.Picks(context.Content, context.Culture, id) ? id : null;
    }

    public static string SentUrl(PageContext context, FormDefinition form) =>
        (context.Content.Url(context.Culture) ?? "/") + "?sent=" + Uri.EscapeDataString(form.Alias) + "#form-" + Uri.EscapeDataString(form.Alias);

    private static Dictionary<string, IReadOnlyList<string>> ReadValues(FormDefinition form, IFormCollection posted)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in form.Fields.Where(f => f.TakesValue && f.Type != FieldTypes.FileUpload))
        {
            if (posted.TryGetValue(field.Alias, out var answer))
            {
                values[field.Alias] = answer.Where(v => v is not null).Select(v => v!).ToList();
            }
        }

        return values;
    }

    private async Task<List<UploadedFile>> ReadFilesAsync(FormDefinition form, IFormFileCollection files, CancellationToken cancellationToken)
    {
        var list = new List<UploadedFile>();
        var limit = options.Value.MaxUploadKb * 1024L;
        foreach (var file in files)
        {
            if (form.Field(file.Name) is not { Type: FieldTypes.FileUpload } field || file.Length == 0)
            {
                continue;
            }

            // A file over the limit is kept only as its size, so the check can name it without holding it in memory.
            var content = file.Length > limit ? new byte[limit + 1] : new byte[file.Length];
            if (file.Length <= limit)
            {
                await using var stream = file.OpenReadStream();
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            list.Add(new UploadedFile(field.Alias, file.FileName, content));
        }

        return list;
    }

    private static int NextStep(FormDefinition form, FormVisibility visibility, int step)
    {
        for (var next = step + 1; next < form.Pages.Count; next++)
        {
            if (visibility.IsVisible(form.Pages[next]))
            {
                return next;
            }
        }

        return form.ShowSummaryPage ? form.Pages.Count : step;
    }

    private static int PreviousStep(FormDefinition form, FormVisibility visibility, int step)
    {
        for (var previous = step - 1; previous >= 0; previous--)
        {
            if (visibility.IsVisible(form.Pages[previous]))
            {
                return previous;
            }
        }

        return 0;
    }

    private static int FirstStepWithError(FormDefinition form, IReadOnlyList<FieldError> errors, int fallback)
    {
        for (var index = 0; index < form.Pages.Count; index++)
        {
            var aliases = form.Pages[index].Fieldsets.SelectMany(s => s.Columns).SelectMany(c => c.Fields).Select(f => f.Alias);
            if (errors.Any(e => aliases.Contains(e.Alias, StringComparer.OrdinalIgnoreCase)))
            {
                return index;
            }
        }

        return fallback;
    }
}
