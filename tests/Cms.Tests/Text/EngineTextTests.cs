using System.Globalization;
using Participation.Cms.Text;

namespace Participation.Cms.Tests.Text;

/// <summary>Every engine message exists in Finnish and English, and the editor's UI culture picks which one shows.</summary>
public sealed class EngineTextTests
{
    private readonly EngineText text = new();

    [Fact]
    public void FinnishAndEnglishHaveTheSameMessageKeys()
    {
        var fi = text.Keys("fi").ToHashSet(StringComparer.Ordinal);
        var en = text.Keys("en").ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(fi);
        Assert.Empty(fi.Except(en).Order(StringComparer.Ordinal));
        Assert.Empty(en.Except(fi).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoEnglishMessageIsLeftInFinnish()
    {
        var same = text.Keys("en").Where(k => text.Get("en", k) == text.Get("fi", k)).ToList();

        Assert.Empty(same);
    }

    [Fact]
    public void AMessageIsResolvedInTheCurrentUiCulture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Content in the recycle bin cannot be published.", text["content.publishTrashed"]);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi-FI");
            Assert.Equal("Roskakorissa olevaa sisältöä ei voi julkaista.", text["content.publishTrashed"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
