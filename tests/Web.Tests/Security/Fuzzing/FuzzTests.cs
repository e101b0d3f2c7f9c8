using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Participation.Web.Tests.Security.Fuzzing;

/// <summary>
/// Over 10 000 generated hostile requests over every endpoint the site maps (public pages and their forms, search, the
/// directory, media, the Delivery, Media and Forms APIs, the backoffice) as an anonymous visitor, a writer, an editor
/// and an admin. Every answer must be a status the site means to give (never a 5xx), carry the security headers and no
/// stack trace, echo no markup unencoded and redirect nowhere off the site; a refused post, put or delete must leave
/// every table as it was, and the site must log no error.
/// The counts by endpoint and status are printed (test.sh shows them after the .NET suites).
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Seed = 20261203;

    private static readonly HashSet<int> Expected =
        [200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410, 411, 412, 413, 414, 415, 416, 422, 429, 431];

    private static readonly string[] OddMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD"];

    public static string SummaryFile { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "participation-web-tests", "fuzz-summary.txt");

    [Fact]
    public async Task TenThousandHostileRequestsGetOnlyExpectedAnswers()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["DeliveryApi:ApiKey"] = "delivery-test-key" } };
        var clients = new List<(string Role, HttpClient Client)> { ("anonymous", BackofficeSession.NewClient(site)) };
        foreach (var role in new[] { BackofficeRoles.Writer, BackofficeRoles.Editor, BackofficeRoles.Admin })
        {
            clients.Add((role.ToLowerInvariant(), (await BackofficeSession.SignInAsync(site, role)).Client));
        }

        var targets = FuzzTargets.All(site);
        var keys = FuzzTargets.Keys(site);
        var inputs = new FuzzInputs(Seed);
        using var rows = new StoredRows(site.DatabaseFile);
        var forms = new Dictionary<string, (IReadOnlyList<string> Fields, string? Token)>();
        var counts = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var failures = new List<string>();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var sent = 0; sent < Requests; sent++)
        {
            var target = targets[sent % targets.Count];
            var (role, client) = inputs.Pick(clients);
            var address = $"10.0.0.{clients.FindIndex(c => c.Role == role) + 1}"; // each role its own client for the rate limits
            var method = inputs.Chance(0.05) ? inputs.Pick(OddMethods) : inputs.Pick(target.Methods);
            // A path starting "//" would be read by the client as another host; the site sees such paths as one slash anyway.
            var path = "/" + PathFor(target, inputs, keys).TrimStart('/');
            var query = inputs.Query();
            var url = query.Length > 0 ? $"{path}?{query}" : path;
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            request.Headers.Add(TestClientAddress.Header, address);
            foreach (var (name, value) in inputs.Headers())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var mutating = method is "POST" or "PUT" or "DELETE" or "PATCH";
            if (mutating)
            {
                var form = await FormOfAsync(client, role, address, path, forms);
                request.Content = inputs.Body(form.Fields, form.Token);
            }

            var before = mutating ? rows.Count() : null;
            var errorsBefore = site.Errors.Entries.Count;
            var what = $"{role} {method} {Shorten(url)}";
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                using var response = await client.SendAsync(request, timeout.Token);
                var status = (int)response.StatusCode;
                var bucket = counts.TryGetValue(target.Name, out var b) ? b : counts[target.Name] = [];
                bucket[status] = bucket.GetValueOrDefault(status) + 1;
                var body = method == "HEAD" ? "" : await response.Content.ReadAsStringAsync(timeout.Token);
                var logged = status >= 500 ? " (" + string.Join("; ", site.Errors.Entries.Skip(errorsBefore)) + ")" : "";
                failures.AddRange(Check(response, status, body).Select(problem => $"{what}: {problem}{logged}"));
                if (before is not null && status >= 400 && StoredRows.Grown(before, rows.Count()).ToList() is { Count: > 0 } grown)
                {
                    failures.Add($"{what}: refused with {status} but stored rows ({string.Join(", ", grown)})");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
            {
                failures.Add($"{what}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            }
        }

        var summary = Summary(counts, targets.Count) + $"{Requests} requests in {clock.Elapsed.TotalSeconds:0} s\n";
        output.WriteLine(summary);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(SummaryFile)!);
        await File.WriteAllTextAsync(SummaryFile, summary + (failures.Count > 0 ? $"\n{failures.Count} failures:\n" + string.Join('\n', failures.Take(50)) : "\nno failures\n"));
        var errors = site.Errors.Entries.GroupBy(e => e).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x {g.Key}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} requests failed:\n{string.Join('\n', failures.Take(40))}\nThe site logged:\n{string.Join('\n', errors.Take(30))}");
        Assert.True(errors.Count == 0, $"The site logged errors:\n{string.Join('\n', errors.Take(30))}");
        Assert.True(counts.Count >= targets.Count, "some endpoints were never asked");
    }

    private static IEnumerable<string> Check(HttpResponseMessage response, int status, string body)
    {
        if (!Expected.Contains(status))
        {
            yield return $"status {status}";
        }

        if (StackTrace().IsMatch(body))
        {
            yield return $"stack trace in the answer: {StackTrace().Match(body).Value}";
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html" && body.Contains(FuzzInputs.Marker, StringComparison.Ordinal))
        {
            yield return "markup from the request echoed unencoded into HTML";
        }

        // The headers of SecurityHeadersTests, on every answer of every endpoint, refusals and errors included.
        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var policies) ? string.Join(' ', policies) : "";
        if (!csp.Contains("object-src 'none'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
        {
            yield return $"content security policy missing or weak: '{csp}'";
        }

        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || sniff.Single() != "nosniff" || response.Headers.Contains("Server"))
        {
            yield return "nosniff missing or a Server header sent";
        }

        if (status is >= 300 and < 400 && response.Headers.Location is { IsAbsoluteUri: true } location && location.Host != "localhost")
        {
            yield return $"redirect off the site to {location}";
        }
    }

    private static async Task<(IReadOnlyList<string> Fields, string? Token)> FormOfAsync(HttpClient client, string role, string address, string path, Dictionary<string, (IReadOnlyList<string>, string?)> forms)
    {
        var key = $"{role} {path}";
        if (!forms.TryGetValue(key, out var form))
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.Add(TestClientAddress.Header, address);
            using var page = await client.SendAsync(get);
            var html = page.IsSuccessStatusCode ? await page.Content.ReadAsStringAsync() : "";
            // A page without a form of its own posts with a token this client got elsewhere: tokens are per session, not per form.
            var token = FuzzTargets.Antiforgery(html) ?? forms.Where(f => f.Key.StartsWith(role + " ", StringComparison.Ordinal)).Select(f => f.Value.Item2).FirstOrDefault(t => t is not null);
            form = (FuzzTargets.FieldNames(html), token);
            forms[key] = form;
        }

        return form;
    }

    /// <summary>A concrete path for the target: real keys where the route takes one, hostile values elsewhere.</summary>
    private static string PathFor(FuzzTarget target, FuzzInputs inputs, IReadOnlyList<string> keys)
    {
        if (target.FixedPath is not null)
        {
            var page = inputs.Pick(target.FixedPath.Split('\n'));
            return inputs.Chance(0.15) ? page.TrimEnd('/') + "/" + inputs.Segment() : page;
        }

        var path = new StringBuilder();
        foreach (var segment in target.Pattern!.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => inputs.Chance(0.02) ? inputs.Segment() : literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Parameter(parameter, inputs, keys),
                    _ => "",
                });
            }
        }

        return FuzzInputs.WithoutNul(path.ToString());
    }

    private static string Parameter(RoutePatternParameterPart parameter, FuzzInputs inputs, IReadOnlyList<string> keys)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            return inputs.Chance(0.8) ? inputs.Pick(keys) : Guid.NewGuid().ToString();
        }

        if (constraints.Contains("int") || constraints.Contains("long"))
        {
            return inputs.Pick<string>(["0", "1", "2", "-1", "7", "2147483647", "99999999999"]);
        }

        if (parameter.IsCatchAll)
        {
            return string.Join('/', Enumerable.Range(0, inputs.Next(3) + 1).Select(_ => inputs.Chance(0.5) ? inputs.Pick<string>(["uutiset", "yhdistykset", "nyheter", "kuva.jpg", "fi"]) : inputs.Segment()));
        }

        return inputs.Chance(0.3) ? inputs.Pick(keys) : inputs.Segment();
    }

    private static string Summary(SortedDictionary<string, SortedDictionary<int, int>> counts, int targets)
    {
        var text = new StringBuilder($"Fuzz: {Requests} requests (seed {Seed}) over {targets} endpoints and page types, as anonymous, writer, editor and admin\n");
        var statuses = counts.Values.SelectMany(c => c.Keys).Distinct().Order().ToList();
        text.AppendLine($"{"endpoint",-60} {string.Join(" ", statuses.Select(s => $"{s,5}"))}");
        foreach (var (name, byStatus) in counts)
        {
            text.AppendLine($"{Shorten(name),-60} {string.Join(" ", statuses.Select(s => $"{(byStatus.TryGetValue(s, out var n) ? n : 0),5}"))}");
        }

        text.AppendLine($"{"total",-60} {string.Join(" ", statuses.Select(s => $"{counts.Values.Sum(c => c.GetValueOrDefault(s)),5}"))}");
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text;

    [GeneratedRegex(@"\b(System|Microsoft|Participation|Npgsql)(\.\w+)+Exception\b|\n\s+at (System|Microsoft|Participation)\.[\w.<>`]+\(")]
    private static partial Regex StackTrace();
}
