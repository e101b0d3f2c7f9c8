using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>The entries filter as it travels in the query string: from the list's form to its pages and exports.</summary>
public sealed class EntryFilterForm
{
    public FormEntryState? State { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Q { get; set; }

    public bool Failing { get; set; }

    public EntryFilter ToFilter() => new(State, From, To, Q, Failing);

    /// <summary>The filter as a query string, plus <paramref name="extra"/> (a page number, an export format).</summary>
    public QueryString Query(params (string Name, string Value)[] extra)
    {
        var query = new QueryBuilder();
        if (State is { } state)
        {
            query.Add("state", state.ToString());
        }

        if (From is { } from)
        {
            query.Add("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            query.Add("to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q", Q);
        }

        if (Failing)
        {
            query.Add("failing", "true");
        }

        foreach (var (name, value) in extra)
        {
            query.Add(name, value);
        }

        return query.ToQueryString();
    }
}
