using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Forms;

/// <summary>Fills a form as a browser without script does: reads the page, keeps the form's hidden inputs, posts answers.</summary>
internal sealed partial class FormPageClient(SiteFactory site) : IDisposable
{
    private readonly HttpClient client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient Http => client;

    /// <summary>The form's own inputs as rendered on the page: antiforgery token, form id, step, key, render token.</summary>
    public async Task<Dictionary<string, string>> OpenAsync(string url, string formAlias)
    {
        var html = await client.GetStringAsync(url);
        return HiddenInputs(html, formAlias);
    }

    public static Dictionary<string, string> HiddenInputs(string html, string formAlias)
    {
        var start = html.IndexOf($"id=\"form-{formAlias}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no form {formAlias}.");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        return Hidden().Matches(section).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
    }

    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> hidden, params (string Name, string Value)[] answers)
    {
        // A person takes longer than the form's minimum fill time.
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        var fields = hidden.Select(h => KeyValuePair.Create(h.Key, h.Value)).Concat(answers.Select(a => KeyValuePair.Create(a.Name, a.Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<int> CountEntriesAsync(SiteFactory site, Guid formId)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<FormEntry>().CountAsync(e => e.FormId == formId);
    }

    public static async Task<FormEntry?> LatestEntryAsync(SiteFactory site, Guid formId)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return (await db.Set<FormEntry>().Where(e => e.FormId == formId).ToListAsync()).MaxBy(e => e.CreatedUtc);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}

/// <summary>The seeded forms' ids (umbraco-data/forms).</summary>
internal static class SeededFormIds
{
    public static readonly Guid EventRegistration = Guid.Parse("00000000-0000-4000-8300-000000000001");
    public static readonly Guid IdeaSubmission = Guid.Parse("00000000-0000-4000-8300-000000000002");
    public static readonly Guid SpaceBooking = Guid.Parse("00000000-0000-4000-8300-000000000003");
    public static readonly Guid Feedback = Guid.Parse("00000000-0000-4000-8300-000000000004");
}
