namespace Participation.Cms.PropertyEditors;

public sealed record Venue(string? Name, string? Street, string? PostalCode, string? City, double? Latitude, double? Longitude)
{
    public string AddressLine => string.Join(", ", new[] { Street, string.Join(' ', new[] { PostalCode, City }.Where(s => !string.IsNullOrEmpty(s))) }
        .Where(s => !string.IsNullOrEmpty(s)));
}
