using System.Net.Http.Headers;
using System.Text;

namespace Participation.Web.Tests.Security.Fuzzing;

/// <summary>
/// Hostile and broken input drawn from a seeded generator, so a failure is reproduced by running the suite again:
/// values that break parsers (numbers past their range, NaN, impossible dates, control characters, deep nesting),
/// values that probe for injection and reflection (markup, SQL, templates, traversal), and bodies whose declared type
/// does not match what they hold. <see cref="Marker"/> is in every markup payload, so a page that echoes it unencoded
/// is caught.
/// </summary>
internal sealed class FuzzInputs(int seed)
{
    public const string Marker = "<fz-x>";

    private readonly Random random = new(seed);

    private static readonly string[] Values =
    [
        "", " ", "-1", "0", "1", "2147483648", "-2147483649", "99999999999999999999999", "1e309", "NaN", "Infinity", "-0",
        "0x10", "1,5", "1.5", "true", "null", "undefined", "[]", "{}", "%", "%%", "%zz", "\0", "a\0b", "\u202eevil", "\uFEFF",
        "ä", "ÅÄÖ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud800", "\r\nX-Injected: 1", "../../../../etc/passwd", "..%2f..%2fappsettings.json",
        "....//....//", "C:\\Windows\\win.ini", "/etc/hosts", "file:///etc/passwd", "http://evil.example/", "//evil.example",
        "javascript:alert(1)", Marker, $"\"{Marker}", $"'{Marker}", $"</textarea>{Marker}", $"\"><script>{Marker}</script>",
        "' OR '1'='1", "1; DROP TABLE cmsNode--", "\" OR \"\"=\"", "${jndi:ldap://x}", "{{7*7}}", "@(1+1)", "<%= 1 %>",
        "2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31T23:59:59Z", "2026-03-29T03:30:00+03:00", "yesterday",
        "children:", "ancestors:../", "descendants:/", "contentType:!", "name:", "q:", "properties[$all]", "properties[",
        "properties[a[b[c[d]]]]", "$all", "createDate>:", "sort=name:asc", ",,,", "[[[[", "]]]]", "*", "?", "#", "&", "=",
        "a=b&c=d", "Kouvola", "kumppanuuspöytä", "yhdistys", "fi", "sv", "en", "xx-YY", "fi-FI;q=2", "*;q=0",
    ];

    private static readonly string[] QueryKeys =
    [
        "q", "sivu", "kunta", "alue", "teema", "kohderyhma", "tyyppi", "jarjestys", "fetch", "filter", "sort", "skip", "take",
        "expand", "fields", "id", "width", "height", "mode", "rxy", "format", "quality", "culture", "returnUrl", "ReturnUrl",
        "token", "handler", "page", "key", "path", "view", "week", "from", "to", "day", "code", "state", "error", "lang",
    ];

    public int Next(int max) => random.Next(max);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Value() => random.Next(12) switch
    {
        0 => new string('a', random.Next(200, 6000)),
        1 => Bytes(random.Next(1, 40)),
        2 => string.Join("", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Values))),
        _ => Pick(Values),
    };

    /// <summary>
    /// A path segment: a value escaped as a browser would, or raw (slashes and dots kept) to probe routing. A NUL is left
    /// out: Kestrel answers 400 to it before the site sees the request, and the test host refuses to send it.
    /// </summary>
    public string Segment()
    {
        var value = Chance(0.7) ? Uri.EscapeDataString(Value()) : Pick(Values).Replace("#", "%23").Replace("?", "%3F");
        return WithoutNul(value);
    }

    /// <summary>No NUL, raw or escaped, anywhere in a path: also none made by joining parts ("%" then a key "00000000-...").</summary>
    public static string WithoutNul(string path)
    {
        path = path.Replace("\0", "");
        while (path.Contains("%00", StringComparison.Ordinal))
        {
            path = path.Replace("%00", ""); // until none is left: taking one out of "%%0000" makes another
        }

        return path;
    }

    public string Query()
    {
        var parts = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
        {
            var key = Chance(0.85) ? Pick(QueryKeys) : Uri.EscapeDataString(Value());
            return Chance(0.1) ? key : $"{key}={Uri.EscapeDataString(Value())}";
        });
        return string.Join('&', parts);
    }

    /// <summary>Headers a client may send: each one alone is legal to send, the values are not.</summary>
    public IEnumerable<(string Name, string Value)> Headers()
    {
        var pool = new (string Name, Func<string> Value)[]
        {
            ("Accept-Language", () => Pick<string>(["fi", "sv-FI", "en;q=0.1", "xx", "fi-FI,sv;q=0.5", "*", ",,", "a;q=NaN", new string('a', 300)])),
            ("Accept", () => Pick<string>(["application/json", "text/html", "*/*", "image/webp", "x/y", "application/json;q=0", "text/*;q=abc"])),
            ("Start-Item", () => Pick<string>([Guid.NewGuid().ToString(), "koti", "/", "..", "%00", Uri.EscapeDataString(Safe(Value()))])),
            ("Preview", () => Pick<string>(["true", "false", "yes", "1", ""])),
            ("Api-Key", () => Pick<string>(["", "x", "delivery-test-key", new string('k', 500)])),
            ("Authorization", () => Pick<string>(["Bearer", "Bearer ", "Bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.eyJzY29wZSI6ImZvcm1zX2FwaSJ9.", "Basic YTpi", "bearer " + new string('t', 2000)])),
            ("If-None-Match", () => Pick<string>(["\"x\"", "*", "W/\"1\"", "garbage"])),
            ("If-Modified-Since", () => Pick<string>(["Thu, 01 Jan 1970 00:00:00 GMT", "yesterday", "0"])),
            ("Range", () => Pick<string>(["bytes=0-1", "bytes=-1", "bytes=5-1", "bytes=0-99999999999", "lines=1-2", "bytes=0-1,2-3,4-5"])),
            ("X-Forwarded-For", () => Pick<string>(["1.2.3.4", "::1", "garbage", "1.2.3.4, 5.6.7.8"])),
            ("X-Forwarded-Proto", () => Pick<string>(["https", "javascript", ""])),
            ("X-Forwarded-Host", () => Pick<string>(["evil.example", "localhost:1"])),
            ("Referer", () => Pick<string>(["http://evil.example/", "not a url", "/umbraco"])),
            ("Idempotency-Key", () => Pick<string>([Guid.NewGuid().ToString(), "", "x", new string('i', 300)])),
            ("Cookie", () => Pick<string>(["a=b", ".AspNetCore.Antiforgery.x=garbage", "lang=xx", "=;=;"])),
        };
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            var (name, value) = Pick(pool);
            yield return (name, value());
        }
    }

    /// <summary>A form body: random fields mixed with the names real forms use, each with a hostile value.</summary>
    public List<KeyValuePair<string, string>> FormFields(IReadOnlyList<string> names)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var name in names.Where(_ => Chance(0.8)))
        {
            fields.Add(new(name, Value()));
        }

        for (var i = random.Next(0, 4); i > 0; i--)
        {
            fields.Add(new(Chance(0.5) ? Pick(QueryKeys) : Value(), Value()));
        }

        return fields;
    }

    public HttpContent Body(IReadOnlyList<string> fieldNames, string? antiforgery) => random.Next(6) switch
    {
        0 => Json(),
        1 => Multipart(fieldNames, antiforgery),
        2 => Mismatched(),
        _ => Form(fieldNames, antiforgery),
    };

    private FormUrlEncodedContent Form(IReadOnlyList<string> names, string? antiforgery)
    {
        var fields = FormFields(names);
        if (antiforgery is not null && Chance(0.8))
        {
            fields.Add(new("__RequestVerificationToken", Chance(0.9) ? antiforgery : Value()));
        }

        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(Safe(f.Key), Safe(f.Value))));
    }

    private StringContent Json()
    {
        var text = random.Next(8) switch
        {
            0 => new string('[', random.Next(10, 5000)),
            1 => "{\"values\": {" + string.Join(',', Enumerable.Range(0, random.Next(1, 30)).Select(i => $"\"f{i}\": {JsonValue()}")) + "}}",
            2 => "{\"values\": " + JsonValue() + "}",
            3 => "{\"values\": {\"a\": " + string.Concat(Enumerable.Repeat("{\"b\": ", 300)) + "1" + new string('}', 300) + "}}",
            4 => "{\"contentType\": \"" + Escape(Value()) + "\", \"name\": " + JsonValue() + "}",
            5 => "null",
            6 => "{\"values\": {\"message\": \"" + Escape(Value()) + "\", \"consent\": \"on\"}}",
            _ => Value(),
        };
        return new StringContent(text, Encoding.UTF8, Pick<string>(["application/json", "application/json", "text/json", "application/problem+json"]));
    }

    private string JsonValue() => random.Next(6) switch
    {
        0 => "\"" + Escape(Value()) + "\"",
        1 => Pick<string>(["1e400", "-0", "NaN", "9223372036854775808", "0.1e-400", "1"]),
        2 => "[" + string.Join(',', Enumerable.Range(0, random.Next(0, 5)).Select(_ => "\"" + Escape(Value()) + "\"")) + "]",
        3 => Pick<string>(["true", "false", "null", "{}"]),
        4 => "{\"" + Escape(Value()) + "\": \"" + Escape(Value()) + "\"}",
        _ => "\"" + Guid.NewGuid() + "\"",
    };

    private MultipartFormDataContent Multipart(IReadOnlyList<string> names, string? antiforgery)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in FormFields(names))
        {
            // A part's name is a header parameter: the client can only send names a header may carry.
            var name = field.Key.Length is > 0 and <= 100 && field.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '[' or ']') ? field.Key : "field";
            content.Add(new StringContent(Safe(field.Value)), name);
        }

        if (antiforgery is not null)
        {
            content.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(FileBytes());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(Pick<string>(["image/png", "image/jpeg", "application/pdf", "text/html", "application/x-msdownload", "application/octet-stream"]));
        var fileName = Pick<string>(["kuva.png", "../../../appsettings.json", "a\u0001b.jpg", "x.php.png", "CON", "liite.pdf", new string('n', 300) + ".png", "kuva.svg", $"{Marker}.png", "tyhjä"]);
        content.Add(file, Chance(0.5) && names.Count > 0 ? Pick(names) : "file", Safe(fileName));
        return content;
    }

    private byte[] FileBytes() => random.Next(5) switch
    {
        // A PNG header that claims 30000 x 30000 pixels: a decompression bomb in 33 bytes.
        0 => Convert.FromHexString("89504E470D0A1A0A0000000D494844520000753000007530080600000000000000"),
        1 => "GIF89a"u8.ToArray().Concat(new byte[] { 0x3C, 0x68, 0x3C, 0x6D }).ToArray(),
        2 => Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">{Marker}</svg>"),
        3 => "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(),
        _ => Enumerable.Range(0, random.Next(0, 2048)).Select(_ => (byte)random.Next(256)).ToArray(),
    };

    private StringContent Mismatched() => random.Next(3) switch
    {
        0 => new StringContent("{\"a\":1}", Encoding.UTF8, "application/x-www-form-urlencoded"),
        1 => new StringContent("a=1&b=2", Encoding.UTF8, "application/json"),
        _ => Typed(Value(), Pick<string>(["text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-7"])),
    };

    /// <summary>Content with a Content-Type sent as written, parameters and all, as a hostile client would.</summary>
    private static StringContent Typed(string text, string type)
    {
        var content = new StringContent(Safe(text));
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private string Bytes(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => (char)random.Next(1, 0x3000)).Where(c => !char.IsSurrogate(c)));

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>Lone surrogates cannot be encoded as UTF-8 by the client; they are replaced before sending.</summary>
    private static string Safe(string text) => new StringBuilder(text.Length).Append(text.Select(c => char.IsSurrogate(c) ? '?' : c).ToArray()).ToString();
}
