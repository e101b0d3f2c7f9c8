using System.Globalization;

namespace Participation.Extensions.Backoffice.Pages.Ideas;

/// <summary>Whole euros grouped as the editor's language groups digits: "1 200 €" in Finnish, "1,200 €" in English.</summary>
public static class IdeaMoney
{
    public static string Text(long euros) => euros.ToString("N0", CultureInfo.CurrentCulture) + " €";
}
